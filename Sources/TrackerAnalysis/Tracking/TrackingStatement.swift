/// A commitment or outcome as linking reads it: a stored statement with its
/// holder, date, time and topics, and what linking compares of it.
///
/// A class: rows are passed from list to list (by holder, by kind, by pledge)
/// thousands of times on a large store, and a reference is one count to copy
/// where the fields are a dozen.
public final class TrackingStatement {
    /// The stored statement's id.
    public let id: Int64
    /// Commitment, achievement, claim or uncertainty: linking reads commitments and achievements.
    public let kind: StatementKind
    /// Whether it says the action happens (`affirmed`) or not (`negated`).
    public let polarity: Polarity
    /// Whether it is stated as certain or hedged.
    public let certainty: Certainty
    /// The action as written ("dismantled a nuclear testing site"); nil when the tagger found none.
    public let action: String?
    /// The action normalised: the verb's lemma and its object's head ("drop ban"); nil when none.
    public let normalized: String?
    /// The holder's actor id in the store.
    public let holderID: Int64
    /// The holder's name.
    public let holder: String
    /// The document's date; nil when the document is undated.
    public let date: CalendarDate?
    /// The value of its time expression, as precise as the text said it ("2019-02-28", "2019-02", "2027").
    public let time: PartialDate?
    /// The role of its time expression: deadline, occurred, since, until.
    public let timeRole: TimeExpression.Role?
    /// Where and when it was said (the sentence is read only for the statements a report quotes).
    public let evidence: Evidence
    /// Its topic keys (`denuclearisation`, `sanctions`), a handful at most.
    public let topics: [String]
    /// The tracked commitment a person assigned this report to.
    public let group: Int64?
    /// The stored sentence it was said in (0 when not known): one sentence links once.
    public let sentenceID: Int64
    /// The date's digits as a number (20190119; 0 when undated): sorting
    /// hundreds of thousands of rows compares integers, not strings.
    public let dateKey: Int
    /// Its place in date order among all rows, when the loader read them all.
    public var rank = 0
    /// What linking compares, when worked out already (by the loader that reads every row).
    public var facts: ActionFacts?
    /// An outcome reported with no holder, given to its holder's one matching pledge (``UnattributedOutcomes``).
    public var unattributed = false
    /// Reported as a state that still holds ("was still closed", "remains shut"), not as an act: a pledge to
    /// change that state is not done yet (``UnattributedOutcomes`` reads it from the sentence).
    public var stillHolds = false
    /// The number of its content in the memo of the linker that worked it out (``LinkMemo``), and that memo.
    var content = -1
    var contentOwner: LinkMemo?
    /// What its action says of progress (``ProgressShare/Reading``), read the first time a pledge asks.
    var progressReading: ProgressShare.Reading? {
        if let reading = readProgress { return reading }
        guard let action else { return nil }
        let reading = ProgressShare.Reading(action)
        readProgress = reading
        return reading
    }
    private var readProgress: ProgressShare.Reading?

    /// A statement as the loader (or a test) hands it to linking.
    public init(
        id: Int64, kind: StatementKind, polarity: Polarity = .affirmed, certainty: Certainty = .certain,
        action: String?, normalized: String?, holderID: Int64, holder: String, date: CalendarDate?,
        time: PartialDate? = nil, timeRole: TimeExpression.Role? = nil, evidence: Evidence? = nil,
        topics: [String] = [], group: Int64? = nil, sentenceID: Int64 = 0
    ) {
        self.id = id
        self.kind = kind
        self.polarity = polarity
        self.certainty = certainty
        self.action = action
        self.normalized = normalized
        self.holderID = holderID
        self.holder = holder
        self.date = date
        self.time = time
        self.timeRole = timeRole
        self.evidence =
            evidence
            ?? Evidence(
                statementID: id, documentID: 0, documentTitle: nil, date: date, source: nil,
                sentence: action ?? "")
        self.topics = topics
        self.group = group
        self.sentenceID = sentenceID
        dateKey = Self.dateKey(date)
    }

    /// The sort key of a day, as ``dateKey`` (0 for none).
    static func dateKey(_ date: CalendarDate?) -> Int {
        date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0
    }

    /// `rows` in date order, then statement, then holder (undated first,
    /// as SQL sorts NULL). The keys are copied out and sorted with each
    /// row's place: comparing rows through their references costs
    /// several times more.
    public static func inDateOrder(_ rows: [TrackingStatement]) -> [TrackingStatement] {
        var keys = rows.indices.map { (date: rows[$0].dateKey, id: rows[$0].id, holder: rows[$0].holderID, index: $0) }
        keys.sort { ($0.date, $0.id, $0.holder) < ($1.date, $1.id, $1.holder) }
        return keys.map { rows[$0.index] }
    }
}
