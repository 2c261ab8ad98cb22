import Foundation
import Testing
import TrackerAnalysis

struct SegmentationCase: Decodable, CustomTestStringConvertible {
    var id: String
    var category: String
    var input: String
    var sentences: [String]
    var testDescription: String { id }
}

@Suite struct SentenceSegmenterTests {
    let segmenter = SentenceSegmenter()

    /// The golden table: every case in `Fixtures/segmentation-golden.jsonl`.
    @Test func goldenCases() throws {
        let cases = try Fixtures.lines("segmentation-golden.jsonl", as: SegmentationCase.self)
        #expect(cases.count >= 80)
        var failures: [String] = []
        for item in cases {
            let actual = segmenter.sentences(in: item.input).map { $0.text(in: item.input) }
            if actual != item.sentences {
                failures.append(
                    """
                    [\(item.id)] (\(item.category)) \(item.input.debugDescription)
                      expected: \(item.sentences)
                      actual:   \(actual)
                    """)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) cases fail:\n\(failures.joined(separator: "\n"))")
    }

    /// Sentences' ranges, joined with what lies between them, give back the text.
    @Test func spansCoverTheTextInOrder() throws {
        let cases = try Fixtures.lines("segmentation-golden.jsonl", as: SegmentationCase.self)
        for item in cases {
            let spans = segmenter.sentences(in: item.input)
            let scalars = Array(item.input.unicodeScalars)
            var previousEnd = 0
            for span in spans {
                #expect(span.start >= previousEnd && span.start < span.end && span.end <= scalars.count)
                let between = String(String.UnicodeScalarView(scalars[previousEnd..<span.start]))
                #expect(between.allSatisfy { $0.isWhitespace }, "\(item.id): non-space text between sentences: \(between.debugDescription)")
                let bySc = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                #expect(bySc == span.text(in: item.input), "\(item.id): scalar and UTF-8 offsets disagree")
                previousEnd = span.end
            }
            let rest = String(String.UnicodeScalarView(scalars[previousEnd...]))
            #expect(rest.allSatisfy { $0.isWhitespace })
        }
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Zelenskyy 👍🏽 met Erdoğan. Then they left."
        let spans = segmenter.sentences(in: text)
        #expect(spans.count == 2)
        let second = spans[1]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[second.start..<second.end])) == "Then they left.")
        #expect(second.start == 26)
    }

    @Test func everyBoundaryNamesItsRule() {
        let text = "Headline without a stop\nDr. Smith arrived. He spoke.\n\nNew paragraph"
        let rules = segmenter.sentences(in: text).map(\.rule)
        #expect(rules == [.lineBreak, .terminalPunctuation, .paragraphBreak, .endOfText])
        let decisions = segmenter.decisions(in: text)
        #expect(decisions.contains { $0.rule == .abbreviation })
    }

    @Test func oneSentencePerLine() {
        let text = "First line. Still first.\n\n  Second line  \nThird"
        let spans = segmenter.lines(in: text)
        #expect(spans.map { $0.text(in: text) } == ["First line. Still first.", "Second line", "Third"])
        #expect(spans[1].start == 28)
    }

    @Test func emptyAndBlankInputGiveNoSentences() {
        #expect(segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.sentences(in: " \n\n \t ").isEmpty)
        #expect(segmenter.sentences(in: "...").map { $0.text(in: "...") } == ["..."])
    }
}
