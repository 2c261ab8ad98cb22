import Foundation
import Testing

/// New rows of the statement tables are written in one place
/// (`StatementWriter`), for the analyzer's statements and a person's alike,
/// so the denormalised `linking_time` and `topic_keys` columns cannot be
/// forgotten by a second writer. The check reads the sources: an `INSERT
/// INTO` one of these tables anywhere else fails here, naming the file.
@Suite struct StatementTableWriterTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TrackerStore")

    static let tables = ["statement", "statement_actor", "statement_topic", "time_expression", "cue"]

    /// The tables a source text inserts into, among ``tables``.
    static func inserted(in text: String) -> Set<String> {
        Set(text.matches(of: #/INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)/#).map { String($0.output.1) }.filter(tables.contains))
    }

    /// The statement tables a source text updates, among ``tables``.
    static func updated(in text: String) -> Set<String> {
        Set(text.matches(of: #/UPDATE\s+(?:OR\s+\w+\s+)?(\w+)\s+SET/#).map { String($0.output.1) }.filter(tables.contains))
    }

    /// The tables whose one writer is a record type, by table.
    static let recordOwners = ["correction": "CorrectionRecord.swift", "outcome_link": "OutcomeLinkRecord.swift"]

    /// The tables among ``recordOwners`` a source text writes (insert, update or delete), in SQL.
    static func written(in text: String) -> Set<String> {
        Set(
            text.matches(of: #/(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(\w+)/#)
                .map { String($0.output.1) }.filter { recordOwners[$0] != nil })
    }

    /// Each Swift file of the store, with its text.
    static func storeSources() throws -> [(name: String, text: String)] {
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects.compactMap { $0 as? URL } ?? []
        return try files.filter { $0.pathExtension == "swift" }.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func theCheckSeesInserts() {
        #expect(Self.inserted(in: #"INSERT OR IGNORE INTO statement_topic (a) VALUES (?)"#) == ["statement_topic"])
        #expect(Self.inserted(in: "INSERT INTO statement (id) VALUES (1); INSERT INTO topic (key) VALUES ('x')") == ["statement"])
    }

    @Test func theCheckSeesUpdatesAndCorrections() {
        #expect(Self.updated(in: "UPDATE statement SET review = ? WHERE id = ?") == ["statement"])
        #expect(Self.updated(in: "UPDATE statement_actor SET actor_id = ?; UPDATE actor SET parent_id = ?") == ["statement_actor"])
        #expect(Self.updated(in: "AFTER UPDATE OF kind ON statement").isEmpty)
        #expect(Self.written(in: "INSERT INTO correction (statement_id) VALUES (?)") == ["correction"])
        #expect(Self.written(in: "UPDATE correction SET import_id = ?") == ["correction"])
        #expect(Self.written(in: "DELETE FROM correction WHERE statement_id = ?") == ["correction"])
        #expect(Self.written(in: "INSERT INTO outcome_link (a) VALUES (?)") == ["outcome_link"])
        #expect(Self.written(in: "SELECT * FROM correction WHERE statement_id = ?").isEmpty)
    }

    /// Rows of the statement tables are changed in one place too
    /// (`StatementWriter+Updates.swift`), so that every change is one Schema/013's
    /// triggers see and one a reader can find.
    @Test func onlyStatementWriterUpdatesStatementRows() throws {
        let owners: Set<String> = ["StatementWriter.swift", "StatementWriter+Updates.swift"]
        let elsewhere = try Self.storeSources().filter { !owners.contains($0.name) }.compactMap { file in
            let found = Self.updated(in: file.text)
            return found.isEmpty ? nil : "\(file.name): \(found.sorted().joined(separator: ", "))"
        }
        #expect(elsewhere.isEmpty, "updates outside StatementWriter:\n\(elsewhere.joined(separator: "\n"))")
    }

    /// The history of corrections has one writer, `CorrectionRecord`; people's link decisions one, `OutcomeLinkRecord`.
    @Test func onlyTheRecordTypesWriteTheirTables() throws {
        let elsewhere = try Self.storeSources().flatMap { file in
            Self.written(in: file.text).filter { Self.recordOwners[$0] != file.name }.map { "\(file.name): \($0)" }
        }
        #expect(elsewhere.isEmpty, "rows written outside their record type:\n\(elsewhere.joined(separator: "\n"))")
    }

    @Test func onlyStatementWriterInsertsStatementRows() throws {
        var elsewhere: [String] = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", file.lastPathComponent != "StatementWriter.swift" else { continue }
            let found = Self.inserted(in: try String(contentsOf: file, encoding: .utf8))
            if !found.isEmpty { elsewhere.append("\(file.lastPathComponent): \(found.sorted().joined(separator: ", "))") }
        }
        #expect(elsewhere.isEmpty, "inserts outside StatementWriter:\n\(elsewhere.joined(separator: "\n"))")
    }
}
