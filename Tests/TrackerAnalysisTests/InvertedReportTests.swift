import Testing
import TrackerAnalysis

/// The speaker of an inverted report ("..., he said", "The roads, she said,
/// will ...") goes on from the sentences before: not the person the reported
/// words are about. With no one before, the sentence's own person. One golden
/// table of the team's own sentences; every failure is reported at once.
@Suite struct InvertedReportTests {
    static let cases: [(text: String, reading: String, source: String)] = [
        (
            "Anna Berg spoke in Tromsø on Monday. Erik Lund has failed to repair the roads, she said.",
            "'she said' after words about another person", "Anna Berg"
        ),
        (
            "Anna Berg spoke in Tromsø on Monday. The roads, she said, will be repaired by May.",
            "'she said' inside the reported words", "Anna Berg"
        ),
        (
            "Anna Berg spoke in Tromsø on Monday. \u{201C}Erik Lund has failed the town,\u{201D} she said later.",
            "'she said later' after a closing quotation mark", "Anna Berg"
        ),
        (
            "Erik Lund will retire from the council next year, he said.",
            "no one before: the sentence's own person", "Erik Lund"
        ),
    ]

    @Test func anInvertedSpeakerGoesOnFromTheSentencesBefore() {
        let tagger = StatementTagger()
        var failures: [String] = []
        for item in Self.cases {
            let sentences = tagger.annotate(item.text, sentences: SentenceSegmenter().sentences(in: item.text))
            let found = sentences.last?.statements.first { $0.kind == .claim && $0.source != nil }?.source?.actor
            if found != item.source {
                failures.append("[\(item.reading)] \(item.text): source expected \(item.source), got \(found ?? "none")")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
