import Testing

@testable import TrackerAnalysis

/// The text layer's assembly on layouts built by hand (no poppler): reading order,
/// furniture, hyphens and pages.
@Suite struct PDFArticleTests {
    static func line(_ text: String, x: Double, y: Double, width: Double = 200) -> PDFLayout.Line {
        PDFLayout.Line(text: text, box: .init(xMin: x, yMin: y, xMax: x + width, yMax: y + 10))
    }

    static func block(_ lines: [String], x: Double, y: Double, width: Double = 200) -> PDFLayout.Block {
        PDFLayout.Block(lines: lines.enumerated().map { line($1, x: x, y: y + Double($0) * 13, width: width) })
    }

    /// A title across the page, two columns whose paragraphs break at the same heights,
    /// and a note across the page under them: title, left column, right column, note.
    @Test func readsColumnsOneAfterTheOther() {
        let page = PDFLayout.Page(
            number: 1, width: 612, height: 792,
            blocks: [
                Self.block(["Annual review of the harbour"], x: 72, y: 80, width: 468),
                Self.block(["Left one."], x: 72, y: 120), Self.block(["Right one."], x: 330, y: 120),
                Self.block(["Left two."], x: 72, y: 160), Self.block(["Right two."], x: 330, y: 160),
                Self.block(["A note across the page."], x: 72, y: 600, width: 468),
            ])
        let article = PDFArticle(layout: PDFLayout(pages: [page]))
        #expect(
            article.text.components(separatedBy: "\n\n") == [
                "Annual review of the harbour", "Left one.", "Left two.", "Right one.", "Right two.", "A note across the page.",
            ])
    }

    @Test func dropsRunningLinesOnHalfThePagesOrMore() {
        func page(_ number: Int, header: String?, body: String) -> PDFLayout.Page {
            var blocks = [Self.block([body], x: 72, y: 100)]
            if let header { blocks.insert(Self.block([header], x: 72, y: 30), at: 0) }
            blocks.append(Self.block(["Page \(number) of 4"], x: 280, y: 760, width: 60))
            return PDFLayout.Page(number: number, width: 612, height: 792, blocks: blocks)
        }
        let layout = PDFLayout(pages: [
            page(1, header: nil, body: "The board met on Monday."),
            page(2, header: "Harbour review 2025 | Chapter 2", body: "It approved the budget."),
            page(3, header: "Harbour review 2025 | Chapter 3", body: "It will meet again in May."),
            page(4, header: "Harbour review 2025 | Chapter 4", body: "The chair said so."),
        ])
        let article = PDFArticle(layout: layout)
        #expect(article.text == "The board met on Monday.\n\nIt approved the budget.\n\nIt will meet again in May.\n\nThe chair said so.")
        #expect(article.dropped.filter { $0.rule == PDFArticle.runningLineRule }.count == 3)
        #expect(article.dropped.filter { $0.rule == PDFArticle.pageNumberRule }.count == 4)
        #expect(article.pageStarts.map(\.page) == [1, 2, 3, 4])
    }

    @Test func aRepeatedLineInTheBodyStays() {
        // The same words at the same height on every page, but in the body, not a margin.
        let pages = (1...3).map { number in
            PDFLayout.Page(
                number: number, width: 612, height: 792,
                blocks: [
                    Self.block(["Key figures"], x: 72, y: 300), Self.block(["Figure \(number) rose."], x: 72, y: 330),
                ])
        }
        let article = PDFArticle(layout: PDFLayout(pages: pages))
        #expect(article.text.components(separatedBy: "Key figures").count == 4)
        #expect(article.dropped.isEmpty)
    }

    @Test(arguments: [
        (
            ["The berths make the port more sustain-", "able, the board said."],
            "The berths make the port more sustainable, the board said."
        ),
        (["A state-owned firm was hired. The state-", "owned firm dug."], "A state-owned firm was hired. The state-owned firm dug."),
        (["Talks between the Franco-", "German delegations ended."], "Talks between the Franco-German delegations ended."),
        (["It cut emissions by 40-", "50 percent."], "It cut emissions by 40-50 percent."),
        (["The pledge was re-", "affirmed on Monday."], "The pledge was reaffirmed on Monday."),
        (["Its berths (more sustain-", "able) opened."], "Its berths (more sustainable) opened."),
        (["The talks ended--", "then resumed."], "The talks ended-- then resumed."),
    ])
    func joinsHyphenatedWords(lines: [String], expected: String) {
        let page = PDFLayout.Page(number: 1, width: 612, height: 792, blocks: [Self.block(lines, x: 72, y: 100, width: 400)])
        #expect(PDFArticle(layout: PDFLayout(pages: [page])).text == expected)
    }

    @Test func aSentenceAcrossAPageBreakIsOneParagraphOnItsFirstPage() {
        let layout = PDFLayout(pages: [
            .init(number: 1, width: 612, height: 792, blocks: [Self.block(["The authority said the dredging of the"], x: 72, y: 600)]),
            .init(
                number: 2, width: 612, height: 792,
                blocks: [Self.block(["eastern channel would end in May.", "Work began in 2024."], x: 72, y: 100)]),
        ])
        let article = PDFArticle(layout: layout)
        #expect(article.text == "The authority said the dredging of the eastern channel would end in May. Work began in 2024.")
        let offset = article.text.unicodeScalars.count - "Work began in 2024.".unicodeScalars.count
        #expect(article.page(at: 0) == 1 && article.page(at: offset) == 2)
    }
}
