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

    /// Whether a source text writes the `correction` table (insert, update or delete), in SQL.
    static func writesCorrections(_ text: String) -> Bool {
        text.contains(#/(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+correction\b/#)
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
        #expect(Self.writesCorrections("INSERT INTO correction (statement_id) VALUES (?)"))
        #expect(Self.writesCorrections("UPDATE correction SET import_id = ?"))
        #expect(Self.writesCorrections("DELETE FROM correction WHERE statement_id = ?"))
        #expect(!Self.writesCorrections("SELECT * FROM correction WHERE statement_id = ?"))
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

    /// The history of corrections has one writer, `CorrectionRecord`.
    @Test func onlyCorrectionRecordWritesCorrections() throws {
        let elsewhere = try Self.storeSources().filter { $0.name != "CorrectionRecord.swift" && Self.writesCorrections($0.text) }
        #expect(elsewhere.isEmpty, "correction rows written outside CorrectionRecord: \(elsewhere.map(\.name))")
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
