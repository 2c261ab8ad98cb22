import Foundation
import TrackerAnalysis
import TrackerStore

/// Tracked commitments as the party and status pages show them: status,
/// what, deadline, what happened, and the evidence quoted with a link to its
/// sentence in the document page; with a viewer who may change things, each
/// possible outcome with a one-click form that links it (`tracker link`).
enum CommitmentList {
    static func render(_ commitments: [TrackedCommitment], non: [TrackedCommitment], viewer: Viewer) -> HTML {
        let evidence = { (found: Evidence) in Self.evidence(found, links: viewer.links) }
        let items = commitments.map { item -> HTML in
            let outcomes = item.quotedOutcomes.map { outcome -> HTML in
                "<li><span class=\"chip\">\(outcome.relation.rawValue)</span> \(outcome.action ?? "?") \(evidence(outcome.evidence))</li>"
            }
            let reversal: HTML = item.reversal.map { "<li><span class=\"chip\">reversed</span> \(evidence($0))</li>" } ?? ""
            let possible = item.possibleOutcomes.map { outcome -> HTML in
                "<li><span class=\"chip\">possible, score \(String(format: "%.2f", outcome.score))</span> \(outcome.action ?? "?") \(evidence(outcome.evidence))\(linkForm(item, outcome, viewer))</li>"
            }
            let possibleSection: HTML =
                possible.isEmpty
                ? "" : "<p class=\"possible-head\">Possible outcomes, for you to decide:</p><ul class=\"possible\">\(possible)</ul>"
            let more = item.reports.count - item.quotedReports.count
            let moreReports: HTML = more > 0 ? "<li>and \(more) more report(s)</li>" : ""
            return """
                <li class="commitment s-\(slug(item.status.rawValue))">
                <p><span class="status s-\(slug(item.status.rawValue))">\(item.status.rawValue)</span> \
                <strong>\(item.action ?? "?")</strong> · \(item.holder) · deadline \(item.deadline?.iso ?? "–")\(topics(item, links: viewer.links))</p>
                <details><summary>\(item.reports.count) report(s), \(item.outcomes.count) outcome(s)</summary>
                <ul class="evidence">\(item.quotedReports.map { report -> HTML in "<li>\(evidence(report))</li>" })\(moreReports)</ul>
                <ul class="outcomes">\(outcomes)\(reversal)</ul>
                </details>
                \(possibleSection)
                </li>

                """
        }
        let nonItems = non.map { item -> HTML in
            "<li><strong>\(item.action ?? "?")</strong> · \(item.holder) \(item.reports.first.map(evidence) ?? "")</li>\n"
        }
        let nonSection: HTML = non.isEmpty ? "" : "<h3>Explicitly not committed to</h3>\n<ul class=\"non\">\(nonItems)</ul>"
        let list: HTML = commitments.isEmpty ? "<p>No commitments.</p>" : "<ul class=\"commitments\">\(items)</ul>"
        return "\(list)\(nonSection)"
    }

    /// The commitment's topics as chips, each linking to its topic page.
    static func topics(_ item: TrackedCommitment, links: PageLinks) -> HTML {
        HTML.joined(
            item.topics.map { key -> HTML in
                " <a class=\"chip topic\" href=\"\(links.topic(key))\">\(TopicList.standard.label(of: key) ?? key)</a>"
            })
    }

    /// The one-click form accepting a possible outcome, as `tracker link` would with the relation it suggests.
    static func linkForm(_ item: TrackedCommitment, _ outcome: TrackedCommitment.Outcome, _ viewer: Viewer) -> HTML {
        guard viewer.links.isEditable, let commitment = item.reports.first else { return "" }
        let relation = outcome.progress?.isPartial == true ? "progresses" : "fulfils"
        return """
             <form method="post" action="/links" class="link"><input type="hidden" name="csrf" value="\(viewer.csrfToken)">\
            <input type="hidden" name="return" value="\(viewer.path)">\
            <input type="hidden" name="commitment" value="\(commitment.statementID)"><input type="hidden" name="outcome" value="\(outcome.evidence.statementID)">\
            <input type="hidden" name="relation" value="\(relation)"><button type="submit">Link as \(relation)</button></form>
            """
    }

    /// A quoted sentence with its date and source, linking to the statement in its document.
    static func evidence(_ evidence: Evidence, links: PageLinks) -> HTML {
        let reviewed: HTML = evidence.isReviewed ? " <span class=\"chip review\">\(evidence.review.rawValue)</span>" : ""
        return """
            <q>\(evidence.sentence)</q> (<a href="\(links.document(evidence.documentID, statement: evidence.statementID))">\
            \(evidence.date?.iso ?? "undated")\(evidence.source.map { ", " + $0 } ?? "")</a>)\(reviewed)
            """
    }

    /// A status as a class name: "partly kept" → "partly-kept".
    static func slug(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
