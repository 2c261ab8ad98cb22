import TrackerAnalysis
import TrackerReports
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
    /// What changed since the day asked for, if one was.
    var changes: ReportedChanges?

    /// Asks for "what changed since" a day, keeping the page's day.
    var sinceForm: HTML {
        """
        <form class="since" method="get" action="/status"><input type="hidden" name="as_of" value="\(asOf.iso)">\
        <label>What changed since <input type="date" name="since" value="\(changes?.since.iso ?? "")"></label> <button type="submit">Show</button></form>
        """
    }

    func render(viewer: Viewer) -> HTML {
        let statuses = CommitmentStatus.allCases
        let summary = sections.map { section -> HTML in
            let cells = statuses.map { status -> HTML in
                "<td class=\"num\">\(section.commitments.filter { $0.status == status }.count)</td>"
            }
            return
                "<tr><th><a href=\"\(viewer.links.party(section.party))\">\(section.party)</a></th>\(cells)<td class=\"num\">\(section.nonCommitments.count)</td></tr>\n"
        }
        let parties = sections.map { section -> HTML in
            """
            <section class="party"><h3><a href="\(viewer.links.party(section.party))">\(section.party)</a></h3>
            \(CommitmentList.render(section.commitments, non: section.nonCommitments, viewer: viewer))</section>

            """
        }
        let body: HTML = """
            <p class="meta">As of \(asOf.iso) · \(counts.documents) documents · \(counts.statements) statements</p>
            \(viewer.links.isEditable ? sinceForm : "")
            \(changes.map { Self.render($0, links: viewer.links) } ?? "")
            <table class="summary"><thead><tr><th>party</th>\(statuses.map { status -> HTML in "<th>\(status.rawValue)</th>" })<th>not committed</th></tr></thead>
            <tbody>\(summary)</tbody></table>
            <h2>Timeline</h2>
            \(TimelineSVG.render(sections.flatMap(\.commitments)))
            <h2>Commitments by party</h2>
            \(parties)
            """
        return PageFrame.render(title: "Commitment status", viewer: viewer, body: body)
    }

    /// The "what changed" section, with the same parts as the Markdown report's.
    static func render(_ changes: ReportedChanges, links: PageLinks) -> HTML {
        let evidence = { (found: Evidence) in CommitmentList.evidence(found, links: links) }
        func list(_ title: String, _ items: [HTML]) -> HTML {
            items.isEmpty ? "" : "<h3>\(title)</h3><ul>\(items)</ul>\n"
        }
        let new = changes.newCommitments.map { item -> HTML in
            "<li>\(item.holder): <strong>\(item.action)</strong> (\(item.status.rawValue)) \(evidence(item.firstReport))</li>"
        }
        let moved = changes.statusChanges.map { item -> HTML in
            "<li>\(item.holder): <strong>\(item.action)</strong>: \(item.before.rawValue) → \(item.after.rawValue)</li>"
        }
        let outcomes = changes.newOutcomes.map { item -> HTML in
            "<li>\(item.holder): <strong>\(item.action)</strong>: <span class=\"chip\">\(item.relation)</span> \(evidence(item.evidence))</li>"
        }
        let body: HTML =
            changes.isEmpty
            ? "<p>Nothing changed.</p>"
            : "\(list("New commitments", new))\(list("Changes of status", moved))\(list("New outcomes", outcomes))"
        return "<section class=\"changes\"><h2>What changed since \(changes.since.iso)</h2>\n\(body)</section>\n"
    }
}
