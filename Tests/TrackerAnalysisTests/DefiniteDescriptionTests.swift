import Testing
import TrackerAnalysis

/// "The government", "the company" with no state or organisation in reach
/// (issue 14, point 4; issue 15's missed links): the one the document is
/// about, named at least twice before, else the document's own country; never
/// one the document does not give. One golden table of the team's own
/// documents; every failure is reported at once.
@Suite struct DefiniteDescriptionTests {
    struct Case {
        var text: String
        /// What the case is about, for the failure message.
        var reading: String
        var context = StatementTagger.DocumentContext()
        /// The expected holder of the last commitment of the document; nil: none.
        var holder: String?
    }

    static let cases: [Case] = [
        Case(
            text: """
                Portugal unveils a plan for housing.

                Portugal's government will build 4,000 homes in Braga by 2027, the housing minister said.

                Rents in the north have doubled since 2015.

                The government also pledged to open a clinic in Viseu by May 2026.
                """,
            reading: "the government, a paragraph after the state named twice", holder: "Portugal"),
        Case(
            text: """
                Ostrava Freight Group said on Monday that its profit had fallen. Ostrava Freight Group blamed the cost of fuel.

                Diesel prices rose by a fifth last year.

                The company will buy 40 electric lorries by the end of 2026.
                """,
            reading: "the company, a paragraph after the organisation named twice", holder: "Ostrava Freight Group"),
        Case(
            text: """
                Portugal unveils a plan for housing.

                Portugal's government will build 4,000 homes in Braga by 2027, the housing minister said.

                Rents in the north have doubled since 2015.

                The council will repair the roads in Braga by May 2026.
                """,
            reading: "the council may be a town's: not the state the document is about", holder: nil),
        Case(
            text: """
                Diesel prices rose by a fifth last year.

                The government will cut the fuel duty in March.
                """,
            reading: "the government in a document naming no state: none", holder: nil),
        Case(
            text: """
                Exports of copper from Chile fell in May.

                Prices of metals rose by a fifth last year.

                The government will cut the fuel duty in March.
                """,
            reading: "one passing mention of a state makes no subject", holder: nil),
        Case(
            text: """
                Diesel prices rose by a fifth last year.

                The government will cut the fuel duty in March.
                """,
            reading: "the document's country from its metadata comes first",
            context: StatementTagger.DocumentContext(country: "Norway"), holder: "Norway"),
    ]

    /// "The prime minister" with no name, in a BBC article (the United
    /// Kingdom's): the office's holder on the document's date; undated, the
    /// holder the document has named (not today's).
    static let offices: [(text: String, reading: String, date: CalendarDate?, source: String)] = [
        (
            "Tony Blair visited a hospital in Leeds on Monday.\n\nThe prime minister said the new wing would open in May.",
            "undated, a former holder named before", nil, "Tony Blair"
        ),
        (
            "Gordon Brown visited a hospital in Leeds on Monday.\n\nThe prime minister said the new wing would open in May.",
            "dated 2005: the holder then, whoever else is named", CalendarDate(year: 2005, month: 3, day: 1), "Tony Blair"
        ),
    ]

    @Test func anOfficeWithNoNameIsItsHolderInTheDocument() {
        let tagger = StatementTagger()
        var failures: [String] = []
        for item in Self.offices {
            let sentences = tagger.annotate(
                item.text, sentences: SentenceSegmenter().sentences(in: item.text),
                context: StatementTagger.DocumentContext(date: item.date, publication: "BBC"))
            let found = sentences.last?.statements.first { $0.kind == .claim && $0.source != nil }?.source?.actor
            if found != item.source { failures.append("[\(item.reading)]: source expected \(item.source), got \(found ?? "none")") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.offices.count) failed:\n\(failures.joined(separator: "\n"))")
    }

    @Test func definiteDescriptionsResolveThroughTheDocument() {
        let tagger = StatementTagger()
        var failures: [String] = []
        for item in Self.cases {
            let sentences = tagger.annotate(item.text, sentences: SentenceSegmenter().sentences(in: item.text), context: item.context)
            guard let commitment = sentences.flatMap(\.statements).last(where: { $0.kind == .commitment }) else {
                failures.append("[\(item.reading)]: no commitment found")
                continue
            }
            if commitment.holder?.actor != item.holder {
                failures.append("[\(item.reading)]: holder expected \(item.holder ?? "none"), got \(commitment.holder?.actor ?? "none")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
