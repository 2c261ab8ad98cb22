import Foundation
import Testing
import TrackerAnalysis

/// Odd and hostile text through the analysis, in process: huge inputs, runs
/// with no boundary, text with no words, many scripts, every line end. Each
/// must finish (the suite has no timing assertions: a quadratic step shows as
/// a hang), keep the offset contract, and say what it refused.
@Suite struct HostileTextTests {
    let reader = DocumentReader()
    let segmenter = SentenceSegmenter()
    let tagger = StatementTagger()
    let june = StatementTagger.DocumentContext(date: CalendarDate(year: 2025, month: 6, day: 15))

    /// Sentences of our own for the large inputs.
    static let prose = [
        "Delegates from Harbour City pledged to reopen the ferry line by March 2026.",
        "The port authority said it would not raise fees this year.",
        "Inspectors have dismantled two of the four old cranes.",
        "It remains unclear whether the tunnel will open on time.",
        "Fishermen welcomed the decision, a spokesperson added.",
        "Both councils agreed to share the cost of dredging the channel.",
    ]

    /// About 50 MB of prose in paragraphs of three sentences, each paragraph
    /// made unique by a number so that no line is dropped as a repeat.
    @Test func fiftyMegabytesOfProse() throws {
        var text = ""
        text.reserveCapacity(51_000_000)
        var expected = 0
        var paragraph = 0
        while text.utf8.count < 50_000_000 {
            if paragraph > 0 { text += "\n\n" }
            text += "Report \(paragraph) follows. "
            text += Self.prose[paragraph % 6] + " " + Self.prose[(paragraph + 1) % 6]
            expected += 3
            paragraph += 1
        }
        let spans = segmenter.sentences(in: text)
        #expect(spans.count == expected)
        #expect(spans.allSatisfy { $0.utf8End - $0.utf8Start <= SentenceSegmenter.longestSentence })
        let last = try #require(spans.last)
        #expect(last.text(in: text) == Self.prose[paragraph % 6])
        #expect(last.utf8End == text.utf8.count && last.end == last.utf8End, "ASCII: as many scalars as bytes")
        // The whole analysis on its first 300 kB, read as a file would be.
        let head = Array(text.utf8.prefix(300_000))
        let document = try reader.read(head, format: .text, path: "big.txt")
        let sentences = tagger.annotate(document.text, sentences: segmenter.sentences(in: document.text), context: june)
        #expect(sentences.count > 3_000)
        #expect(sentences.contains { $0.statements.contains { $0.kind == .commitment && $0.time?.value == "2026-03" } })
        try expectOffsets(sentences, in: document.text)
    }

    /// One megabyte of words with no punctuation and no line break is cut
    /// into sentences of at most `longestSentence` bytes at spaces; nothing
    /// is lost, and the analysis still finds the statements inside.
    @Test func megabyteWithoutPunctuation() throws {
        let words = Self.prose.joined(separator: " ").filter { $0.isLetter || $0.isNumber || $0 == " " }
        var text = ""
        while text.utf8.count < 1_000_000 { text += (text.isEmpty ? "" : " ") + words }
        let document = try reader.read(Array(text.utf8), format: .text, path: "run.txt")
        #expect(document.text == text)
        let spans = segmenter.sentences(in: text)
        #expect(spans.count >= 1_000_000 / SentenceSegmenter.longestSentence)
        #expect(spans.allSatisfy { $0.utf8End - $0.utf8Start <= SentenceSegmenter.longestSentence })
        #expect(spans.dropLast().allSatisfy { $0.rule == .lengthLimit })
        #expect(spans.map { $0.text(in: text) }.joined(separator: " ") == text, "cut only at single spaces")
        let sentences = tagger.annotate(text, sentences: spans, context: june)
        let statements = sentences.flatMap(\.statements)
        #expect(statements.contains { $0.kind == .commitment })
        // An action ends within 60 words even where no punctuation ends its
        // clause (it once ran to the end of the run: output grew with its square).
        let longest = statements.map { $0.action.map { WordCounter.count(in: $0) } ?? 0 }.max() ?? 0
        #expect(longest > 5 && longest <= 60)
        try expectOffsets(sentences, in: text)
        // Read one sentence per line, the one line is cut the same way.
        let lines = segmenter.lines(in: text)
        #expect(lines.dropLast() == spans.dropLast())
        #expect(lines.last?.start == spans.last?.start && lines.last?.rule == .oneSentencePerLine)
        let explained = segmenter.decisions(in: text)
        #expect(explained.filter { $0.rule == .lengthLimit }.count == spans.count - 1)
    }

