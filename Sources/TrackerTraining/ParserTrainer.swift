import TrackerSyntax

/// Trains the arc-hybrid parser with the dynamic oracle of Goldberg and Nivre
/// (2013): at each step the gold transitions are those that lose the fewest
/// gold arcs from the current state, so the parser learns to recover from its
/// own mistakes; after the first epoch it follows its own wrong moves 90% of
/// the time (exploration). Labels come from a second perceptron, trained at
/// every arc whose head is right.
struct ParserTrainer {
    let relationCount: Int
    let rootLabel: UInt8
    var minimumUpdates = 1
    /// The chance of following a wrong prediction once exploring.
    let exploration: Double = 0.9

    func train(
        _ sentences: [TrainingSentence], epochs: Int, rng: inout SeededGenerator,
        afterEpoch: (Int, AveragedPerceptron, AveragedPerceptron) -> Void = { _, _, _ in }
    )
        -> (transitions: AveragedPerceptron, labels: AveragedPerceptron)
    {
        let transitions = AveragedPerceptron(classCount: Transition.allCases.count, minimumUpdates: minimumUpdates)
        let labels = AveragedPerceptron(classCount: relationCount, minimumUpdates: minimumUpdates)
        var order = Array(sentences.indices)
        var features = [UInt64](repeating: 0, count: max(ParserFeatures.transitionCount, ParserFeatures.labelCount))
        var moveScores = [Float](repeating: 0, count: Transition.allCases.count)
        var labelScores = [Float](repeating: 0, count: relationCount)
        for epoch in 1...max(epochs, 1) {
            order.seededShuffle(&rng)
            for s in order {
                let sentence = sentences[s]
                var state = ParseState(count: sentence.keys.count)
                sentence.keys.withUnsafeBufferPointer { keys in
                    sentence.predictedTags.withUnsafeBufferPointer { tags in
                        features.withUnsafeMutableBufferPointer { f in
                            let out = f.baseAddress!
                            while !state.isFinal {
                                ParserFeatures.transition(state, keys, tags, into: out)
                                let active = UnsafeBufferPointer(start: out, count: ParserFeatures.transitionCount)
                                transitions.score(active, into: &moveScores)
                                let allowed = Transition.allCases.filter { state.allows($0) }
                                let costs = allowed.map { cost(of: $0, state, sentence.goldHeads) }
                                let least = costs.min()!
                                var predicted = allowed[0], gold: Transition?
                                for (move, c) in zip(allowed, costs) {
                                    if moveScores[move.rawValue] > moveScores[predicted.rawValue] { predicted = move }
                                    if c == least, gold == nil || moveScores[move.rawValue] > moveScores[gold!.rawValue] { gold = move }
                                }
                                transitions.tick()
                                let predictedCost = costs[allowed.firstIndex(of: predicted)!]
                                var move = gold!
                                if predictedCost > least {
                                    transitions.update(active, truth: gold!.rawValue, guess: predicted.rawValue)
                                    if epoch > 1, Double(rng.next() % 1_000_000) / 1_000_000 < exploration { move = predicted }
                                } else {
                                    move = predicted
                                }
                                var label: UInt8 = 0
                                if move != .shift {
                                    let dependent = Int(state.stack[state.stack.count - 1])
                                    let head = state.head(for: move)
                                    if head == state.count {
                                        label = rootLabel
                                    } else {
                                        ParserFeatures.label(state, dependent: dependent, head: head, keys, tags, into: out)
                                        let labelActive = UnsafeBufferPointer(start: out, count: ParserFeatures.labelCount)
                                        labels.score(labelActive, into: &labelScores)
                                        labelScores[Int(rootLabel)] = -.infinity
                                        let guess = TaggerTrainer.argmax(labelScores)
                                        label = UInt8(guess)
                                        if sentence.goldHeads[dependent] == head {
                                            labels.tick()
                                            let truth = Int(sentence.goldLabels[dependent])
                                            labels.update(labelActive, truth: truth, guess: guess)
                                            label = UInt8(truth)
                                        }
                                    }
                                }
                                state.apply(move, label: label)
                            }
                        }
                    }
                }
            }
            afterEpoch(epoch, transitions, labels)
        }
        return (transitions, labels)
    }

    /// The gold arcs `move` makes unreachable from `state` (heads indexed with the root as `count`).
    func cost(of move: Transition, _ state: ParseState, _ gold: [Int]) -> Int {
        let stack = state.stack
        let next = state.next
        let n = state.count
        var lost = 0
        switch move {
        case .shift:
            let b0 = next
            for (k, s) in stack.enumerated() {
                let s = Int(s)
                if gold[s] == b0 { lost += 1 }
                if k < stack.count - 1, gold[b0] == s { lost += 1 }
            }
        case .left, .right:
            let s0 = Int(stack[stack.count - 1])
            let head = gold[s0]
            if move == .left {
                if stack.count >= 2, head == Int(stack[stack.count - 2]) { lost += 1 }
                if head > next && head <= n { lost += 1 }
            } else if head >= next && head <= n {
                lost += 1
            }
            if next < n { for k in next..<n where gold[k] == s0 { lost += 1 } }
        }
        return lost
    }
}
