import Testing
import TrackerAnalysis

/// A pledge put off in the passive, its action named as a noun ("the opening
/// of the bridge has been postponed until 2027", "the withdrawal was
/// delayed"), on hand-built rows as the tagger should give them: no holder,
/// the action the verb alone.
@Suite struct NominalDelayTests {
    static let asOf = CalendarDate(year: 2026, month: 12, day: 31)!

    static func pledge(_ id: Int64, _ action: String, holder: Int64 = 1, deadline: String = "2026-06-30") -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .commitment, action: action, normalized: action, holderID: holder, holder: "Party \(holder)",
            date: TestDates.day("2026-01-10"), time: TestDates.partial(deadline), timeRole: .deadline)
    }

    /// A holder-less report put off, with the time the tagger gave (or none).
    static func putOff(_ id: Int64, _ action: String, time: String? = nil, date: String = "2026-05-04") -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .achievement, action: action, normalized: action.split(separator: " ").first.map(String.init),
            holderID: 0, holder: "", date: TestDates.day(date), time: TestDates.partial(time), timeRole: time.map { _ in .until })
    }

    /// The tracked commitment of party 1 after the holder-less reports are given out.
    static func track(_ pledges: [TrackingStatement], _ reports: [(TrackingStatement, String)]) -> TrackedCommitment? {
        let linker = CommitmentLinker(vocabulary: ActionVocabulary(wordNet: ActionVocabularyTests.installed), asOf: asOf)
        let given = UnattributedOutcomes(linker: linker).assign(reports, among: pledges)
        return linker.track(TrackingStatement.inDateOrder(pledges + given), heldBy: 1).first { $0.polarity == .affirmed }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var pledges: [String]
        var action: String
        var sentence: String
        var time: String?
        /// The deadline in force after the report, and whether it was a delay at all.
        var deadline: String?
        var delayed: Bool
        var status: CommitmentStatus
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "the noun's verb is the pledge's, with the date the tagger gave",
            pledges: ["open the bridge over the river"], action: "postponed until 2027",
            sentence: "The opening of the bridge over the river has been postponed until 2027.", time: "2027",
            deadline: "2027", delayed: true, status: .pending),
        Case(
            name: "the new date read from the words when the tagger gave none",
            pledges: ["reopen the railway to passenger trains"], action: "delayed to December 2027",
            sentence: "The reopening of the railway to passenger trains has been delayed to December 2027, the minister said.",
            deadline: "2027-12", delayed: true, status: .pending),
        Case(
            name: "no object named: the holder's one pledge of the action",
            pledges: ["withdraw its troops from the border posts"], action: "delayed",
            sentence: "The withdrawal was delayed, officials said.",
            deadline: "2026-06-30", delayed: true, status: .overdue),
        Case(
            name: "pushed back to a month (an active verb, its own object): the month is the new deadline",
            pledges: ["build a road bridge over the river"], action: "pushed back the opening of the bridge to March 2027",
            sentence: "The company has pushed back the opening of the bridge to March 2027.",
            deadline: "2027-03", delayed: true, status: .pending),
        Case(
            name: "the start-up of a plant put off is its building put off",
            pledges: ["build a biogas plant at the dairy"], action: "pushed back the start-up of its biogas plant to May 2027",
            sentence: "The cooperative has pushed back the start-up of its biogas plant to May 2027.",
            deadline: "2027-05", delayed: true, status: .pending),
        Case(
            name: "the start-up of another thing is no delay of the plant",
            pledges: ["build a biogas plant at the dairy"], action: "pushed back the start-up of its cheese line to May 2027",
            sentence: "The cooperative has pushed back the start-up of its cheese line to May 2027.",
            deadline: "2026-06-30", delayed: false, status: .overdue),
        Case(
            name: "no object named and two pledges of the action: neither",
            pledges: ["withdraw its troops from the border posts", "withdraw its police from the island"], action: "delayed",
            sentence: "The withdrawal was delayed, officials said.",
            deadline: "2026-06-30", delayed: false, status: .overdue),
        Case(
            name: "another object's opening is no delay of this one",
            pledges: ["open the bridge over the river"], action: "postponed until 2027",
            sentence: "The opening of the new school has been postponed until 2027.", time: "2027",
            deadline: "2026-06-30", delayed: false, status: .overdue),
    ]

    @Test(arguments: cases) func nominalDelay(_ row: Case) throws {
        let pledges = row.pledges.enumerated().map { Self.pledge(Int64($0.offset + 1), $0.element) }
        let report = Self.putOff(10, row.action, time: row.time)
        let tracked = try #require(Self.track(pledges, [(report, row.sentence)]))
        #expect(tracked.delays.map(\.evidence.statementID) == (row.delayed ? [10] : []))
        #expect(tracked.deadline?.iso == row.deadline)
        #expect(tracked.status == row.status)
        #expect(tracked.outcomes.isEmpty, "a delay is no outcome")
        if row.delayed, row.deadline != "2026-06-30" { #expect(tracked.originalDeadline?.iso == "2026-06-30") }
    }
}
