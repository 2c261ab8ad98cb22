import Foundation
import Testing
import TrackerAnalysis
import TrackerSources
import TrackerTestSupport

/// The web client against a server on loopback started by each test (no outside network).
@Suite struct WebFetcherTests {
    static let page = """
        <html><head><title>Harbour board approves shore power</title>
        <meta property="article:published_time" content="2025-03-14T09:00:00Z"></head>
        <body><article><h1>Harbour board approves shore power</h1>
        <p>The Valdora harbour board approved a budget of 120 million euros for shore power on Friday.</p>
        <p>The authority pledged to connect every ferry berth by the end of 2027, its chair said.</p>
        </article></body></html>
        """

    /// A fetcher that does not wait between requests unless a test says so.
    static func fetcher(_ policy: FetchPolicy = FetchPolicy(perHostInterval: .zero)) -> WebFetcher {
        WebFetcher(policy: policy)
    }

    @Test func fetchesAPageWithItsValidatorsAndUserAgent() throws {
        let server = try LoopbackServer(routes: [
            "/news/shore-power.html": .init(
                headers: [
                    ("Content-Type", "text/html; charset=utf-8"), ("ETag", "\"v1\""), ("Last-Modified", "Fri, 14 Mar 2025 09:00:00 GMT"),
                ],
                body: Self.page)
        ])
        defer { try? server.stop() }
        let fetcher = Self.fetcher()
        defer { try? fetcher.shutdown() }
        guard case let .fetched(resource) = try fetcher.fetch(server.url("/news/shore-power.html")) else {
            Issue.record("no body")
            return
        }
        #expect(resource.bytes == Array(Self.page.utf8))
        #expect(resource.validators == FetchValidators(etag: "\"v1\"", lastModified: "Fri, 14 Mar 2025 09:00:00 GMT"))
        #expect(server.requests.first?.headers["user-agent"] == FetchPolicy.defaultUserAgent)
    }

    @Test func unchangedResourceIsNotFetchedAgain() throws {
        let server = try LoopbackServer(routes: [
            "/etag": .init(headers: [("ETag", "\"abc\"")], body: "one"),
            "/modified": .init(headers: [("Last-Modified", "Fri, 14 Mar 2025 09:00:00 GMT")], body: "two"),
        ])
        defer { try? server.stop() }
        let fetcher = Self.fetcher()
        defer { try? fetcher.shutdown() }
        for path in ["/etag", "/modified"] {
            guard case let .fetched(first) = try fetcher.fetch(server.url(path)) else {
                Issue.record("\(path): no body the first time")
                continue
            }
            #expect(try fetcher.fetch(server.url(path), validators: first.validators) == .notModified, "\(path)")
        }
        #expect(server.requests.map(\.status) == [200, 304, 200, 304])
    }

