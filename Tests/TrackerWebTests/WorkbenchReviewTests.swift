import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrackerAnalysis
import TrackerStore
import TrackerWeb

/// The review tools beyond confirm and reject: the holder picker's
/// completion, adding a statement from selected words, linking a possible
/// outcome, attributing a commitment from a party page, and "what changed
/// since" on the status page. Each writes through the library, with the
/// reviewer's name, or refuses with a clear status and writes nothing.
@Suite struct WorkbenchReviewTests {
    func reviewer(_ name: String, _ client: some TestClientProtocol) async throws -> Session {
        var session = Session()
        session.remember(try await client.execute(uri: "/documents/1", method: .get))
        session.remember(
            try await client.execute(
                uri: "/author", method: .post, headers: session.formHeaders,
                body: formBody([("csrf", session.csrf), ("author", name), ("return", "/documents/1")])))
        return session
    }

    func statements(_ fixture: WorkbenchFixture) throws -> [ExportedStatement] {
        var statements: [ExportedStatement] = []
        try fixture.store.exportSentences(documents: [1], withoutStatements: true) { statements += $0.statements }
        return statements
    }

    /// What is typed, and the names that must (or must not) come first.
    static let completions: [(typed: String, first: String?, absent: String)] = [
        ("Per", "Peru", "Ecuador"),
        ("per", "Peru", "Ecuador"),
        ("ecua", "Ecuador", "Peru"),
        ("  ", nil, "Peru"),
        ("<script>", nil, "Peru"),
        ("zzzz", nil, "Peru"),
    ]

