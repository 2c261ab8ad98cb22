import TrackerAnalysis
import TrackerStore

/// The status report as a page: a summary per party, the timeline as SVG,
/// and each party's commitments with their evidence.
struct StatusPage {
    struct Section {
        var party: String
        var commitments: [TrackedCommitment]
        var nonCommitments: [TrackedCommitment]
    }

    var asOf: CalendarDate
    var counts: StoreCounts
    var sections: [Section]

    func render(viewer: Viewer) -> HTML {
        let statuses = CommitmentStatus.allCases
        let summary = sections.map { section -> HTML in
            let cells = statuses.map { status -> HTML in
                "<td class=\"num\">\(section.commitments.filter { $0.status == status }.count)</td>"
            }
            return "<tr><th><a href=\"/parties/\(PathComponent.encode(section.party))\">\(section.party)</a></th>\(cells)<td class=\"num\">\(section.nonCommitments.count)</td></tr>\n"
        }
        let parties = sections.map { section -> HTML in
            """
            <section class="party"><h3><a href="/parties/\(PathComponent.encode(section.party))">\(section.party)</a></h3>
            \(CommitmentList.render(section.commitments, non: section.nonCommitments))</section>

            """
        }
        let body: HTML = """
            <p class="meta">As of \(asOf.iso) · \(counts.documents) documents · \(counts.statements) statements</p>
            <table class="summary"><thead><tr><th>party</th>\(statuses.map { status -> HTML in "<th>\(status.rawValue)</th>" })<th>not committed</th></tr></thead>
            <tbody>\(summary)</tbody></table>
            <h2>Timeline</h2>
            \(TimelineSVG.render(sections.flatMap(\.commitments)))
            <h2>Commitments by party</h2>
            \(parties)
            """
        return PageFrame.render(title: "Commitment status", viewer: viewer, body: body)
    }
}
