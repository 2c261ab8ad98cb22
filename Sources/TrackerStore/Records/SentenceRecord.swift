import GRDB
import TrackerAnalysis

/// The owner of the `sentence` table: the only code that inserts, updates or
/// deletes its rows (`TableWriterTests` fails on any other): ingest's
/// sentences and re-analysis re-splitting a document's text.
///
/// New rows go many per INSERT (``MultiRowInsert``): ingest is the hot write
/// path, and `TrackerBenchmarks ingest --ingest 2000` measures it (138.9 k
/// words/s at e1ecc7f, release; see ``StatementWriter``); a record's `insert`
/// would be one statement per row, paying SQLite's per-statement costs (and,
/// for `sentence`, a full-text index segment) once a row.
enum SentenceRecord: TableRecord {
    static let databaseTableName = "sentence"

    /// A row of `sentence`, by column, with the id ingest gave it.
    struct Row {
        var id: Int64
        var documentID: Int64
        var position: Int
        var span: SentenceSpan
        var text: String
    }

    private static let multiRowInsert = MultiRowInsert(
        #"INSERT INTO sentence (id, document_id, position, start, "end", text, end_rule) VALUES "#,
        row: "(?, ?, ?, ?, ?, ?, ?)", parameters: 7)

    /// Inserts `rows`, in order.
    static func insert(_ rows: [Row], _ db: Database) throws {
        try multiRowInsert.insert(rows, into: db) { values, row in
            values.add(row.id)
            values.add(row.documentID)
            values.add(row.position)
            values.add(row.span.start)
            values.add(row.span.end)
            values.add(row.text)
            values.add(row.span.rule.rawValue)
        }
    }

    /// Re-analysis re-split document `documentID`: its old sentences step
    /// aside (negative positions) for the new ones until ``deleteSetAside(ofDocument:_:)``.
    static func setAside(ofDocument documentID: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE sentence SET position = -1 - position WHERE document_id = ?", arguments: [documentID])
    }

    /// Inserts one sentence of a re-split document and returns its new id.
    static func insert(
        documentID: Int64, position: Int, span: SentenceSpan, text: String, _ db: Database
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO sentence (document_id, position, start, "end", text, end_rule) VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [documentID, position, span.start, span.end, text, span.rule.rawValue])
        return db.lastInsertedRowID
    }

    /// Deletes the sentences ``setAside(ofDocument:_:)`` set aside, once their statements moved.
    static func deleteSetAside(ofDocument documentID: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM sentence WHERE document_id = ? AND position < 0", arguments: [documentID])
    }
}
