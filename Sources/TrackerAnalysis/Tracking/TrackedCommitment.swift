/// A commitment as tracked: one pledge, however often it was reported, with
/// its outcomes and its status as of a date.
public struct TrackedCommitment: Sendable, Hashable, Codable {
    /// An outcome linked to the commitment, with why.
    public struct Outcome: Sendable, Hashable, Codable {
        /// How the outcome bears on the pledge: fulfils, progresses or contradicts it.
        public var relation: OutcomeRelation
        /// The outcome's action as written ("dismantled the testing site"); nil when the tagger found none.
        public var action: String?
        /// Whether the outcome was reported done or not done ("did not withdraw").
        public var polarity: Polarity
        /// The outcome's statement, with where and when it was said.
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

        /// The first reason of a link a person made (`tracker link`), as shown; a note follows it.
        public static let humanDecision = "human decision"

        /// Whether a person made the link, rather than the rules.
        public var isHumanDecision: Bool { reasons.first == Self.humanDecision }

        /// An outcome linked with `relation`, for `reasons` adding up to `score` (0 to 1).
        public init(
            relation: OutcomeRelation, action: String?, polarity: Polarity, evidence: Evidence, reasons: [String],
            score: Double, progress: ProgressShare? = nil
        ) {
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

    /// The name of the actor who pledged it.
    public var holder: String
    /// The pledged action as first written ("halt missile tests"); nil when the tagger found none.
    public var action: String?
    /// The action as linking compares it: the verb's lemma and its object's head ("drop ban"); nil when none.
    public var normalizedAction: String?
    /// The deadline in force after any delay, as precise as said (`2019-02-28`, `2019-02`, `2019`); nil: none named.
    public var deadline: PartialDate?
    /// The topic keys of the first report (`denuclearisation`, `sanctions`).
    public var topics: [String]
    /// `affirmed` for a pledge, `negated` for a refusal ("will not", "ruled out").
    public var polarity: Polarity
    /// Whether the first report states the pledge as certain or hedged.
    public var certainty: Certainty
    /// The status as of the linker's ``CommitmentLinker/asOf`` day (``StatusRule``).
    public var status: CommitmentStatus
    /// Every report of the pledge (the first is where it was made).
    public var reports: [Evidence]
    /// The outcomes linked to it, by the rules or by a person.
    public var outcomes: [Outcome]
    /// A later statement by the holder withdrawing the pledge (the earliest of ``reversals``).
    public var reversal: Evidence?
    /// Every report that the holder dropped the pledge ("shelved its ban", later "dropped its ban in June"), earliest first.
    public var reversals: [Evidence] = []
    /// Reports that the pledge is not done ("the crossing was still closed on 3 March", "no prisoners have
    /// been released"), earliest first: evidence for overdue once the deadline passes, never a fulfilment.
    /// (One dated on or after a fulfilment is an outcome that contradicts it instead: disputed.)
    public var undone: [Evidence] = []
    /// Why the reports were merged into one commitment, when there are several.
    public var mergedBecause: [String]
    /// How much of the pledge is done, from the latest outcome that says ("2 of 5").
    public var progress: ProgressShare?
    /// Reports that the pledge was put off, each with the deadline it moved to
    /// (``deadline`` is the latest; the first report's is ``originalDeadline``).
    public var delays: [Delay] = []
    /// The deadline as first pledged, when a delay moved it.
    public var originalDeadline: PartialDate?
    /// A report that the pledge was put off ("postponed until the end of 2025").
    public struct Delay: Sendable, Hashable, Codable {
        /// The report that the pledge was put off.
        public var evidence: Evidence
        /// The new deadline, when the report names one.
        public var deadline: PartialDate?
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
    public static func affirmedAndNot(_ all: [TrackedCommitment]) -> (commitments: [TrackedCommitment], nonCommitments: [TrackedCommitment])
    {
        let reversals = Set(all.flatMap { $0.reversals.map(\.statementID) + ($0.reversal.map { [$0.statementID] } ?? []) })
        return (
            all.filter { $0.polarity == .affirmed },
            all.filter { $0.polarity == .negated && !$0.reports.contains { reversals.contains($0.statementID) } }
        )
    }
}
