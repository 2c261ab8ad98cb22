import GRDB
import TrackerAnalysis

/// The owner of the `statement_actor` table (who holds, sources or is the
/// target of a statement): the only code that writes its rows
/// (`TableWriterTests` fails on any other), so Schema/013's triggers see
/// every change of a statement's actors.
///
/// Ingest's rows go many per INSERT (``MultiRowInsert``), measured by
/// `TrackerBenchmarks ingest --ingest 2000` (see ``StatementRecord``).
enum StatementActorRecord: TableRecord {
    static let databaseTableName = "statement_actor"

    /// A row of `statement_actor`; a person's statement has no mention.
    struct Row {
        var statementID: Int64
        var actorID: Int64
        var role: StatementQuery.Role
        var position: Int
        var mention: ActorMention?
    }

    private static let multiRowInsert = MultiRowInsert(
        """
        INSERT OR IGNORE INTO statement_actor (statement_id, actor_id, role, position, mention, mention_start, mention_end) VALUES
        """, row: "(?, ?, ?, ?, ?, ?, ?)", parameters: 7)

    /// Inserts `rows`, in order; a row the statement has already is kept once.
    static func insert(_ rows: [Row], _ db: Database) throws {
        try multiRowInsert.insert(rows, into: db) { values, row in
            values.add(row.statementID)
            values.add(row.actorID)
            values.add(row.role.rawValue)
            values.add(row.position)
            values.add(row.mention?.mention)
            values.add(row.mention.map { Int64($0.start) })
            values.add(row.mention.map { Int64($0.end) })
        }
    }

    /// Replaces a stored statement's actors in `role` (a person's correction:
    /// no mentions), in the order given.
    static func replaceRoles(of statementID: Int64, role: StatementQuery.Role, with actorIDs: [Int64], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM statement_actor WHERE statement_id = ? AND role = ?", arguments: [statementID, role.rawValue])
        for (position, actorID) in actorIDs.enumerated() {
            try db.execute(
                sql: "INSERT INTO statement_actor (statement_id, actor_id, role, position) VALUES (?, ?, ?, ?)",
                arguments: [statementID, actorID, role.rawValue, position])
        }
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
