import GRDB
import TrackerAnalysis

/// The owner of the `cue` table (the words that made a statement's kind,
/// polarity or certainty): the only code that writes its rows. Many rows per
/// INSERT, as for ``StatementRecord`` (`TrackerBenchmarks ingest --ingest 2000`).
enum CueRecord: TableRecord {
    static let databaseTableName = "cue"

    private static let multiRowInsert = MultiRowInsert(
        #"INSERT INTO cue (statement_id, kind, text, start, "end", rule) VALUES "#, row: "(?, ?, ?, ?, ?, ?)", parameters: 6)

    /// Inserts the cues of statements, in order.
    static func insert(_ rows: [(statementID: Int64, cue: Cue)], _ db: Database) throws {
        try multiRowInsert.insert(rows, into: db) { values, row in
            values.add(row.statementID)
            values.add(row.cue.kind)
            values.add(row.cue.text)
            values.add(row.cue.start)
            values.add(row.cue.end)
            values.add(row.cue.rule)
        }
    }
}
