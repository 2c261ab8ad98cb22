import GRDB
import TrackerAnalysis

/// The owner of the `actor` table: the only code that inserts or updates its
/// rows (`TableWriterTests` fails on any other). Ingest, `actors add`,
/// `actors merge` and `import` all create actors here, so every row gets the
/// same columns.
///
/// Raw SQL through the connection's statement cache, not a record's
/// `insert`: ``ActorWriter/ensure(key:name:kind:parentKey:parentName:dictionary:db:timestamp:depth:)``
/// calls it on ingest's hot path, measured by `TrackerBenchmarks ingest --ingest 2000`
/// (kept as it was, not measured against a record insert).
enum ActorRecord: TableRecord {
    static let databaseTableName = "actor"

    /// Inserts an actor and returns its row id.
    static func insert(
        key: String, name: String, kind: ActorKind, parentID: Int64?, origin: ActorOrigin, createdAt: String,
        _ db: Database
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO actor (key, name, kind, parent_id, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [key, name, kind.rawValue, parentID, origin.rawValue, createdAt])
        return db.lastInsertedRowID
    }

    /// Makes actor `source` stand for `target` (`actors merge`): its children
    /// move to `target`, and lookups of `source` follow `merged_into_id`.
    static func merge(_ source: Int64, into target: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE actor SET parent_id = ? WHERE parent_id = ?", arguments: [target, source])
        try db.execute(sql: "UPDATE actor SET merged_into_id = ? WHERE id = ?", arguments: [target, source])
    }
}
