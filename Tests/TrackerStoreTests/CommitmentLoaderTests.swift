import Testing
import TrackerAnalysis
import TrackerStore

/// The two ways the loader reads statements (a party's through the actor
/// index; every party's in one pass over the table) give the same result.
@Suite struct CommitmentLoaderTests {
    @Test func oneAtATimeAndAllAtOnceAgree() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let parties = try store.committingParties()
        #expect(parties.count >= 3)
        for day in ["2025-06-21", "2026-08-14"] {
            let asOf = try #require(CalendarDate(iso: day))
            let together = try store.commitments(ofEach: parties, asOf: asOf)
            for (party, all) in zip(parties, together) {
                let alone = try store.commitments(of: party, asOf: asOf)
                #expect(alone.commitments == all.commitments, "\(party) on \(day)")
                #expect(alone.nonCommitments == all.nonCommitments, "\(party) on \(day)")
            }
            // Every holder's, as links are stored, holds each party's own
            // (an affiliate's own are linked with its outcomes alone there).
            let every = try store.allCommitments(asOf: asOf)
            for (party, all) in zip(parties, together) {
                for commitment in all.commitments where commitment.holder == party {
                    #expect(
                        every.contains { $0.reports == commitment.reports && $0.status == commitment.status },
                        "\(commitment.action ?? "") on \(day)")
                }
            }
        }
    }
}
