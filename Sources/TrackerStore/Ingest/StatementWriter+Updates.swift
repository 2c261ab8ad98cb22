import GRDB
import TrackerAnalysis

/// The changes made to stored statement rows after they are written: a
/// person's corrections, grouping and reviews, and re-analysis moving
/// statements to new sentences. With ``StatementWriter``'s inserts, these are
/// the only writes to the `statement` and `statement_actor` tables
/// (`StatementTableWriterTests` fails on any other), so Schema/013's triggers,
/// which list the statements changed for outcome attribution, see every change.
extension StatementWriter {
    /// The columns a person corrects in place (`tracker correct --kind/--polarity/--certainty`).
    enum CorrectedColumn: String {
        case kind, polarity, certainty
    }

    /// Sets a corrected column of statement `id` to `value` (the enum's raw value).
    static func set(_ column: CorrectedColumn, to value: String, statement id: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE statement SET \(column.rawValue) = ? WHERE id = ?", arguments: [value, id])
    }

    /// Sets the review of statement `id`.
    static func setReview(_ review: ReviewState, statement id: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE statement SET review = ? WHERE id = ?", arguments: [review.rawValue, id])
    }

    /// Marks the statements a person looked at as confirmed, where they are still unreviewed.
    static func confirmUnreviewed(_ ids: [Int64], _ db: Database) throws {
        try db.execute(
            sql: "UPDATE statement SET review = 'confirmed' WHERE id IN (SELECT value FROM json_each(?)) AND review = 'unreviewed'",
            arguments: [CommitmentLoader.jsonArray(ids)])
    }

    /// Puts statement `id` in tracked commitment `group` (`tracker split`/`join`); an unreviewed statement is confirmed by it.
    static func assign(statement id: Int64, toGroup group: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE statement SET tracked_commitment_id = ?,
                       review = CASE review WHEN 'unreviewed' THEN 'confirmed' ELSE review END WHERE id = ?
                """, arguments: [group, id])
    }

    /// Moves the statements of sentence `old` to sentence `new` (re-analysis re-split the text).
    static func moveStatements(fromSentence old: Int64, toSentence new: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE statement SET sentence_id = ? WHERE sentence_id = ?", arguments: [new, old])
    }

    /// Gives actor `source`'s statement roles to `target` (`tracker actors merge`), keeping one row
    /// where both hold the same role of a statement; returns the rows moved.
    static func moveRoles(ofActor source: Int64, to target: Int64, _ db: Database) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM statement_actor WHERE actor_id = ? AND EXISTS (
                    SELECT 1 FROM statement_actor t WHERE t.statement_id = statement_actor.statement_id
                    AND t.role = statement_actor.role AND t.actor_id = ?)
                """, arguments: [source, target])
        try db.execute(sql: "UPDATE statement_actor SET actor_id = ? WHERE actor_id = ?", arguments: [target, source])
        return db.changesCount
    }
}
