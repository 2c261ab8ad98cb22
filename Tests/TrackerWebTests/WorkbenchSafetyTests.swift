import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrackerWeb

/// The workbench is safe by default: hostile articles render inert, no file
/// outside the static folder is served, the loopback rule, the shared secret,
/// the body size limit.
@Suite struct WorkbenchSafetyTests {
    /// Markup from the article that must never reach a page as markup.
    static let forbidden = ["<script>alert", "<img src=x", "onerror=\"alert", "onerror=alert(2)>"]

    @Test func hostileArticleRendersInert() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            for uri in [
                "/documents", "/documents/1", "/parties/Peru", "/status", "/topics/troop-withdrawal", "/documents?q=%3Cscript%3E",
            ] {
                let page = try await client.execute(uri: uri, method: .get).text
                for markup in Self.forbidden {
                    #expect(!page.contains(markup), "\(uri) carries \(markup)")
                }
            }
            let document = try await client.execute(uri: "/documents/1", method: .get).text
            #expect(document.contains("&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;"), "the text is shown, escaped")
            #expect(document.contains("&lt;img src=x onerror=alert(2)&gt;"))
            #expect(document.contains("&lt;script&gt;alert(&#39;title&#39;)"), "the title is shown, escaped")
            // The only scripts are the workbench's own file.
            #expect(document.components(separatedBy: "<script").count == 2)
            #expect(document.contains("<script src=\"/static/workbench.js\" defer></script>"))
        }
    }

    /// Paths that try to leave the static folder, raw and encoded.
    static let traversals = [
        "/static/../Package.swift", "/static/..%2FPackage.swift", "/static/%2e%2e%2fPackage.swift",
        "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2Fetc%2Fpasswd", "/static/StaticAssets.swift",
        "/static/.", "/static/..", "/static/workbench.css%00.js", "/static/Static/workbench.css",
    ]

    @Test func noPathOutsideTheStaticFolderIsServed() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            for uri in Self.traversals {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "GET \(uri)")
                #expect(!response.text.contains("root:"), "GET \(uri)")
            }
        }
    }

    /// Addresses and whether they bind without a token.
    static let hosts: [(host: String, loopback: Bool)] = [
        ("127.0.0.1", true), ("127.1.2.3", true), ("localhost", true), ("::1", true),
        ("0.0.0.0", false), ("192.168.1.10", false), ("::", false), ("example.org", false),
        ("127.0.0.1.example.org", false), ("127.0.0.256", false), ("", false),
    ]

    @Test func nonLoopbackHostNeedsAToken() throws {
        for (host, loopback) in Self.hosts {
            #expect(WorkbenchConfiguration.isLoopback(host) == loopback, "\(host)")
            if loopback {
                #expect(throws: Never.self, "\(host)") { try WorkbenchConfiguration(host: host) }
            } else {
                let error = #expect(throws: WorkbenchError.self, "\(host)") { try WorkbenchConfiguration(host: host) }
                #expect(error?.description.contains("--token") == true)
                #expect(throws: Never.self, "\(host) with a token") { try WorkbenchConfiguration(host: host, token: "s3cret") }
            }
        }
    }

    @Test func sharedSecretIsRequiredWhenSet() async throws {
        let app = try WorkbenchFixture().workbench(token: "s3cret").application()
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/documents", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/documents?token=wrong", method: .get).status == .unauthorized)
            #expect(try await client.execute(uri: "/static/workbench.css", method: .get).status == .unauthorized)
            let opened = try await client.execute(uri: "/documents?token=s3cret", method: .get)
            #expect(opened.status == .ok)
            var session = Session()
            session.remember(opened)
            #expect(session.cookies["tracker_token"] == "s3cret", "the secret is kept in a cookie")
            #expect(try await client.execute(uri: "/status", method: .get, headers: session.cookieHeader).status == .ok)
            #expect(try await client.execute(uri: "/status", method: .get, headers: [.authorization: "Bearer s3cret"]).status == .ok)
        }
    }

    @Test func oversizedBodyIsRefused() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            var session = Session()
            session.remember(try await client.execute(uri: "/documents", method: .get))
            let huge = formBody([("csrf", session.csrf), ("author", String(repeating: "a", count: 100_000))])
            let response = try await client.execute(uri: "/author", method: .post, headers: session.formHeaders, body: huge)
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test func nameIsKeptAndReturnStaysOnTheSite() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            var session = Session()
            session.remember(try await client.execute(uri: "/documents", method: .get))
            for (target, expected) in [
                ("/documents/1", "/documents/1"), ("//evil.example/x", "/documents"), ("https://evil.example", "/documents"),
            ] {
                let response = try await client.execute(
                    uri: "/author", method: .post, headers: session.formHeaders,
                    body: formBody([("csrf", session.csrf), ("author", "Ana <b>"), ("return", target)]))
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == expected, "return \(target)")
                session.remember(response)
            }
            let page = try await client.execute(uri: "/documents/1", method: .get, headers: session.cookieHeader).text
            #expect(page.contains("reviewing as <strong>Ana &lt;b&gt;</strong>"))
        }
    }
}
