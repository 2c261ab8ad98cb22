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
            try Int64.fetchAll(db, sql: """
                SELECT id FROM statement s
                WHERE linking_time IS NOT (SELECT CASE WHEN value IS NULL THEN role ELSE role || ' ' || value END
                                             FROM time_expression t WHERE t.statement_id = s.id ORDER BY role, value LIMIT 1)
                   OR topic_keys IS NOT (SELECT group_concat(topic_key) FROM
                                           (SELECT topic_key FROM statement_topic t WHERE t.statement_id = s.id ORDER BY topic_key))
                """)
        }
    }

    /// Ingest and added statements write the columns as the rows say.
    @Test func writersSetTheColumns() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let statements = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM statement WHERE linking_time IS NOT NULL") }
        #expect((statements ?? 0) > 0)
        let sentence = try store.read { db in try #require(try Int64.fetchOne(db, sql: "SELECT min(id) FROM sentence")) }
        _ = try store.addStatement(toSentence: sentence, StatementAddition(
            kind: .commitment, action: "open two more crossings", holders: ["Ecuador"],
            time: AddedTime(text: "by June", value: "2026-06", role: .deadline), topics: ["trade", "border", "trade"]))
        #expect(try Self.mismatches(store) == [])
    }

    /// A statement's time or topics changed after ingest (as a correction of
    /// them would) is what `commitments` reports and links with.
    @Test func aChangedTimeOrTopicIsWhatTrackingReads() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let day = try #require(CalendarDate(iso: "2026-08-14"))
        func crossing() throws -> TrackedCommitment {
            try #require(try store.commitments(of: "Ecuador", asOf: day).commitments.first { $0.action?.contains("reopen the Huaquillas") == true })
        }
        let before = try crossing()
        #expect(before.status == .overdue)
        let id = before.reports[0].statementID
        // A later deadline: no longer overdue.
        try store.writeTransaction { db in
            try db.execute(sql: "UPDATE time_expression SET value = '2030-01-31' WHERE statement_id = ?", arguments: [id])
        }
        #expect(try crossing().deadline == "2030-01-31")
        #expect(try crossing().status == .pending)
        // No time at all.
        try store.writeTransaction { db in
            try db.execute(sql: "DELETE FROM time_expression WHERE statement_id = ?", arguments: [id])
        }
        #expect(try crossing().deadline == nil)
        // A time given again, by a new row.
        try store.writeTransaction { db in
            try db.execute(sql: """
                INSERT INTO time_expression (statement_id, text, start, "end", value, role) VALUES (?, 'by May', 0, 6, '2026-05', 'deadline')
                """, arguments: [id])
        }
        #expect(try crossing().deadline == "2026-05")
        #expect(try crossing().status == .overdue)
        // Other topics.
        try store.writeTransaction { db in
            try db.execute(sql: "INSERT OR IGNORE INTO topic (key, label) VALUES ('aa-test', 'Test'), ('bb-test', 'Test'), ('zz-test', 'Test')")
            try db.execute(sql: "DELETE FROM statement_topic WHERE statement_id = ?", arguments: [id])
            try db.execute(sql: "INSERT INTO statement_topic (statement_id, topic_key) VALUES (?, 'zz-test'), (?, 'aa-test')",
                           arguments: [id, id])
        }
        #expect(try crossing().topics == ["aa-test", "zz-test"])
        try store.writeTransaction { db in
            try db.execute(sql: "UPDATE statement_topic SET topic_key = 'bb-test' WHERE statement_id = ? AND topic_key = 'zz-test'",
                           arguments: [id])
        }
        #expect(try crossing().topics == ["aa-test", "bb-test"])
        try store.writeTransaction { db in
            try db.execute(sql: "DELETE FROM statement_topic WHERE statement_id = ?", arguments: [id])
        }
        #expect(try crossing().topics == [])
        #expect(try Self.mismatches(store) == [])
    }
}
