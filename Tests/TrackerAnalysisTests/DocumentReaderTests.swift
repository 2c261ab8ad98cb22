import Foundation
import Testing
import TrackerAnalysis

@Suite struct DocumentReaderTests {
    let reader = DocumentReader()

    func read(_ text: String, _ format: DocumentFormat = .text) throws -> CleanedDocument {
        try reader.read(Array(text.utf8), format: format, path: "test")
    }

    struct SeedSentence: Decodable, Equatable {
        var sentence: Int
        var start: Int
        var end: Int
        var fnv1a: String
    }

    /// The seed article: boilerplate gone, every sentence as checked by eye.
    /// The fixture pins each sentence by offsets and a hash of its text
    /// (`Fixtures/seed-sentences.jsonl`), so the article's text is not copied here.
    @Test(.enabled(if: Fixtures.shared != nil)) func seedArticleSentences() throws {
        let url = try #require(Fixtures.shared).appendingPathComponent("corpus/seed-article.txt")
        let document = try reader.read([UInt8](try Data(contentsOf: url)), format: .text, path: url.path)
        let expected = try Fixtures.lines("seed-sentences.jsonl", as: SeedSentence.self)
        let spans = SentenceSegmenter().sentences(in: document.text)
        let actual = spans.enumerated().map { index, span in
            SeedSentence(sentence: index, start: span.start, end: span.end, fnv1a: fnv1a(span.text(in: document.text)))
        }
        #expect(actual == expected, "sentences now: \(spans.map { $0.text(in: document.text) })")
        #expect(document.metadata.title == "Trump-Kim summit: Second meeting by February-end")
        #expect(!document.text.contains("Advertisement"))
        #expect(!document.text.contains("(Photo: AFP)"))
        #expect(document.removedLines.map(\.rule).contains("boilerplate.photo-caption"))
    }

    @Test func plainTextDropsBoilerplateAndKeepsParagraphs() throws {
        let document = try read(
            "Headline here\r\n\r\nLogo\r\nFirst paragraph.\r\n\r\n\r\nAdvertisement\r\nShare this article\r\nSecond one.\r\n")
        #expect(document.text == "Headline here\n\nFirst paragraph.\n\nSecond one.")
        #expect(document.metadata.title == "Headline here")
    }

    @Test func markdownFrontMatterGivesMetadata() throws {
        let document = try read(
            """
            ---
            title: "Ceasefire holds"
            date: 2025-03-15
            source: Harbour Ledger
            url: https://example.org/a
            ---
            # Ceasefire holds

            The **truce** held, [officials](https://x.org) said. ![map](m.png)

            - Release detainees
            - Open the crossing
            """, .markdown)
        #expect(document.metadata.title == "Ceasefire holds")
        #expect(document.metadata.date == CalendarDate(year: 2025, month: 3, day: 15))
        #expect(document.metadata.source == "Harbour Ledger")
        #expect(document.metadata.url == "https://example.org/a")
        #expect(document.text == "Ceasefire holds\n\nThe truce held, officials said.\n\nRelease detainees\nOpen the crossing")
    }

    @Test func brokenFrontMatterIsReportedAndNothingIsLost() throws {
        let document = try read("---\ntitle: Open\nThe body has no closing fence.", .markdown)
        #expect(document.warnings.map(\.rule) == ["input.broken-front-matter"])
        #expect(document.text.contains("The body has no closing fence."))
    }

    @Test func flagsOverrideFileMetadata() throws {
        let overrides = DocumentMetadata(title: "Given", date: CalendarDate(year: 2019, month: 1, day: 19))
        let document = try reader.read(
            Array("---\ntitle: File\ndate: 2020-01-01\n---\nBody.".utf8),
            format: .markdown, path: "x.md", metadata: overrides)
        #expect(document.metadata.title == "Given")
        #expect(document.metadata.date?.iso == "2019-01-19")
    }

