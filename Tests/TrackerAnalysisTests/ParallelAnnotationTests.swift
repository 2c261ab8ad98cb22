import Foundation
import Testing
import TrackerTestSupport

@testable import TrackerAnalysis

/// Annotation spread over several cores gives every sentence the statements,
/// roles and times that one core gives: the actors are resolved in order
/// whatever the split, across the blocks a long document is cut into.
@Suite struct ParallelAnnotationTests {
    /// The bundled examples, read and joined into one long document (each
    /// repeated, so that it spans several blocks of sentences).
    static func longDocument() throws -> String {
        #expect(try ExampleArticles.texts().count >= 5, "the examples were not found at \(ExampleArticles.folder.path)")
        return try ExampleArticles.joined(times: 6)
    }

    @Test func severalCoresGiveWhatOneGives() throws {
        let text = try Self.longDocument()
        let spans = SentenceSegmenter().sentences(in: text)
        // The reference: one core, all sentences in one block (one at a time, in order).
        var oneCore = StatementTagger()
        oneCore.cores = 1
        oneCore.blockSize = Int.max
        // Four chunks (more than this machine may have cores) over blocks of 100.
        var fourCores = StatementTagger()
        fourCores.cores = 4
        fourCores.blockSize = 100
        #expect(spans.count > 5 * fourCores.blockSize, "only \(spans.count) sentences")
        for context in [
            StatementTagger.DocumentContext(date: CalendarDate(year: 2019, month: 1, day: 19), publication: "The Ledger"),
            StatementTagger.DocumentContext(),
        ] {
            let expected = oneCore.annotate(text, sentences: spans, context: context)
            let found = fourCores.annotate(text, sentences: spans, context: context)
            try #require(found.count == expected.count)
            #expect(expected.reduce(0) { $0 + $1.statements.count } > 500)
            #expect(expected.contains { $0.statements.contains { $0.holder != nil } })
            for (one, many) in zip(expected, found) {
                #expect(one.index == many.index && one.span == many.span && one.text == many.text)
                #expect(one.statements == many.statements, "sentence \(one.index): \(one.text)")
            }
        }
    }

    @Test func mapKeepsOrderForAnySplit() {
        for cores in [1, 2, 3, 8] {
            for count in [0, 1, 5, 16, 17, 100, 1_001] {
                let mapped = ParallelMap.map(10..<(10 + count), cores: cores) { $0 * 3 }
                #expect(mapped == (10..<(10 + count)).map { $0 * 3 }, "\(count) items on \(cores) cores")
            }
        }
    }
}
