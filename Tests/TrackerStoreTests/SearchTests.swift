import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// `statements --search`: a word finds its other forms (porter stemming) and
/// its other spelling (British or American), a quoted passage is a phrase, a
/// trailing `*` a prefix, and nothing the user types runs as FTS5 syntax.
@Suite struct SearchTests {
    static let sentences = [
        "Peru pledged to free the prisoners.",  // 0
        "Ecuador pledges to reopen the border crossing.",  // 1
        "Pledging restraint, both sides met in Loja.",  // 2
        "The talks stalled over denuclearization.",  // 3
        "Seoul raised its defense budget.",  // 4
        "The labor ministry said the programme would end.",  // 5
        "Monitors deployed near the border posts.",  // 6
        "Negotiators spoke of \"free trade\" OR tariffs NEAR the end.",  // 7
    ]

    func found(_ search: String) throws -> Set<Int> {
        let store = try TrackerDatabase.inMemory()
        let text = Self.sentences.joined(separator: "\n\n")
        let document = try DocumentReader().read(Array(text.utf8), format: .text, path: "s.txt", metadata: DocumentMetadata())
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "s.txt", analyzerVersion: "test")
        let sentences = try store.sentences(ofDocument: 1).map(\.text)
        try #require(sentences == Self.sentences)
        var query = StatementQuery()
        query.search = search
        query.limit = 1_000
        let texts = Set(try store.statements(query).map(\.sentence))
        return Set(Self.sentences.indices.filter { texts.contains(Self.sentences[$0]) })
    }

    /// Each search, and the sentences it must find (those with a statement).
    static let cases: [(search: String, expected: Set<Int>)] = [
        ("pledge", [0, 1, 2]),
        ("pledged", [0, 1, 2]),
        ("PLEDGING", [0, 1, 2]),
        ("denuclearisation", [3]),
        ("denuclearization", [3]),
        ("defence", [4]),
        ("labour", [5]),
        ("program", [5]),
        ("\"border crossing\"", [1]),
        ("\"crossing border\"", []),
        ("border", [1, 6]),
        ("pledg*", [0, 1, 2]),
        ("deploy* monitor", [6]),
        // Syntax in the input is searched for as words, never run.
        ("\"free trade\" OR", [7]),
        ("NEAR(end tariffs)", [7]),
        ("-border", [1, 6]),
        ("\"", []),
        ("*", []),
        ("text:border", []),
        ("(ecuador", [1]),
        ("ecuador AND)", []),  // "and" is a word sentence 1 lacks
    ]

    @Test func searchesFindWhatTheyShould() throws {
        var failures: [String] = []
        for (search, expected) in Self.cases {
            do {
                let found = try found(search)
                if found != expected { failures.append("\(search): found \(found.sorted()), expected \(expected.sorted())") }
            } catch {
                failures.append("\(search): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases.count) searches wrong:\n\(failures.joined(separator: "\n"))")
    }

    /// A limited search lists the newest matches first, exactly the first
    /// rows of the unlimited list, whichever way the store reads them (a
    /// common word with a small limit is read by date, the rest from the
    /// matches): every word and limit that differs is reported.
    @Test func limitedSearchesAreTheNewestOfTheFullList() throws {
        let store = try ActorListingTests.exampleStore()
        var failures: [String] = []
        for word in ["the", "said", "border", "Peru", "troops", "ceasefire"] {
            var query = StatementQuery()
            query.search = word
            let all = try store.statements(query).map(\.id)
            if word == "the" && all.count < 20 { failures.append("the: only \(all.count) statements found") }
            for limit in [1, 2, 3, 5, 10] {
                query.limit = limit
                let limited = try store.statements(query).map(\.id)
                if limited != Array(all.prefix(limit)) {
                    failures.append("\(word), limit \(limit): \(limited), expected \(Array(all.prefix(limit)))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) limited searches differ:\n\(failures.joined(separator: "\n"))")
    }
}
