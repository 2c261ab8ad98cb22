import Foundation
import GRDB
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// The statement's `linking_time` and `topic_keys` (Schema/003), which
/// tracking reads instead of `time_expression` and `statement_topic`, stay
/// equal to those rows whoever writes them.
@Suite struct LinkingColumnsTests {
    /// Statements whose columns differ from what their time and topic rows say.
    static func mismatches(_ store: TrackerDatabase) throws -> [Int64] {
        try store.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM statement s
                    WHERE linking_time IS NOT (SELECT CASE WHEN value IS NULL THEN role ELSE role || ' ' || value END
                                                 FROM time_expression t WHERE t.statement_id = s.id ORDER BY role, value LIMIT 1)
                       OR topic_keys IS NOT (SELECT group_concat(topic_key) FROM
                                               (SELECT topic_key FROM statement_topic t WHERE t.statement_id = s.id ORDER BY topic_key))
                    """)
        }
    }

    /// Ingest, reanalysis and added statements write the columns as the rows say.
    @Test func writersSetTheColumns() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let timed = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM statement WHERE linking_time IS NOT NULL") }
        let topical = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM statement WHERE topic_keys LIKE '%,%'") }
        #expect((timed ?? 0) > 0)
        #expect((topical ?? 0) > 0)
        let document = try #require(try store.documentIDs().first)
        _ = try store.reanalyze(
            document: document, with: DocumentAnalyzer().analyze(store.cleanedDocument(document)),
            analyzerVersion: "test-2")
        let sentence = try store.read { db in try #require(try Int64.fetchOne(db, sql: "SELECT min(id) FROM sentence")) }
        _ = try store.addStatement(
            toSentence: sentence,
            StatementAddition(
                kind: .commitment, action: "open two more crossings", holders: ["Ecuador"],
                time: AddedTime(text: "by June", value: PartialDate(year: 2026, month: 6), role: .deadline),
                topics: ["trade", "border", "trade"], author: "test"))
        #expect(try Self.mismatches(store) == [])
    }

    /// A statement's time or topics changed or removed after ingest (as a
    /// correction of them would) is what `commitments` reports and links with.
    @Test func aChangedTimeOrTopicIsWhatTrackingReads() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let day = try #require(CalendarDate(iso: "2026-08-14"))
        func tracked(_ id: Int64) throws -> TrackedCommitment {
            let all = try ["Ecuador", "Peru"].flatMap { try store.commitments(of: $0, asOf: day).commitments }
            return try #require(all.first { $0.reports[0].statementID == id })
        }
        let crossing = try #require(
            try store.commitments(of: "Ecuador", asOf: day).commitments
                .first { $0.action?.contains("reopen the Huaquillas") == true })
        #expect(crossing.status == .overdue)
        let id = crossing.reports[0].statementID
        // A later deadline: no longer overdue.
        try store.writeTransaction { db in
            try db.execute(sql: "UPDATE time_expression SET value = '2030-01-31' WHERE statement_id = ?", arguments: [id])
        }
        #expect(try tracked(id).deadline?.iso == "2030-01-31")
        #expect(try tracked(id).status == .pending)
        // No time at all.
        try store.writeTransaction { db in
            try db.execute(sql: "DELETE FROM time_expression WHERE statement_id = ?", arguments: [id])
        }
        #expect(try tracked(id).deadline == nil)
        // Other topics, then none.
        let topical = try #require(
            try ["Ecuador", "Peru"].flatMap { try store.commitments(of: $0, asOf: day).commitments }
                .first { !$0.topics.isEmpty })
        let other = topical.reports[0].statementID
        try store.writeTransaction { db in
            try db.execute(sql: "INSERT OR IGNORE INTO topic (key, label) VALUES ('aa-test', 'Test'), ('zz-test', 'Test')")
            try db.execute(
                sql: "UPDATE statement_topic SET topic_key = 'zz-test' WHERE statement_id = ? AND topic_key = ?",
                arguments: [other, topical.topics[0]])
        }
        #expect(try tracked(other).topics == Array(topical.topics.dropFirst()) + ["zz-test"])
        try store.writeTransaction { db in
            try db.execute(
                sql: "UPDATE statement_topic SET topic_key = 'aa-test' WHERE statement_id = ? AND topic_key = 'zz-test'",
                arguments: [other])
        }
        #expect(try tracked(other).topics == ["aa-test"] + topical.topics.dropFirst())
        try store.writeTransaction { db in
            try db.execute(sql: "DELETE FROM statement_topic WHERE statement_id = ?", arguments: [other])
        }
        #expect(try tracked(other).topics == [])
        #expect(try Self.mismatches(store) == [])
    }
}