    @Test func htmlDropsScriptsNavigationAndCaptions() throws {
        let html = """
            <html lang="en"><head><title>Tariff talks</title><meta name="date" content="2025-06-02">
            <style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> <a>World</a></nav>
            <article><h1>Tariff talks resume</h1><p>Brazil &amp; Mexico&rsquo;s envoys met.&nbsp;They agreed
            to talk again.</p><figure><img src="a.jpg"><figcaption>Envoys shake hands</figcaption></figure>
            <blockquote>&#8220;We will cut tariffs,&#8221; she said.</blockquote><ul><li>Steel</li><li>Cars</li></ul>
            </article><footer>Subscribe to our newsletter</footer></body></html>
            """
        let document = try read(html, .html)
        // The headline is the title (the page's <h1> over its <title>), not a sentence.
        #expect(document.metadata.title == "Tariff talks resume")
        #expect(document.metadata.date?.iso == "2025-06-02")
        #expect(document.metadata.language == "en")
        #expect(document.removedLines.contains { $0.rule == "extract.headline" && $0.text == "Tariff talks resume" })
        #expect(document.removedLines.contains { $0.rule == "extract.caption" && $0.text == "Envoys shake hands" })
        #expect(document.removedLines.contains { $0.rule == "extract.navigation" })
        #expect(
            document.text == """
                Brazil & Mexico\u{2019}s envoys met. They agreed to talk again.

                \u{201C}We will cut tariffs,\u{201D} she said.

                Steel

                Cars
                """)
    }

    @Test func deeplyNestedHTMLStaysLinear() throws {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "Deep text." + String(repeating: "</div>", count: depth)
        #expect(try read(html, .html).text == "Deep text.")
        let unclosedNav = String(repeating: "<nav>", count: depth) + "hidden"
        #expect(throws: DocumentError.noMainContent(path: "test")) { try read(unclosedNav, .html) }
    }

    @Test func binaryInputIsRefused() {
        #expect(throws: DocumentError.binary(path: "test", offset: 3)) {
            try reader.read([0x41, 0x42, 0x43, 0x00, 0x44], format: .text, path: "test")
        }
    }

    @Test func emptyInputIsReported() {
        #expect(throws: DocumentError.empty(path: "test")) { try read("") }
        #expect(throws: DocumentError.empty(path: "test")) { try read("  \n\nAdvertisement\n") }
    }

    @Test func invalidUTF8IsReplacedAndReported() throws {
        let document = try reader.read([0x4F, 0x6B, 0xFF, 0x2E], format: .text, path: "test")
        #expect(document.text == "Ok\u{FFFD}.")
        #expect(document.warnings.map(\.rule) == ["input.invalid-utf8"])
    }

    /// UTF-16 files with a byte-order mark are read, in either byte order
    /// (they were refused as binary for their zero bytes).
    @Test func utf16WithAByteOrderMarkIsRead() throws {
        let text = "Quito pledged to reopen the crossing.\r\nL\u{00ED}ma agreed. \u{1F91D}"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        var failures: [String] = []
        for (name, bytes) in [("little-endian", little), ("big-endian", big)] {
            let document = try reader.read(bytes, format: .text, path: "test")
            if document.text != "Quito pledged to reopen the crossing.\nL\u{00ED}ma agreed. \u{1F91D}" {
                failures.append("\(name): \(document.text)")
            }
            if !document.warnings.isEmpty { failures.append("\(name): \(document.warnings)") }
        }
        #expect(failures.isEmpty, "\(failures)")
        // An odd last byte is replaced and reported; a U+0000 (or UTF-32) is binary.
        let odd = try reader.read(little + [0x41], format: .text, path: "test")
        #expect(odd.text.hasSuffix("\u{1F91D}\u{FFFD}"))
        #expect(odd.warnings.map(\.rule) == ["input.invalid-utf16"])
        #expect(throws: DocumentError.binary(path: "test", offset: 4)) {
            try reader.read([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], format: .text, path: "test")
        }
    }

    @Test func byteOrderMarkAndLoneCarriageReturnsAreNormalised() throws {
        let document = try reader.read([0xEF, 0xBB, 0xBF] + Array("One.\rTwo.".utf8), format: .text, path: "test")
        #expect(document.text == "One.\nTwo.")
    }

    @Test func formatFromExtension() {
        #expect(DocumentFormat(path: "a/b.HTM") == .html)
        #expect(DocumentFormat(path: "notes.md") == .markdown)
        #expect(DocumentFormat(path: "x.txt") == .text)
        #expect(DocumentFormat(path: "x.pdf") == nil)
        #expect(DocumentFormat(path: "dir.md/file") == nil)
    }

    @Test func calendarDates() {
        #expect(CalendarDate(iso: "2024-02-29")?.iso == "2024-02-29")
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2019-01-19T10:00:00Z")?.iso == "2019-01-19")
        #expect(CalendarDate(iso: "19-01-2019") == nil)
        let date = CalendarDate(year: 2019, month: 1, day: 19)!
        #expect(date.weekday == 5)  // a Saturday
        #expect(date.adding(days: 40).iso == "2019-02-28")
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }
}

/// FNV-1a, 64 bits, as lower-case hex: pins a text without storing it.
func fnv1a(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

@Suite struct CalendarDateTests {
    @Test func lastDayOfAPeriod() {
        #expect(CalendarDate.lastDay(of: "2019-02") == "2019-02-28")
        #expect(CalendarDate.lastDay(of: "2024-02") == "2024-02-29")
        #expect(CalendarDate.lastDay(of: "2030") == "2030-12-31")
        #expect(CalendarDate.lastDay(of: "2019-Q3") == "2019-09-30")
        #expect(CalendarDate.lastDay(of: "2019-H1") == "2019-06-30")
        #expect(CalendarDate.lastDay(of: "2019-06-12") == "2019-06-12")
        #expect(CalendarDate.lastDay(of: "soon") == "soon")
    }

    /// `YYYY-MM-DD`, optionally followed by a time, and nothing else: every row is checked and every miss reported.
    @Test func readsAnISODayAndNothingElse() {
        let table: [(text: String, day: String?)] = [
            ("2019-01-19", "2019-01-19"), ("2019-01-19T10:00:00Z", "2019-01-19"), ("2019-01-19 10:00", "2019-01-19"),
            ("2024-02-29", "2024-02-29"), ("2019-02-29", nil), ("2019-13-01", nil), ("0000-01-01", nil),
            ("2019-01-1", nil), ("2019/01/19", nil), ("2019-01-19x", nil), ("2019-01-19é", nil), ("２019-01-19", nil),
            ("2019-0１-19", nil), ("", nil), ("2019", nil), ("-2019-01-1", nil),
        ]
        for row in table {
            #expect(CalendarDate(iso: row.text)?.iso == row.day, "\(row.text)")
            // A slice of a longer text reads alike.
            let slice = ("[" + row.text + "]").dropFirst().dropLast()
            #expect(CalendarDate(iso: slice)?.iso == row.day, "slice \(row.text)")
        }
    }
}
