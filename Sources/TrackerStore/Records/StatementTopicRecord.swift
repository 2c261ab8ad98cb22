import GRDB

/// The owner of the `statement_topic` table: the only code that writes its
/// rows. Many rows per INSERT, as for ``StatementRecord`` (`TrackerBenchmarks ingest --ingest 2000`).
enum StatementTopicRecord: TableRecord {
    static let databaseTableName = "statement_topic"

    private static let multiRowInsert = MultiRowInsert(
        "INSERT OR IGNORE INTO statement_topic (statement_id, topic_key) VALUES ", row: "(?, ?)", parameters: 2)

    /// Inserts the topics of statements; a topic a statement has already is kept once.
    static func insert(_ rows: [(statementID: Int64, topic: String)], _ db: Database) throws {
        try multiRowInsert.insert(rows, into: db) { values, row in
            values.add(row.statementID)
            values.add(row.topic)
        }
    }
}
