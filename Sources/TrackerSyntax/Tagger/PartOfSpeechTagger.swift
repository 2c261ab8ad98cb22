/// Greedy left-to-right tagging with the model's averaged perceptron.
extension SyntaxModel {
    /// The tag class of each word, in order.
    package func tagClasses(_ words: UnsafeBufferPointer<WordKeys>) -> [UInt8] {
        var classes = [UInt8](repeating: 0, count: words.count)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Int32](repeating: 0, count: tags.count)
        var previous: UInt64 = 1, beforePrevious: UInt64 = 1
        for i in 0..<words.count {
            let best: Int
            if let known = tagDictionary[words[i].lower] {
                best = Int(known)
            } else {
                best = features.withUnsafeMutableBufferPointer { f in
                    TaggerFeatures.extract(words, i, previous: previous, beforePrevious: beforePrevious, into: f.baseAddress!)
                    return scores.withUnsafeMutableBufferPointer { s in
                        s.update(repeating: 0)
                        tagWeights.add(UnsafeBufferPointer(f), to: s.baseAddress!)
                        return Self.argmax(UnsafeBufferPointer(s))
                    }
                }
            }
            classes[i] = UInt8(best)
            beforePrevious = previous
            previous = UInt64(best) &+ 16
        }
        return classes
    }

    /// The index of the largest score (the first of equals).
    @inline(__always)
    static func argmax(_ scores: UnsafeBufferPointer<Int32>) -> Int {
        var best = 0
        for k in 1..<scores.count where scores[k] > scores[best] { best = k }
        return best
    }
}
