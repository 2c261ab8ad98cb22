import TrackerSyntax

/// A treebank sentence ready for training: word keys, gold tag classes, heads and labels.
struct TrainingSentence {
    var forms: [String]
    var keys: [WordKeys]
    var goldTags: [UInt8]
    /// Gold heads with the root as `count` (the parser's root position).
    var goldHeads: [Int]
    var goldLabels: [UInt8]
    /// Tags predicted by a tagger that did not see this sentence (jack-knifing), for parser training.
    var predictedTags: [UInt8]
    /// The gold tree, for scoring.
    var goldTree: DependencyTree
}
