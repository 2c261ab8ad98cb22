import Testing
import TrackerAnalysis

/// Actor discovery on the bundled dictionary, one golden table per class of
/// construction (issue 14, point 4): titles and honorifics resolve to the
/// person, letters after a name are not part of it, and headline verbs, units,
/// quoted phrases and sentence openers make no actor. The team's own sentences.
/// Every failure of a table is reported at once.
@Suite struct ActorDiscoveryTests {
    struct Case {
        var text: String
        /// The actor (canonical name) expected as the last sentence's holder or source, and where.
        var expected: String?
        var role: Role = .source
        /// Names that must not be any actor of the last sentence.
        var absent: [String] = []
        /// The expected actor's affiliation, when the case is about it.
        var affiliation: String?
    }

    enum Role { case holder, source }

    let tagger = StatementTagger()

    func check(_ cases: [Case]) -> [String] {
        var failures: [String] = []
        for item in cases {
            let sentences = tagger.annotate(
                item.text, sentences: SentenceSegmenter().sentences(in: item.text),
                context: StatementTagger.DocumentContext(publication: "BBC"))
            let statements = sentences.last?.statements ?? []
            let everyone = statements.flatMap { [$0.holder, $0.source].compactMap { $0 } + $0.holders + $0.targets }
            let found: ActorMention? =
                switch item.role {
                case .holder: statements.first { ($0.kind == .commitment || $0.kind == .achievement) && $0.holder != nil }?.holder
                case .source: statements.first { $0.source != nil }?.source
                }
            if let expected = item.expected, found?.actor != expected {
                failures.append("\(item.text): \(item.role) expected \(expected), got \(found?.actor ?? "none")")
            }
            if let affiliation = item.affiliation, found?.affiliation != affiliation {
                failures.append("\(item.text): affiliation expected \(affiliation), got \(found?.affiliation ?? "none")")
            }
            for name in item.absent where everyone.contains(where: { $0.actor == name }) {
                failures.append("\(item.text): invented actor \(name)")
            }
        }
        return failures
    }

    /// An honorific or title before a name is not part of it, and names the
    /// person the document named in full ("Sir Edmund" after "Sir Edmund Crale").
    @Test func honorificsAndTitlesResolveToThePerson() {
        let failures = check([
            Case(
                text: "Labour MP Anna Whitcombe said the council would reopen the library.", expected: "Anna Whitcombe",
                absent: ["MP Anna Whitcombe"], affiliation: "Labour Party"),
            Case(
                text: "Sir Edmund Crale founded the charity in 1998. Sir Edmund said he would step down in May.",
                expected: "Edmund Crale", absent: ["Sir Edmund"]),
            Case(
                text: "Dame Hilary Voss led the inquiry. Dame Hilary said the report would be published in June.",
                expected: "Hilary Voss"),
            Case(text: "Lord Pennick said the bill would be amended before the summer.", expected: "Pennick", absent: ["Lord Pennick"]),
            Case(text: "Baroness Amwell said the hospital would stay open.", expected: "Amwell"),
            Case(text: "Tony Blair opened the debate. Mr Blair said the schools would get more money.", expected: "Tony Blair"),
            Case(
                text: "Lawyer Ingrid Solberg said the appeal would be heard next month.", expected: "Ingrid Solberg",
                absent: ["Lawyer Ingrid Solberg"]),
        ])
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
    }

    /// Letters after a name ("QC", "MP", "Senior") are not part of it.
    @Test func postNominalsAreNotPartOfTheName() {
        let failures = check([
            Case(text: "Anna Berg QC said her client would appeal the ruling.", expected: "Anna Berg", absent: ["Anna Berg QC"]),
            Case(text: "Tomas Rydell MP said the factory would close in March.", expected: "Tomas Rydell", absent: ["Tomas Rydell MP"]),
            Case(
                text: "Walter Brisk Senior said the garage would stay in the family.", expected: "Walter Brisk",
                absent: ["Walter Brisk Senior"]),
        ])
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
    }

    /// Headline verbs, units, quoted phrases, dates and sentence openers are not actors.
    @Test func noActorIsInventedFromOtherCapitalisedWords() {
        let failures = check([
            Case(text: "Halden Mining Pledges to close its coal pits by 2030", absent: ["Halden Mining Pledges"]),
            Case(text: "The ministers said the deal would limit warming to 1.5 C by the end of the century.", absent: ["C"]),
            Case(text: "Critics called it a \u{201C}Fortress Europe\u{201D} policy, the charity said.", absent: ["Fortress Europe"]),
            Case(
                text: "Meanwhile Labour promised to scrap the tax.", expected: "Labour Party", role: .holder,
                absent: ["Meanwhile Labour"]),
            Case(text: "The airline will scrap its Saturday-night stay rule in May.", absent: ["Saturday-night"]),
            Case(text: "Despite backing ID cards, the Greens said they would vote against the bill.", absent: ["ID"]),
            Case(text: "On Monday, Future Britain said it would stand candidates in every seat.", expected: "Future Britain"),
        ])
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
    }

    /// Major companies and news agencies are in the dictionary, and a party's
    /// own leader belongs to the party.
    @Test func companiesAgenciesAndPartyLeadersAreKnown() {
        let failures = check([
            Case(text: "Nissan said it would build a new battery plant.", expected: "Nissan"),
            Case(text: "Kyodo reported that the talks would resume in the autumn.", expected: "Kyodo News"),
            Case(text: "Delta said it would cut fares on its domestic routes.", expected: "Delta Air Lines"),
            Case(
                text: "The Office for Rail Standards (ORS) was set up in 2001. The ORS said it would publish the figures.",
                expected: "Office for Rail Standards", absent: ["ORS"]),
            Case(
                text: "Conservative leader Michael Howard promised to cut council tax.", expected: "Michael Howard", role: .holder,
                affiliation: "Conservative Party"),
        ])
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
    }
}