    /// A run with no space at all is cut between characters: never inside a
    /// UTF-8 sequence, before a combining mark or after a zero-width joiner.
    @Test func runWithoutSpacesIsCutBetweenCharacters() throws {
        let pieces = ["e\u{301}", "\u{1F469}\u{200D}\u{1F52C}", "\u{1F44B}\u{1F3FD}", "д", "中", "x"]
        var text = ""
        var index = 0
        while text.utf8.count < 200_000 {
            text += pieces[index % pieces.count]
            index += 7
        }
        let spans = segmenter.sentences(in: text)
        #expect(spans.count > 1)
        #expect(spans.allSatisfy { $0.utf8End - $0.utf8Start <= SentenceSegmenter.longestSentence })
        #expect(spans.map { $0.text(in: text) }.joined() == text)
        for (left, right) in zip(spans, spans.dropFirst()) {
            #expect(left.utf8End == right.utf8Start && left.end == right.start)
            let next = try #require(right.text(in: text).unicodeScalars.first)
            let previous = try #require(left.text(in: text).unicodeScalars.last)
            #expect(!next.properties.isGraphemeExtend && !(0x1F3FB...0x1F3FF).contains(next.value) && next != "\u{200D}")
            #expect(previous != "\u{200D}")
        }
        try expectOffsets(tagger.annotate(text, sentences: spans, context: june), in: text)
    }

    @Test func onlyPunctuation() throws {
        let marks = Array(".,;:!?-()[]{}\"'…—«»“”‘’/\\*&%$#@^~`|<>=+_")
        var text = ""
        var index = 0
        while text.utf8.count < 300_000 {
            text.append(marks[index % marks.count])
            if index % 11 == 0 { text += " " }
            if index % 997 == 0 { text += "\n" }
            index += 3
        }
        let document = try reader.read(Array(text.utf8), format: .text, path: "marks.txt")
        let spans = segmenter.sentences(in: document.text)
        #expect(!spans.isEmpty)
        #expect(spans.allSatisfy { $0.utf8End - $0.utf8Start <= SentenceSegmenter.longestSentence })
        let sentences = tagger.annotate(document.text, sentences: spans, context: june)
        #expect(sentences.allSatisfy { $0.statements.isEmpty }, "no words, no statements")
        try expectOffsets(sentences, in: document.text)
    }

    @Test func onlyNumbers() throws {
        var text = ""
        var value: UInt64 = 7
        while text.utf8.count < 300_000 {
            value = value &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let number = value >> 40
            switch number % 5 {
            case 0: text += "\(number). "
            case 1: text += "\(number % 100).\(number % 1_000) "
            case 2: text += "\(number % 10_000)\n"
            case 3: text += "1,\(number % 1_000),000 "
            default: text += "\(number % 3_000)-\(number % 12 + 1)-\(number % 28 + 1) "
            }
        }
        let document = try reader.read(Array(text.utf8), format: .text, path: "numbers.txt")
        let sentences = tagger.annotate(document.text, sentences: segmenter.sentences(in: document.text), context: june)
        #expect(!sentences.isEmpty)
        #expect(sentences.allSatisfy { $0.statements.isEmpty }, "numbers alone make no statement")
        try expectOffsets(sentences, in: document.text)
    }

