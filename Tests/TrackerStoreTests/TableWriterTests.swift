import Foundation
import GRDB
import Testing

@testable import TrackerStore

/// Each table of the schema has one writer: one file of the store holds all
/// the code that inserts, updates or deletes its rows (for the tables written
/// from more than one place, a record type in `Records/`, which callers call).
/// So a denormalised column (`statement.linking_time`, `topic_keys`), an
/// actor's alias or a correction's sentence is filled the same way whatever
/// command writes, and a reader finds every change of a table in one file.
///
/// The check reads the sources: it takes the table names from a fresh
/// database (`sqlite_master`), finds in every Swift file of
/// `Sources/TrackerStore` the SQL that writes them (`INSERT [OR x] INTO t`,
/// `UPDATE [OR x] t SET`, `DELETE FROM t`) and GRDB's record writes
/// (`.insert(db)`, `.updateAll(db, …)`, `.deleteAll(db)`, …, which count for
/// the table of the record type declared in the same file, and are an error
/// in a file that declares none), and fails listing every table written from
/// more than one file, all at once.
@Suite struct TableWriterTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TrackerStore")

    /// What a file's record writes count as when it declares no record type.
    static let recordWriteWithoutRecord = "(a GRDB record write outside a record type's file)"
    /// What a write to a table named by string interpolation counts as: the check cannot see its table.
    static let interpolatedTable = "(a write to an interpolated table name)"

    /// The tables of a fresh database: what the schema creates, the full-text index's shadow tables left out
    /// (SQLite writes those itself).
    static func schemaTables() throws -> Set<String> {
        let database = try TrackerDatabase.inMemory()
        let names = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        let virtual = Set(names.filter { name in names.contains { name.hasPrefix($0 + "_") && $0.hasSuffix("_fts") } })
        return Set(names).subtracting(virtual)
    }

    /// The tables a source text writes in SQL; comments are not code and are left out.
    static func writtenInSQL(_ text: String) -> Set<String> {
        let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        let insert = #/INSERT\s+(?:OR\s+\w+\s+)?INTO\s+"?(\w+)/#
        let update = #/UPDATE\s+(?:OR\s+\w+\s+)?"?(\w+)"?\s+SET\b/#
        let delete = #/DELETE\s+FROM\s+"?(\w+)/#
        let interpolated = #/(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+\\\(/#
        var tables = Set(
            code.matches(of: insert).map { String($0.output.1) } + code.matches(of: update).map { String($0.output.1) }
                + code.matches(of: delete).map { String($0.output.1) })
        if code.contains(interpolated) { tables.insert(interpolatedTable) }
        return tables
    }

    /// Whether a source text calls one of GRDB's record or request writes on a database named `db`.
    static func hasRecordWrites(_ text: String) -> Bool {
        text.contains(
            #/\.(?:insert|insertAndFetch|save|saveAndFetch|update|updateChanges|updateAll|upsert|upsertAndFetch|delete|deleteAll|deleteOne)\(\s*db\b/#
        )
    }

    /// The tables of the record types a source text declares (`databaseTableName = "t"`).
    static func declaredTables(_ text: String) -> Set<String> {
        Set(text.matches(of: #/databaseTableName\s*=\s*"(\w+)"/#).map { String($0.output.1) })
    }

    /// The tables a source text writes: its SQL's and, when it has record writes, its record types'.
    static func written(in text: String) -> Set<String> {
        var tables = writtenInSQL(text)
        if hasRecordWrites(text) {
            let declared = declaredTables(text)
            tables.formUnion(declared.isEmpty ? [recordWriteWithoutRecord] : declared)
        }
        return tables
    }

    /// Each Swift file of the store, by path below `Sources/TrackerStore`, with its text.
    static func storeSources() throws -> [(name: String, text: String)] {
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects.compactMap { $0 as? URL } ?? []
        return try files.filter { $0.pathExtension == "swift" }.map { file in
            (String(file.path.dropFirst(sources.path.count + 1)), try String(contentsOf: file, encoding: .utf8))
        }
    }

    @Test func theCheckSeesSQLWrites() {
        #expect(Self.writtenInSQL(#"INSERT OR IGNORE INTO statement_topic (a) VALUES (?)"#) == ["statement_topic"])
        #expect(Self.writtenInSQL("INSERT INTO statement (id) VALUES (1); INSERT INTO topic (key) VALUES ('x')") == ["statement", "topic"])
        #expect(Self.writtenInSQL("UPDATE statement SET review = ? WHERE id = ?") == ["statement"])
        #expect(Self.writtenInSQL("UPDATE OR REPLACE actor SET parent_id = ?") == ["actor"])
        #expect(Self.writtenInSQL("DELETE FROM correction WHERE statement_id = ?") == ["correction"])
        #expect(Self.writtenInSQL("DELETE FROM a;\n    DELETE FROM b") == ["a", "b"])
        #expect(Self.writtenInSQL("ON CONFLICT (url) DO UPDATE SET etag = excluded.etag").isEmpty)
        #expect(Self.writtenInSQL("AFTER UPDATE OF kind ON statement").isEmpty)
        #expect(Self.writtenInSQL("SELECT * FROM correction WHERE statement_id = ?").isEmpty)
        #expect(Self.writtenInSQL("/// Many rows per INSERT: `INSERT INTO t (a, b) VALUES ...`").isEmpty)
        #expect(Self.writtenInSQL(#"try db.execute(sql: "DELETE FROM \(table) WHERE id = ?")"#) == [Self.interpolatedTable])
    }

    @Test func theCheckSeesRecordWrites() {
        let record = #"struct R: PersistableRecord { static let databaseTableName = "correction" }; func f() { try r.insert(db) }"#
        #expect(Self.written(in: record) == ["correction"])
        #expect(Self.written(in: "try CorrectionRecord(field: x).insert(db)") == [Self.recordWriteWithoutRecord])
        #expect(Self.written(in: "try filter(Columns.id == 1).updateAll(db, Columns.id.set(to: 2))") == [Self.recordWriteWithoutRecord])
        #expect(Self.written(in: "seen.insert(key); ids.update(with: 3)").isEmpty)
    }

    /// The one rule, for every table of the schema: its writes are in one file.
    @Test func everyTableHasOneWriter() throws {
        let tables = try Self.schemaTables()
        #expect(tables.isSuperset(of: ["document", "sentence", "statement", "actor", "actor_alias", "correction"]))
        var writers: [String: [String]] = [:]
        for file in try Self.storeSources() {
            for table in Self.written(in: file.text) { writers[table, default: []].append(file.name) }
        }
        let shared = writers.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }
        #expect(shared.isEmpty, "tables written from more than one file:\n\(shared.joined(separator: "\n"))")
        let outsideRecords = writers[Self.recordWriteWithoutRecord] ?? []
        #expect(outsideRecords.isEmpty, "record writes outside a record type: \(outsideRecords.sorted())")
        // A table the check does not know (a typo, or a view) would escape the rule unseen.
        let interpolated = writers[Self.interpolatedTable] ?? []
        #expect(interpolated.isEmpty, "writes to a table named by interpolation: \(interpolated.sorted())")
        let unknown = Set(writers.keys).subtracting(tables).subtracting([Self.recordWriteWithoutRecord, Self.interpolatedTable])
        #expect(unknown.isEmpty, "writes to tables the schema does not have: \(unknown.sorted())")
    }

    /// The statement tables, written many rows per INSERT on ingest, have their writer in `Records/`,
    /// so that the denormalised `linking_time` and `topic_keys` are set in one place.
    @Test func theStatementTablesAreWrittenByTheirRecordTypes() throws {
        let owners = [
            "statement": "Records/StatementRecord.swift", "statement_actor": "Records/StatementActorRecord.swift",
            "statement_topic": "Records/StatementTopicRecord.swift", "time_expression": "Records/TimeExpressionRecord.swift",
            "cue": "Records/CueRecord.swift", "sentence": "Records/SentenceRecord.swift", "document": "Records/DocumentRecord.swift",
            "actor": "Records/ActorRecord.swift", "actor_alias": "Records/ActorAliasRecord.swift",
            "correction": "Records/CorrectionRecord.swift", "outcome_link": "Records/OutcomeLinkRecord.swift",
        ]
        let misplaced = try Self.storeSources().flatMap { file in
            Self.written(in: file.text).filter { owners[$0].map { $0 != file.name } ?? false }.map { "\(file.name): \($0)" }
        }
        #expect(misplaced.isEmpty, "rows written outside their record type:\n\(misplaced.sorted().joined(separator: "\n"))")
    }
}
