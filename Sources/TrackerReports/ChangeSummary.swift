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
        let sinceDay = since.iso
        let dayBefore = since.adding(days: -1)
        var newCommitments: [[String: Any]] = []
        var statusChanges: [[String: Any]] = []
        var newOutcomes: [[String: Any]] = []
        var seen: Set<Int64> = []
        // Every party's commitments now and the day before, each read in one pass.
        let nowByParty = try store.commitments(ofEach: parties, asOf: asOf)
        let beforeByParty = try store.commitments(ofEach: parties, asOf: dayBefore)
        for index in parties.indices {
            let now = nowByParty[index].commitments
            let before = Dictionary(beforeByParty[index].commitments.map { ($0.reports[0].statementID, $0) },
                                    uniquingKeysWith: { first, _ in first })
            for item in now where seen.insert(item.reports[0].statementID).inserted {
                let action = item.action ?? "?"
                if (item.reports[0].date ?? "") >= sinceDay {
                    newCommitments.append(["holder": item.holder, "action": action, "status": item.status.rawValue,
                                           "first_report": ReportContext.evidence(item.reports[0])])
                } else if let earlier = before[item.reports[0].statementID], earlier.status != item.status {
                    statusChanges.append(["holder": item.holder, "action": action, "before": earlier.status.rawValue,
                                          "after": item.status.rawValue])
                }
                for outcome in item.outcomes where (outcome.evidence.date ?? "") >= sinceDay {
                    newOutcomes.append(["holder": item.holder, "action": action, "relation": outcome.relation.rawValue,
                                        "evidence": ReportContext.evidence(outcome.evidence)])
                }
                if let reversal = item.reversal, (reversal.date ?? "") >= sinceDay {
                    newOutcomes.append(["holder": item.holder, "action": action, "relation": "reversed",
                                        "evidence": ReportContext.evidence(reversal)])
                }
            }
        }
        return ["since": sinceDay, "has_new_commitments": !newCommitments.isEmpty, "new_commitments": newCommitments,
                "has_status_changes": !statusChanges.isEmpty, "status_changes": statusChanges,
                "has_new_outcomes": !newOutcomes.isEmpty, "new_outcomes": newOutcomes,
                "has_any_change": !(newCommitments.isEmpty && statusChanges.isEmpty && newOutcomes.isEmpty)]
    }
}
