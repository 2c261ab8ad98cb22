import Foundation
import GRDB
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// A stored value this tracker does not know (written by a newer tracker, or
/// by hand) is an error naming the column and the value, never a guess such
/// as `.claim`, an undated document or an empty list of rules.
@Suite struct UnknownStoredValueTests {
    /// Each row: the SQL that stores a value no schema CHECK stops, the read
    /// that meets it, and the error it must give.
    @Test func everyUnknownValueIsNamed() throws {
        let cases: [(sql: String, read: (TrackerDatabase) throws -> Void, expected: StoreError)] = [
            (
                "UPDATE document SET published = 'soon'", { _ = try $0.documents() },
                .unknownValue(column: "published", value: "soon")
            ),
            (
                "UPDATE statement SET reported_on = '14/08/2026'", { _ = try $0.statements(StatementQuery()) },
                .unknownValue(column: "reported_on", value: "14/08/2026")
            ),
            (
                "UPDATE statement SET rules = 'commit.pledge'",
                { store in
                    try store.exportSentences { _ in }
                }, .unknownValue(column: "rules", value: "commit.pledge")
            ),
            (
                "UPDATE document SET ingested_at = 'yesterday'", { _ = try $0.documents() },
                .unknownValue(column: "ingested_at", value: "yesterday")
            ),
            (
                "UPDATE statement SET linking_time = 'deadline end of 2026' WHERE linking_time LIKE 'deadline %'",
                Self.trackEveryone, .unknownValue(column: "linking_time", value: "end of 2026")
            ),
            (
                "UPDATE statement SET linking_time = 'soon 2026' WHERE linking_time IS NOT NULL",
                Self.trackEveryone, .unknownValue(column: "linking_time", value: "soon")
            ),
            (
                "UPDATE actor_role SET from_date = 'spring 2024'",
                { store in
                    for actor in try store.actors() { _ = actor }
                }, .unknownValue(column: "from_date", value: "spring 2024")
            ),
        ]
        var failures: [String] = []
        for item in cases {
            let store = try CommitmentTrackerTests.storyStore()
            do {
                // A write the store's own bookkeeping reads back (Schema/013's triggers) is refused
                // there, with the same error: nothing it cannot read is stored.
                try store.writeTransaction { db in try db.execute(sql: item.sql) }
            } catch let error as StoreError where error == item.expected {
                continue
            }
            do {
                try item.read(store)
                failures.append("\(item.sql): read without an error")
            } catch let error as StoreError where error == item.expected {
                continue
            } catch {
                failures.append("\(item.sql): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Tracks every actor's commitments, reading every statement the linker reads.
    static func trackEveryone(_ store: TrackerDatabase) throws {
        let day = try #require(CalendarDate(iso: "2030-01-01"))
        _ = try store.commitments(ofEach: try store.actors().map(\.actor.name), asOf: day)
    }

    /// Stored timestamps read back as the moment written; a space for the `T`
    /// and a fraction are read too; other text is nil.
    @Test func timestampsRoundTrip() {
        let moment = Date(timeIntervalSince1970: 1_796_000_000)
        #expect(Timestamp.date(Timestamp.iso(moment)) == moment)
        #expect(Timestamp.date("2026-11-29 05:07:05.123") == Timestamp.date("2026-11-29T05:07:05Z"))
        #expect(Timestamp.date("2026-11-29") == nil)
        #expect(Timestamp.date("2026-02-30T00:00:00Z") == nil)
        #expect(Timestamp.date("2026-11-29T25:00:00Z") == nil)
    }

    @Test func theMessageNamesColumnAndValue() {
        let message = StoreError.unknownValue(column: "kind", value: "promise").description
        #expect(message.contains("kind 'promise'"))
        #expect(message.contains("newer tracker"))
    }
}
