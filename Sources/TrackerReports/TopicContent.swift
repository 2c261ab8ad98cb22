public import TrackerAnalysis
public import TrackerStore

/// What is known on one topic as of a day, across all parties: the
/// statements on it in date order, the commitments on it with their
/// statuses, what was explicitly not committed to, and commitments without a
/// holder. The Markdown topic report and the workbench's and site's topic
/// pages are both drawn from it, so they never disagree.
public struct TopicContent: Sendable {
    /// The topic's key, e.g. `troop-withdrawal`.
    public var topic: String
    /// Its label from the bundled topic list ("Troop withdrawal"), else the key.
    public var label: String
    /// The day statuses are worked out for.
    public var asOf: CalendarDate
    /// The statements on the topic dated up to `asOf`, oldest first (undated first), then by id.
    public var statements: [StoredStatement]
    /// Commitments on the topic, each once, under the party that holds it.
    public var commitments: [TrackedCommitment]
    /// What a party explicitly did not commit to on the topic.
    public var nonCommitments: [TrackedCommitment]
    /// Commitments on the topic without a holder, with the parties they may belong to.
    public var unattributed: [UnattributedCommitment]

    /// Reads the topic's content from `store`: at most `limit` statements.
    ///
    /// - Throws: ``ReportError`` when nothing on `topic` is dated by `asOf` (naming the topics that have statements), or the store's errors.
    public init(topic: String, asOf: CalendarDate, limit: Int = 500, store: TrackerDatabase) throws {
        var query = StatementQuery()
        query.topic = topic
        query.until = asOf
        query.limit = limit
        let statements = try store.statements(query).sorted { ($0.date?.iso ?? "", $0.id) < ($1.date?.iso ?? "", $1.id) }
        guard !statements.isEmpty else {
            let known = try store.topicKeys()
            throw ReportError("no statements on topic '\(topic)' by \(asOf.iso); topics with statements: \(known.joined(separator: ", "))")
        }
        var commitments: [TrackedCommitment] = []
        var non: [TrackedCommitment] = []
        // A commitment shared by two parties is tracked under each; shown once, under the first.
        var seen: Set<Int64> = []
        let parties = try store.committingParties()
        for tracked in try store.commitments(ofEach: parties, asOf: asOf) {
            commitments += tracked.commitments.filter { $0.topics.contains(topic) && seen.insert($0.reports[0].statementID).inserted }
            non += tracked.nonCommitments.filter { $0.topics.contains(topic) && seen.insert($0.reports[0].statementID).inserted }
        }
        self.topic = topic
        self.label = TopicList.standard.label(of: topic) ?? topic
        self.asOf = asOf
        self.statements = statements
        self.commitments = commitments
        self.nonCommitments = non
        self.unattributed = try store.unattributedCommitments(topic: topic, until: asOf)
    }
}
