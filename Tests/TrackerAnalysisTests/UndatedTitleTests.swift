import Testing
import TrackerAnalysis

/// A title with no name ("the US president", "Iran's supreme leader") is
/// whoever held the office on the document's date; an undated document that
/// names no holder keeps the title, which speaks for its state, rather than
/// giving a twenty-year-old article today's holder (issue 14, roles). The
/// team's own sentences, `Fixtures/undated-titles.jsonl`; every failure at once.
@Suite struct UndatedTitleTests {
    struct Row: Decodable {
        var text: String
        /// The document's date; nil: undated.
        var date: String?
        /// `holder` (of the first commitment) or `source` (of the last sentence's first claim with one).
        var role: String
        var expected: String
    }

    @Test func aTitleIsTheHolderOnTheDocumentsDateOrTheState() throws {
        let rows = try Fixtures.lines("undated-titles.jsonl", as: Row.self)
        let tagger = StatementTagger()
        var failures: [String] = []
        for row in rows {
            let context = StatementTagger.DocumentContext(date: row.date.flatMap { CalendarDate(iso: $0) })
            let sentences = tagger.annotate(row.text, sentences: SentenceSegmenter().sentences(in: row.text), context: context)
            let statements = sentences.last?.statements ?? []
            let found =
                row.role == "holder"
                ? statements.first { $0.kind == .commitment }?.holder?.actor
                : statements.first { $0.kind == .claim && $0.source != nil }?.source?.actor
            if found != row.expected {
                failures.append("\(row.text) (\(row.date ?? "undated")): \(row.role) expected \(row.expected), got \(found ?? "none")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
