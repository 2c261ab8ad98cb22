import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrackerAnalysis
import TrackerStore
import TrackerWeb

/// Corrections from the browser: refused without the CSRF token (403) or a
/// name (400); stored through the library with who made them; a second
/// change made from a stale page gets 409 with the current value and
/// changes nothing.
@Suite struct WorkbenchCorrectionTests {
    /// A session that has loaded a page and given its name.
    func reviewer(_ name: String, _ client: some TestClientProtocol) async throws -> Session {
        var session = Session()
        session.remember(try await client.execute(uri: "/documents/1", method: .get))
        let response = try await client.execute(
            uri: "/author", method: .post, headers: session.formHeaders,
            body: formBody([("csrf", session.csrf), ("author", name), ("return", "/documents/1")]))
        session.remember(response)
        return session
    }

    @Test func postWithoutCSRFTokenIsRefused() async throws {
        let fixture = try WorkbenchFixture()
        let statement = try fixture.firstStatement()
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let session = try await reviewer("Ana", client)
            let uri = "/statements/\(statement.id)/correct"
            let attempts: [(label: String, headers: HTTPFields, fields: [(String, String)])] = [
                ("no token", session.formHeaders, [("change", "confirm"), ("version", "0")]),
                (
                    "wrong token", session.formHeaders,
                    [("csrf", String(repeating: "0", count: 64)), ("change", "confirm"), ("version", "0")]
                ),
                (
                    "no session cookie", [.contentType: "application/x-www-form-urlencoded"],
                    [("csrf", session.csrf), ("change", "confirm"), ("version", "0")]
                ),
            ]
            for attempt in attempts {
                let response = try await client.execute(uri: uri, method: .post, headers: attempt.headers, body: formBody(attempt.fields))
                #expect(response.status == .forbidden, "\(attempt.label)")
            }
            let author = try await client.execute(
                uri: "/author", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: formBody([("author", "Mallory")]))
            #expect(author.status == .forbidden, "setting a name needs the token too")
        }
        #expect(try fixture.store.corrections(ofStatement: statement.id).isEmpty, "nothing was written")
    }

    @Test func correctionNeedsAName() async throws {
        let fixture = try WorkbenchFixture()
        let statement = try fixture.firstStatement()
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            var session = Session()
            session.remember(try await client.execute(uri: "/documents/1", method: .get))
            let response = try await client.execute(
                uri: "/statements/\(statement.id)/correct", method: .post, headers: session.formHeaders,
                body: formBody([("csrf", session.csrf), ("change", "confirm"), ("version", "0")]))
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Give your name first"))
        }
    }

    @Test func confirmAndChangeAreStoredWithTheReviewersName() async throws {
        let fixture = try WorkbenchFixture()
        let statement = try fixture.firstStatement()
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let session = try await reviewer("Ana Ruiz", client)
            let uri = "/statements/\(statement.id)/correct"
            let confirmed = try await client.execute(
                uri: uri, method: .post, headers: session.formHeaders,
                body: formBody([("csrf", session.csrf), ("change", "confirm"), ("version", "0")]))
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers[.location] == "/documents/1#st-\(statement.id)")
            let changed = try await client.execute(
                uri: uri, method: .post, headers: session.formHeaders,
                body: formBody([
                    ("csrf", session.csrf), ("change", "set"), ("version", "1"), ("kind", "claim"), ("polarity", "negated"),
                    ("certainty", statement.certainty.rawValue), ("holder", "Ecuador"),
                ]))
            #expect(changed.status == .seeOther)
            let page = try await client.execute(uri: "/documents/1", method: .get, headers: session.cookieHeader).text
            #expect(page.contains("#\(statement.id) v4"), "confirm, kind, polarity and holder: four changes")
            let unknownActor = try await client.execute(
                uri: uri, method: .post, headers: session.formHeaders,
                body: formBody([
                    ("csrf", session.csrf), ("change", "set"), ("version", "4"), ("holder", "Atlantis"),
                ]))
            #expect(unknownActor.status == .badRequest)
            let badKind = try await client.execute(
                uri: uri, method: .post, headers: session.formHeaders,
                body: formBody([
                    ("csrf", session.csrf), ("change", "set"), ("version", "4"), ("kind", "rumour"),
                ]))
            #expect(badKind.status == .badRequest)
        }
        let history = try fixture.store.corrections(ofStatement: statement.id)
        #expect(history.map(\.field) == ["confirm", "kind", "polarity", "holder"])
        #expect(history.allSatisfy { $0.author == "Ana Ruiz" })
        #expect(try fixture.store.statementVersion(statement.id) == 4)
    }

    @Test func staleVersionGetsConflictWithTheCurrentValue() async throws {
        let fixture = try WorkbenchFixture()
        let statement = try fixture.firstStatement()
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let ana = try await reviewer("Ana", client)
            let ben = try await reviewer("Ben", client)
            let uri = "/statements/\(statement.id)/correct"
            // Both loaded the page at version 0; Ana saves first.
            let first = try await client.execute(
                uri: uri, method: .post, headers: ana.formHeaders,
                body: formBody([
                    ("csrf", ana.csrf), ("change", "set"), ("version", "0"), ("kind", "uncertainty"),
                ]))
            #expect(first.status == .seeOther)
            let second = try await client.execute(
                uri: uri, method: .post, headers: ben.formHeaders,
                body: formBody([
                    ("csrf", ben.csrf), ("change", "reject"), ("version", "0"),
                ]))
            #expect(second.status == .conflict)
            #expect(second.text.contains("you saw version 0, it is now at version 1"))
            #expect(second.text.contains("Now: <strong>uncertainty</strong>"), "the current value is shown")
            #expect(second.text.contains("by Ana"))
        }
        let history = try fixture.store.corrections(ofStatement: statement.id)
        #expect(history.map(\.author) == ["Ana"], "Ben's stale change was not written")
        var statements: [ExportedStatement] = []
        try fixture.store.exportSentences(documents: [1], withoutStatements: true) { statements += $0.statements }
        #expect(statements.first { $0.id == statement.id }?.review == .corrected, "not rejected")
    }
}
