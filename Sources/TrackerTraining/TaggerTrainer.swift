import TrackerSyntax

/// Trains the tagger: greedy left to right, the tags chosen so far as
/// features, an update whenever the guess is wrong.
struct TaggerTrainer {
    let tagCount: Int
    let dictionary: [UInt64: UInt8]
    var minimumUpdates = 1

    /// A perceptron trained on `sentences` for `epochs` passes; `afterEpoch` sees it after each.
    func train(
        _ sentences: [TrainingSentence], epochs: Int, rng: inout SeededGenerator,
        afterEpoch: (Int, AveragedPerceptron) -> Void = { _, _ in }
    ) -> AveragedPerceptron {
        let model = AveragedPerceptron(classCount: tagCount, minimumUpdates: minimumUpdates)
        var order = Array(sentences.indices)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: tagCount)
        for epoch in 1...max(epochs, 1) {
            order.seededShuffle(&rng)
            for s in order {
                let sentence = sentences[s]
                sentence.keys.withUnsafeBufferPointer { keys in
                    var previous: UInt64 = 1, beforePrevious: UInt64 = 1
                    for i in 0..<keys.count {
                        var guess = 0
                        if let known = dictionary[keys[i].lower] {
                            guess = Int(known)
                        } else {
                            features.withUnsafeMutableBufferPointer { f in
                                TaggerFeatures.extract(keys, i, previous: previous, beforePrevious: beforePrevious, into: f.baseAddress!)
                                model.score(UnsafeBufferPointer(f), into: &scores)
                                guess = Self.argmax(scores)
                                model.tick()
                                model.update(UnsafeBufferPointer(f), truth: Int(sentence.goldTags[i]), guess: guess)
                            }
                        }
                        beforePrevious = previous
                        previous = UInt64(guess) &+ 16
                    }
                }
            }
            afterEpoch(epoch, model)
        }
        return model
    }

    /// Tags with a perceptron still in training (its current, unaveraged weights).
    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for k in 1..<scores.count where scores[k] > scores[best] { best = k }
        return best
    }
}