    /// Cyrillic, Chinese, Arabic, right-to-left marks and overrides, emoji
    /// with skin tones and joiners, combining accents, zero-width spaces:
    /// offsets still count scalars and point at the words they name.
    @Test func mixedScriptsKeepOffsets() throws {
        let text = Self.mixedScripts
        let document = try reader.read(Array(text.utf8), format: .text, path: "mixed.txt")
        #expect(document.text == text)
        let sentences = tagger.annotate(text, sentences: segmenter.sentences(in: text), context: june)
        #expect(
            sentences.map(\.text) == [
                "Россия и 中国 🇨🇳 signed a deal\u{200F}.",
                "The Cafe\u{301} owners 👩\u{200D}🔬 said they would cut prices by March 2026.",
                "مصر pledged to release 40 prisoners by the end of June.",
                "\u{202E}Reversed\u{202C} text and e\u{301}e\u{301} marks: Peru has withdrawn its troops.",
                "Zero\u{200B}width joiners\u{200D} everywhere, 😀👋🏽 North Korea will not halt tests.",
                "日本は約束した。 Japan promised to help.",
            ])
        try expectOffsets(sentences, in: text)
        let statements = sentences.flatMap(\.statements)
        let halt = try #require(statements.first { $0.holder?.actor == "North Korea" })
        #expect(halt.kind == .commitment && halt.polarity == .negated)
        #expect(statements.contains { $0.kind == .achievement && $0.holder?.actor == "Peru" })
        #expect(statements.contains { $0.kind == .commitment && $0.holder?.actor == "Japan" })
        #expect(statements.contains { $0.time?.text == "by March 2026" && $0.time?.value == "2026-03" })
    }

    static let mixedScripts = """
        Россия и 中国 🇨🇳 signed a deal\u{200F}. The Cafe\u{301} owners 👩\u{200D}🔬 said they would cut prices by March 2026.

        مصر pledged to release 40 prisoners by the end of June. \u{202E}Reversed\u{202C} text and e\u{301}e\u{301} marks: Peru has withdrawn its troops.
        Zero\u{200B}width joiners\u{200D} everywhere, 😀👋🏽 North Korea will not halt tests. 日本は約束した。 Japan promised to help.
        """

    /// LF, CRLF, lone CR, Unicode line and paragraph separators, and a
    /// byte-order mark all give the same cleaned text and sentences.
    @Test func lineEndsAndByteOrderMark() throws {
        let lines = [
            "Ceasefire holds", "", "Both sides agreed to talk again.", "Monitors said the line was quiet.", "",
            "Talks resume in May.",
        ]
        let reference = try reader.read(Array(lines.joined(separator: "\n").utf8), format: .text, path: "lf.txt")
        let variants: [(String, [UInt8])] = [
            ("crlf", Array(lines.joined(separator: "\r\n").utf8)),
            ("cr", Array(lines.joined(separator: "\r").utf8)),
            ("bom+crlf", [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)),
            ("separators", Array(lines.joined(separator: "\u{2028}").utf8)),
            (
                "mixed",
                Array(
                    "Ceasefire holds\r\n\rBoth sides agreed to talk again.\nMonitors said the line was quiet.\u{2029}Talks resume in May.\r"
                        .utf8)
            ),
        ]
        for (name, bytes) in variants {
            let document = try reader.read(bytes, format: .text, path: name)
            #expect(document.text == reference.text, "\(name)")
            #expect(segmenter.sentences(in: document.text) == segmenter.sentences(in: reference.text), "\(name)")
        }
        let markdown =
            [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: Line ends\r\ndate: 2025-02-03\r\n---\r\n# Heading\r\n\r\nBody text.\r\n".utf8)
        let document = try reader.read(markdown, format: .markdown, path: "crlf.md")
        #expect(document.metadata.title == "Line ends")
        #expect(document.metadata.date?.iso == "2025-02-03")
        #expect(document.text == "Heading\n\nBody text.")
        #expect(document.warnings.isEmpty)
    }

    /// A NUL byte anywhere refuses the file, naming the byte's offset in the
    /// file as given (a byte-order mark and multi-byte letters count).
    @Test func nulBytesAreRefusedWithTheirOffset() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Caf\u{E9} ".utf8) + [0x00] + Array(" more".utf8)
        for format in [DocumentFormat.text, .markdown, .html] {
            #expect(throws: DocumentError.binary(path: "nul", offset: 9)) {
                try reader.read(bytes, format: format, path: "nul")
            }
        }
        let late = Array(String(repeating: "Words here. ", count: 100_000).utf8) + [0x00]
        #expect(throws: DocumentError.binary(path: "late", offset: late.count - 1)) {
            try reader.read(late, format: .text, path: "late")
        }
    }

    /// Markdown lines of a hundred thousand unclosed `[`, `<` or `[a](`: kept
    /// as they are (once quadratic: each mark searched the rest of its line);
    /// links among them still lose their targets.
    @Test func markdownLinesOfUnclosedMarks() throws {
        let count = 100_000
        for line in [
            String(repeating: "[", count: count), String(repeating: "<", count: count),
            String(repeating: "[a](", count: count / 4), String(repeating: "![", count: count / 2),
        ] {
            let document = try reader.read(Array(line.utf8), format: .markdown, path: "marks.md")
            #expect(document.text == line)
        }
        let links = String(repeating: "[see](https://example.org/a) <b>bold</b> <x ", count: 20_000)
        let document = try reader.read(Array(links.utf8), format: .markdown, path: "links.md")
        #expect(document.text == String(repeating: "see bold <x ", count: 20_000).trimmingCharacters(in: .whitespaces))
    }

    /// Front matter that is never closed, has a bad date, odd lines, or is all
    /// there is: a warning or a clear refusal, never a crash or lost text.
    @Test func brokenFrontMatter() throws {
        let unclosed = try reader.read(
            Array("---\ntitle: Open\ndate: 2025-13-45\nThe body has no fence.".utf8),
            format: .markdown, path: "open.md")
        #expect(unclosed.warnings.map(\.rule) == ["input.broken-front-matter"])
        #expect(unclosed.metadata.date == nil)
        #expect(unclosed.text.contains("The body has no fence."))

        let badDate = try reader.read(
            Array("---\ntitle: Dated\ndate: next Tuesday\n---\nPeru pledged to act.".utf8),
            format: .markdown, path: "date.md")
        #expect(badDate.warnings.map(\.rule) == ["input.bad-date"])
        #expect(badDate.warnings.first?.message.contains("next Tuesday") == true)
        #expect(badDate.metadata.title == "Dated")
        #expect(badDate.metadata.date == nil)
        #expect(badDate.text == "Peru pledged to act.")

        let odd = try reader.read(
            Array("---\n: no key\ntitle: \"unbalanced\n- a list item\n  nested: yes\n---\nBody.".utf8),
            format: .markdown, path: "odd.md")
        #expect(odd.text == "Body.")
        #expect(odd.warnings.isEmpty)

        for (name, text) in [("fence.md", "---"), ("fences.md", "---\n---\n---\n"), ("nobody.md", "---\ntitle: Only\n---\n")] {
            #expect(throws: DocumentError.empty(path: name)) { try reader.read(Array(text.utf8), format: .markdown, path: name) }
        }
    }

    /// Every sentence, cue, actor mention and time expression is the text at
    /// its offsets (Unicode scalars of `text`), inside its sentence.
    func expectOffsets(_ sentences: [AnnotatedSentence], in text: String) throws {
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            guard start >= 0, start <= end, end <= scalars.count else { return "<out of range \(start)..<\(end)>" }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        var previousEnd = 0
        var problems: [String] = []
        for sentence in sentences {
            let span = sentence.span
            if span.start < previousEnd { problems.append("sentence \(sentence.index) overlaps the one before") }
            previousEnd = span.end
            if slice(span.start, span.end) != sentence.text { problems.append("sentence \(sentence.index) offsets") }
            for statement in sentence.statements {
                var named: [(String, Int, Int)] = statement.cues.map { ($0.text, $0.start, $0.end) }
                for mention in [statement.holder, statement.source].compactMap({ $0 }) + statement.targets {
                    named.append((mention.mention, mention.start, mention.end))
                }
                if let time = statement.time { named.append((time.text, time.start, time.end)) }
                for (found, start, end) in named {
                    if start < span.start || end > span.end || slice(start, end) != found {
                        problems.append("'\(found)' at \(start)..<\(end) in sentence \(sentence.index) \(span.start)..<\(span.end)")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }
}
