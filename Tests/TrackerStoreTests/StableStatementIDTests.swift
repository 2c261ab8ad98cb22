import Foundation
import GRDB
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// A statement id means one statement for good (issue 12, point 5): the same
/// statement keeps its id across reanalysis, a retired id is never handed out
/// again, and a correction by a retired id names its successor.
@Suite struct StableStatementIDTests {
    /// Every statement's (sentence start, kind, action) by id.
    static func identities(_ store: TrackerDatabase) throws -> [Int64: String] {
        try store.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.id, se.start || ' ' || s.kind || ' ' || coalesce(s.action, '') AS identity
                        FROM statement s JOIN sentence se ON se.id = s.sentence_id
                        """
                ).map { ($0["id"] as Int64, $0["identity"] as String) })
        }
    }

    @Test func reanalysisKeepsTheIdOfEveryStatementItFindsAgain() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let before = try Self.identities(store)
        #expect(before.count > 20)
        for document in try store.documentIDs() {
            _ = try store.reanalyze(
                document: document, with: DocumentAnalyzer().analyze(store.cleanedDocument(document)),
                analyzerVersion: "test-2")
        }
        #expect(try Self.identities(store) == before)
    }

    @Test func aChangedStatementGetsANewIdAndTheOldOneNamesIt() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let document = try #require(try store.documentIDs().first)
        var analysis = DocumentAnalyzer().analyze(try store.cleanedDocument(document))
        // The new analyzer reads the first statement's action differently and
        // no longer finds the last statement of the document.
        let first = try #require(analysis.statements.firstIndex { !$0.isEmpty })
        let last = try #require(analysis.statements.lastIndex { !$0.isEmpty })
        #expect(first != last)
        let ids = try store.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM statement WHERE document_id = ? ORDER BY id", arguments: [document])
        }
        let highest = try store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM statement") ?? 0 }
        let changedID = try #require(ids.first)
        let droppedID = try #require(ids.last)
        analysis.statements[first][0].action = (analysis.statements[first][0].action ?? "") + " at once"
        analysis.statements[last].removeLast()
        let before = try Self.identities(store)
        let outcome = try store.reanalyze(document: document, with: analysis, analyzerVersion: "test-2")
        #expect(outcome.sameIDs == ids.count - 2)

        let after = try Self.identities(store)
        #expect(after[changedID] == nil, "a changed statement kept its old id")
        #expect(after[droppedID] == nil)
        let newIDs = Set(after.keys).subtracting(before.keys)
        #expect(newIDs.count == 1)
        #expect(newIDs.allSatisfy { $0 > highest }, "an id was handed out again: \(newIDs.sorted()) not above \(highest)")
        for (id, identity) in after where !newIDs.contains(id) { #expect(before[id] == identity) }

        let successor = try #require(newIDs.first)
        #expect(try store.retiredStatement(changedID)?.successorID == successor)
        #expect(try store.retiredStatement(droppedID) != nil)
        #expect(try store.retiredStatement(successor) == nil)
        do {
            try store.correct(statement: changedID, StatementCorrection(confirm: true, author: "test"))
            Issue.record("a correction by a retired id was applied")
        } catch let error as StoreError {
            #expect("\(error)".contains("statement \(changedID) no longer exists"), "\(error)")
            #expect("\(error)".contains("now statement \(successor)"), "\(error)")
        }
        #expect(try store.corrections(ofStatement: successor).isEmpty, "the correction reached the successor")

        // A statement added later never takes a retired id either.
        let sentence = try store.read { db in try #require(try Int64.fetchOne(db, sql: "SELECT min(id) FROM sentence")) }
        let added = try store.addStatement(toSentence: sentence, StatementAddition(kind: .claim, action: "talks went on", author: "test"))
        #expect(added > successor)
    }
}

/// Schema 004 on a database written before it: every statement keeps its id
/// and what refers to it, and the highest id is never handed out again.
@Suite struct StableStatementIDMigrationTests {
    @Test func aSchema003DatabaseKeepsItsIdsAndNeverReusesThem() throws {
        let path = try temporaryDirectory().appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: path)
        try TrackerDatabase.migrator.migrate(old, upTo: "003_statement_time_and_topics")
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO document (id, content_hash, format, text, word_count, analyzer_version, ingested_at)
                        VALUES (1, 'abc', 'text', 'Peru pledged to halt fire. Talks went on.', 8, 'old', '2026-01-01T00:00:00Z');
                    INSERT INTO sentence (id, document_id, position, start, "end", text, end_rule) VALUES
                        (1, 1, 0, 0, 26, 'Peru pledged to halt fire.', 'segment.terminal'),
                        (2, 1, 1, 27, 41, 'Talks went on.', 'segment.terminal');
                    INSERT INTO statement (id, sentence_id, document_id, kind, polarity, certainty, action, analyzer_version, created_at)
                        VALUES (3, 1, 1, 'commitment', 'affirmed', 'certain', 'halt fire', 'old', '2026-01-01T00:00:00Z'),
                               (7, 2, 1, 'achievement', 'affirmed', 'certain', 'went on', 'old', '2026-01-01T00:00:00Z');
                    INSERT INTO time_expression (statement_id, text, start, "end", value, role) VALUES (3, 'soon', 0, 4, NULL, 'deadline');
                    INSERT INTO correction (statement_id, sentence_id, field, old_value, new_value, author, created_at)
                        VALUES (7, 2, 'confirm', 'unreviewed', 'confirmed', 'ana', '2026-01-02T00:00:00Z');
                    """)
        }
        try old.close()
        let store = try TrackerDatabase(path: path)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM statement ORDER BY id") } == [3, 7])
        #expect(try store.corrections(ofStatement: 7).map(\.field) == ["confirm"])
        // The 003 triggers came back: a time changed is what the statement row says.
        try store.writeTransaction { db in try db.execute(sql: "UPDATE time_expression SET value = '2026-06' WHERE statement_id = 3") }
        #expect(
            try store.read { db in try String.fetchOne(db, sql: "SELECT linking_time FROM statement WHERE id = 3") } == "deadline 2026-06")
        // The highest id, deleted, is not handed out again.
        try store.writeTransaction { db in try db.execute(sql: "DELETE FROM statement WHERE id = 7") }
        let added = try store.addStatement(toSentence: 2, StatementAddition(kind: .claim, action: "talks went on", author: "test"))
        #expect(added == 8)
    }
}
