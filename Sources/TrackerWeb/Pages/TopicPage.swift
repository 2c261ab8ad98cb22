import TrackerAnalysis
import TrackerReports
import TrackerStore

/// One matter across all parties, as the Markdown topic report shows it: the
/// commitments on it with their statuses and evidence, commitments without a
/// holder with the parties they may belong to, the deadlines drawn as SVG, and
/// every statement on it as a dated timeline linking to its sentence.
struct TopicPage {
    var content: TopicContent

    func render(viewer: Viewer) -> HTML {
        let links = viewer.links
        let events = content.statements.map { item -> HTML in
            let marks = [item.polarity == .negated ? "negated" : nil, item.certainty == .uncertain ? "uncertain" : nil].compactMap { $0 }
            let party: HTML = (item.holder ?? item.source).map { "<a href=\"\(links.party($0))\">\($0)</a>" } ?? "–"
            return """
                <li><strong>\(item.date?.iso ?? "undated")</strong> \(party) · <span class="chip k-\(item.kind.rawValue)">\(item.kind.rawValue)</span>\
                \(marks.isEmpty ? "" : " (" + marks.joined(separator: ", ") + ")") <q>\(item.sentence)</q> \
                (<a href="\(links.document(item.documentID, statement: item.id))">\(item.document ?? "document \(item.documentID)")</a>)</li>

                """
        }
        let unattributed = content.unattributed.map { item -> HTML in
            let parties = item.candidates.map { name -> HTML in "<a href=\"\(links.party(name))\">\(name)</a>" }
            return """
                <li id="u-\(item.id)"><strong>\(item.action ?? "?")</strong>\(item.polarity == .negated ? " (negated)" : "")\
                \(item.deadline?.value.map { " · deadline " + $0.iso } ?? "") · may be: \(HTML.joined(parties, separator: ", ")) \
                <q>\(item.sentence)</q> (<a href="\(links.document(item.documentID, statement: item.id))">\(item.date?.iso ?? "undated")</a>)</li>

                """
        }
        let unattributedSection: HTML =
            unattributed.isEmpty
            ? "" : "<h2>Commitments without a holder</h2>\n<ul class=\"unattributed\">\(unattributed)</ul>\n"
        // Drawn only when a commitment on the topic has a deadline.
        let timeline = TimelineSVG.render(content.commitments)
        let deadlines: HTML = timeline.markup.isEmpty ? "" : "<h2>Deadlines and outcomes</h2>\n\(timeline)"
        let body: HTML = """
            <p class="meta">Topic <code>\(content.topic)</code>, across all parties, as of \(content.asOf.iso): \(content.statements.count) statements</p>
            <h2>Commitments on this matter</h2>
            \(CommitmentList.render(content.commitments, non: content.nonCommitments, viewer: viewer))
            \(unattributedSection)
            \(deadlines)
            <h2>Timeline</h2>
            <ul class="events">\(events)</ul>
            """
        return PageFrame.render(title: content.label, viewer: viewer, body: body)
    }
}

/// Every topic with statements, each linking to its page.
struct TopicsPage {
    var topics: [(key: String, label: String)]

    func render(viewer: Viewer) -> HTML {
        let items = topics.map { topic -> HTML in
            "<li><a href=\"\(viewer.links.topic(topic.key))\">\(topic.label)</a> <code>\(topic.key)</code></li>\n"
        }
        let body: HTML = items.isEmpty ? "<p>No statement is on a known topic yet.</p>" : "<ul class=\"topics\">\(items)</ul>"
        return PageFrame.render(title: "Topics", viewer: viewer, body: body)
    }
}
