import Testing
import TrackerAnalysis

/// The linker on hand-built statements (no database): each link reason, the
/// merging of repeated pledges, reversals and a person's decisions.
@Suite struct CommitmentLinkerTests {
    static let asOf = CalendarDate(year: 2026, month: 8, day: 1)!

    static func pledge(
        _ id: Int64, _ action: String, date: String = "2026-01-10", polarity: Polarity = .affirmed,
        topics: [String] = [], deadline: String? = nil, holder: Int64 = 1, group: Int64? = nil
    ) -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .commitment, polarity: polarity, action: action, normalized: action, holderID: holder,
            holder: "Party \(holder)", date: TestDates.day(date), time: TestDates.partial(deadline),
            timeRole: deadline.map { _ in .deadline },
            topics: topics, group: group)
    }

    static func outcome(
        _ id: Int64, _ action: String, normalized: String? = nil, date: String = "2026-03-10",
        polarity: Polarity = .affirmed, topics: [String] = [], occurred: String? = nil,
        holder: Int64 = 1
    ) -> TrackingStatement {
        TrackingStatement(
            id: id, kind: .achievement, polarity: polarity, action: action, normalized: normalized ?? action,
            holderID: holder,
            holder: "Party \(holder)", date: TestDates.day(date), time: TestDates.partial(occurred),
            timeRole: occurred.map { _ in .occurred },
            topics: topics)
    }

    /// One pledge, one later statement: whether they link, how, and why.
    struct LinkCase: Sendable, CustomTestStringConvertible {
        var name: String
        var pledge: String
        var pledgeTopics: [String] = []
        var outcome: String
        var outcomeTopics: [String] = []
        var outcomeDate = "2026-03-10"
        var occurred: String?
        var polarity: Polarity = .affirmed
        var relation: OutcomeRelation?
        var reasons: [String] = []
        var testDescription: String { name }
    }

    static let linkCases: [LinkCase] = [
        LinkCase(
            name: "same verb and object", pledge: "release the detainees", outcome: "release the detainees",
            relation: .fulfils, reasons: ["same holder", "same action (release)", "same object (detainees)"]),
        LinkCase(
            name: "a verb of the same group and a shared topic", pledge: "halt shelling", pledgeTopics: ["ceasefire"],
            outcome: "stop the guns", outcomeTopics: ["ceasefire"],
            relation: .fulfils, reasons: ["same holder", "same action (halt)", "same topic"]),
        LinkCase(
            name: "the opposite action", pledge: "halt artillery fire", pledgeTopics: ["ceasefire"],
            outcome: "resume artillery fire", outcomeTopics: ["ceasefire"], relation: .contradicts,
            reasons: ["same holder", "opposite action (resume against halt)", "same topic", "same object (fire)"]),
        LinkCase(
            name: "part of the promise", pledge: "withdraw troops from five posts",
            outcome: "withdraw troops from two of the five posts", relation: .progresses,
            reasons: ["same holder", "same action (withdraw)", "same object (troops)", "same quantity"]),
        LinkCase(
            name: "a pledge with no object links on the action", pledge: "withdraw", outcome: "withdraw troops",
            relation: .fulfils, reasons: ["same holder", "same action (withdraw)"]),
        LinkCase(name: "the same verb on an unrelated matter", pledge: "build a bridge", outcome: "build a school"),
        LinkCase(name: "an unrelated action", pledge: "release the detainees", outcome: "sign the detainees"),
        LinkCase(
            name: "said before the pledge", pledge: "release the detainees", outcome: "release the detainees",
            outcomeDate: "2025-12-01"),
        LinkCase(
            name: "reported after, but happened before", pledge: "release the detainees", outcome: "release the detainees",
            occurred: "2025"),
        LinkCase(
            name: "a denial is no outcome", pledge: "release the detainees", outcome: "release the detainees",
            polarity: .negated),
        LinkCase(
            name: "the outcome's object is the pledge's place", pledge: "withdraw its police unit from Migingo Island",
            outcome: "leave Migingo Island", relation: .fulfils,
            reasons: ["same holder", "same action (withdraw)", "same object (unit)"]),
        LinkCase(
            name: "the pledge's object is whom the outcome is with", pledge: "meet residents of the town",
            outcome: "hold a public meeting with residents of the town", relation: .fulfils,
            reasons: ["same holder", "same action (meet)", "same object (residents)"]),
        LinkCase(
            name: "a verb with its particle", pledge: "shut down the three kilns",
            outcome: "switch off the first of its three kilns", relation: .progresses,
            reasons: [
                "same holder", "same action (dismantle)", "in other words (switch off → dismantle)",
                "same object (kilns)", "same quantity",
            ]),
        LinkCase(
            name: "the last of a count completes it", pledge: "hand back 30 boats", outcome: "hand over the last 18 boats",
            relation: .fulfils,
            reasons: [
                "same holder", "same action (return)", "in other words (hand over → return)", "same object (boats)",
                "same quantity",
            ]),
        LinkCase(
            name: "a participle after the object is not the object", pledge: "free the 46 fishermen held at the prison",
            outcome: "free 46 fishermen", relation: .fulfils,
            reasons: ["same holder", "same action (release)", "same object (fishermen)", "same quantity"]),
        LinkCase(
            name: "a whole named with 'of the' is not part of it", pledge: "publish its own count of the emissions",
            outcome: "publish its own count of the emissions", relation: .fulfils,
            reasons: ["same holder", "same action (publish)", "same object (count)"]),
        LinkCase(
            name: "made public is published", pledge: "publish its own count of the emissions",
            outcome: "make its own count of the emissions public", relation: .fulfils,
            reasons: ["same holder", "same action (publish)", "same object (count)"]),
        LinkCase(
            name: "the same place but another object", pledge: "withdraw its police unit from Migingo Island",
            outcome: "leave the lake"),
        LinkCase(name: "a small number shared is no object", pledge: "build three bridges", outcome: "build three schools"),
        LinkCase(
            name: "the deed said as its noun", pledge: "build a desalination plant at the port",
            outcome: "completion of its desalination plant at the port on May 4", relation: .fulfils,
            reasons: ["same holder", "same action (build)", "in other words (complete a plant → build)", "same object (plant)"]),
        LinkCase(
            name: "the deed said as its noun, of another object", pledge: "build a desalination plant at the port",
            outcome: "completion of its audit of the port"),
    ]

    @Test(arguments: linkCases) func link(_ row: LinkCase) {
        let linker = CommitmentLinker(asOf: Self.asOf)
        let rows = [
            Self.pledge(1, row.pledge, topics: row.pledgeTopics),
            Self.outcome(
                2, row.outcome, date: row.outcomeDate, polarity: row.polarity, topics: row.outcomeTopics,
                occurred: row.occurred),
        ]
        let tracked = linker.track(TrackingStatement.inDateOrder(rows))
        #expect(tracked.count == 1)
        let outcome = tracked.first?.outcomes.first
        #expect(outcome?.relation == row.relation)
        #expect((outcome?.reasons ?? []) == row.reasons)
        if let outcome { #expect(outcome.score >= TrackedCommitment.reportingThreshold) }
    }

    /// Progress against the pledged number in other words: posts filled count against doctors to hire when
    /// the number is the pledged one ("540 of the 900", "all 900"), not another number.
    @Test func postsFilledCountAgainstThePledgedNumber() throws {
        // Without WordNet the words are matched as written (plural "posts").
        var verbs = OutcomeVerbs.standard
        try verbs.add("realises\thire\tposts\tfill", path: "test")
        let linker = CommitmentLinker(vocabulary: ActionVocabulary(outcomeVerbs: verbs), asOf: Self.asOf)
        func outcome(_ words: String) -> TrackedCommitment.Outcome? {
            linker.track([Self.pledge(1, "hire 900 family doctors"), Self.outcome(2, words)]).first?.outcomes.first
        }
        let reasons = [
            "same holder", "same action (hire)", "in other words (fill a posts → hire)",
            "same object (counted against the pledged 900)", "same quantity",
        ]
        #expect(outcome("fill 540 of the 900 family-doctor posts")?.relation == .progresses)
        #expect(outcome("fill 540 of the 900 family-doctor posts")?.reasons == reasons)
        #expect(outcome("fill 540 of the 900 family-doctor posts")?.progress?.description == "540 of 900")
        #expect(outcome("fill all 900 family-doctor posts")?.relation == .fulfils)
        #expect(outcome("fill 40 of the 120 nursing posts") == nil)
    }

    /// Object-head retry: the tagger's normalised action ends in a pronoun ("deliver it"), the words as
    /// written name the object ("6,100 of the 10,000 affordable homes it promised"), and the verb realises
    /// the pledge's action for that object.
    @Test func anOutcomesObjectIsReadFromItsWordsWhenItsHeadIsAPronoun() throws {
        var verbs = OutcomeVerbs.standard
        try verbs.add("realises\tbuild\thomes\tdeliver", path: "test")
        let linker = CommitmentLinker(vocabulary: ActionVocabulary(outcomeVerbs: verbs), asOf: Self.asOf)
        let tracked = linker.track([
            Self.pledge(1, "build 10,000 affordable homes", deadline: "2026-12-31"),
            Self.outcome(
                2, "delivered 6,100 of the 10,000 affordable homes it promised",
                normalized: "deliver it"),
        ]).first
        #expect(tracked?.outcomes.first?.relation == .progresses)
        #expect(
            tracked?.outcomes.first?.reasons == [
                "same holder", "same action (build)", "in other words (deliver a homes → build)",
                "same object (homes)", "same quantity",
            ])
        #expect(tracked?.progress?.description == "6100 of 10000")
        #expect(tracked?.status == .inProgress)
        // Without the realisation, "deliver" is another action: no link.
        let plain = CommitmentLinker(asOf: Self.asOf).track([
            Self.pledge(1, "build 10,000 affordable homes"),
            Self.outcome(
                2, "delivered 6,100 of the 10,000 affordable homes it promised",
                normalized: "deliver it"),
        ]).first
        #expect(plain?.outcomes.isEmpty == true)
    }

    /// A realisation belongs to the object it names: a bridge that "opened to traffic" builds the bridge
    /// pledge, not a school pledge of the same party on the same topic, though both are "build" and
    /// share the topic (which alone carries a link said in the pledge's own verb).
    @Test func aRealisationLinksOnlyThePledgeOfItsObject() {
        let linker = CommitmentLinker(asOf: Self.asOf)
        let tracked = linker.track([
            Self.pledge(1, "build a new bridge at Tovik", topics: ["infrastructure"], deadline: "2026-12-31"),
            Self.pledge(2, "build 40 village schools", topics: ["infrastructure"], deadline: "2026-12-31"),
            Self.outcome(3, "opened the new bridge at Tovik to traffic", normalized: "open bridge", topics: ["infrastructure"]),
        ])
        let bridge = tracked.first { $0.reports.first?.statementID == 1 }
        let schools = tracked.first { $0.reports.first?.statementID == 2 }
        #expect(bridge?.outcomes.map(\.evidence.statementID) == [3])
        #expect(bridge?.status == .kept)
        #expect(schools?.outcomes.isEmpty == true, "\(schools?.outcomes.map(\.reasons) ?? [])")
        #expect(schools?.status == .pending)
        // Said in the pledge's own verb, the same topic still carries a link with another object named.
        let plain = linker.track([
            Self.pledge(1, "build 40 village schools", topics: ["infrastructure"]),
            Self.outcome(2, "built the new harbour at Tovik", normalized: "build harbour", topics: ["infrastructure"]),
        ]).first
        #expect(plain?.outcomes.map(\.evidence.statementID) == [2])
    }

    /// A day of a month is no count: "on November 28" is not 28 of a pledged 10,000 (nor "by 31 March" a
    /// pledged 31), while a count beside a date still is.
    @Test func aDayOfAMonthIsNotACount() {
        let linker = CommitmentLinker(asOf: Self.asOf)
        func outcomes(_ pledge: String, _ words: String, _ normalized: String) -> [TrackedCommitment.Outcome] {
            linker.track([Self.pledge(1, pledge), Self.outcome(2, words, normalized: normalized)]).first?.outcomes ?? []
        }
        #expect(outcomes("build 10,000 homes", "opened the new bridge at Tovik to traffic on November 28", "open bridge").isEmpty)
        #expect(
            outcomes("build 10,000 homes", "built 2,000 homes on 3 May", "build 2,000 home").first?.progress?.description == "2000 of 10000"
        )
        // The pledge's number: none in "by 31 March", so 20 freed is no share of 31.
        #expect(outcomes("free the prisoners by 31 March", "freed 20 prisoners", "free 20 prisoner").first?.progress == nil)
        #expect(
            outcomes("free 120 prisoners by March 31", "freed 20 prisoners", "free 20 prisoner").first?.progress?.description == "20 of 120"
        )
    }

    /// Scoring each pair of contents once (``LinkMemo``) gives what scoring each pair of rows gives: the
    /// same links, in the same order, on rows of one wording in several documents, dates and holders.
    @Test func rowsOfOneContentScoreAlike() {
        var rows: [TrackingStatement] = []
        var id: Int64 = 0
        for day in 1...6 {
            for holder in Int64(1)...2 {
                id += 1
                rows.append(
                    TrackingStatement(
                        id: id, kind: .commitment, action: "withdraw troops from five posts",
                        normalized: "withdraw troops", holderID: holder, holder: "Party \(holder)",
                        date: TestDates.day("2026-0\(day)-10"),
                        evidence: Evidence(
                            statementID: id, documentID: Int64(day),
                            documentTitle: nil, date: CalendarDate(year: 2026, month: day, day: 10), source: nil, sentence: "")))
                id += 1
                rows.append(
                    TrackingStatement(
                        id: id, kind: .achievement, action: "withdrew troops from two of the five posts",
                        normalized: "withdraw troops", holderID: holder, holder: "Party \(holder)",
                        date: TestDates.day("2026-0\(day)-10"),
                        evidence: Evidence(
                            statementID: id, documentID: Int64(day),
                            documentTitle: nil, date: CalendarDate(year: 2026, month: day, day: 10), source: nil, sentence: ""),
                        sentenceID: id))
            }
        }
        let linker = CommitmentLinker(asOf: Self.asOf)
        let tracked = linker.track(TrackingStatement.inDateOrder(rows))
        for commitment in tracked {
            guard let pledge = rows.first(where: { $0.id == commitment.reports.first?.statementID }) else { continue }
            // Row by row: every later outcome (the rows are one party and its affiliate) from another document, scored alone.
            let expected = rows.filter { row in
                row.kind == .achievement
                    && linker.score(row, linker.facts(of: row), against: pledge, linker.facts(of: pledge))?.isLink == true
            }
            #expect(commitment.outcomes.map(\.evidence.statementID) == expected.map(\.id))
            #expect(commitment.outcomes.count == 10)
        }
        #expect(tracked.count == 2)
    }

    @Test func anOutcomeAfterTheDayIsNotSeen() throws {
        let linker = CommitmentLinker(asOf: try #require(CalendarDate(iso: "2026-02-01")))
        let tracked = linker.track([Self.pledge(1, "release the detainees"), Self.outcome(2, "release the detainees")])
        #expect(tracked.first?.outcomes.isEmpty == true)
        #expect(tracked.first?.status == .pending)
    }

    @Test func repeatsOfAPledgeMergeWithTheirReasons() {
        let linker = CommitmentLinker(asOf: Self.asOf)
        let tracked = linker.track([
            Self.pledge(1, "withdraw troops from five posts", deadline: "2026-12-31"),
            Self.pledge(2, "pull troops out of the posts", date: "2026-02-01"),
            Self.pledge(3, "withdraw troops from five posts", holder: 2),
        ])
        #expect(tracked.count == 2)
        #expect(tracked.first?.reports.map(\.statementID) == [1, 2])
        #expect(tracked.first?.deadline?.iso == "2026-12-31")
        #expect(tracked.first?.mergedBecause == ["same holder (Party 1)", "same action (withdraw)", "same object (posts)"])
        let only = CommitmentLinker(asOf: Self.asOf).track(
            [
                Self.pledge(1, "withdraw troops from five posts"),
                Self.pledge(3, "withdraw troops from five posts", holder: 2),
            ],
            heldBy: 2)
        #expect(only.map(\.holder) == ["Party 2"])
    }

    @Test func aLaterRefusalReversesAPledge() {
        let linker = CommitmentLinker(asOf: Self.asOf)
        let tracked = linker.track([
            Self.pledge(1, "suspend new concessions", topics: ["mining"]),
            Self.pledge(
                2, "suspend the concessions", date: "2026-04-01", polarity: .negated,
                topics: ["mining"]),
        ])
        let pledge = tracked.first { $0.polarity == .affirmed }
        #expect(pledge?.reversal?.statementID == 2)
        #expect(pledge?.status == .broken)
        // Shown as the pledge's reversal, not also as a commitment not made.
        #expect(TrackedCommitment.affirmedAndNot(tracked).nonCommitments.isEmpty)
        #expect(TrackedCommitment.affirmedAndNot(tracked).commitments.count == 1)
    }

    @Test func aPersonsDecisionsWin() {
        let rows = [
            Self.pledge(1, "release the detainees", deadline: "2026-06-30"), Self.outcome(2, "release the detainees"),
            Self.outcome(3, "free ten fishermen"),
        ]
        let unlinked = CommitmentLinker(
            asOf: Self.asOf,
            humanLinks: [
                HumanLink(commitmentID: 1, outcomeID: 2, relation: nil, linked: false, note: nil)
            ]
        ).track(rows)
        #expect(unlinked.first?.outcomes.isEmpty == true)
        #expect(unlinked.first?.status == .overdue)
        let linked = CommitmentLinker(
            asOf: Self.asOf,
            humanLinks: [
                HumanLink(commitmentID: 1, outcomeID: 2, relation: nil, linked: false, note: nil),
                HumanLink(commitmentID: 1, outcomeID: 3, relation: .progresses, linked: true, note: "ten of them"),
            ]
        ).track(rows)
        #expect(linked.first?.outcomes.map(\.evidence.statementID) == [3])
        #expect(linked.first?.outcomes.first?.reasons == ["human decision", "ten of them"])
        #expect(linked.first?.status == .partlyKept)
    }

    /// The same object and topic but another action: not a link, a possible
    /// outcome (0.45, over 0.4); the same object alone (0.3) is not even that.
    @Test func aNearMissIsAPossibleOutcome() {
        let linker = CommitmentLinker(asOf: Self.asOf)
        let tracked = linker.track([
            Self.pledge(1, "build a bridge", topics: ["infrastructure"]),
            Self.outcome(2, "inspect the bridge", topics: ["infrastructure"]),
            Self.outcome(3, "paint the bridge"),
        ])
        let bridge = tracked.first
        #expect(bridge?.outcomes.isEmpty == true)
        #expect(bridge?.possibleOutcomes.map(\.evidence.statementID) == [2])
        #expect(bridge?.possibleOutcomes.first?.score == 0.45)
        #expect(
            bridge?.possibleOutcomes.first?.reasons == ["same holder", "another action (inspect)", "same topic", "same object (bridge)"])
        #expect(bridge?.status == .pending)
    }

    /// The score separates: every link reaches the threshold, and what does not link stays below it.
    @Test func theThresholdSeparatesLinksFromTheRest() {
        let same = LinkScore(action: .same("build"), object: .same("bridge"), sameTopic: false)
        let topicOnly = LinkScore(action: .same("build"), object: .different, sameTopic: true)
        let verbOnly = LinkScore(action: .same("build"), object: .different, sameTopic: false)
        let bareVerb = LinkScore(action: .same("withdraw"), object: .noneNamed, sameTopic: false)
        let objectOnly = LinkScore(action: .other("inspect"), object: .same("bridge"), sameTopic: true)
        #expect([same, topicOnly, bareVerb].allSatisfy { $0.isLink && $0.value >= LinkScore.linkThreshold })
        #expect([verbOnly, objectOnly].allSatisfy { !$0.isLink && $0.value < LinkScore.linkThreshold })
        // In other words, the topic alone is not enough: a realisation needs its object.
        let realisedElsewhere = LinkScore(action: .same("build"), object: .different, sameTopic: true, wording: "open → build")
        #expect(!realisedElsewhere.isLink && !realisedElsewhere.isPossible)
        #expect(objectOnly.isPossible && !verbOnly.isPossible)
    }

    /// Each change of status with its day and cause: pledged, progress, the deadline passing, then done.
    @Test func theHistoryKeepsEveryChange() {
        let rows = [
            Self.pledge(1, "withdraw troops from five posts", deadline: "2026-04-30"),
            Self.outcome(2, "withdraw troops from two of the five posts", date: "2026-03-10"),
            Self.outcome(3, "withdraw troops from the five posts", date: "2026-07-01"),
        ]
        let tracked = CommitmentLinker(asOf: Self.asOf).track(rows).first
        let history = tracked?.history.map { "\($0.date) \($0.status.rawValue) (\($0.cause))" }
        #expect(
            history == [
                "2026-01-10 pending (pledged)", "2026-03-10 in progress (progresses)",
                "2026-05-01 partly kept (deadline passed)", "2026-07-01 kept (fulfils)",
            ])
        #expect(tracked?.history.map(\.evidence?.statementID) == [1, 2, nil, 3])
        #expect(tracked?.progress == nil || tracked?.progress?.description == "2 of 5")
    }

    /// Every report that a pledge was dropped is kept, the earliest first; a
    /// delay "until" a date before the deadline in force moves nothing.
    @Test func everyReversalAndOnlyLaterDeadlines() {
        let linker = CommitmentLinker(asOf: Self.asOf)
        let dropped = linker.track([
            Self.pledge(1, "ban drift nets on the lake"),
            Self.outcome(3, "dropped its ban on drift nets", normalized: "drop ban", date: "2026-06-01"),
            Self.outcome(2, "shelved its ban on drift nets", normalized: "shelve ban", date: "2026-03-01"),
        ])
        .first { $0.polarity == .affirmed }
        #expect(dropped?.reversals.map(\.statementID) == [2, 3])
        #expect(dropped?.reversal?.statementID == 2)
        #expect(dropped?.status == .broken)
        let misread = TrackingStatement(
            id: 2, kind: .achievement, action: "postponed the withdrawal of its police from the island",
            normalized: "postpone withdrawal", holderID: 1, holder: "Party 1", date: TestDates.day("2026-05-10"),
            time: TestDates.partial("2025-09-30"), timeRole: .until)
        let putOff = linker.track([Self.pledge(1, "withdraw its police from the island", deadline: "2026-06-30"), misread]).first
        #expect(putOff?.delays.count == 1)
        #expect(putOff?.delays.first?.deadline == nil)
        #expect(putOff?.deadline?.iso == "2026-06-30")
    }

    /// "fell short of its target to cut ...": a failure of the pledge after "of".
    @Test func fellShortIsAFailure() throws {
        let turn = try #require(
            ActionVocabulary().turn(
                of: "fell short of its target to cut emissions by 30 percent", verb: "fall",
                polarity: .affirmed))
        #expect(turn.turn == .fails)
        #expect(turn.group == "cut")
        #expect(turn.head == "emissions")
        #expect(ActionVocabulary().turn(of: "fell by 4 percent", verb: "fall", polarity: .affirmed) == nil)
    }

    /// "fell short of its target of 40 ferries": the pledge named by its object and number alone, its action
    /// the one the outcome verbs give that object (a ferry is built); an object they do not name, or name for
    /// several actions, is no pledge read.
    @Test func aTargetNamedByItsObjectIsThePledgeOfThatObject() throws {
        let vocabulary = ActionVocabulary(wordNet: ActionVocabularyTests.installed)
        let turn = try #require(
            vocabulary.turn(of: "fell short of its target of 40 new ferries", verb: "fall", polarity: .affirmed))
        #expect(turn.turn == .fails)
        #expect(turn.group == "build")
        #expect(turn.head == "ferry")
        #expect(vocabulary.turn(of: "fell short of its target for the rescue fleet", verb: "fall", polarity: .affirmed) == nil)
        let linker = CommitmentLinker(vocabulary: vocabulary, asOf: Self.asOf)
        let pledge = Self.pledge(1, "build 40 new ferries", deadline: "2026-05-31")
        let part = Self.outcome(2, "built 25 of the 40 ferries", normalized: "build ferries")
        let short = Self.outcome(
            3, "fell short of its target of 40 new ferries", normalized: "fall target", date: "2026-06-10")
        let other = Self.outcome(
            4, "fell short of its target of 40 new schools", normalized: "fall target", date: "2026-06-10")
        let tracked = try #require(linker.track([pledge, part, short, other]).first)
        #expect(tracked.outcomes.map(\.evidence.statementID) == [2, 3])
        #expect(tracked.outcomes.last?.turn == .fails)
        #expect(tracked.status == .partlyKept, "25 of 40 done, then the target reported missed")
        let missedOnly = try #require(linker.track([pledge, short]).first)
        #expect(missedOnly.status == .broken)
    }

    /// One sentence read as two statements ("visited Lima and Quito") links once.
    @Test func oneSentenceLinksOnce() {
        let first = TrackingStatement(
            id: 2, kind: .achievement, action: "visit Lima", normalized: "visit Lima", holderID: 1,
            holder: "Party 1", date: TestDates.day("2026-03-10"), sentenceID: 7)
        let second = TrackingStatement(
            id: 3, kind: .achievement, action: "visit Quito", normalized: "visit Quito", holderID: 1,
            holder: "Party 1", date: TestDates.day("2026-03-10"), sentenceID: 7)
        let tracked = CommitmentLinker(asOf: Self.asOf).track([Self.pledge(1, "visit Lima and Quito"), first, second]).first
        #expect(tracked?.outcomes.map(\.evidence.statementID) == [2])
    }

    /// What becomes of a pledge itself, in the team's phrasing: dropped, missed (with part done or not), put off.
    @Test func reversalsFailuresAndDelays() throws {
        let linker = CommitmentLinker(asOf: Self.asOf)
        func track(_ rows: [TrackingStatement]) -> TrackedCommitment? { linker.track(rows).first { $0.polarity == .affirmed } }
        let dropped = track([
            Self.pledge(1, "ban drift nets on the lake"),
            Self.outcome(2, "shelved its ban on drift nets", normalized: "shelve ban"),
        ])
        #expect(dropped?.reversal?.statementID == 2)
        #expect(dropped?.status == .broken)
        #expect(dropped?.outcomes.isEmpty == true)
        let planDropped = track([
            Self.pledge(1, "buy all its power from solar farms"),
            Self.outcome(2, "dropped its plan to buy power from solar farms", normalized: "drop plan"),
        ])
        #expect(planDropped?.status == .broken)
        let missed = TrackingStatement(
            id: 3, kind: .achievement, polarity: .negated,
            action: "meet its deadline to close the four coal plants", normalized: "meet deadline",
            holderID: 1, holder: "Party 1", date: TestDates.day("2026-06-01"))
        let failed = track([Self.pledge(1, "close four coal plants", deadline: "2026-05-31"), missed])
        #expect(failed?.status == .broken)
        #expect(failed?.outcomes.first?.turn == .fails)
        let partly = track([
            Self.pledge(1, "close four coal plants", deadline: "2026-05-31"),
            Self.outcome(2, "closed the first of its four coal plants", normalized: "close first"), missed,
        ])
        #expect(partly?.status == .partlyKept)
        let delay = TrackingStatement(
            id: 2, kind: .achievement, action: "postponed the withdrawal of its police from the island",
            normalized: "postpone withdrawal", holderID: 1, holder: "Party 1", date: TestDates.day("2026-05-10"),
            time: TestDates.partial("2026-12-31"), timeRole: .until)
        let putOff = track([Self.pledge(1, "withdraw its police from the island", deadline: "2026-03-31"), delay])
        #expect(putOff?.deadline?.iso == "2026-12-31")
        #expect(putOff?.originalDeadline?.iso == "2026-03-31")
        #expect(putOff?.status == .pending)
        #expect(
            putOff?.history.map { "\($0.date) \($0.status.rawValue) (\($0.cause))" }
                == [
                    "2026-01-10 pending (pledged)", "2026-04-01 overdue (deadline passed)",
                    "2026-05-10 pending (delayed to 2026-12-31)",
                ])
    }
}
