import Foundation
import Testing
import TrackerAnalysis
import TrackerStore
import TrackerTestSupport

/// A very large document is analysed and stored a block at a time (issue 12,
/// point 6): what lands in the database is what ingesting it whole stores,
/// and it still lands whole or not at all.
@Suite struct BlockIngestTests {
    /// Every example article joined into one document, three times over.
    static func longDocument() throws -> CleanedDocument {
        let texts = try ExampleArticles.texts()
        #expect(texts.count >= 8, "the examples were not found at \(ExampleArticles.folder.path)")
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2025, month: 6, day: 15)
        metadata.source = "The Ledger"
        return CleanedDocument(
            text: try ExampleArticles.joined(times: 3),
            metadata: metadata, format: .text, warnings: [], removedLines: [])
    }

    static func exported(_ store: TrackerDatabase) throws -> [ExportedSentence] {
        var sentences: [ExportedSentence] = []
        try store.exportSentences(withoutStatements: true) { sentences.append($0) }
        return sentences
    }

    @Test func blocksStoreWhatTheWholeDocumentStores() throws {
        let document = try Self.longDocument()
        let analyzer = DocumentAnalyzer()
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let whole = try TrackerDatabase.inMemory()
        _ = try whole.ingest(analyzer.analyze(document), path: "long.txt", analyzerVersion: "test", now: now)
        let blocks = try TrackerDatabase.inMemory()
        let stored = try blocks.ingestInBlocks(
            document, path: "long.txt", analyzer: analyzer, analyzerVersion: "test",
            blockBytes: 300, now: now)
        guard case let .added(_, sentences) = stored.outcome else {
            Issue.record("expected the document to be added, got \(stored.outcome)")
            return
        }
        let counts = try whole.counts()
        #expect(counts.statements > 300)
        #expect(try blocks.counts() == counts)
        #expect(sentences == counts.sentences && stored.statements == counts.statements)
        let expected = try Self.exported(whole)
        let found = try Self.exported(blocks)
        #expect(found.count == expected.count)
        for (one, other) in zip(expected, found) where one != other {
            Issue.record("sentence \(one.id): whole \(one), in blocks \(other)")
        }
        #expect(try blocks.documents().map(\.wordCount) == whole.documents().map(\.wordCount))
        #expect(try blocks.integrityProblems().isEmpty)
        // The same content again is a no-op that says so.
        #expect(
            try blocks.ingestInBlocks(document, path: "again.txt", analyzer: analyzer, analyzerVersion: "test").outcome
                == .duplicate(existingID: try #require(blocks.documents().first?.id)))
    }

    /// A failure in a late block leaves nothing of the document: no row, no sentence, no statement.
    @Test func aFailingBlockLeavesNothing() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.sqlite").path
        _ = try TrackerDatabase(path: path)
        // A trigger (added from outside, as a broken disk or a constraint would) refuses sentence 200.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            path,
            "CREATE TRIGGER refuse BEFORE INSERT ON sentence WHEN NEW.position = 200 "
                + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        try #require(sqlite.terminationStatus == 0)
        let store = try TrackerDatabase(path: path)
        #expect(throws: (any Error).self) {
            try store.ingestInBlocks(
                try Self.longDocument(), path: "long.txt", analyzer: DocumentAnalyzer(), analyzerVersion: "test",
                blockBytes: 300)
        }
        let counts = try store.counts()
        #expect(counts.documents == 0 && counts.sentences == 0 && counts.statements == 0)
    }
}
