public import TrackerAnalysis
public import TrackerStore

/// One matter across all parties: the commitments on it with their statuses,
/// a Mermaid chart of deadlines and outcomes, and every statement as a timeline.
public struct TopicReport: Sendable {
    /// The topic's key, e.g. `troop-withdrawal`.
    public var topic: String
    /// The day statuses are worked out for.
    public var asOf: CalendarDate
    /// When set, a section says what changed from this day on.
    public var since: CalendarDate?
    /// The layout the values are rendered through.
    public var template: ReportTemplate
    /// At most this many statements in the timeline.
    public var limit: Int

    /// A report on `topic` as of `asOf`, with changes since `since` when given.
    public init(
        topic: String, asOf: CalendarDate, since: CalendarDate? = nil, template: ReportTemplate = .bundled(.topic),
        limit: Int = 500
    ) {
        self.topic = topic
        self.asOf = asOf
        self.since = since
        self.template = template
        self.limit = limit
    }

    /// The report's Markdown; throws when the topic is unknown or the template fails.
    public func render(_ store: TrackerDatabase) throws -> String {
        let content = try TopicContent(topic: topic, asOf: asOf, limit: limit, store: store)
        let (statements, commitments, non, unattributed) =
            (content.statements, content.commitments, content.nonCommitments, content.unattributed)
        let timeline = StatusReport.timeline(commitments)
        var context = ReportContext.commitments(commitments, non: non)
        context["has_unattributed"] = !unattributed.isEmpty
        context["unattributed"] = ReportContext.unattributed(unattributed)
        context.merge([
            "key": topic, "label": content.label, "as_of": asOf.iso,
            "statement_count": statements.count, "has_any_commitment": !commitments.isEmpty || !non.isEmpty || !unattributed.isEmpty,
            "has_timeline": !timeline.isEmpty, "timeline": timeline,
            "events": statements.map { item -> [String: Any] in
                ReportContext.evidence(item).merging([
                    "when": item.date?.iso ?? "undated", "party": item.holder ?? item.source ?? "–", "kind": item.kind.rawValue,
                    "negated": item.polarity == .negated, "uncertain": item.certainty == .uncertain,
                ]) { $1 }
            },
            "changes": try since.map { try ChangeSummary(since: $0, asOf: asOf).context(store, parties: try store.committingParties()) }
                ?? false,
        ]) { $1 }
        return template.render(context)
    }
}
