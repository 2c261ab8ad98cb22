import Foundation
import Testing
import TrackerAnalysis

/// Resolution rules, each with a small dictionary of its own so that the
/// tests say exactly what they rely on.
@Suite struct ActorResolverTests {
    static let dictionaryJSON = """
        {"version": 1, "actors": [
          {"id": "united-states", "name": "United States", "kind": "state",
           "aliases": ["US", "U.S.", "America", "Washington"], "demonyms": ["American", "Americans"]},
          {"id": "north-korea", "name": "North Korea", "kind": "state", "aliases": ["DPRK", "Pyongyang"],
           "demonyms": ["North Korean"]},
          {"id": "south-korea", "name": "South Korea", "kind": "state", "aliases": ["Seoul"], "demonyms": ["South Korean"]},
          {"id": "white-house", "name": "White House", "kind": "organisation", "parent": "united-states", "standsForParent": true},
          {"id": "donald-trump", "name": "Donald Trump", "kind": "person", "parent": "united-states", "aliases": ["Trump"],
           "roles": [{"title": "President", "of": "united-states", "from": "2017-01-20", "to": "2021-01-20"}]},
          {"id": "joe-biden", "name": "Joe Biden", "kind": "person", "parent": "united-states", "aliases": ["Biden"],
           "roles": [{"title": "President", "of": "united-states", "from": "2021-01-20", "to": "2025-01-20"}]},
          {"id": "kim-jong-un", "name": "Kim Jong-un", "kind": "person", "parent": "north-korea",
           "roles": [{"title": "Supreme Leader", "of": "north-korea", "from": "2011-12-17"}]}
        ],
        "offices": [{"id": "us-president", "of": "united-states",
          "titles": ["US President", "American President", "President of the United States"],
          "holders": [{"actor": "donald-trump", "from": "2017-01-20", "to": "2021-01-20"},
                      {"actor": "joe-biden", "from": "2021-01-20", "to": "2025-01-20"}]}]}
        """

    let tagger: StatementTagger

    init() throws {
        let dictionary = try ActorDictionary().adding(json: Array(Self.dictionaryJSON.utf8), path: "test.json")
        tagger = StatementTagger(actors: dictionary)
    }

    func annotate(_ text: String, date: String? = nil, source: String? = nil) -> [AnnotatedSentence] {
        let context = StatementTagger.DocumentContext(date: date.flatMap { CalendarDate(iso: $0) }, publication: source)
        return tagger.annotate(text, sentences: SentenceSegmenter().sentences(in: text), context: context)
    }

    func first(_ kind: StatementKind, in sentences: [AnnotatedSentence], at index: Int) -> Statement? {
        sentences[index].statements.first { $0.kind == kind }
    }

    @Test func aliasesCapitalsAndBodiesResolveToOneActor() {
        let sentences = annotate("Washington has imposed new tariffs. The US will lift them in June. America agreed to talk.")
        #expect(sentences.compactMap { $0.statements.first?.holder?.actor } == ["United States", "United States", "United States"])
        #expect(sentences[1].statements.first?.holder?.mention == "US")
    }

    @Test func lowerCaseUsIsNotTheUnitedStates() {
        let sentences = annotate("They told us they had signed the deal.")
        #expect(sentences[0].statements.allSatisfy { $0.holder?.actor != "United States" })
    }

    @Test func shortNamesResolveToTheFullName() {
        let sentences = annotate("President Donald Trump met the envoy. Trump said the talks had gone well.")
        #expect(first(.claim, in: sentences, at: 1)?.source?.actor == "Donald Trump")
        #expect(first(.claim, in: sentences, at: 1)?.source?.mention == "Trump")
    }

    @Test func anAmbiguousSurnamePrefersTheLeader() {
        let text = "Kim Jong-un met top North Korean negotiator Kim Yong-chol. Kim has dismantled a testing site."
        let sentences = annotate(text)
        #expect(first(.achievement, in: sentences, at: 1)?.holder?.actor == "Kim Jong-un")
    }

    @Test func peopleFoundByTitleTakeTheirAffiliation() {
        let sentences = annotate("Top North Korean negotiator Kim Yong-chol visited Washington. His press secretary Sarah Sanders said progress continued.",
                                 date: "2019-01-19")
        let visit = first(.achievement, in: sentences, at: 0)
        #expect(visit?.holder?.actor == "Kim Yong-chol")
        #expect(visit?.holder?.affiliation == "North Korea")
        #expect(visit?.targets.map(\.actor) == ["United States"])
    }

    @Test func pronounsResolveWithinTheParagraphOnly() {
        let sentences = annotate("North Korea has not tested a missile this year. It has dismantled a site.\n\nThe talks went on for days.\n\nIt has closed a plant.")
        #expect(first(.achievement, in: sentences, at: 1)?.holder?.actor == "North Korea")
        // Two paragraphs later, "It" has no antecedent: it stays unresolved.
        #expect(first(.achievement, in: sentences, at: 3)?.holder == nil)
    }

