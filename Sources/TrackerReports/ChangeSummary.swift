public import TrackerAnalysis
import TrackerStore

/// "What changed" since a day: commitments first reported from then on,
/// commitments whose status differs from the day before, and outcomes (and
/// reversals) reported from then on.
public struct ChangeSummary: Sendable {
    /// The first day of the changes.
    public var since: CalendarDate
    /// The day the changes run to.
    public var asOf: CalendarDate

    /// The changes from `since` to `asOf`.
    public init(since: CalendarDate, asOf: CalendarDate) {
        self.since = since
        self.asOf = asOf
    }

    /// The `changes` partial's values for these parties.
    func context(_ store: TrackerDatabase, parties: [String]) throws -> [String: Any] {
        let changes = try self.changes(store, parties: parties)
        let newCommitments = changes.newCommitments.map { item -> [String: Any] in
            [
                "holder": item.holder, "action": item.action, "status": item.status.rawValue,
                "first_report": ReportContext.evidence(item.firstReport),
            ]
        }
        let statusChanges = changes.statusChanges.map { item -> [String: Any] in
            ["holder": item.holder, "action": item.action, "before": item.before.rawValue, "after": item.after.rawValue]
        }
        let newOutcomes = changes.newOutcomes.map { item -> [String: Any] in
            ["holder": item.holder, "action": item.action, "relation": item.relation, "evidence": ReportContext.evidence(item.evidence)]
        }
        return [
            "since": since.iso, "has_new_commitments": !newCommitments.isEmpty, "new_commitments": newCommitments,
            "has_status_changes": !statusChanges.isEmpty, "status_changes": statusChanges,
            "has_new_outcomes": !newOutcomes.isEmpty, "new_outcomes": newOutcomes,
            "has_any_change": !changes.isEmpty,
        ]
    }
}
