import Testing
import TrackerAnalysis

/// The status rule on hand-built outcome lists: one row per case of ANNOTATION.md's statuses.
@Suite struct StatusRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var deadline: String?
        var relations: [OutcomeRelation]
        var reversed: Bool
        var failed = false
        var expected: CommitmentStatus
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nothing yet, no deadline", deadline: nil, relations: [], reversed: false, expected: .pending),
        Case(name: "nothing yet, deadline ahead", deadline: "2026-12-31", relations: [], reversed: false, expected: .pending),
        Case(name: "nothing by a passed deadline", deadline: "2026-03-01", relations: [], reversed: false, expected: .overdue),
        Case(name: "a month deadline runs to its last day", deadline: "2026-06", relations: [], reversed: false, expected: .pending),
        Case(name: "fulfilled", deadline: "2026-03-01", relations: [.fulfils], reversed: false, expected: .kept),
        Case(
            name: "part done before the deadline", deadline: "2026-12-31", relations: [.progresses], reversed: false,
            expected: .inProgress),
        Case(
            name: "part done, deadline passed", deadline: "2026-03-01", relations: [.progresses], reversed: false,
            expected: .partlyKept),
        Case(
            name: "part done, then all", deadline: "2026-03-01", relations: [.progresses, .fulfils], reversed: false,
            expected: .kept),
        Case(name: "undone", deadline: nil, relations: [.contradicts], reversed: false, expected: .broken),
        Case(name: "withdrawn by the holder", deadline: "2026-12-31", relations: [], reversed: true, expected: .broken),
        Case(name: "done and undone", deadline: nil, relations: [.fulfils, .contradicts], reversed: false, expected: .disputed),
        Case(
            name: "reported failed, nothing done", deadline: "2026-03-01", relations: [], reversed: false, failed: true,
            expected: .broken),
        Case(
            name: "reported failed with part done", deadline: "2026-03-01", relations: [.progresses], reversed: false,
            failed: true, expected: .partlyKept),
        Case(
            name: "reported done and reported failed", deadline: "2026-03-01", relations: [.fulfils], reversed: false,
            failed: true, expected: .disputed),
    ]

    @Test(arguments: cases) func status(_ row: Case) throws {
        let rule = StatusRule(asOf: try #require(CalendarDate(iso: "2026-06-15")))
        let outcomes = row.relations.enumerated().map { index, relation in
            TrackedCommitment.Outcome(
                relation: relation, action: "act", polarity: .affirmed,
                evidence: Evidence(
                    statementID: Int64(index), documentID: 1, documentTitle: nil,
                    date: CalendarDate(iso: "2026-05-01"), source: nil, sentence: ""),
                reasons: [], score: 1)
        }
        var failure = TrackedCommitment.Outcome(
            relation: .contradicts, action: "miss", polarity: .negated,
            evidence: Evidence(
                statementID: 99, documentID: 1, documentTitle: nil,
                date: CalendarDate(iso: "2026-05-01"), source: nil, sentence: ""),
            reasons: [], score: 1)
        failure.turn = .fails
        let all = outcomes + (row.failed ? [failure] : [])
        #expect(rule.status(deadline: TestDates.partial(row.deadline), outcomes: all, reversed: row.reversed) == row.expected)
    }
}
