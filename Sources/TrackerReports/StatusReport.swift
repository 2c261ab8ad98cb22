import Foundation
public import TrackerAnalysis
public import TrackerStore

/// The status report: every party's commitments as of a date, set beside what
/// came of them, with evidence, a Mermaid timeline, open uncertainties and
/// explicit non-commitments. Deterministic: the same database and date give
/// the same bytes.
public struct StatusReport: Sendable {
    public var asOf: CalendarDate
    public var title: String

    public init(asOf: CalendarDate, title: String = "Commitment status report") {
        self.asOf = asOf
        self.title = title
    }

    public func render(_ store: TrackerDatabase) throws -> String {
        let counts = try store.counts()
        let parties = try store.committingParties()
        var sections: [(party: String, commitments: [TrackedCommitment], non: [TrackedCommitment])] = []
        for party in parties {
            let (commitments, non) = try store.commitments(of: party, asOf: asOf)
            // Show each commitment under its own holder's party only once.
            sections.append((party, commitments.filter { owned($0, by: party, parties: parties) },
                             non.filter { owned($0, by: party, parties: parties) }))
        }
        sections.removeAll { $0.commitments.isEmpty && $0.non.isEmpty }

        var out = "# \(title)\n\n"
        out += "As of **\(asOf.iso)**, from \(counts.documents) documents and \(counts.statements) statements. "
        out += "Statuses: kept, in progress, partly kept, broken, overdue, pending, disputed (see ANNOTATION.md).\n\n"
        out += "## Summary\n\n"
        let statuses = CommitmentStatus.allCases
        out += "| party | " + statuses.map(\.rawValue).joined(separator: " | ") + " | no commitment |\n"
        out += "| --- |" + String(repeating: " ---: |", count: statuses.count + 1) + "\n"
        for section in sections {
            let cells = statuses.map { status in String(section.commitments.filter { $0.status == status }.count) }
            out += "| \(Markdown.cell(section.party)) | " + cells.joined(separator: " | ") + " | \(section.non.count) |\n"
        }
        out += "\n"
        let timeline = Self.timeline(sections.flatMap(\.commitments))
        if !timeline.isEmpty { out += "## Timeline\n\n" + timeline + "\n" }
        for section in sections {
            out += "## \(section.party)\n\n"
            if !section.commitments.isEmpty {
                out += "| status | commitment | by | deadline | what happened |\n| --- | --- | --- | --- | --- |\n"
                for item in section.commitments {
                    out += "| **\(item.status.rawValue)** | \(Markdown.cell(item.action ?? "?")) | \(Markdown.cell(item.holder)) | "
                    out += "\(item.deadline ?? "–") | \(Markdown.cell(outcomeSummary(item))) |\n"
                }
                out += "\n"
                for item in section.commitments {
                    out += "- **\(Markdown.inline(item.action ?? "?"))** (\(item.status.rawValue))\n"
                    for report in item.reports { out += "  - promised: " + Markdown.evidence(report) + "\n" }
                    for outcome in item.outcomes {
                        out += "  - \(outcome.relation.rawValue): " + Markdown.evidence(outcome.evidence) + "\n"
                    }
                    if let reversal = item.reversal { out += "  - reversed: " + Markdown.evidence(reversal) + "\n" }
                }
                out += "\n"
            }
            if !section.non.isEmpty {
                out += "Explicitly not committed to (no later outcome can break these):\n\n"
                for item in section.non {
                    out += "- \(Markdown.inline(item.holder)) has made no commitment to **\(Markdown.inline(item.action ?? "?"))** — "
                        + Markdown.evidence(item.reports[0]) + "\n"
                }
                out += "\n"
            }
        }
        let open = try store.uncertainties(until: asOf, limit: 12)
        if !open.isEmpty {
            out += "## Open uncertainties\n\n"
            for item in open {
                let reviewed = item.review == "unreviewed" ? "" : ", human-reviewed: \(item.review)"
                out += "- \"\(Markdown.inline(item.sentence))\" (\(item.date ?? "undated")\(item.document.map { ", \(Markdown.inline($0))" } ?? "")\(reviewed))\n"
            }
            out += "\n"
        }
        return out
    }

    private func owned(_ item: TrackedCommitment, by party: String, parties: [String]) -> Bool {
        item.holder == party || !parties.contains(item.holder)
    }

    private func outcomeSummary(_ item: TrackedCommitment) -> String {
        var parts = item.outcomes.map { "\($0.relation.rawValue): \($0.action ?? "?") (\($0.evidence.date ?? "?"))" }
        if let reversal = item.reversal { parts.append("reversed (\(reversal.date ?? "?"))") }
        return parts.isEmpty ? "nothing reported" : parts.joined(separator: "; ")
    }

    /// A Mermaid Gantt chart: each commitment with a deadline from when it was
    /// made to its deadline, and each outcome as a milestone.
    static func timeline(_ commitments: [TrackedCommitment]) -> String {
        let dated = commitments.filter { $0.deadline != nil && $0.reports.first?.date != nil }
        guard !dated.isEmpty else { return "" }
        var out = "```mermaid\ngantt\n    title Commitments with deadlines and their outcomes\n    dateFormat YYYY-MM-DD\n"
        var section: String?
        for (index, item) in dated.sorted(by: { ($0.holder, $0.reports[0].date ?? "") < ($1.holder, $1.reports[0].date ?? "") }).enumerated() {
            let start = item.reports[0].date ?? ""
            let end = max(CalendarDate.lastDay(of: item.deadline ?? start), start)
            let status = item.status == .kept ? "done" : item.status == .broken || item.status == .overdue ? "crit" : "active"
            if section != item.holder {
                out += "    section \(Mermaid.label(item.holder))\n"
                section = item.holder
            }
            out += "    \(Mermaid.label(item.action ?? "commitment")) :\(status), c\(index), \(start), \(end)\n"
            for (number, outcome) in item.outcomes.enumerated() {
                if let date = outcome.evidence.date {
                    out += "    \(Mermaid.label(outcome.relation.rawValue + ": " + (outcome.action ?? ""))) :milestone, o\(index)x\(number), \(date), 0d\n"
                }
            }
        }
        return out + "```\n"
    }
}

/// Escaping for Markdown output.
enum Markdown {
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    static func inline(_ text: String) -> String {
        String(text.map { $0 == "\n" ? " " : $0 })
    }

    static func evidence(_ evidence: Evidence) -> String {
        var out = "\"\(inline(evidence.sentence))\""
        var facts: [String] = []
        if let date = evidence.date { facts.append(date) }
        if let source = evidence.source { facts.append("per \(inline(source))") }
        if let title = evidence.documentTitle { facts.append("*\(inline(title))*") }
        facts.append("document \(evidence.documentID)")
        if evidence.isReviewed { facts.append("human-reviewed: \(evidence.review)") }
        out += " (" + facts.joined(separator: ", ") + ")"
        return out
    }
}

/// Text that is safe inside a Mermaid Gantt line (no colons, hashes or semicolons).
enum Mermaid {
    static func label(_ text: String) -> String {
        let cleaned = text.map { ":;#".contains($0) ? " " : $0 }
        let trimmed = String(cleaned.prefix(60)).trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "item" : trimmed
    }
}
