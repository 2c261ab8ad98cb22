import TrackerAnalysis
import TrackerStore

/// One party: its commitments with status, deadline and evidence, and what
/// it explicitly did not commit to, as of a day.
struct PartyPage {
    var actor: StoredActor
    var asOf: CalendarDate
    var commitments: [TrackedCommitment]
    var nonCommitments: [TrackedCommitment]

    func render(viewer: Viewer) -> HTML {
        let aliases = actor.aliases.filter { $0 != actor.name }
        let body: HTML = """
            <p class="meta">\(actor.kind)\(actor.parent.map { ", part of " + $0 } ?? "")\
            \(aliases.isEmpty ? "" : "; also called " + aliases.joined(separator: ", ")) · as of \(asOf.iso)</p>
            <h2>Commitments</h2>
            \(CommitmentList.render(commitments, non: nonCommitments))
            """
        return PageFrame.render(title: actor.name, viewer: viewer, body: body)
    }
}
