import Testing
import TrackerAnalysis

/// Outcomes said as the state the pledged thing is in, with no holder named
/// ("Nine of the 15 ambulances are now in service"): read as the verb that
/// brings the state about, done to the subject, and given to the one pledge
/// of that action and object with the share they state. Sentences are the
/// team's own.
@Suite struct OutcomeStateTests {
    struct StateCase: Sendable, CustomTestStringConvertible {
        var action: String
        var sentence: String
        /// The action as compared with pledges, or nil when it is no state of this kind.
        var expected: String?
        var testDescription: String { sentence }
    }

    static let stateCases: [StateCase] = [
        StateCase(
            action: "are now in service", sentence: "Nine of the 15 river ambulances are now in service, the health board said.",
            expected: "commission Nine of the 15 river ambulances"),
        StateCase(
            action: "went into service on March 3", sentence: "The first of the eight coastguard cutters went into service on March 3.",
            expected: "commission The first of the eight coastguard cutters"),
        StateCase(
            action: "entered service", sentence: "The last of the new ferries entered service.",
            expected: "commission The last of the new ferries"),
        StateCase(
            action: "is 40 percent complete", sentence: "Work on the water treatment plant at Ruvu is 40 percent complete.",
            expected: "complete 40 percent of Work on the water treatment plant at Ruvu"),
        StateCase(
            action: "is 75% complete", sentence: "Construction of the grain depot is 75% complete, engineers said.",
            expected: "complete 75% of Construction of the grain depot"),
        StateCase(
            action: "has been completed", sentence: "In the north, the new clinic has been completed.",
            expected: "complete the new clinic"),
        // A count with a thousands comma is one subject, not two clauses.
        StateCase(
            action: "are now in service", sentence: "The first 1,200 of the 3,000 buses are now in service.",
            expected: "commission The first 1,200 of the 3,000 buses"),
        // Not states of this kind: "nearly complete" is not complete, a deed with an object is left as it is.
        StateCase(action: "is nearly complete", sentence: "The depot is nearly complete.", expected: nil),
        StateCase(action: "is in trouble", sentence: "The ferry service is in trouble.", expected: nil),
    ]

    @Test(arguments: stateCases) func theStateIsReadAsTheDeedOnItsSubject(_ row: StateCase) {
        let read = UnattributedOutcomes.withSubject(row.action, sentence: row.sentence)
        if let expected = row.expected {
            #expect(read == expected)
        } else {
            #expect(read == nil || read == row.action || OutcomeState.read(row.action) == nil)
            #expect(OutcomeState.read(row.action) == nil)
        }
    }

    static var linker: CommitmentLinker {
        CommitmentLinker(
            vocabulary: ActionVocabulary(wordNet: ActionVocabularyTests.installed), asOf: CalendarDate(iso: "2026-12-31")!)
    }

    static func pledge(_ id: Int64, _ action: String, normalized: String, holder: Int64) -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .commitment, action: action, normalized: normalized, holderID: holder,
            holder: "Party \(holder)", date: TestDates.day("2026-01-10"), time: TestDates.partial("2026-10-31"),
            timeRole: .deadline)
    }

    static func loose(_ id: Int64, _ action: String, normalized: String, date: String = "2026-05-02") -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .achievement, action: action, normalized: normalized, holderID: 0, holder: "",
            date: TestDates.day(date))
    }

    /// Each state given to the one pledge it realises, as progress with the share it states or as the whole.
    struct LinkCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var action: String
        var normalized: String
        /// The holder of the pledge it is given to (nil: none), the relation and the share.
        var holder: Int64?
        var relation: OutcomeRelation?
        var progress: String?
        var testDescription: String { sentence }
    }

    static var pledges: [TrackingStatement] {
        [
            pledge(1, "put 15 river buses on the delta", normalized: "put buses", holder: 1),
            pledge(2, "deploy eight coastguard vessels", normalized: "deploy vessels", holder: 2),
            pledge(3, "build a grain depot with cold rooms at Kigoma", normalized: "build depot", holder: 3),
            pledge(4, "build 3,000 social apartments", normalized: "build apartments", holder: 4),
        ]
    }

    static let linkCases: [LinkCase] = [
        LinkCase(
            sentence: "The first of the eight coastguard vessels went into service on March 3.",
            action: "went into service on March 3", normalized: "go service", holder: 2, relation: .progresses,
            progress: "1 of 8"),
        LinkCase(
            sentence: "Work on the grain depot at Kigoma is 40 percent complete, the ministry said.",
            action: "is 40 percent complete", normalized: "be complete", holder: 3, relation: .progresses, progress: "40%"),
        LinkCase(
            sentence: "The grain depot at Kigoma opened to buses on June 2.",
            action: "opened to buses on June 2", normalized: "open buses", holder: 3, relation: .fulfils),
        LinkCase(
            sentence: "The first 1,200 of the 3,000 social apartments have been handed over to tenants.",
            action: "handed over to tenants", normalized: "hand tenants", holder: 4, relation: .progresses,
            progress: "1200 of 3000"),
        LinkCase(
            sentence: "Nine of the 15 river buses are now in service, the board said.", action: "are now in service",
            normalized: "be service", holder: 1, relation: .progresses, progress: "9 of 15"),
        // Another thing in service, and a state of nothing pledged: given to no one.
        LinkCase(
            sentence: "Four of the new fire engines are now in service.", action: "are now in service",
            normalized: "be service"),
        LinkCase(sentence: "The football stadium is complete.", action: "is complete", normalized: "be complete"),
    ]

    @Test(arguments: linkCases) func aStateIsGivenToThePledgeItRealises(_ row: LinkCase) throws {
        let loose = Self.loose(10, row.action, normalized: row.normalized)
        let (linker, pledges) = (Self.linker, Self.pledges)
        let given = UnattributedOutcomes(linker: linker).assign([(loose, row.sentence)], among: pledges)
        #expect(given.map(\.holderID) == (row.holder.map { [$0] } ?? []))
        guard let holder = row.holder else { return }
        let tracked = try #require(linker.track(TrackingStatement.inDateOrder(pledges + given), heldBy: holder).first)
        #expect(tracked.outcomes.map(\.relation) == [row.relation].compactMap { $0 })
        #expect(tracked.progress?.description == row.progress)
    }
}
