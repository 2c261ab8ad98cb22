import TrackerAnalysis
import TrackerStore

/// One party: its commitments with status, deadline and evidence, possible
/// outcomes with a one-click link, what it explicitly did not commit to, and
/// commitments without a holder that may be its own, as of a day.
struct PartyPage {
    var actor: StoredActor
    var asOf: CalendarDate
    var commitments: [TrackedCommitment]
    var nonCommitments: [TrackedCommitment]
    /// Commitments without a holder whose sentence (or the ones before) names this party.
    var unattributed: [UnattributedCommitment]
    /// How many there are in all (more than `unattributed` when the page lists only the first).
    var unattributedTotal: Int
    /// Their statement versions, for the form that attributes one to this party.
    var versions: [Int64: Int]

    func render(viewer: Viewer) -> HTML {
        let aliases = actor.aliases.filter { $0 != actor.name }
        let body: HTML = """
            <p class="meta">\(actor.kind.rawValue)\(actor.parent.map { ", part of " + $0 } ?? "")\
            \(aliases.isEmpty ? "" : "; also called " + aliases.joined(separator: ", ")) · as of \(asOf.iso)</p>
            <h2>Commitments</h2>
            \(CommitmentList.render(commitments, non: nonCommitments, viewer: viewer))
            \(unattributedSection(viewer: viewer))
            """
        return PageFrame.render(title: actor.name, viewer: viewer, body: body)
    }

    /// Each with its sentence and a one-click form that makes this party its holder (`tracker correct ID --holder`).
    private func unattributedSection(viewer: Viewer) -> HTML {
        guard !unattributed.isEmpty else { return "" }
        let items = unattributed.map { item -> HTML in
            let form: HTML =
                !viewer.links.isEditable
                ? ""
                : versions[item.id].map { version -> HTML in
                    """
                     <form method="post" action="/statements/\(item.id)/correct" class="attribute">\
                    <input type="hidden" name="csrf" value="\(viewer.csrfToken)"><input type="hidden" name="version" value="\(version)">\
                    <input type="hidden" name="change" value="set"><input type="hidden" name="holder" value="\(actor.name)">\
                    <input type="hidden" name="return" value="\(viewer.path)">\
                    <button type="submit">Attribute to \(actor.name)</button></form>
                    """
                } ?? ""
            return """
                <li id="u-\(item.id)"><strong>\(item.action ?? "?")</strong>\(item.polarity == .negated ? " (negated)" : "")\
                \(item.deadline?.value.map { " · deadline " + $0.iso } ?? "") · may be: \(item.candidates.joined(separator: ", ")) \
                <q>\(item.sentence)</q> (<a href="\(viewer.links.document(item.documentID, statement: item.id))">\(item.date?.iso ?? "undated")</a>)\(form)</li>

                """
        }
        let more: HTML =
            unattributedTotal > unattributed.count
            ? """
            <p class="more">The first \(unattributed.count) of \(unattributedTotal). \
            <a href="\(viewer.path)?unattributed=all&amp;as_of=\(asOf.iso)">Show all \(unattributedTotal)</a></p>
            """ : ""
        return """
            <h2>Commitments without a holder that may be its own</h2>
            <ul class="unattributed">\(items)</ul>
            \(more)
            """
    }
}
