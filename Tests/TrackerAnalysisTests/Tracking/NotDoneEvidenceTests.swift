import Testing
import TrackerAnalysis

/// Reports that a pledge is not done, on hand-built rows: a state that still
/// holds after the deadline ("the crossing was still closed"), a denial
/// ("no prisoners have been released"), and a denial by another source of
/// what the party said it did (disputed).
@Suite struct NotDoneEvidenceTests {
    typealias Rows = CommitmentLinkerTests

    /// A pledge by party 1, made on 2026-01-10, due by the end of June.
    static func pledge(_ action: String) -> TrackingStatement {
        Rows.pledge(1, action, deadline: "2026-06-30")
    }

    /// An outcome of party 1 as the tagger should give it, from `source`.
    static func report(
        _ id: Int64, _ action: String, date: String, polarity: Polarity = .affirmed, stillHolds: Bool = false,
        source: String? = nil
    ) -> TrackingStatement {
        let row = TrackingStatement(
            id: id, kind: .achievement, polarity: polarity, action: action, normalized: action, holderID: 1,
            holder: "Party 1", date: TestDates.day(date),
            evidence: Evidence(
                statementID: id, documentID: id, documentTitle: nil, date: CalendarDate(iso: date), source: source,
                sentence: action))
        row.stillHolds = stillHolds
        return row
    }

    static func track(_ rows: [TrackingStatement], asOf: String = "2026-08-01") -> TrackedCommitment? {
        CommitmentLinker(asOf: CalendarDate(iso: asOf)!).track(TrackingStatement.inDateOrder(rows)).first
    }

    /// One pledge and one or two later reports: what becomes evidence of what, and the status.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var pledge: String
        /// Action, date, polarity, whether it states a state that still holds, source.
        var reports: [(String, String, Polarity, Bool, String?)]
        var asOf = "2026-08-01"
        var status: CommitmentStatus
        /// The relations of the linked outcomes, in date order.
        var outcomes: [OutcomeRelation] = []
        /// The days of the reports that it is not done.
        var undone: [String] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "the opposite state still holding after the deadline is overdue, not a link",
            pledge: "reopen the fish market to traders",
            reports: [("close the fish market to traders", "2026-07-03", .affirmed, true, nil)],
            status: .overdue, undone: ["2026-07-03"]),
        Case(
            name: "the same state before the deadline leaves it pending, with the evidence",
            pledge: "reopen the fish market to traders",
            reports: [("close the fish market to traders", "2026-03-03", .affirmed, true, nil)],
            asOf: "2026-04-01", status: .pending, undone: ["2026-03-03"]),
        Case(
            name: "a closing that is an act, not a state, still contradicts",
            pledge: "reopen the fish market to traders",
            reports: [("close the fish market to traders", "2026-07-03", .affirmed, false, nil)],
            status: .broken, outcomes: [.contradicts]),
        Case(
            name: "a denial of the action after the deadline is overdue",
            pledge: "release the detainees", reports: [("release the detainees", "2026-07-10", .negated, false, nil)],
            status: .overdue, undone: ["2026-07-10"]),
        Case(
            name: "a denial of another action is no evidence",
            pledge: "release the detainees", reports: [("build the detainees", "2026-07-10", .negated, false, nil)],
            status: .overdue),
        Case(
            name: "still closed, then reopened: kept, with the earlier evidence",
            pledge: "reopen the fish market to traders",
            reports: [
                ("close the fish market to traders", "2026-07-03", .affirmed, true, nil),
                ("reopen the fish market to traders", "2026-07-20", .affirmed, false, nil),
            ],
            status: .kept, outcomes: [.fulfils], undone: ["2026-07-03"]),
        Case(
            name: "the party says it did it, another source says it did not: disputed, both shown",
            pledge: "reissue the permits to fishermen",
            reports: [
                ("reissue the permits to fishermen", "2026-06-04", .affirmed, false, "Fisheries ministry"),
                ("reissue the permits to fishermen", "2026-06-04", .negated, false, "Fishers' cooperative"),
            ],
            status: .disputed, outcomes: [.fulfils, .contradicts]),
        Case(
            name: "a state still holding after it was reported done contradicts it",
            pledge: "reopen the fish market to traders",
            reports: [
                ("reopen the fish market to traders", "2026-05-20", .affirmed, false, "Ministry"),
                ("close the fish market to traders", "2026-06-02", .affirmed, true, "Traders' union"),
            ],
            status: .disputed, outcomes: [.fulfils, .contradicts]),
    ]

    @Test(arguments: cases) func notDone(_ row: Case) throws {
        let reports = row.reports.enumerated().map { index, report in
            Self.report(
                Int64(index + 2), report.0, date: report.1, polarity: report.2, stillHolds: report.3, source: report.4)
        }
        let tracked = try #require(Self.track([Self.pledge(row.pledge)] + reports, asOf: row.asOf))
        #expect(tracked.status == row.status)
        #expect(tracked.outcomes.map(\.relation) == row.outcomes)
        #expect(tracked.undone.compactMap(\.date?.iso) == row.undone)
        // A report that it is not done is never a fulfilment.
        for outcome in tracked.outcomes where outcome.polarity == .negated {
            #expect(outcome.relation == .contradicts)
            #expect(outcome.reasons.last == CommitmentLinker.notDoneAfterDone)
        }
    }

    /// The history of a disputed pledge shows the report that was done, then the one that says it was not,
    /// each with its source.
    @Test func aDisputeKeepsBothSourcesInTheHistory() throws {
        let tracked = try #require(
            Self.track([
                Self.pledge("reissue the permits to fishermen"),
                Self.report(2, "reissue the permits to fishermen", date: "2026-06-04", source: "Fisheries ministry"),
                Self.report(3, "reissue the permits to fishermen", date: "2026-06-09", polarity: .negated, source: "Fishers' cooperative"),
            ]))
        #expect(tracked.history.map(\.status) == [.pending, .kept, .disputed])
        #expect(tracked.history.compactMap(\.evidence?.source) == ["Fisheries ministry", "Fishers' cooperative"])
    }
}
