/// A commitment as tracked: one pledge, however often it was reported, with
/// its outcomes and its status as of a date.
public struct TrackedCommitment: Sendable, Hashable, Codable {
    /// An outcome linked to the commitment, with why.
    public struct Outcome: Sendable, Hashable, Codable {
        public var relation: OutcomeRelation
        public var action: String?
        public var polarity: Polarity
        public var evidence: Evidence
        /// Why they were linked: shared holder, action group, topic.
        public var reasons: [String]
        /// How much the reasons add up to, 0 to 1 (1 for a person's decision).
        public var score: Double
        /// How much of the pledged quantity it reports ("2 of 5"), when it says.
        public var progress: ProgressShare?
        /// A reported failure of the pledge ("did not meet its deadline"), as against an undoing act.
        public var turn: PledgeTurn?
        /// The sentence it was said in (0 when not known): one sentence links once.
        public var sentenceID: Int64 = 0

        public init(relation: OutcomeRelation, action: String?, polarity: Polarity, evidence: Evidence, reasons: [String],
                    score: Double, progress: ProgressShare? = nil) {
            self.relation = relation
            self.action = action
            self.polarity = polarity
            self.evidence = evidence
            self.reasons = reasons
            self.score = score
            self.progress = progress
        }
    }

    /// Links scoring below this are not made (``LinkScore/linkThreshold``).
    public static let reportingThreshold = LinkScore.linkThreshold

    public var holder: String
    public var action: String?
    public var normalizedAction: String?
    public var deadline: String?
    public var topics: [String]
    public var polarity: Polarity
    public var certainty: Certainty
    public var status: CommitmentStatus
    /// Every report of the pledge (the first is where it was made).
    public var reports: [Evidence]
    public var outcomes: [Outcome]
    /// A later statement by the holder withdrawing the pledge (the earliest of ``reversals``).
    public var reversal: Evidence?
    /// Every report that the holder dropped the pledge ("shelved its ban", later "dropped its ban in June"), earliest first.
    public var reversals: [Evidence] = []
    /// Why the reports were merged into one commitment, when there are several.
    public var mergedBecause: [String]
    /// How much of the pledge is done, from the latest outcome that says ("2 of 5").
    public var progress: ProgressShare?
    /// Reports that the pledge was put off, each with the deadline it moved to
    /// (``deadline`` is the latest; the first report's is ``originalDeadline``).
    public var delays: [Delay] = []
    /// The deadline as first pledged, when a delay moved it.
    public var originalDeadline: String?
    /// A report that the pledge was put off ("postponed until the end of 2025").
    public struct Delay: Sendable, Hashable, Codable {
        public var evidence: Evidence
        /// The new deadline, when the report names one.
        public var deadline: String?
    }
    /// Every change of status up to the day, in date order, each with what caused it.
    public var history: [StatusChange] = []
    /// Later statements on the same object that do not (yet) reach a link, for a person to decide (`tracker link`).
    public var possibleOutcomes: [Outcome] = []

    /// The reports a Markdown report quotes: the first two and the latest (a
    /// pledge repeated in hundreds of articles would otherwise be hundreds of
    /// near-identical lines); the others are counted.
    public var quotedReports: [Evidence] {
        reports.count <= 3 ? reports : Array(reports.prefix(2)) + [reports[reports.count - 1]]
    }

    /// The outcomes a Markdown report quotes: the first five, in date order.
    public var quotedOutcomes: [Outcome] { Array(outcomes.prefix(5)) }
}

extension TrackedCommitment {
    /// Affirmed commitments and the ones explicitly not made, apart; a
    /// refusal that is the reversal of a pledge ("no longer intends to buy")
    /// is shown as that pledge's reversal only, not also as a commitment not made.
    public static func affirmedAndNot(_ all: [TrackedCommitment]) -> (commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment]) {
        let reversals = Set(all.flatMap { $0.reversals.map(\.statementID) + ($0.reversal.map { [$0.statementID] } ?? []) })
        return (all.filter { $0.polarity == .affirmed },
                all.filter { $0.polarity == .negated && !$0.reports.contains { reversals.contains($0.statementID) } })
    }
}