    @Test func bothCountriesMeansTheTwoStatesJustNamed() {
        let sentences = annotate("North Korea improved relations with South Korea, and both countries have destroyed guard posts.")
        let destroyed = sentences[0].statements.filter { $0.kind == .achievement }.last
        #expect(Set(destroyed?.holders.map(\.actor) ?? []) == ["North Korea", "South Korea"])
    }

    @Test func theUSPresidentDependsOnTheDate() {
        let early = annotate("The US president has signed the order.", date: "2019-05-01")
        let late = annotate("The US president has signed the order.", date: "2022-05-01")
        #expect(early[0].statements.first?.holder?.actor == "Donald Trump")
        #expect(late[0].statements.first?.holder?.actor == "Joe Biden")
        let leader2019 = annotate("The American leader has signed the order.", date: "2019-05-01")
        let leader2022 = annotate("The American leader has signed the order.", date: "2022-05-01")
        #expect(leader2019[0].statements.first?.holder?.actor == "Donald Trump")
        #expect(leader2022[0].statements.first?.holder?.actor == "Joe Biden")
    }

    @Test func claimsNameTheirSourceAndReportedCommitmentsTheirHolder() {
        let sentences = annotate("Press secretary Sarah Sanders said: \u{201C}The US is going to continue to keep sanctions on North Korea.\u{201D}",
                                 date: "2019-01-19")
        #expect(first(.claim, in: sentences, at: 0)?.source?.actor == "Sarah Sanders")
        let commitment = first(.commitment, in: sentences, at: 0)
        #expect(commitment?.holder?.actor == "United States")
        #expect(commitment?.source?.actor == "Sarah Sanders")
        #expect(commitment?.targets.map(\.actor) == ["North Korea"])
    }

    @Test func ourCorrespondentIsThePublication() {
        let sentences = annotate("The letter was meant to prepare a summit, our correspondent adds.", source: "Harbour Ledger")
        #expect(sentences[0].statements.contains { $0.kind == .claim && $0.source?.actor == "Harbour Ledger" })
    }

    @Test func userDictionaryEntriesAreCheckedWhenLoaded() {
        #expect(throws: RuleFileError.self) {
            try ActorDictionary().adding(json: Array(#"{"actors": [{"id": "x", "name": "X", "kind": "planet"}]}"#.utf8), path: "mine.json")
        }
        #expect(throws: RuleFileError.self) {
            try ActorDictionary().adding(json: Array(#"{"actors": [{"id": "x", "name": "X", "kind": "person", "parent": "nowhere"}]}"#.utf8), path: "mine.json")
        }
    }
}

/// Holder and source of every statement of the seed article, checked by eye
/// (`Fixtures/seed-roles.jsonl`); re-record on purpose with
/// `tracker annotate ... --format jsonl` when the analysis changes.
@Suite struct SeedRolesTests {
    struct Role: Codable, Equatable {
        var sentence: Int
        var kind: String
        var polarity: String
        var holders: [String]
        var source: String?
        var source_affiliation: String?
    }

    @Test(.enabled(if: Fixtures.shared != nil)) func holdersAndSourcesOfTheSeedArticle() throws {
        let url = try #require(Fixtures.shared).appendingPathComponent("corpus/seed-article.txt")
        let document = try DocumentReader().read([UInt8](try Data(contentsOf: url)), format: .text, path: url.path,
                                                 metadata: DocumentMetadata(date: CalendarDate(year: 2019, month: 1, day: 19)))
        let analyzed = DocumentAnalyzer().analyze(document)
        var actual: [Role] = []
        for (index, statements) in analyzed.statements.enumerated() {
            for statement in statements {
                let holders = statement.holders.isEmpty ? statement.holder.map { [$0.actor] } ?? [] : statement.holders.map(\.actor)
                actual.append(Role(sentence: index, kind: statement.kind.rawValue, polarity: statement.polarity.rawValue,
                                   holders: holders, source: statement.source?.actor, source_affiliation: statement.source?.affiliation))
            }
        }
        let expected = try Fixtures.lines("seed-roles.jsonl", as: Role.self)
        #expect(actual.count == expected.count)
        for (got, want) in zip(actual, expected) where got != want {
            Issue.record("sentence \(want.sentence): expected \(want), got \(got)")
        }
        // The checks the actors issue names, spelled out.
        #expect(expected.contains { $0.sentence == 22 && $0.holders == ["North Korea"] })
        #expect(expected.contains { $0.sentence == 23 && $0.holders == ["North Korea"] })
        #expect(expected.contains { $0.sentence == 27 && $0.kind == "commitment" && $0.holders == ["North Korea"] })
        #expect(expected.contains { $0.sentence == 11 && $0.kind == "commitment" && $0.holders == ["United States"] })
        #expect(expected.contains { $0.sentence == 11 && $0.kind == "claim" && $0.source == "Sarah Sanders" && $0.source_affiliation == "United States" })
        #expect(expected.contains { $0.sentence == 17 && $0.kind == "commitment" && Set($0.holders) == ["United States", "North Korea"] })
        #expect(expected.contains { $0.sentence == 10 && $0.kind == "claim" && $0.source == "Donald Trump" })
    }
}
