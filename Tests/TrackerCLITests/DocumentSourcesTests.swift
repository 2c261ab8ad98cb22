import Foundation
import Testing
import TrackerAnalysis
import TrackerStore
import TrackerTestSupport

/// `tracker ingest`, `segment` and `annotate` on PDFs the tests write and on pages and
/// feeds served on loopback by the test itself.
@Suite(.serialized) struct DocumentSourcesTests {
    static let report = TestPDF.report(
        pages: 2,
        left: { page in
            page == 1
                ? ["The harbour authority pledged to cut", "emissions from its tugs by half by 2030."]
                : ["Shore power reached three berths in May."]
        },
        right: { page in
            page == 1 ? ["The board will publish its next report in 2026."] : ["The authority will review the tug fleet in 2027."]
        })

    static func article(_ title: String, _ body: String) -> String {
        "<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1><p>\(body)</p>"
            + "<p>Officials said the work would take two years and cost 40 million euros.</p></article></body></html>"
    }

    @Test func ingestsAPDFWithItsPages() throws {
        let path = try Self.report.write(named: "harbour-report.pdf")
        let db = try Scratch.directory().appendingPathComponent("pdf.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", path, "--date", "2025-04-01", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("1 added"))
        let store = try TrackerDatabase(path: db)
        let document = try #require(try store.documents().first)
        #expect(try store.pages(document: document.id).map(\.page) == [1, 2])
        let text = try #require(try store.documentText(document.id))
        #expect(!text.contains("Sustainability Report 2025"), "the running header is not stored")

        let segment = try TrackerProcess.run(["segment", "--format", "jsonl", path])
        #expect(segment.status == 0, "\(segment.stderr)")
        let lines = segment.stdout.split(separator: "\n")
        #expect(lines.first { $0.contains("Shore power reached") }?.contains("\"page\":2,") == true, "\(segment.stdout)")
        #expect(lines.first { $0.contains("pledged to cut") }?.contains("\"page\":1,") == true)

        let annotate = try TrackerProcess.run(["annotate", "--format", "jsonl", path, "--date", "2025-04-01"])
        #expect(annotate.status == 0, "\(annotate.stderr)")
        #expect(annotate.stdout.contains("\"commitment\""), "the pledge in the PDF is tagged")
    }

    @Test func aFolderOfPDFsAndTextIsIngested() throws {
        let folder = try Scratch.directory()
        try Data(Self.report.bytes).write(to: folder.appendingPathComponent("report.PDF"))
        try Data("The port will open a second terminal in 2027.\n".utf8).write(to: folder.appendingPathComponent("note.txt"))
        let db = folder.appendingPathComponent("folder.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", folder.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let store = try TrackerDatabase(path: db)
        let documents = try store.documents()
        #expect(documents.count == 2)
        let pdf = try #require(documents.first { $0.path?.hasSuffix("report.PDF") == true })
        #expect(try store.pages(document: pdf.id).count == 2)
    }

    @Test func aPDFWithoutTextIsOneLineAndNothingStored() throws {
        let path = try TestPDF(pages: [[]]).write(named: "scan.pdf")
        let db = try Scratch.directory().appendingPathComponent("scan.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", path, "--db", db])
        #expect(ingest.status == 1)
        #expect(ingest.stderrLines.filter { $0.contains("no text layer") }.count == 1, "\(ingest.stderr)")
        #expect(try TrackerDatabase(path: db).counts().documents == 0)
        let segment = try TrackerProcess.run(["segment", path])
        #expect(segment.status == 1 && segment.stderrLines.count == 1 && segment.stderr.contains("no text layer"), "\(segment.stderr)")
        let locked = try TestPDF(pages: [[.init(x: 72, y: 700, size: 10, text: "The board will meet in May.")]], locked: true)
            .write(named: "locked.pdf")
        let refused = try TrackerProcess.run(["ingest", locked, "--db", db])
        #expect(refused.status == 1 && refused.stderr.contains("no text layer (encrypted"), "\(refused.stderr)")
        #expect(try TrackerDatabase(path: db).counts().documents == 0)
    }

    @Test func aFeedPolledTwiceFetchesNothingNew() throws {
        let server = try LoopbackServer(routes: [:])
        defer { try? server.stop() }
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>
            <item><title>Shore power</title><link>\(server.url("/news/shore-power"))</link><pubDate>Fri, 14 Mar 2025 09:00:00 GMT</pubDate></item>
            <item><title>Dredging</title><link>/news/dredging</link><pubDate>Wed, 02 Apr 2025 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """
        server.setRoute("/feed.xml", .init(headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"feed-1\"")], body: feed))
        server.setRoute(
            "/news/shore-power",
            .init(
                headers: [("Content-Type", "text/html")],
                body: Self.article(
                    "Shore power for every berth", "The harbour authority pledged to connect every ferry berth by the end of 2027.")))
        server.setRoute(
            "/news/dredging",
            .init(
                headers: [("Content-Type", "text/html")],
                body: Self.article(
                    "Dredging of the eastern channel ends", "The state-owned dredging firm finished the eastern channel on Tuesday.")))
        let db = try Scratch.directory().appendingPathComponent("feed.sqlite").path
        let first = try TrackerProcess.run(["ingest", "--feed", server.url("/feed.xml"), "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 added"), "\(first.stderr)")
        let store = try TrackerDatabase(path: db)
        let dates = Set(try store.documents().compactMap { $0.published?.iso })
        #expect(dates == ["2025-03-14", "2025-04-02"], "each item is dated by the feed")
        let before = server.requests.count
        let second = try TrackerProcess.run(["ingest", "--feed", server.url("/feed.xml"), "--db", db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("unchanged"), "\(second.stderr)")
        let again = server.requests.dropFirst(before)
        #expect(again.map(\.path) == ["/feed.xml"] && again.first?.status == 304, "the second poll fetches nothing but a 304")
        #expect(try store.counts().documents == 2)
    }

    @Test func badWebInputIsOneLineAndNothingStored() throws {
        let server = try LoopbackServer(routes: [
            "/not-a-feed": .init(headers: [("Content-Type", "text/html")], body: "<html><body><p>Hello</p></body></html>"),
            "/menu-only": .init(
                headers: [("Content-Type", "text/html")],
                body: """
                    <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
                    <li><a href="/sport">Sport</a></li></ul></nav><footer><a href="/about">About us</a></footer></body></html>
                    """),
        ])
        defer { try? server.stop() }
        let closed = try LoopbackServer(routes: [:])
        let unreachable = closed.url("/article")
        try closed.stop()
        let db = try Scratch.directory().appendingPathComponent("bad.sqlite").path
        let cases: [(arguments: [String], says: String)] = [
            (["--feed", server.url("/not-a-feed")], "not an RSS or Atom feed"),
            ([unreachable], "unreachable"),
            ([server.url("/missing")], "HTTP 404"),
            ([server.url("/menu-only")], "no main content"),
        ]
        var wrong: [String] = []
        for (arguments, says) in cases {
            let run = try TrackerProcess.run(["ingest"] + arguments + ["--db", db])
            let errors = run.stderrLines.filter { $0.hasPrefix("error:") }
            if run.status != 1 || errors.count != 1 || !errors[0].contains(says) {
                wrong.append("\(arguments): exit \(run.status), \(run.stderr)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
        #expect(try TrackerDatabase(path: db).counts().documents == 0)
    }
}
