import GRDB

/// The owner of the `outcome_attribution_state` table (its one row, made by
/// Schema/013): the only code that updates it (`TableWriterTests` fails on
/// any other). Outcome attribution records the version its rows were made
/// with; the commitment candidates record that they were filled once.
enum OutcomeAttributionStateRecord: TableRecord {
    static let databaseTableName = "outcome_attribution_state"

    /// Records that the stored attribution was made by `version`.
    static func setVersion(_ version: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE outcome_attribution_state SET version = ? WHERE id = 1", arguments: [version])
    }

    /// Records that every commitment's candidates are stored, so later refreshes touch changed sentences only.
    static func setCandidatesFilled(_ db: Database) throws {
        try db.execute(sql: "UPDATE outcome_attribution_state SET candidates_filled = 1 WHERE id = 1")
    }
}
