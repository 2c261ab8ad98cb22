import Testing
import TrackerSyntax

@Suite struct WordSplitterTests {
    /// Text and the words EWT would make of it, written for this test.
    static let cases: [(String, [String])] = [
        ("They don't know.", ["They", "do", "n't", "know", "."]),
        ("It's the council's plan, isn't it?", ["It", "'s", "the", "council", "'s", "plan", ",", "is", "n't", "it", "?"]),
        ("We're sure they'll say we'd won.", ["We", "'re", "sure", "they", "'ll", "say", "we", "'d", "won", "."]),
        ("I can't and won't.", ["I", "ca", "n't", "and", "wo", "n't", "."]),
        ("A long-term, two-state plan.", ["A", "long", "-", "term", ",", "two", "-", "state", "plan", "."]),
        ("Send an e-mail to re-elect him.", ["Send", "an", "e-mail", "to", "re-elect", "him", "."]),
        ("Warming of 1.5 C costs $1,000 or 5%.", ["Warming", "of", "1.5", "C", "costs", "$", "1,000", "or", "5", "%", "."]),
        ("Mr. Smith left the U.S. on Friday.", ["Mr.", "Smith", "left", "the", "U.S.", "on", "Friday", "."]),
        ("John F. Kennedy warmed it by 2 C.", ["John", "F.", "Kennedy", "warmed", "it", "by", "2", "C", "."]),
        ("\"Yes,\" she said (quietly)...", ["\"", "Yes", ",", "\"", "she", "said", "(", "quietly", ")", "..."]),
        ("The parents' vote: see www.example.org.", ["The", "parents", "'", "vote", ":", "see", "www.example.org", "."]),
        ("“Fine” — ok.", ["“", "Fine", "”", "—", "ok", "."]),
    ]

    @Test func splitsAsTheTreebank() {
        var failures: [String] = []
        for (text, expected) in Self.cases {
            let words = WordSplitter().words(in: text).map(\.form)
            if words != expected { failures.append("\(text.debugDescription)\n  expected: \(expected)\n  actual:   \(words)") }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) wrong:\n" + failures.joined(separator: "\n")))
    }

    @Test func rangesAreUTF8OffsetsOfTheText() {
        let text = "Café “Zürich” isn't shut."
        let words = WordSplitter().words(in: text, base: 100)
        let bytes = Array(text.utf8)
        for word in words {
            let slice = bytes[(word.range.lowerBound - 100)..<(word.range.upperBound - 100)]
            #expect(String(decoding: slice, as: UTF8.self) == word.form)
        }
        #expect(words.map(\.form) == ["Café", "“", "Zürich", "”", "is", "n't", "shut", "."])
        #expect(words.map(\.noSpaceAfter) == [false, true, true, false, true, false, true, false])
    }

    @Test func emptyAndOddInputGiveNoCrash() {
        #expect(WordSplitter().words(in: "").isEmpty)
        #expect(WordSplitter().words(in: "   \n\t ").isEmpty)
        #expect(WordSplitter().words(in: "'''---...").count >= 1)
        #expect(WordSplitter().words(in: "-").map(\.form) == ["-"])
    }
}
