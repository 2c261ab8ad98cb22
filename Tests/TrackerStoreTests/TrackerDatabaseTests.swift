import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

func analyzed(_ text: String, format: DocumentFormat = .text, date: String? = nil) throws -> AnalyzedDocument {
    var metadata = DocumentMetadata()
    metadata.date = date.flatMap { CalendarDate(iso: $0) }
    let document = try DocumentReader().read(Array(text.utf8), format: format, path: "test", metadata: metadata)
    return AnalyzedDocument(document: document, sentences: SentenceSegmenter().sentences(in: document.text))
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct TrackerDatabaseTests {
    @Test func ingestStoresSentencesWithOffsets() throws {
        let store = try TrackerDatabase.inMemory()
        let document = try analyzed("Talks resumed.\n\nBoth sides agreed to meet again. Nothing else was said.", date: "2025-03-01")
        let outcome = try store.ingest(document, path: "a.txt", analyzerVersion: "test")
        guard case let .added(id, count) = outcome else {
            Issue.record("expected the document to be added, got \(outcome)")
            return
        }
        #expect(count == 3)
        let sentences = try store.sentences(ofDocument: id)
        #expect(sentences.map(\.text) == ["Talks resumed.", "Both sides agreed to meet again.", "Nothing else was said."])
        #expect(sentences.map(\.start) == [0, 16, 49])
        let listed = try store.documents()
        #expect(listed.count == 1)
        #expect(listed[0].published == CalendarDate(year: 2025, month: 3, day: 1))
        #expect(listed[0].wordCount == 12)
        #expect(listed[0].sentenceCount == 3)
    }

    @Test func sameContentTwiceIsANoOp() throws {
        let store = try TrackerDatabase.inMemory()
        let document = try analyzed("A ceasefire took hold on Monday.")
        guard case let .added(id, _) = try store.ingest(document, path: "a.txt", analyzerVersion: "test") else {
            Issue.record("first ingest must add")
            return
        }
        #expect(try store.ingest(document, path: "b.txt", analyzerVersion: "test") == .duplicate(existingID: id))
        #expect(try store.counts().documents == 1)
        #expect(try store.counts().sentences == 1)
    }

    @Test func fullTextIndexFollowsSentences() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("t.sqlite").path
        let store = try TrackerDatabase(path: path)
        _ = try store.ingest(try analyzed("Sanctions stay in place. Talks stalled."), path: nil, analyzerVersion: "test")
        #expect(try store.integrityProblems().isEmpty)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "SELECT text FROM sentence_fts WHERE sentence_fts MATCH 'sanctions'"]
        let pipe = Pipe()
        process.standardOutput = pipe
        // .ci/run installs the sqlite3 shell; without it this test must fail, not pass unchecked.
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"), "the sqlite3 shell is needed")
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(output == "Sanctions stay in place.\n")
    }

    @Test func fileThatIsNotSQLiteIsRefused() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("notes.sqlite").path
        try Data("these are my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try TrackerDatabase(path: path) }
    }

    @Test func databaseFromANewerTrackerIsRefused() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("t.sqlite").path
        _ = try TrackerDatabase(path: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')"]
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"), "the sqlite3 shell is needed")
        try process.run()
        process.waitUntilExit()
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["999_from_the_future"])) {
            try TrackerDatabase(path: path)
        }
    }

    @Test func missingFolderIsAClearError() {
        #expect(throws: StoreError.cannotOpen(path: "/no/such/folder/t.sqlite", reason: "folder /no/such/folder does not exist")) {
            try TrackerDatabase(path: "/no/such/folder/t.sqlite")
        }
    }
}

