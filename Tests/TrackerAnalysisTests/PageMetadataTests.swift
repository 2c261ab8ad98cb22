import Foundation
import Testing
import TrackerAnalysis

/// Publication dates and other metadata from web pages of our own making
/// (`Fixtures/pages/`, each shaped like a real site's markup: meta tags,
/// JSON-LD, `<time>`, a date in the URL, a dateline only, conflicting ones),
/// against the golden table `Fixtures/page-metadata.jsonl`. Every page is
/// checked and every wrong field reported at once.
@Suite struct PageMetadataTests {
    struct Expected: Decodable {
        var page: String
        var date: String?
        var title: String?
        var source: String?
        var author: String?
        var url: String?
        var language: String?
    }

    @Test func everyPageGetsItsDate() throws {
        let rows = try Fixtures.lines("page-metadata.jsonl", as: Expected.self)
        #expect(rows.count >= 30)
        var failures: [String] = []
        for row in rows {
            let path = Fixtures.directory.appendingPathComponent("pages/" + row.page)
            let document = try DocumentReader().read([UInt8](try Data(contentsOf: path)), format: .html, path: row.page)
            let metadata = document.metadata
            func check(_ field: String, _ actual: String?, _ expected: String?, always: Bool = false) {
                guard always || expected != nil, actual != expected else { return }
                failures.append("\(row.page): \(field) \(actual ?? "none"), expected \(expected ?? "none")")
            }
            check("date", metadata.date?.iso, row.date, always: true)
            check("title", metadata.title, row.title)
            check("source", metadata.source, row.source)
            check("author", metadata.author, row.author)
            check("url", metadata.url, row.url)
            check("language", metadata.language, row.language)
            // The article is found; the headline is the title, not a sentence.
            if !document.text.contains("The river authority said on Tuesday") || document.text.contains("Locks reopen to barges") {
                failures.append("\(row.page): text \(document.text.prefix(80))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) wrong:\n\(failures.joined(separator: "\n"))")
    }

    @Test func flagsWinOverThePage() throws {
        let path = Fixtures.directory.appendingPathComponent("pages/jsonld-newsarticle.html")
        let overrides = DocumentMetadata(title: "Given", date: CalendarDate(year: 2001, month: 2, day: 3), source: "Desk")
        let document = try DocumentReader().read(
            [UInt8](try Data(contentsOf: path)), format: .html, path: "page",
            metadata: overrides)
        #expect(document.metadata.date?.iso == "2001-02-03")
        #expect(document.metadata.title == "Given")
        #expect(document.metadata.source == "Desk")
        #expect(document.metadata.author == "Tomas Lind")
    }

    @Test func pageWithoutArticleIsOneClearError() {
        let html = """
            <html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <footer>Contact us</footer></body></html>
            """
        #expect(throws: DocumentError.noMainContent(path: "menu.html")) {
            try DocumentReader().read(Array(html.utf8), format: .html, path: "menu.html")
        }
    }
}
