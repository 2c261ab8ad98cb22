import GRDB
import TrackerAnalysis

/// The owner of the `time_expression` table: the only code that writes its
/// rows. Many rows per INSERT, as for ``StatementRecord`` (`TrackerBenchmarks ingest --ingest 2000`).
enum TimeExpressionRecord: TableRecord {
    static let databaseTableName = "time_expression"

    private static let multiRowInsert = MultiRowInsert(
        #"INSERT INTO time_expression (statement_id, text, start, "end", value, anchor, role) VALUES "#,
        row: "(?, ?, ?, ?, ?, ?, ?)", parameters: 7)

    /// Inserts the times of statements, in order.
    static func insert(_ rows: [(statementID: Int64, time: TimeExpression)], _ db: Database) throws {
        try multiRowInsert.insert(rows, into: db) { values, row in
            values.add(row.statementID)
            values.add(row.time.text)
            values.add(row.time.start)
            values.add(row.time.end)
            values.add(row.time.value)
            values.add(row.time.anchor)
            values.add(row.time.role.rawValue)
        }
    }
}