@Suite struct ActorStoreTests {
    func storeWithStatements() throws -> TrackerDatabase {
        let store = try TrackerDatabase.inMemory()
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2019, month: 1, day: 19)
        let text =
            "North Korea has dismantled a testing site. Pyongyang pledged to halt missile tests. Kestrel Freight said it would cut emissions."
        let document = try DocumentReader().read(Array(text.utf8), format: .text, path: "a.txt", metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "a.txt", analyzerVersion: "test")
        return store
    }

    @Test func anyAliasFindsTheActorAndItsStatements() throws {
        let store = try storeWithStatements()
        let byAlias = try #require(try store.actor(named: "pyongyang"))
        #expect(byAlias.name == "North Korea")
        #expect(byAlias.heldByKind[.achievement] == 1)
        #expect(byAlias.heldByKind[.commitment] == 1)
        #expect(try store.actor(named: "DPRK")?.id == byAlias.id)
        // Read without counts (the workbench's party page): the same actor, its counts left empty.
        var uncounted = try #require(try store.actor(named: "pyongyang", counting: false))
        #expect(uncounted.heldByKind.isEmpty && uncounted.statementsByRole.isEmpty)
        uncounted.heldByKind = byAlias.heldByKind
        uncounted.statementsByRole = byAlias.statementsByRole
        #expect(uncounted == byAlias)
    }

    @Test func mergeRepointsEveryStatement() throws {
        let store = try storeWithStatements()
        let kestrel = try #require(try store.actor(named: "Kestrel Freight"))
        let before = kestrel.statementsByRole.values.reduce(0, +)
        #expect(before > 0)
        _ = try store.addActor(name: "Kestrel Group", kind: .organisation, parent: nil, aliases: ["KG"])
        let moved = try store.mergeActor("Kestrel Freight", into: "KG", author: "test")
        #expect(moved == before)
        let merged = try #require(try store.actor(named: "Kestrel Freight"))
        #expect(merged.name == "Kestrel Group")
        #expect(merged.statementsByRole.values.reduce(0, +) == before)
        #expect(merged.aliases.contains("Kestrel Freight"))
    }

    /// A person's employer found in the text is stored under its own name, as
    /// an organisation, even when the person's statement is stored first.
    @Test func anAffiliationFoundInTheTextKeepsItsNameAndKind() throws {
        let store = try TrackerDatabase.inMemory()
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2024, month: 4, day: 2)
        let text = "Brightwater Shipping chief executive Odile Varga said the company would retire its oldest tankers by 2027."
        let document = try DocumentReader().read(Array(text.utf8), format: .text, path: "b.txt", metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "b.txt", analyzerVersion: "test")
        let person = try #require(try store.actor(named: "Odile Varga"))
        #expect(person.kind == .person)
        #expect(person.parent == "Brightwater Shipping")
        let employer = try #require(try store.actor(named: "Brightwater Shipping"))
        #expect(employer.name == "Brightwater Shipping")
        #expect(employer.kind == .organisation)
    }

    @Test func aliasesCannotNameTwoActors() throws {
        let store = try storeWithStatements()
        #expect(throws: StoreError.self) { try store.addAlias("Pyongyang", to: "Kestrel Freight") }
        try store.addAlias("the North", to: "North Korea")
        #expect(try store.actor(named: "The North")?.name == "North Korea")
    }
}

@Suite struct StatementQueryTests {
    func store() throws -> TrackerDatabase {
        let store = try TrackerDatabase.inMemory()
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2025, month: 3, day: 1)
        let text = """
            O'Hara & Sons pledged to cut emissions by 40% by 2030. The firm's "100% green" claim was disputed, \
            critics said. North Korea has dismantled its missile bases.
            """
        let document = try DocumentReader().read(Array(text.utf8), format: .text, path: "q.txt", metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "q.txt", analyzerVersion: "test")
        return store
    }

    @Test func filtersCombine() throws {
        let store = try store()
        var query = StatementQuery()
        query.kind = .achievement
        query.actor = "DPRK"
        let found = try store.statements(query)
        #expect(found.map(\.action) == ["dismantled its missile bases"])
        query.since = CalendarDate(year: 2025, month: 3, day: 2)
        #expect(try store.statements(query).isEmpty)
    }

    /// Quotes, %, ; and -- in names and search text are data, never SQL or FTS syntax.
    @Test func hostileTextIsSearchedForNotExecuted() throws {
        let store = try store()
        var query = StatementQuery()
        query.search = "100% green\""
        #expect(try store.statements(query).count >= 1)
        query.search = "missile'; DROP TABLE statement; --"
        #expect(try store.statements(query).isEmpty)
        query.search = "missile OR emissions"
        #expect(try store.statements(query).isEmpty)  // OR is a word to find, not an operator
        query.search = "(\"missile\" *"
        #expect(try store.statements(query).count >= 1)
        var byName = StatementQuery()
        byName.actor = "x' OR '1'='1"
        #expect(throws: StoreError.self) { try store.statements(byName) }
        byName.actor = "O'Hara & Sons"
        #expect(try store.statements(byName).contains { $0.kind == .commitment })
        #expect(try store.counts().statements > 0)
    }
}
