import TrackerAnalysis
import TrackerStore

/// The status report's timeline drawn on the server as SVG: one row per
/// commitment with a deadline, a bar from its first report to its deadline
/// coloured by status, and a dot per quoted outcome. No script, and every
/// label is escaped text.
enum TimelineSVG {
    /// Room for labels on the left and the bars on the right, in SVG units.
    static let labelWidth = 320, barWidth = 560, rowHeight = 22, axisHeight = 24

    static func render(_ commitments: [TrackedCommitment]) -> HTML {
        let rows: [(item: TrackedCommitment, start: CalendarDate, end: CalendarDate)] = commitments.compactMap { item in
            guard let deadline = item.deadline, let start = item.reports.first?.date else { return nil }
            return (item, start, max(start, deadline.lastDay))
        }.sorted { ($0.item.holder, $0.start) < ($1.item.holder, $1.start) }
        guard let first = rows.map(\.start).min(), let last = rows.map(\.end).max() else { return "" }
        // At least one day wide, so a single-day span still has a scale.
        let span = max(1, last.dayNumber - first.dayNumber)
        func x(_ date: CalendarDate) -> Int { labelWidth + (date.dayNumber - first.dayNumber) * barWidth / span }
        let height = axisHeight + rows.count * rowHeight
        var parts: [HTML] = [
            "<text class=\"axis\" x=\"\(labelWidth)\" y=\"14\">\(first.iso)</text>",
            "<text class=\"axis end\" x=\"\(labelWidth + barWidth)\" y=\"14\">\(last.iso)</text>",
        ]
        for (number, row) in rows.enumerated() {
            let y = axisHeight + number * rowHeight
            let status = CommitmentList.slug(row.item.status.rawValue)
            let label = "\(row.item.holder): \(row.item.action ?? "commitment")"
            parts.append(
                """
                <g class="row s-\(status)"><title>\(label) (\(row.item.status.rawValue), \(row.start.iso) to \(row.end.iso))</title>\
                <text x="0" y="\(y + 15)">\(String(label.prefix(48)))</text>\
                <rect x="\(x(row.start))" y="\(y + 4)" width="\(max(2, x(row.end) - x(row.start)))" height="\(rowHeight - 8)"></rect>
                """)
            for outcome in row.item.quotedOutcomes {
                guard let date = outcome.evidence.date, date >= first, date <= last else { continue }
                parts.append(
                    "<circle class=\"outcome o-\(outcome.relation.rawValue)\" cx=\"\(x(date))\" cy=\"\(y + rowHeight / 2)\" r=\"4\"><title>\(outcome.relation.rawValue) \(outcome.action ?? "") (\(date.iso))</title></circle>"
                )
            }
            parts.append("</g>")
        }
        return """
            <svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(labelWidth + barWidth + 10) \(height)" \
            role="img" aria-label="Commitments with deadlines and their outcomes">
            \(parts)
            </svg>
            """
    }
}
