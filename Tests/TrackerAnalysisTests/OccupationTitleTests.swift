import Testing
import TrackerAnalysis

/// An occupation written as a title before a name ("radio DJ Tom Okafor",
/// "prosecutor Amira Haddad") introduces that person, who speaks; the title
/// is not the name's first word, and the capitalised word before it is no
/// employer ("Best actress winner", "Motorcycle racer"). The team's own
/// sentences (`Fixtures/occupation-titles.jsonl`); every failure at once.
@Suite struct OccupationTitleTests {
    struct Row: Decodable {
        var text: String
        /// The source of the first claim with one.
        var source: String
        /// A word that must not become an actor of its own.
        var notActor: String?
    }

    @Test func anOccupationBeforeANameIntroducesThePerson() throws {
        let rows = try Fixtures.lines("occupation-titles.jsonl", as: Row.self)
        let tagger = StatementTagger()
        var failures: [String] = []
        for row in rows {
            let statements = tagger.annotate(row.text, sentences: SentenceSegmenter().sentences(in: row.text)).flatMap(\.statements)
            let source = statements.first { $0.kind == .claim && $0.source != nil }?.source?.actor
            if source != row.source { failures.append("\(row.text): source expected \(row.source), got \(source ?? "none")") }
            let actors = statements.flatMap { [$0.holder, $0.source].compactMap { $0?.actor } + $0.targets.map(\.actor) }
            if let invented = row.notActor, actors.contains(invented) { failures.append("\(row.text): '\(invented)' taken for an actor") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
