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

    /// An open store keeps what linking works out of its wordings from one
    /// read to the next (a workbench serving page after page): what it shows
    /// after reads on other days and a correction is what a store that never
    /// read before shows.
    @Test func aStoreReadPageAfterPageShowsWhatAFreshOneShows() throws {
        let used = try CommitmentTrackerTests.storyStore()
        let parties = try used.committingParties()
        let days = try ["2026-08-14", "2025-06-21"].map { try #require(CalendarDate(iso: $0)) }
        for day in days {
            _ = try used.commitments(ofEach: parties, asOf: day)
            for party in parties { _ = try used.commitments(of: party, asOf: day) }
        }
        // An outcome that links now stops being one: its commitment's status must follow.
        let linked = try parties.lazy.flatMap { try used.commitments(of: $0, asOf: days[0]).commitments }
            .first { !$0.outcomes.isEmpty }
        let outcome = try #require(linked?.outcomes.first?.evidence.statementID)
        let fresh = try CommitmentTrackerTests.storyStore()
        for store in [used, fresh] {
            _ = try store.correct(statement: outcome, StatementCorrection(kind: .claim, author: "test"))
        }
        for day in days.reversed() {
            for party in parties {
                let again = try used.commitments(of: party, asOf: day)
                let first = try fresh.commitments(of: party, asOf: day)
                #expect(again.commitments == first.commitments, "\(party) on \(day.iso)")
                #expect(again.nonCommitments == first.nonCommitments, "\(party) on \(day.iso)")
            }
        }
        // And the correction shows: the statement is no longer anyone's outcome.
        let after = try used.commitments(of: try #require(linked?.holder), asOf: days[0]).commitments
        #expect(!after.contains { $0.outcomes.contains { $0.evidence.statementID == outcome } })
    }
}