    @Test func pickerCompletesNamesAndAliases() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            for row in Self.completions {
                let uri = "/actors/complete?q=" + (row.typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(row.typed)")
                #expect(response.headers[.contentType] == "application/json", "\(row.typed)")
                let found = try JSONDecoder().decode([ActorCompletion].self, from: Data(response.text.utf8))
                #expect(found.first?.name == row.first, "'\(row.typed)' → \(found.map(\.name))")
                #expect(!found.contains { $0.actor == row.absent }, "'\(row.typed)' → \(found.map(\.name))")
                #expect(found.count <= 12, "'\(row.typed)': a short list")
            }
        }
    }

    @Test func selectedWordsBecomeAnAddedStatement() async throws {
        let fixture = try WorkbenchFixture()
        let before = try statements(fixture)
        var sentences: [Int64] = []
        try fixture.store.exportSentences(documents: [1], withoutStatements: true) { sentences.append($0.sentence.id) }
        let sentenceID = try #require(sentences.last)
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let session = try await reviewer("Ana", client)
            let page = try await client.execute(uri: "/documents/1", method: .get, headers: session.cookieHeader).text
            #expect(page.contains("action=\"/sentences/\(sentenceID)/statements\""), "every sentence has an add form")
            let uri = "/sentences/\(sentenceID)/statements"
            let refused: [(label: String, fields: [(String, String)], status: HTTPResponse.Status)] = [
                (
                    "unknown holder", [("csrf", session.csrf), ("kind", "commitment"), ("action", "hold talks"), ("holder", "Atlantis")],
                    .badRequest
                ),
                ("no such kind", [("csrf", session.csrf), ("kind", "rumour"), ("action", "hold talks")], .badRequest),
                ("no CSRF token", [("kind", "commitment"), ("action", "hold talks")], .forbidden),
            ]
            for attempt in refused {
                let response = try await client.execute(
                    uri: uri, method: .post, headers: session.formHeaders, body: formBody(attempt.fields))
                #expect(response.status == attempt.status, "\(attempt.label)")
            }
            let missing = try await client.execute(
                uri: "/sentences/99999/statements", method: .post, headers: session.formHeaders,
                body: formBody([("csrf", session.csrf), ("kind", "claim")]))
            #expect(missing.status == .notFound)
            #expect(try statements(fixture).count == before.count, "nothing refused was written")
            let added = try await client.execute(
                uri: uri, method: .post, headers: session.formHeaders,
                body: formBody([
                    ("csrf", session.csrf), ("kind", "commitment"), ("action", "withdrew its troops"), ("holder", "peru"),
                ]))
            #expect(added.status == .seeOther)
            let new = try #require(try statements(fixture).first { !before.map(\.id).contains($0.id) })
            #expect(added.headers[.location] == "/documents/1#st-\(new.id)", "back to the new statement")
            #expect(new.kind == .commitment)
            #expect(new.review == .added)
            #expect(new.holders.map(\.actor) == ["Peru"], "the alias as typed resolves to the actor")
            #expect(try fixture.store.corrections(ofStatement: new.id).map(\.author) == ["Ana"])
            let shown = try await client.execute(uri: "/documents/1", method: .get, headers: session.cookieHeader).text
            #expect(shown.contains("id=\"st-\(new.id)\""), "the page shows it at once")
        }
    }

    @Test func possibleOutcomeIsLinkedInOneClick() async throws {
        let fixture = try WorkbenchFixture()
        let all = try statements(fixture)
        let commitment = try #require(all.first { $0.kind == .commitment })
        let outcome = try #require(all.first { $0.kind == .achievement })
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let session = try await reviewer("Ana", client)
            func post(_ fields: [(String, String)]) async throws -> TestResponse {
                try await client.execute(
                    uri: "/links", method: .post, headers: session.formHeaders,
                    body: formBody([("csrf", session.csrf), ("return", "/parties/Peru")] + fields))
            }
            let wrongWay = try await post([("commitment", "\(outcome.id)"), ("outcome", "\(commitment.id)"), ("relation", "fulfils")])
            #expect(wrongWay.status == .badRequest, "an achievement is not a commitment")
            let badRelation = try await post([("commitment", "\(commitment.id)"), ("outcome", "\(outcome.id)"), ("relation", "maybe")])
            #expect(badRelation.status == .badRequest)
            let linked = try await post([("commitment", "\(commitment.id)"), ("outcome", "\(outcome.id)"), ("relation", "fulfils")])
            #expect(linked.status == .seeOther)
            #expect(linked.headers[.location] == "/parties/Peru")
            let party = try await client.execute(uri: "/parties/Peru", method: .get, headers: session.cookieHeader).text
            #expect(party.contains("class=\"status s-kept\""), "a person's fulfils link keeps the commitment")
        }
        let history = try fixture.store.corrections(ofStatement: commitment.id)
        #expect(history.map(\.field) == ["link"])
        #expect(history.map(\.author) == ["Ana"])
    }

    @Test func partyPageAttributesACommitmentWithoutAHolder() async throws {
        let fixture = try WorkbenchFixture()
        var sentences: [Int64] = []
        try fixture.store.exportSentences(documents: [1], withoutStatements: true) { sentences.append($0.sentence.id) }
        // A commitment without a holder in the sentence where Peru withdrew its troops: Peru is its candidate.
        let orphan = try fixture.store.addStatement(
            toSentence: try #require(sentences.last),
            StatementAddition(kind: .commitment, action: "withdraw the rest", author: "setup"))
        let app = try fixture.workbench().application()
        try await app.test(.router) { client in
            let session = try await reviewer("Ana", client)
            let page = try await client.execute(uri: "/parties/Peru", method: .get, headers: session.cookieHeader).text
            #expect(page.contains("Commitments without a holder that may be its own"))
            #expect(page.contains("id=\"u-\(orphan)\""), "the orphan is listed")
            #expect(page.contains("Attribute to Peru"))
            let ecuador = try await client.execute(uri: "/parties/Ecuador", method: .get, headers: session.cookieHeader).text
            #expect(!ecuador.contains("id=\"u-\(orphan)\""), "not on the page of a party its sentences do not name")
            let attributed = try await client.execute(
                uri: "/statements/\(orphan)/correct", method: .post, headers: session.formHeaders,
                body: formBody([
                    ("csrf", session.csrf), ("version", "1"), ("change", "set"),
                    ("holder", "Peru"), ("return", "/parties/Peru"),
                ]))
            #expect(attributed.status == .seeOther)
            #expect(attributed.headers[.location] == "/parties/Peru", "back to the party page")
            let after = try await client.execute(uri: "/parties/Peru", method: .get, headers: session.cookieHeader).text
            #expect(!after.contains("id=\"u-\(orphan)\""), "attributed: no longer without a holder")
        }
        #expect(try statements(fixture).first { $0.id == orphan }?.holders.map(\.actor) == ["Peru"])
    }

    /// A party with more commitments without a holder than a page lists shows the first, says how many
    /// there are, and links to all of them.
    @Test func partyPageListsTheFirstCommitmentsWithoutAHolderAndLinksToAll() async throws {
        let fixture = try WorkbenchFixture()
        var sentences: [Int64] = []
        try fixture.store.exportSentences(documents: [1], withoutStatements: true) { sentences.append($0.sentence.id) }
        let sentence = try #require(sentences.last)
        var orphans: [Int64] = []
        for action in ["withdraw the rest", "return the border posts", "reopen the crossing"] {
            orphans.append(
                try fixture.store.addStatement(
                    toSentence: sentence, StatementAddition(kind: .commitment, action: action, author: "setup")))
        }
        let total = try fixture.store.unattributedCommitments(candidate: "Peru").count
        try #require(total >= 3, "the orphans are Peru's candidates")
        let workbench = try Workbench(store: fixture.store, configuration: WorkbenchConfiguration(unattributedShown: 2))
        try await workbench.application().test(.router) { client in
            let page = try await client.execute(uri: "/parties/Peru", method: .get).text
            #expect(page.components(separatedBy: "<li id=\"u-").count - 1 == 2, "two listed")
            #expect(page.contains("The first 2 of \(total)."))
            #expect(page.contains("href=\"/parties/Peru?unattributed=all&amp;as_of="))
            let all = try await client.execute(uri: "/parties/Peru?unattributed=all", method: .get).text
            #expect(all.components(separatedBy: "<li id=\"u-").count - 1 == total, "all listed")
            #expect(!all.contains("Show all"))
        }
    }

    @Test func statusPageSaysWhatChangedSinceADay() async throws {
        let app = try WorkbenchFixture().workbench().application()
        try await app.test(.router) { client in
            let since = try await client.execute(uri: "/status?since=2026-03-01", method: .get)
            #expect(since.status == .ok)
            #expect(since.text.contains("What changed since 2026-03-01"))
            #expect(since.text.contains("<h3>New commitments</h3>"), "the article of 2026-03-02 is new")
            let later = try await client.execute(uri: "/status?since=2026-04-01", method: .get).text
            #expect(later.contains("Nothing changed."))
            let bad = try await client.execute(uri: "/status?since=last%20week", method: .get)
            #expect(bad.status == .badRequest)
            let none = try await client.execute(uri: "/status", method: .get).text
            #expect(!none.contains("<h2>What changed since"), "only when asked")
        }
    }
}
