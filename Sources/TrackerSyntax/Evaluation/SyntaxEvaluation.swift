/// Scores of predicted trees against gold ones on the same words: UPOS
/// accuracy, unlabelled and labelled attachment (every word counts,
/// punctuation included, as the CoNLL 2018 shared task scored), and per
/// relation precision, recall and F1 of labelled attachment.
public struct SyntaxEvaluation: Sendable, Codable {
    /// One relation's counts.
    public struct RelationScore: Sendable, Codable {
        /// The relation counted.
        public var relation: DependencyRelation
        /// Gold words with this relation; predicted words with it; those with the right head and this relation in both.
        public var gold = 0, predicted = 0, correct = 0
        /// Right among predicted (0 when none was predicted).
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// Right among gold (0 when gold has none).
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Sentences scored.
    public private(set) var sentences = 0
    /// Words scored, punctuation included.
    public private(set) var words = 0
    /// Words whose UPOS tag is right.
    public private(set) var tagsRight = 0
    /// Words whose head is right.
    public private(set) var headsRight = 0
    /// Words whose head and relation are both right.
    public private(set) var arcsRight = 0
    private var byRelation: [DependencyRelation: RelationScore] = [:]

    /// No sentences yet.
    public init() {}

    /// Adds one sentence; both trees must have the same words.
    public mutating func add(gold: DependencyTree, predicted: DependencyTree) {
        precondition(gold.words.count == predicted.words.count, "evaluation needs the gold words")
        sentences += 1
        for (g, p) in zip(gold.words, predicted.words) {
            words += 1
            if g.tag == p.tag { tagsRight += 1 }
            let headRight = g.head == p.head
            if headRight { headsRight += 1 }
            if headRight && g.relation == p.relation { arcsRight += 1 }
            byRelation[g.relation, default: RelationScore(relation: g.relation)].gold += 1
            byRelation[p.relation, default: RelationScore(relation: p.relation)].predicted += 1
            if headRight && g.relation == p.relation { byRelation[g.relation]!.correct += 1 }
        }
    }

    /// UPOS accuracy.
    public var tagAccuracy: Double { words == 0 ? 0 : Double(tagsRight) / Double(words) }
    /// Unlabelled attachment score.
    public var unlabelledAttachment: Double { words == 0 ? 0 : Double(headsRight) / Double(words) }
    /// Labelled attachment score.
    public var labelledAttachment: Double { words == 0 ? 0 : Double(arcsRight) / Double(words) }

    /// Per-relation scores, most frequent gold relation first.
    public var relations: [RelationScore] {
        byRelation.values.sorted { ($0.gold, $1.relation.rawValue) > ($1.gold, $0.relation.rawValue) }
    }
}
