public import TrackerAnalysis
public import TrackerStore

/// What changed between two days, as typed values: the model behind the
/// Markdown reports' "what changed" section and the workbench's status page.
public struct ReportedChanges: Sendable, Hashable {
    /// A commitment first reported from the first day on.
    public struct NewCommitment: Sendable, Hashable {
        /// Its holder, action and status now.
        public var holder: String, action: String, status: CommitmentStatus
        /// Where it was first reported.
        public var firstReport: Evidence
    }

    /// A commitment whose status differs from the day before the first day.
    public struct StatusChange: Sendable, Hashable {
        /// Its holder and action.
        public var holder: String, action: String
        /// Its status the day before, and now.
        public var before: CommitmentStatus, after: CommitmentStatus
    }

    /// An outcome (or a reversal) reported from the first day on.
    public struct NewOutcome: Sendable, Hashable {
        /// The commitment's holder and action.
        public var holder: String, action: String
        /// `fulfils`, `contradicts`, `progresses`, or `reversed`.
        public var relation: String
        /// The sentence that reports it.
        public var evidence: Evidence
    }

    /// The first day of the changes.
    public var since: CalendarDate
    /// New commitments, in party order.
    public var newCommitments: [NewCommitment] = []
    /// Changes of status, in party order.
    public var statusChanges: [StatusChange] = []
    /// New outcomes and reversals, in party order.
    public var newOutcomes: [NewOutcome] = []

    /// Whether anything changed at all.
    public var isEmpty: Bool { newCommitments.isEmpty && statusChanges.isEmpty && newOutcomes.isEmpty }
}

extension ChangeSummary {
    /// The changes from ``since`` to ``asOf`` in `parties`' commitments, each commitment counted once.
    public func changes(_ store: TrackerDatabase, parties: [String]) throws -> ReportedChanges {
        let sinceDay = since.iso
        var changes = ReportedChanges(since: since)
        var seen: Set<Int64> = []
        // Every party's commitments now and the day before, each read in one pass.
        let nowByParty = try store.commitments(ofEach: parties, asOf: asOf)
        let beforeByParty = try store.commitments(ofEach: parties, asOf: since.adding(days: -1))
        for index in parties.indices {
            let before = Dictionary(
                beforeByParty[index].commitments.map { ($0.reports[0].statementID, $0) },
                uniquingKeysWith: { first, _ in first })
            for item in nowByParty[index].commitments where seen.insert(item.reports[0].statementID).inserted {
                let action = item.action ?? "?"
                if (item.reports[0].date?.iso ?? "") >= sinceDay {
                    changes.newCommitments.append(
                        .init(holder: item.holder, action: action, status: item.status, firstReport: item.reports[0]))
                } else if let earlier = before[item.reports[0].statementID], earlier.status != item.status {
                    changes.statusChanges.append(.init(holder: item.holder, action: action, before: earlier.status, after: item.status))
                }
                for outcome in item.outcomes where (outcome.evidence.date?.iso ?? "") >= sinceDay {
                    changes.newOutcomes.append(
                        .init(
                            holder: item.holder, action: action, relation: outcome.relation.rawValue,
                            evidence: outcome.evidence))
                }
                if let reversal = item.reversal, (reversal.date?.iso ?? "") >= sinceDay {
                    changes.newOutcomes.append(.init(holder: item.holder, action: action, relation: "reversed", evidence: reversal))
                }
            }
        }
        return changes
    }
}