    @Test func followsRedirectsUpToTheLimit() throws {
        var routes: [String: LoopbackServer.Route] = ["/final": .init(body: "here")]
        for hop in 1...7 { routes["/hop\(hop)"] = .redirect(to: hop == 7 ? "/final" : "/hop\(hop + 1)") }
        routes["/short"] = .redirect(to: "/hop6")
        let server = try LoopbackServer(routes: routes)
        defer { try? server.stop() }
        let fetcher = Self.fetcher()
        defer { try? fetcher.shutdown() }
        guard case let .fetched(resource) = try fetcher.fetch(server.url("/short")) else {
            Issue.record("no body after three redirects")
            return
        }
        #expect(resource.url == server.url("/final"), "the document's URL is where the redirects end")
        #expect(throws: SourceError.tooManyRedirects(url: server.url("/hop1"), limit: 5)) {
            try fetcher.fetch(server.url("/hop1"))
        }
    }

    @Test func refusesABodyOverTheLimit() throws {
        let server = try LoopbackServer(routes: ["/big": .init(body: String(repeating: "x", count: 4096))])
        defer { try? server.stop() }
        let fetcher = Self.fetcher(FetchPolicy(maxBytes: 1024, perHostInterval: .zero))
        defer { try? fetcher.shutdown() }
        #expect(throws: SourceError.tooLarge(url: server.url("/big"), limit: 1024)) {
            try fetcher.fetch(server.url("/big"))
        }
    }

    @Test func errorStatusAndUnreachableHostAreOneLine() throws {
        let server = try LoopbackServer(routes: [:])
        let missing = server.url("/missing")
        let fetcher = Self.fetcher()
        defer { try? fetcher.shutdown() }
        #expect(throws: SourceError.httpStatus(url: missing, status: 404)) { try fetcher.fetch(missing) }
        let closed = server.url("/page")
        try server.stop()
        do {
            _ = try fetcher.fetch(closed)
            Issue.record("a closed port answered")
        } catch let error as SourceError {
            guard case .unreachable = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.hasPrefix("\(closed): unreachable"))
            #expect(!error.description.contains("\n"))
        }
        #expect(throws: SourceError.badURL("ftp://example.org/x")) { try fetcher.fetch("ftp://example.org/x") }
    }

    @Test func aSilentServerTimesOut() throws {
        let server = try LoopbackServer(routes: ["/silent": .init(hangs: true)])
        defer { try? server.stop() }
        let fetcher = Self.fetcher(FetchPolicy(readTimeout: .seconds(1), deadline: .seconds(5), perHostInterval: .zero))
        defer { try? fetcher.shutdown() }
        do {
            _ = try fetcher.fetch(server.url("/silent"))
            Issue.record("a server that never answers gave a body")
        } catch let error as SourceError {
            guard case .unreachable = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test func waitsBetweenRequestsToOneHost() throws {
        let server = try LoopbackServer(routes: ["/a": .init(body: "a"), "/b": .init(body: "b")])
        defer { try? server.stop() }
        let fetcher = Self.fetcher(FetchPolicy(perHostInterval: .milliseconds(600)))
        defer { try? fetcher.shutdown() }
        _ = try fetcher.fetch(server.url("/a"))
        _ = try fetcher.fetch(server.url("/b"))
        let times = server.requests.map(\.time)
        try #require(times.count == 2)
        // A lower bound only: the pause is a promise to the host, never a speed. The client
        // spaces its sends by 600 ms; the server sees the first one late by the connection's
        // setup (the second reuses it), so it may see a gap a little under 600 ms, never 300.
        #expect(times[1] - times[0] >= .milliseconds(300))
    }

    @Test func readsAWebPageAsADocument() throws {
        let server = try LoopbackServer(routes: [
            "/2025/03/14/shore-power.html": .init(headers: [("Content-Type", "text/html")], body: Self.page),
            "/old": .redirect(to: "/2025/03/14/shore-power.html"),
            "/report.pdf": .init(
                headers: [("Content-Type", "application/pdf")],
                body: String(
                    decoding: TestPDF(pages: [
                        [
                            .init(
                                x: 72, y: 700, size: 11,
                                text: "The board will publish its next report in 2026.")
                        ]
                    ]).bytes, as: UTF8.self)),
        ])
        defer { try? server.stop() }
        let sources = DocumentSourceReader(policy: FetchPolicy(perHostInterval: .zero))
        defer { try? sources.shutdown() }
        let page = try sources.read(.web(url: server.url("/old")))
        #expect(page.document.metadata.date == CalendarDate(year: 2025, month: 3, day: 14))
        #expect(page.document.metadata.title == "Harbour board approves shore power")
        #expect(page.document.metadata.url == server.url("/2025/03/14/shore-power.html"))
        #expect(page.document.text.contains("connect every ferry berth"))
        let item = NewsFeed.Item(link: server.url("/old"), title: "Feed title", date: CalendarDate(year: 2025, month: 3, day: 15))
        let fromFeed = try sources.read(.web(url: server.url("/old"), item: item))
        #expect(fromFeed.document.metadata.date == CalendarDate(year: 2025, month: 3, day: 15), "the feed item's date is the document's")
        let pdf = try sources.read(.web(url: server.url("/report.pdf")))
        #expect(pdf.document.text == "The board will publish its next report in 2026.")
        #expect(pdf.pages.map(\.page) == [1])
    }
}
