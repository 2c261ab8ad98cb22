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

    /// No actor is made of a sentence's opening preposition or participle;
    /// an unknown name that acts still is one.
    @Test func openingWordsAreNotActors() {
        let cases: [(text: String, actor: String?)] = [
            ("Despite rising costs, the council pledged to finish the bridge.", nil),
            ("Facing mounting pressure, the mayor promised to resign.", nil),
            ("Rising fuel prices have hit the airline.", nil),
            ("Boeing said it would deliver the jets in March.", "Boeing"),
        ]
        var failures: [String] = []
        for item in cases {
            let actors = annotate(item.text).flatMap(\.statements).flatMap { [$0.holder, $0.source].compactMap { $0 } + $0.targets }
            let first = item.text.split(separator: " ").first.map { String($0).trimmingCharacters(in: .punctuationCharacters) }
            let invented = actors.filter { $0.actor == first }
            if item.actor == nil, !invented.isEmpty { failures.append("\(item.text): invented \(invented.map(\.actor))") }
            if let expected = item.actor, !actors.contains(where: { $0.actor == expected }) {
                failures.append("\(item.text): no \(expected) among \(actors.map(\.actor))")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
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
        let sentences = annotate(
            "Top North Korean negotiator Kim Yong-chol visited Washington. His press secretary Sarah Sanders said progress continued.",
            date: "2019-01-19")
        let visit = first(.achievement, in: sentences, at: 0)
        #expect(visit?.holder?.actor == "Kim Yong-chol")
        #expect(visit?.holder?.affiliation == "North Korea")
        #expect(visit?.targets.map(\.actor) == ["United States"])
    }

    @Test func pronounsResolveWithinTheParagraphOnly() {
        let sentences = annotate(
            "North Korea has not tested a missile this year. It has dismantled a site.\n\nThe talks went on for days.\n\nIt has closed a plant."
        )
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
        let sentences = annotate(
            "Press secretary Sarah Sanders said: \u{201C}The US is going to continue to keep sanctions on North Korea.\u{201D}",
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

    @Test func anAmbiguousSurnameWithoutALeaderIsTheMostMentionedPerson() {
        let text = "Kim Yo-jong greeted Kim Yong-chol. Kim Yong-chol has visited Seoul twice. Kim said the visit had gone well."
        #expect(first(.claim, in: annotate(text), at: 2)?.source?.actor == "Kim Yong-chol")
        // A leader still comes first, however often the other is named.
        let leader = "Kim Yong-chol met Kim Jong-un. Kim Yong-chol has visited Seoul twice. Kim has dismantled a testing site."
        #expect(first(.achievement, in: annotate(leader), at: 2)?.holder?.actor == "Kim Jong-un")
    }

    @Test func heAndSheAreTheLastPersonAndItIsNeverAPerson() {
        let sentences = annotate("Joe Biden visited North Korea. He said the talks had gone well. It has dismantled a testing site.")
        #expect(first(.claim, in: sentences, at: 1)?.source?.actor == "Joe Biden")
        #expect(first(.claim, in: sentences, at: 1)?.source?.mention == "He")
        #expect(first(.achievement, in: sentences, at: 2)?.holder?.actor == "North Korea")
        // No person in the paragraph: "He" stands for no one, not for the state.
        let noPerson = annotate("North Korea has closed a testing site. He said the talks had gone well.")
        #expect(first(.claim, in: noPerson, at: 1)?.source == nil)
    }

    @Test func theTwoSidesMeansTheLastPairOfStates() {
        let sentences = annotate("North Korea and South Korea held talks in Seoul. The two sides have agreed to reopen a liaison office.")
        let agreed = first(.commitment, in: sentences, at: 1)
        #expect(Set(agreed?.holders.map(\.actor) ?? []) == ["North Korea", "South Korea"])
        #expect(agreed?.holder?.mention == "The two sides")
    }

    @Test func mentionsKeepTheTextAndOffsetsTheyWereResolvedFrom() {
        // "é" is two UTF-8 bytes but one Unicode scalar: offsets count scalars.
        let text = "Talks in Mérida stalled. Pyongyang has closed a missile site. It has also dismantled a test stand."
        let sentences = annotate(text)
        let scalars = Array(text.unicodeScalars)
        func slice(_ mention: ActorMention?) -> String? {
            mention.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        }
        let closed = first(.achievement, in: sentences, at: 1)?.holder
        #expect(closed?.actor == "North Korea" && closed?.mention == "Pyongyang" && slice(closed) == "Pyongyang")
        let dismantled = first(.achievement, in: sentences, at: 2)?.holder
        #expect(dismantled?.actor == "North Korea" && dismantled?.mention == "It" && slice(dismantled) == "It")
    }

    @Test func linesReadOneSentenceEachNeverReachBack() {
        let text = "North Korea has tested a missile.\nIt has closed a site."
        let lines = tagger.annotate(text, sentences: SentenceSegmenter().lines(in: text))
        #expect(first(.achievement, in: lines, at: 0)?.holder?.actor == "North Korea")
        #expect(first(.achievement, in: lines, at: 1)?.holder == nil)
        // The same two sentences in one paragraph: "It" is North Korea.
        #expect(first(.achievement, in: annotate(text.replacingOccurrences(of: "\n", with: " ")), at: 1)?.holder?.actor == "North Korea")
    }

    @Test func aReportAfterTheQuoteNamesTheSpeakerAndWeIsTheirSide() {
        let sentences = annotate(
            "\u{201C}We will not sign anything that hurts our farmers,\u{201D} said South Korea's trade minister, Ahn Duk-geun.")
        let claim = sentences[0].statements.first { $0.kind == .claim && $0.source != nil }
        #expect(claim?.source?.actor == "Ahn Duk-geun")
        #expect(claim?.source?.affiliation == "South Korea")
        let commitment = first(.commitment, in: sentences, at: 0)
        #expect(commitment?.polarity == .negated)
        #expect(commitment?.holder?.actor == "South Korea" && commitment?.holder?.mention == "We")
        // "I" is the speaker in person.
        let alone = annotate("\u{201C}I will not stand for a second term,\u{201D} said Tomas Lindgren.")
        #expect(first(.commitment, in: alone, at: 0)?.holder?.actor == "Tomas Lindgren")
    }

    // MARK: Rules that need the bundled dictionary's states and offices

    static let standard = StatementTagger()

    func annotateStandard(_ text: String, date: String? = nil) -> [AnnotatedSentence] {
        let context = StatementTagger.DocumentContext(date: date.flatMap { CalendarDate(iso: $0) })
        return Self.standard.annotate(text, sentences: SentenceSegmenter().sentences(in: text), context: context)
    }

    /// An apposition tells what a name is: "Tidewater Alliance, a new regional
    /// party" is an organisation (so "it" can stand for it), "the organisation's
    /// special envoy, Kofi Mensah-Asare," speaks for the organisation just
    /// named, and "Ilse Varga, the Austrian finance minister" for Austria.
    @Test func appositionsAndLaterOwnersTellWhoANameIs() {
        let party = annotateStandard(
            """
            Tidewater Alliance, a new regional party, launched its manifesto on Monday. \
            It will build 900 affordable homes by 2029.
            """, date: "2027-03-02")
        #expect(first(.commitment, in: party, at: 1)?.holder?.actor == "Tidewater Alliance")
        #expect(first(.commitment, in: party, at: 1)?.holder?.kind == .organisation)
        // A person set off by commas right before the reporting verb says it,
        // for the organisation named earlier in the sentence.
        let envoy = annotateStandard(
            """
            The African Union will send 30 observers to the count, the organisation's special envoy, \
            Kofi Mensah-Asare, told reporters.
            """, date: "2027-03-02")
        #expect(first(.claim, in: envoy, at: 0)?.source?.actor == "Kofi Mensah-Asare")
        #expect(first(.claim, in: envoy, at: 0)?.source?.affiliation == "African Union")
        let minister = annotateStandard(
            "\u{201C}We have cut the deficit,\u{201D} said Ilse Varga, the Austrian finance minister.",
            date: "2027-03-02")
        #expect(first(.claim, in: minister, at: 0)?.source?.affiliation == "Austria")
    }

    @Test func bodiesNamedByCommonNounsBelongToTheirState() {
        let army = first(.commitment, in: annotateStandard("The Sudanese army agreed to open three corridors."), at: 0)?.holder
        #expect(army?.actor == "Sudanese army" && army?.affiliation == "Sudan")
        let court = first(.achievement, in: annotateStandard("Kenya's Supreme Court annulled the election."), at: 0)?.holder
        #expect(court?.actor == "Supreme Court of Kenya" && court?.affiliation == "Kenya")
        // Voices of a state are the state.
        let officials = first(.claim, in: annotateStandard("Chilean officials said the mine was closed."), at: 0)?.source
        #expect(officials?.actor == "Chile" && officials?.mention == "Chilean officials")
        let kyiv = first(.claim, in: annotateStandard("Officials in Kyiv said the plant was damaged."), at: 0)?.source
        #expect(kyiv?.actor == "Ukraine")
        // A pronoun may stand for such a body.
        let frozen = first(.achievement, in: annotateStandard("Swiss authorities said they had frozen the assets."), at: 0)?.holder
        #expect(frozen?.actor == "Switzerland" && frozen?.mention == "they")
    }

    @Test func anUnnamedMinistryBelongsToTheStateTheSentenceNames() {
        let sentences = annotateStandard("Chad will reopen its border on Monday, the interior ministry said.")
        let source = first(.claim, in: sentences, at: 0)?.source
        #expect(source?.actor == "Interior Ministry of Chad" && source?.affiliation == "Chad")
        // No state named: no guess.
        #expect(first(.claim, in: annotateStandard("The interior ministry said the border would reopen."), at: 0)?.source == nil)
    }

    @Test func theCountryAndTheCompanyAreTheActorsJustNamed() {
        let country = first(.commitment, in: annotateStandard("Norway said the country would ban new petrol cars."), at: 0)
        #expect(country?.holder?.actor == "Norway" && country?.holder?.mention == "country")
        let company = first(
            .commitment, in: annotateStandard("Rio Tinto chief executive Jakob Stausholm said the company would not chase acquisitions."),
            at: 0)
        #expect(company?.holder?.actor == "Rio Tinto")
        // Nothing named before or after: "the company" stays unresolved.
        #expect(first(.commitment, in: annotateStandard("The company will close two plants."), at: 0)?.holder == nil)
    }

    @Test func groupsAreNamedByTheirWords() {
        let countries = first(.achievement, in: annotateStandard("Developed countries failed to deliver the promised finance."), at: 0)
        #expect(countries?.holder?.actor == "Developed countries" && countries?.holder?.kind == .group)
        let members = first(.commitment, in: annotateStandard("WTO members agreed to extend the moratorium."), at: 0)?.holder
        #expect(members?.actor == "WTO members" && members?.affiliation == "World Trade Organization")
    }

    @Test func unnamedOfficeHoldersDependOnTheDate() {
        let text = "The prime minister said Britain would not rejoin the EU."
        #expect(first(.claim, in: annotateStandard(text, date: "2023-05-01"), at: 0)?.source?.actor == "Rishi Sunak")
        #expect(first(.claim, in: annotateStandard(text, date: "2025-03-01"), at: 0)?.source?.actor == "Keir Starmer")
    }

    @Test func organisationsAreFoundByTheirNamesAndSources() {
        let institute = annotateStandard("The Institute for the Study of War said Russian advances had slowed.")
        #expect(first(.claim, in: institute, at: 0)?.source?.actor == "Institute for the Study of War")
        let reuters = annotateStandard("According to Reuters, the carmaker may sell its truck unit.")
        #expect(reuters[0].statements.contains { $0.kind == .claim && $0.source?.actor == "Reuters" })
        let moodys = annotateStandard("Moody's described the outlook for carmakers as negative.")
        #expect(first(.claim, in: moodys, at: 0)?.source?.actor == "Moody's")
        // "the Commission": the organisation a person of the document holds a role in.
        let commission = annotateStandard("Ursula von der Leyen said the Commission would propose safeguard duties.", date: "2024-03-01")
        #expect(first(.commitment, in: commission, at: 0)?.holder?.actor == "European Commission")
    }

    /// A user's YAML dictionary: the same shape as the JSON one, read into the same types.
    static let userYAML = """
        # Actors of my own beat.
        actors:
          - id: harbour-authority
            name: Harbour Authority of Valdora
            kind: organisation
            aliases: [Valdora Harbour Authority, the harbour authority]
          - id: ines-marlow
            name: Ines Marlow
            kind: person
            parent: harbour-authority
            aliases: [Marlow]
            roles:
              - title: Harbour Master
                of: harbour-authority
                from: "2021-03-01"
                to: "2024-02-29"
          - id: teo-vance
            name: Teo Vance
            kind: person
            parent: harbour-authority
            roles:
              - {title: Harbour Master, of: harbour-authority, from: "2024-02-29"}
        offices:
          - id: valdora-harbour-master
            of: harbour-authority
            titles: [Valdora harbour master, harbour master of Valdora]
            holders:
              - {actor: ines-marlow, from: "2021-03-01", to: "2024-02-29"}
              - {actor: teo-vance, from: "2024-02-29"}
        """

    @Test func yamlDictionariesAddPeopleWithDatedRolesAndOrganisations() throws {
        let dictionary = try ActorDictionary.standard.adding(file: Array(Self.userYAML.utf8), path: "beat.yaml")
        #expect(dictionary.entry(id: "ines-marlow")?.roles?.first?.to == "2024-02-29")
        let tagger = StatementTagger(actors: dictionary)
        func annotate(_ text: String, _ date: String) -> [AnnotatedSentence] {
            tagger.annotate(
                text, sentences: SentenceSegmenter().sentences(in: text),
                context: StatementTagger.DocumentContext(date: CalendarDate(iso: date)))
        }
        let text = "The Valdora harbour master said the Valdora Harbour Authority would dredge the north channel by June."
        let early = annotate(text, "2023-05-10")[0].statements
        #expect(early.first { $0.kind == .claim }?.source?.actor == "Ines Marlow")
        #expect(early.first { $0.kind == .claim }?.source?.affiliation == "Harbour Authority of Valdora")
        #expect(early.first { $0.kind == .commitment }?.holder?.actor == "Harbour Authority of Valdora")
        // The office changed hands: the same words a year later are someone else's.
        #expect(annotate(text, "2024-06-01")[0].statements.first { $0.kind == .claim }?.source?.actor == "Teo Vance")
        // A short name from the file resolves too.
        let short = annotate("Marlow said the channel had been dredged.", "2023-05-10")[0].statements
        #expect(short.first { $0.kind == .claim }?.source?.actor == "Ines Marlow")
    }

    @Test func malformedYAMLNamesTheLine() {
        let broken = "actors:\n  - id: x\n    name: [unclosed\n    kind: person\n"
        do {
            _ = try ActorDictionary().adding(file: Array(broken.utf8), path: "mine.yml")
            Issue.record("a malformed YAML file was accepted")
        } catch {
            #expect(error.path == "mine.yml")
            #expect(error.line > 0, "\(error.message)")
        }
        // The same checks as for JSON: a parent must exist.
        #expect(throws: RuleFileError.self) {
            try ActorDictionary().adding(
                file: Array("actors:\n  - {id: x, name: X, kind: person, parent: nowhere}\n".utf8), path: "mine.yaml")
        }
    }

    @Test func userDictionaryEntriesAreCheckedWhenLoaded() {
        #expect(throws: RuleFileError.self) {
            try ActorDictionary().adding(json: Array(#"{"actors": [{"id": "x", "name": "X", "kind": "planet"}]}"#.utf8), path: "mine.json")
        }
        #expect(throws: RuleFileError.self) {
            try ActorDictionary().adding(
                json: Array(#"{"actors": [{"id": "x", "name": "X", "kind": "person", "parent": "nowhere"}]}"#.utf8), path: "mine.json")
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
        var sourceAffiliation: String?

        enum CodingKeys: String, CodingKey {
            case sentence, kind, polarity, holders, source
            case sourceAffiliation = "source_affiliation"
        }
    }

    @Test(.enabled(if: Fixtures.shared != nil)) func holdersAndSourcesOfTheSeedArticle() throws {
        let url = try #require(Fixtures.shared).appendingPathComponent("corpus/seed-article.txt")
        let document = try DocumentReader().read(
            [UInt8](try Data(contentsOf: url)), format: .text, path: url.path,
            metadata: DocumentMetadata(date: CalendarDate(year: 2019, month: 1, day: 19)))
        let analyzed = DocumentAnalyzer().analyze(document)
        var actual: [Role] = []
        for (index, statements) in analyzed.statements.enumerated() {
            for statement in statements {
                let holders = statement.holders.isEmpty ? statement.holder.map { [$0.actor] } ?? [] : statement.holders.map(\.actor)
                actual.append(
                    Role(
                        sentence: index, kind: statement.kind.rawValue, polarity: statement.polarity.rawValue,
                        holders: holders, source: statement.source?.actor, sourceAffiliation: statement.source?.affiliation))
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
        #expect(
            expected.contains {
                $0.sentence == 11 && $0.kind == "claim" && $0.source == "Sarah Sanders" && $0.sourceAffiliation == "United States"
            })
        #expect(expected.contains { $0.sentence == 17 && $0.kind == "commitment" && Set($0.holders) == ["United States", "North Korea"] })
        #expect(expected.contains { $0.sentence == 10 && $0.kind == "claim" && $0.source == "Donald Trump" })
    }
}

/// "The government" with no state named is the document's country: from its
/// metadata (`country`, `--country`), else its publisher's, else no one.
@Suite struct DocumentCountryTests {
    let tagger = StatementTagger()

    func holder(_ text: String, _ context: StatementTagger.DocumentContext) -> String? {
        tagger.annotate(text, sentences: SentenceSegmenter().sentences(in: text), context: context)
            .flatMap(\.statements).first { $0.kind == .commitment }?.holder?.actor
    }

    @Test func theGovernmentIsTheDocumentsCountry() {
        let text = "The government has pledged to cut fuel duty by April."
        let cases: [(context: StatementTagger.DocumentContext, holder: String?)] = [
            (.init(country: "United Kingdom"), "United Kingdom"),
            (.init(country: "uk"), "United Kingdom"),
            (.init(publication: "BBC News"), "United Kingdom"),
            (.init(publication: "The Hindu"), "India"),
            (.init(publication: "Harbour Weekly"), nil),
            (.init(), nil),
        ]
        var failures: [String] = []
        for item in cases where holder(text, item.context) != item.holder {
            failures.append(
                "\(item.context.country ?? item.context.publication ?? "none"): expected \(item.holder ?? "none"), got \(holder(text, item.context) ?? "none")"
            )
        }
        // A state the text names wins over the document's.
        if holder("Canada's government has pledged to cut fuel duty by April.", .init(publication: "BBC")) != "Canada" {
            failures.append("a named state lost to the publisher's")
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func everyPublisherCountryIsAStateOfTheDictionary() {
        let ids = PublisherCountries.standard.countryIDs
        #expect(ids.count > 20)
        let notStates = ids.filter { id in ActorDictionary.standard.entry(id: id)?.kind != ActorKind.state }
        #expect(notStates.isEmpty, "\(notStates)")
    }
}

/// A quotation over several sentences or paragraphs has one speaker.
@Suite struct QuotationAttributionTests {
    /// Each sentence's source: its claim's, else any statement's.
    func sources(_ text: String) -> [String?] {
        StatementTagger().annotate(text, sentences: SentenceSegmenter().sentences(in: text))
            .map { sentence in
                (sentence.statements.first { $0.kind == .claim && $0.source != nil } ?? sentence.statements.first { $0.source != nil })?
                    .source?.actor
            }
    }

    @Test func everySentenceOfAQuotationHasItsSpeaker() {
        let cases: [(text: String, expected: [String?])] = [
            // Named at the end of the quotation.
            (
                "\u{201C}The harbour is safe. The repairs are finished,\u{201D} said Ingrid Halvorsen.",
                ["Ingrid Halvorsen", "Ingrid Halvorsen"]
            ),
            // Over two paragraphs, each opening with a mark; named in the second.
            (
                "\u{201C}The ferry runs on time.\n\n\u{201C}The new boats are faster,\u{201D} Ingrid Halvorsen said.",
                ["Ingrid Halvorsen", "Ingrid Halvorsen"]
            ),
            // Introduced with a colon.
            ("Ingrid Halvorsen said: \n\n\u{201C}The ferry runs on time.\u{201D}", ["Ingrid Halvorsen", "Ingrid Halvorsen"]),
            // The speaker goes on in the next quoted paragraph.
            (
                "\u{201C}The ferry runs on time,\u{201D} Ingrid Halvorsen said.\n\n\u{201C}The new boats are faster.\u{201D}",
                ["Ingrid Halvorsen", "Ingrid Halvorsen"]
            ),
            // Not a quotation: no source is made up.
            ("The ferry runs on time.\n\nThe new boats are faster.", [nil, nil]),
            // claim.source-of-quotation-after-report: a paraphrase naming the speaker, then
            // a quoted paragraph of theirs with no verb of saying.
            (
                "The repairs will take a year, Ingrid Halvorsen said.\n\n\u{201C}The harbour has been closed for too long.",
                ["Ingrid Halvorsen", "Ingrid Halvorsen"]
            ),
            // ... over two quoted sentences, the second closing the quotation.
            (
                "The harbour will reopen in May, the port authority chief Tomas Ekberg said.\n\n\u{201C}The cranes are old. The quay is sound.\u{201D}",
                ["Tomas Ekberg", "Tomas Ekberg", "Tomas Ekberg"]
            ),
            // A quoted pledge takes the speaker as its source, as a quoted claim does.
            (
                "\"The ferry runs on time,\" said Ingrid Halvorsen. \"We will buy two new boats next year.\"",
                ["Ingrid Halvorsen", "Ingrid Halvorsen"]
            ),
            // A sentence that reports no speaker lends none to the quotation after it.
            ("The harbour closed in May.\n\n\u{201C}It was a hard year for everyone.\u{201D}", [nil, nil]),
            // A quotation whose own report names someone unknown ("said a fisherman") is
            // theirs, not the reporter's before it (here an unnamed group, "dockers").
            (
                "The cranes stopped at noon, dockers said.\n\n\u{201C}We lost a whole day,\u{201D} said a fisherman from the north quay.",
                ["dockers", nil]
            ),
        ]
        var failures: [String] = []
        for item in cases where sources(item.text) != item.expected {
            failures.append("\(item.text.debugDescription): expected \(item.expected), got \(sources(item.text))")
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// holder.quoted-first-person: a quoted pledge or plan in the first person,
    /// with no holder of its own, is the speaker's ("I") or their state's or body's ("we").
    @Test func aQuotedFirstPersonPledgeIsTheSpeakers() {
        let cases: [(text: String, expected: String?)] = [
            (
                "\"The ferry runs on time,\" said Ingrid Halvorsen, the Norwegian fisheries minister. \"We will buy two new boats next year.\"",
                "Norway"
            ),
            ("Ingrid Halvorsen said: \n\n\u{201C}I will stay in the post until the new boats arrive.\u{201D}", "Ingrid Halvorsen"),
            (
                "The repairs will take a year, Ingrid Halvorsen said.\n\n\u{201C}But we will reopen the quay by May.\u{201D}",
                "Ingrid Halvorsen"
            ),
            // A subject in the third person is not the speaker's.
            ("\"The ferry runs on time,\" said Ingrid Halvorsen. \"The harbour board will buy two new boats next year.\"", nil),
        ]
        var failures: [String] = []
        for item in cases {
            let sentences = StatementTagger().annotate(item.text, sentences: SentenceSegmenter().sentences(in: item.text))
            let holder = sentences.last?.statements.first { $0.kind == .commitment }?.holder?.actor
            if holder != item.expected {
                failures.append("\(item.text.debugDescription): expected \(item.expected ?? "none"), got \(holder ?? "none")")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
