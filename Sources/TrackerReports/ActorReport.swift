public import TrackerAnalysis
public import TrackerStore

/// Everything one party committed to, achieved, claimed and left uncertain,
/// with statuses and evidence.
public struct ActorReport: Sendable {
    /// The party: a name, key or alias.
    public var actor: String
    /// The day statuses are worked out for.
    public var asOf: CalendarDate
    /// When set, a section says what changed from this day on.
    public var since: CalendarDate?
    /// The layout the values are rendered through.
    public var template: ReportTemplate
    /// At most this many achievements, claims and uncertainties each.
    public var limit: Int

    /// A report on `actor` as of `asOf`, with changes since `since` when given.
    public init(
        actor: String, asOf: CalendarDate, since: CalendarDate? = nil, template: ReportTemplate = .bundled(.actor),
        limit: Int = 200
    ) {
        self.actor = actor
        self.asOf = asOf
        self.since = since
        self.template = template
        self.limit = limit
    }

    /// The report's Markdown; throws when the actor is unknown or the template fails.
    public func render(_ store: TrackerDatabase) throws -> String {
        guard let stored = try store.actor(named: actor) else {
            throw ReportError("no actor named '\(actor)'; see 'tracker actors list'")
        }
        let (commitments, non) = try store.commitments(of: stored.name, asOf: asOf, quotedOnly: true)
        func listed(_ kind: StatementKind, role: StatementQuery.Role?) throws -> [StoredStatement] {
            var query = StatementQuery()
            query.actor = stored.name
            query.role = role
            query.kind = kind
            query.until = asOf
            // Twice as many as shown (and one): some are dropped as a second
            // statement of the same sentence.
            query.limit = 2 * limit + 1
            return try store.statements(query)
        }
        /// Claims and uncertainties are shown by their sentence: two of one
        /// sentence would be the same line twice.
        func onePerSentence(_ items: [StoredStatement]) -> [StoredStatement] {
            var seen: Set<String> = []
            return items.filter { seen.insert("\($0.documentID)|\($0.sentence)").inserted }
        }
        let achievements = try listed(.achievement, role: .holder)
        let claims = onePerSentence(try listed(.claim, role: .source))
        let uncertainties = onePerSentence(try listed(.uncertainty, role: nil))
        var context = ReportContext.commitments(commitments, non: non)
        context.merge([
            "name": stored.name, "kind": stored.kind.rawValue, "parent": stored.parent ?? false,
            "aliases": stored.aliases.filter { $0 != stored.name }.joined(separator: ", "),
            "has_roles": !stored.roles.isEmpty, "roles": stored.roles.map { $0.description }.joined(separator: "; "), "as_of": asOf.iso,
            "has_any_commitment": !commitments.isEmpty || !non.isEmpty,
            "achievements": achievements.prefix(limit).map { item -> [String: Any] in
                ReportContext.evidence(item).merging(["what": item.action ?? "?", "negated": item.polarity == Polarity.negated]) { $1 }
            },
            "claims": claims.prefix(limit).map { item -> [String: Any] in
                ReportContext.evidence(item).merging(["negated": item.polarity == Polarity.negated]) { $1 }
            },
            "uncertainties": uncertainties.prefix(limit).map(ReportContext.evidence),
            "truncated": [achievements, claims, uncertainties].contains { $0.count > limit }, "limit": limit,
            "changes": try since.map { try ChangeSummary(since: $0, asOf: asOf).context(store, parties: [stored.name]) } ?? false,
        ]) { $1 }
        return template.render(context)
    }
}
