import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrackerWeb

/// Every route's status code, from a golden table; every failure is reported.
@Suite struct WorkbenchRouteTests {
    static let routes: [(uri: String, status: HTTPResponse.Status)] = [
        ("/", .seeOther),
        ("/documents", .ok),
        ("/documents?q=pledged", .ok),
        ("/documents?q=%22OR%20NEAR%22", .ok),
        ("/documents/1", .ok),
        ("/documents/999", .notFound),
        ("/documents/abc", .notFound),
        ("/parties/Peru", .ok),
        ("/parties/Nobody%20At%20All", .notFound),
        ("/status", .ok),
        ("/status?as_of=2026-12-31", .ok),
        ("/status?as_of=yesterday", .badRequest),
        ("/topics", .ok),
        ("/topics/troop-withdrawal", .ok),
        ("/topics/no-such-topic", .notFound),
        ("/topics/troop-withdrawal?as_of=2020-01-01", .notFound),
        ("/static/workbench.css", .ok),
        ("/static/workbench.js", .ok),
        ("/static/missing.css", .notFound),
        ("/nowhere", .notFound),
    ]

    @Test func everyRouteAnswersWithItsStatus() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            for route in Self.routes {
                let response = try await client.execute(uri: route.uri, method: .get)
                #expect(response.status == route.status, "GET \(route.uri)")
            }
        }
    }

    @Test func everyPageCarriesTheSecurityHeaders() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            for uri in ["/documents", "/documents/1", "/status", "/static/workbench.js", "/documents/999"] {
                let response = try await client.execute(uri: uri, method: .get)
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("script-src 'self'"), "CSP of \(uri): \(policy)")
                #expect(!policy.contains("unsafe-inline"), "CSP of \(uri)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
            }
        }
    }

    @Test func searchNarrowsTheDocumentList() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            let found = try await client.execute(uri: "/documents?q=withdraw", method: .get)
            #expect(found.text.contains("1 document(s) with a sentence matching"))
            let none = try await client.execute(uri: "/documents?q=zeppelin", method: .get)
            #expect(none.text.contains("0 document(s) with a sentence matching"))
        }
    }

    @Test func partyPageLinksEvidenceToItsSentence() async throws {
        let fixture = try WorkbenchFixture()
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/parties/Peru", method: .get).text
            #expect(page.contains("withdraw"), "Peru's commitment is listed")
            #expect(page.contains("href=\"/documents/1#st-"), "evidence links to the statement in its document")
        }
    }

    @Test func topicPageShowsTheCommitmentsAndEveryStatementOnIt() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            let list = try await client.execute(uri: "/topics", method: .get).text
            #expect(list.contains("href=\"/topics/troop-withdrawal\""), "the topic list links to the topic's page")
            let page = try await client.execute(uri: "/topics/troop-withdrawal", method: .get).text
            #expect(page.contains("<strong>withdraw its troops from five border posts"), "Peru's pledge is listed")
            #expect(page.contains("href=\"/parties/Peru\""), "the holder links to its party page")
            #expect(page.contains("href=\"/documents/1#st-"), "each statement links to its sentence")
            let party = try await client.execute(uri: "/parties/Peru", method: .get).text
            #expect(party.contains("class=\"chip topic\" href=\"/topics/troop-withdrawal\""), "a commitment links to its topic")
        }
    }

    @Test func statusPageDrawsTheTimelineAsSVG() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/status", method: .get).text
            #expect(page.contains("<svg class=\"timeline\""))
            #expect(page.contains("<rect "), "a bar for the commitment with a deadline")
            #expect(!page.contains("mermaid"))
        }
    }
}
