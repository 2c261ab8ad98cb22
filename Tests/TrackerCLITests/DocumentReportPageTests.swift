import Foundation
import Testing

/// `report document` on a very large document shows it a page at a time
/// (issue 12, point 6): the pages together are the whole report's sentences,
/// and a normal document's report is unchanged.
@Suite struct DocumentReportPageTests {
    /// The sentence lines of a document report (`**N.** ...`).
    static func sentenceLines(_ report: String) -> [String] {
        report.split(separator: "\n").map(String.init).filter { $0.hasPrefix("**") && $0.contains(".** ") }
    }

    @Test func pagesTogetherAreTheWholeReport() throws {
        let folder = try Scratch.directory()
        let db = folder.appendingPathComponent("t.sqlite").path
        let article = TrackerProcess.projectRoot.appendingPathComponent("Examples/story/01-condor-accord-signed.md").path
        let ingest = try TrackerProcess.run(["ingest", article, "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let whole = try TrackerProcess.run(["report", "document", "1", "--db", db])
        try #require(whole.status == 0, "\(whole.stderr)")
        #expect(!whole.stdout.contains("Page "), "a document that fits on one page has no page line")
        let all = Self.sentenceLines(whole.stdout)
        try #require(all.count > 14, "only \(all.count) sentences")
        let limit = 7
        let pages = (all.count + limit - 1) / limit
        var paged: [String] = []
        for page in 1...pages {
            let result = try TrackerProcess.run(["report", "document", "1", "--db", db, "--limit", String(limit), "--page", String(page)])
            try #require(result.status == 0, "\(result.stderr)")
            let last = min(page * limit, all.count)
            #expect(result.stdout.contains("Page \(page) of \(pages): sentences \((page - 1) * limit + 1) to \(last)."))
            #expect(result.stdout.contains("--page \(page + 1)`") == (page < pages))
            // The counts are the document's, not the page's.
            #expect(result.stdout.contains("\(all.count) sentences"))
            paged += Self.sentenceLines(result.stdout)
        }
        #expect(paged == all)
        let beyond = try TrackerProcess.run(["report", "document", "1", "--db", db, "--limit", String(limit), "--page", String(pages + 1)])
        #expect(beyond.status == 1 && beyond.stdout.isEmpty)
        #expect(
            beyond.stderr.contains("there is no page \(pages + 1)") && beyond.stderr.split(separator: "\n").count == 1, "\(beyond.stderr)")
        // Without --page, a document longer than --limit shows its first page.
        let first = try TrackerProcess.run(["report", "document", "1", "--db", db, "--limit", String(limit)])
        #expect(Self.sentenceLines(first.stdout) == Array(all.prefix(limit)))
    }
}
