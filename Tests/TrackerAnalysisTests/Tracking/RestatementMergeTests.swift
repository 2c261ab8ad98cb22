import Testing
import TrackerAnalysis

/// A pledge restated in other words in a later article, on hand-built rows
/// (the commitment the tagger gives "reaffirmed its promise to release the
/// detainees" is "release the detainees"): one commitment with both reports,
/// and apart where the words name another pledge.
@Suite struct RestatementMergeTests {
    static var linker: CommitmentLinker {
        CommitmentLinker(
            vocabulary: ActionVocabulary(wordNet: ActionVocabularyTests.installed), asOf: CalendarDate(iso: "2026-12-31")!)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Each report: the action (normalised as written) and the holder.
        var reports: [(String, Int64)]
        /// The statement ids (1, 2, ... in order) of each tracked commitment.
        var merged: [[Int64]]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "the same object in other words (WordNet: a detainee is a prisoner)",
            reports: [("free the 120 detainees by the end of June", 1), ("release the prisoners", 1)], merged: [[1, 2]]),
        Case(
            name: "a shorter restatement of the same words",
            reports: [("free the 120 detainees by the end of June", 1), ("release the detainees", 1)], merged: [[1, 2]]),
        Case(
            name: "another party's pledge stays apart",
            reports: [("free the 120 detainees", 1), ("release the prisoners", 2)], merged: [[1], [2]]),
        Case(
            name: "the same head with other things named: two pledges",
            reports: [
                ("cut tariffs on a range of industrial and farm goods", 1),
                ("lower its import tariff on car parts from 18 percent to 6 percent", 1),
            ],
            merged: [[1], [2]]),
        Case(
            name: "another number: two pledges",
            reports: [("free 120 detainees", 1), ("release 40 prisoners", 1)], merged: [[1], [2]]),
        Case(
            name: "two earlier pledges it could restate: neither",
            reports: [("free the detainees at the border", 1), ("free the detainees in the capital", 1), ("release the prisoners", 1)],
            merged: [[1], [2], [3]]),
        Case(
            name: "another action on the same object stays apart",
            reports: [("free the 120 detainees", 1), ("transfer the prisoners", 1)], merged: [[1], [2]]),
    ]

    @Test(arguments: cases) func restatement(_ row: Case) {
        let rows = row.reports.enumerated().map { index, report in
            CommitmentLinkerTests.pledge(
                Int64(index + 1), report.0, date: "2026-0\(index + 1)-10", holder: report.1)
        }
        let tracked = Self.linker.track(TrackingStatement.inDateOrder(rows))
        #expect(tracked.map { $0.reports.map(\.statementID) } == row.merged)
    }

    /// The merged commitment says why, and an outcome of the restated words links to it.
    @Test func aRestatedPledgeIsOneCommitmentWithItsReasons() throws {
        let rows = [
            CommitmentLinkerTests.pledge(1, "free the 120 detainees by the end of June", deadline: "2026-06-30"),
            CommitmentLinkerTests.pledge(2, "release the prisoners", date: "2026-03-02"),
            CommitmentLinkerTests.outcome(3, "freed the 120 detainees", date: "2026-06-20"),
        ]
        let tracked = try #require(Self.linker.track(TrackingStatement.inDateOrder(rows)).first)
        #expect(tracked.reports.count == 2)
        #expect(tracked.mergedBecause.last == "restated in other words (prisoner → detainee)")
        #expect(tracked.status == .kept)
    }
}
