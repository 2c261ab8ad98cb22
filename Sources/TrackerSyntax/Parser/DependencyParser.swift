/// Greedy arc-hybrid parsing: at each step the best allowed transition by
/// the transition model, and for an arc the best label by the label model.
extension SyntaxModel {
    /// The finished parse of words with these tag classes.
    package func parse(_ words: UnsafeBufferPointer<WordKeys>, tags: UnsafeBufferPointer<UInt8>) -> ParseState {
        var state = ParseState(count: words.count)
        var features = [UInt64](repeating: 0, count: max(ParserFeatures.transitionCount, ParserFeatures.labelCount))
        var moveScores = [Int32](repeating: 0, count: Transition.allCases.count)
        var labelScores = [Int32](repeating: 0, count: relations.count)
        features.withUnsafeMutableBufferPointer { f in
            let out = f.baseAddress!
            while !state.isFinal {
                let move: Transition
                if let forced = state.onlyAllowedMove {
                    move = forced
                } else {
                    ParserFeatures.transition(state, words, tags, into: out)
                    move = moveScores.withUnsafeMutableBufferPointer { s in
                        s.update(repeating: 0)
                        transitionWeights.add(UnsafeBufferPointer(start: out, count: ParserFeatures.transitionCount), to: s.baseAddress!)
                        var best: Transition?
                        for move in Transition.allCases where state.allows(move) {
                            if best == nil || s[move.rawValue] > s[best!.rawValue] { best = move }
                        }
                        return best!
                    }
                }
                var label: UInt8 = 0
                if move != .shift {
                    let dependent = Int(state.stack[state.stack.count - 1])
                    let head = state.head(for: move)
                    if head == state.count {
                        label = rootLabel
                    } else {
                        ParserFeatures.label(state, dependent: dependent, head: head, words, tags, into: out)
                        label = labelScores.withUnsafeMutableBufferPointer { s in
                            s.update(repeating: 0)
                            labelWeights.add(UnsafeBufferPointer(start: out, count: ParserFeatures.labelCount), to: s.baseAddress!)
                            s[Int(rootLabel)] = .min
                            return UInt8(Self.argmax(UnsafeBufferPointer(s)))
                        }
                    }
                }
                state.apply(move, label: label)
            }
        }
        return state
    }
}
