import Testing
import TrackerAnalysis

/// Outcomes with no holder, on hand-built rows: read with their subject, and
/// given to a party only when its pledge is the one they match.
@Suite struct UnattributedOutcomesTests {
    static var linker: CommitmentLinker { CommitmentLinker(asOf: CalendarDate(year: 2026, month: 12, day: 31)!) }

    static func pledge(_ id: Int64, _ action: String, holder: Int64) -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .commitment, action: action, normalized: action, holderID: holder,
            holder: "Party \(holder)", date: TestDates.day("2026-01-10"), time: TestDates.partial("2026-06-30"), timeRole: .deadline)
    }

    static func loose(_ id: Int64, _ action: String, normalized: String) -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .achievement, action: action, normalized: normalized, holderID: 0, holder: "",
            date: TestDates.day("2026-05-02"))
    }

    struct SubjectCase: Sendable, CustomTestStringConvertible {
        var action: String
        var sentence: String
        var expected: String?
        var testDescription: String { sentence }
    }

    static let subjectCases: [SubjectCase] = [
        SubjectCase(
            action: "held in Tromsø on Tuesday", sentence: "The third round of the talks was held in Tromsø on Tuesday.",
            expected: "held The third round of the talks in Tromsø on Tuesday"),
        SubjectCase(
            action: "opened to lorries on May 2", sentence: "After two years of work, the new ferry terminal opened to lorries on May 2.",
            expected: "opened the new ferry terminal to lorries on May 2"),
        SubjectCase(action: "paid 300 pensioners", sentence: "The fund has now paid 300 pensioners.", expected: "paid 300 pensioners"),
        SubjectCase(action: "held in Tromsø", sentence: "Was held in Tromsø.", expected: nil),
        SubjectCase(action: "reopened", sentence: "The pass has reopened, officials said.", expected: "reopened The pass"),
    ]

    @Test(arguments: subjectCases) func theSubjectIsTheObjectOfAPassive(_ row: SubjectCase) {
        #expect(UnattributedOutcomes.withSubject(row.action, sentence: row.sentence) == row.expected)
    }

    @Test func theOnePledgeOfTheActionAndObjectGetsTheOutcome() throws {
        let pledges = [
            Self.pledge(1, "hold talks with the fishing unions", holder: 1), Self.pledge(2, "build a ferry terminal", holder: 2),
        ]
        let talks = Self.loose(10, "held in Tromsø on Tuesday", normalized: "hold tromsø")
        let given = UnattributedOutcomes(linker: Self.linker)
            .assign([(talks, "The talks with the fishing unions were held in Tromsø on Tuesday.")], among: pledges)
        #expect(given.map(\.holderID) == [1])
        #expect(given.first?.id == 10)
        let tracked = Self.linker.track(TrackingStatement.inDateOrder(pledges + given), heldBy: 1).first
        #expect(tracked?.status == .kept)
        #expect(tracked?.outcomes.first?.reasons.first == UnattributedOutcomes.reason)
    }

    @Test func twoPartiesPledgesOrAnOppositeActionGetNothing() {
        let both = [Self.pledge(1, "build a ferry terminal", holder: 1), Self.pledge(2, "build a ferry terminal", holder: 2)]
        let opened = Self.loose(10, "opened to lorries", normalized: "open lorries")
        #expect(
            UnattributedOutcomes(linker: Self.linker)
                .assign([(opened, "The ferry terminal opened to lorries.")], among: both).isEmpty)
        let reopen = [Self.pledge(1, "reopen the fish market to traders", holder: 1)]
        let closed = Self.loose(11, "closed to traders on Monday", normalized: "close traders")
        #expect(
            UnattributedOutcomes(linker: Self.linker)
                .assign([(closed, "The fish market was closed to traders on Monday.")], among: reopen).isEmpty)
        let unrelated = Self.loose(12, "opened to lorries", normalized: "open lorries")
        #expect(
            UnattributedOutcomes(linker: Self.linker)
                .assign([(unrelated, "The new bridge opened to lorries.")], among: [Self.pledge(1, "build a ferry terminal", holder: 1)])
                .isEmpty)
    }

    /// "Was still closed", "remains closed": a state that still holds, given to the one pledge to end it as
    /// evidence that the pledge is not done (overdue after its deadline), never as a link.
    @Test func aStateStillHoldingIsEvidenceThatThePledgeIsNotDone() throws {
        let reopen = [Self.pledge(1, "reopen the fish market to traders", holder: 1)]
        for sentence in [
            "In the county, the fish market was still closed to traders on Monday, a week after the date.",
            "The fish market remains closed to traders on Monday, more than a month after the date.",
        ] {
            let action = "closed to traders on Monday"
            #expect(UnattributedOutcomes.statesStillHolding(action, sentence: sentence))
            let given = UnattributedOutcomes(linker: Self.linker)
                .assign([(Self.loose(11, action, normalized: "close traders"), sentence)], among: reopen)
            #expect(given.map(\.holderID) == [1], "\(sentence)")
            #expect(given.first?.stillHolds == true)
            let before = CommitmentLinker(asOf: CalendarDate(iso: "2026-06-01")!)
            let tracked = try #require(before.track(TrackingStatement.inDateOrder(reopen + given), heldBy: 1).first)
            #expect(tracked.outcomes.isEmpty)
            #expect(tracked.undone.map(\.statementID) == [11])
            #expect(tracked.status == .pending, "before the deadline of 2026-06-30")
            let later = try #require(
                CommitmentLinker(asOf: CalendarDate(iso: "2026-07-15")!).track(TrackingStatement.inDateOrder(reopen + given)).first)
            #expect(later.status == .overdue)
        }
        #expect(!UnattributedOutcomes.statesStillHolding("closed to traders", sentence: "The market closed to traders."))
    }

    /// "No detainees have been released": a denial with no holder is evidence against the one pledge of that action.
    @Test func aDenialWithNoHolderIsEvidenceThatThePledgeIsNotDone() throws {
        let free = [Self.pledge(1, "release the detainees", holder: 1)]
        let denial = TrackingStatement(
            id: 12, kind: .achievement, polarity: .negated, action: "released", normalized: "release",
            holderID: 0, holder: "", date: TestDates.day("2026-07-02"))
        let given = UnattributedOutcomes(linker: Self.linker)
            .assign([(denial, "No detainees have been released.")], among: free)
        #expect(given.map(\.holderID) == [1])
        let tracked = try #require(Self.linker.track(TrackingStatement.inDateOrder(free + given), heldBy: 1).first)
        #expect(tracked.undone.map(\.statementID) == [12])
        #expect(tracked.status == .overdue)
    }

    /// "The health ministry has filled 540 of the 900 family-doctor posts", with no holder: counted against
    /// the one pledge of 900 of that action ("hire 900 family doctors"), it is that pledge's progress; a
    /// small number, or another pledged number, gives it to no one.
    @Test func anOutcomeCountedAgainstThePledgedNumberIsGiven() throws {
        var verbs = OutcomeVerbs.standard
        try verbs.add("realises\thire\tposts\tfill", path: "test")
        let linker = CommitmentLinker(vocabulary: ActionVocabulary(outcomeVerbs: verbs), asOf: CalendarDate(iso: "2026-12-31")!)
        let hire = [Self.pledge(1, "hire 900 family doctors", holder: 1), Self.pledge(2, "build 12 patrol boats", holder: 2)]
        func given(_ action: String) -> [Int64] {
            let row = Self.loose(10, action, normalized: "fill posts")
            return UnattributedOutcomes(linker: linker).assign([(row, "The ministry has \(action).")], among: hire).map(\.holderID)
        }
        #expect(given("filled 540 of the 900 family-doctor posts") == [1])
        #expect(given("filled 540 of the 800 family-doctor posts").isEmpty)
        #expect(given("filled at least 540 family-doctor posts").isEmpty, "a count under 900 that names no total")
        let row = Self.loose(10, "filled 540 of the 900 family-doctor posts", normalized: "fill posts")
        let assigned = UnattributedOutcomes(linker: linker).assign(
            [(row, "The ministry has filled 540 of the 900 family-doctor posts.")], among: hire)
        let tracked = try #require(linker.track(TrackingStatement.inDateOrder(hire + assigned), heldBy: 1).first)
        #expect(tracked.outcomes.map(\.relation) == [.progresses])
        #expect(tracked.progress?.description == "540 of 900")
    }
}
