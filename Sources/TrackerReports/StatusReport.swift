import Foundation
public import TrackerAnalysis
public import TrackerStore

/// The status report: every party's commitments as of a date, set beside what
/// came of them, with evidence, a Mermaid timeline, open uncertainties and
/// explicit non-commitments; with `since`, what changed from that day on.
/// Deterministic: the same database, date and template give the same bytes.
public struct StatusReport: Sendable {
    /// The day statuses are worked out for.
    public var asOf: CalendarDate
    /// When set, a section says what changed from this day on.
    public var since: CalendarDate?
    /// The report's heading.
    public var title: String
    /// The layout the values are rendered through.
    public var template: ReportTemplate

    /// A status report as of `asOf`, with changes since `since` when given.
    public init(
        asOf: CalendarDate, since: CalendarDate? = nil, title: String = "Commitment status report",
        template: ReportTemplate = .bundled(.status)
    ) {
        self.asOf = asOf
        self.since = since
        self.title = title
        self.template = template
    }

    /// The report's Markdown, the same bytes for the same database, day and template.
    public func render(_ store: TrackerDatabase) throws -> String {
        let counts = try store.counts()
        let parties = try store.committingParties()
        var sections: [(party: String, commitments: [TrackedCommitment], non: [TrackedCommitment])] = []
        // Every party's commitments, read in one pass.
        for (party, (commitments, non)) in zip(parties, try store.commitments(ofEach: parties, asOf: asOf, quotedOnly: true)) {
            // Show each commitment under its own holder's party only once.
            sections.append(
                (
                    party, commitments.filter { owned($0, by: party, parties: parties) },
                    non.filter { owned($0, by: party, parties: parties) }
                ))
        }
        sections.removeAll { $0.commitments.isEmpty && $0.non.isEmpty }
        let statuses = CommitmentStatus.allCases
        let timeline = Self.timeline(sections.flatMap(\.commitments))
        var context: [String: Any] = [
            "title": title, "as_of": asOf.iso, "documents": counts.documents, "statements": counts.statements,
            "status_names": statuses.map(\.rawValue),
            "summary": sections.map { section -> [String: Any] in
                [
                    "party": section.party, "counts": statuses.map { status in section.commitments.filter { $0.status == status }.count },
                    "none": section.non.count,
                ]
            },
            "has_timeline": !timeline.isEmpty, "timeline": timeline,
            "parties": sections.map { section -> [String: Any] in
                ReportContext.commitments(section.commitments, non: section.non).merging(["party": section.party]) { $1 }
            },
        ]
        let open = try store.uncertainties(until: asOf, limit: 12)
        context["has_uncertainties"] = !open.isEmpty
        context["uncertainties"] = open.map(ReportContext.evidence)
        let unattributed = try store.unattributedCommitments(until: asOf)
        context["has_unattributed"] = !unattributed.isEmpty
        context["unattributed"] = ReportContext.unattributed(unattributed)
        context["changes"] = try since.map { try ChangeSummary(since: $0, asOf: asOf).context(store, parties: parties) } ?? false
        return template.render(context)
    }

    private func owned(_ item: TrackedCommitment, by party: String, parties: [String]) -> Bool {
        item.holder == party || !parties.contains(item.holder)
    }

    /// A Mermaid Gantt chart: each commitment with a deadline from when it was
    /// made to its deadline, and its quoted outcomes (the first five) as milestones.
    static func timeline(_ commitments: [TrackedCommitment]) -> String {
        let dated = commitments.filter { $0.deadline != nil && $0.reports.first?.date != nil }
        guard !dated.isEmpty else { return "" }
        var out = "```mermaid\ngantt\n    title Commitments with deadlines and their outcomes\n    dateFormat YYYY-MM-DD\n"
        var section: String?
        for (index, item) in dated.sorted(by: { ($0.holder, $0.reports[0].date?.iso ?? "") < ($1.holder, $1.reports[0].date?.iso ?? "") })
            .enumerated()
        {
            let start = item.reports[0].date?.iso ?? ""
            let end = max(item.deadline?.lastDay.iso ?? start, start)
            let status = item.status == .kept ? "done" : item.status == .broken || item.status == .overdue ? "crit" : "active"
            if section != item.holder {
                out += "    section \(MermaidLabel.label(item.holder))\n"
                section = item.holder
            }
            out +=
                "    \(MermaidLabel.label(item.action ?? "commitment", fallback: "commitment")) :\(status), c\(index), \(start), \(end)\n"
            for (number, outcome) in item.quotedOutcomes.enumerated() {
                if let date = outcome.evidence.date {
                    out +=
                        "    \(MermaidLabel.label(outcome.relation.rawValue + " " + (outcome.action ?? ""))) :milestone, o\(index)x\(number), \(date), 0d\n"
                }
            }
        }
        return out + "```\n"
    }
}
