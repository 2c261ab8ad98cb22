import GRDB

/// The owner of the `actor_alias` table: the only code that writes its rows
/// (`TableWriterTests` fails on any other), so every alias is stored with
/// the same lookup form (``ActorWriter/normalized(_:)``).
enum ActorAliasRecord: TableRecord {
    static let databaseTableName = "actor_alias"

    /// Adds `alias` to actor `actorID`; an alias the actor has already is kept once.
    static func add(_ alias: String, to actorID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor_alias (actor_id, alias, normalized) VALUES (?, ?, ?)")
            .execute(arguments: [actorID, alias, ActorWriter.normalized(alias)])
    }

    /// Gives actor `target` every alias of actor `source` (`actors merge`).
    static func copy(from source: Int64, to target: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO actor_alias (actor_id, alias, normalized) SELECT ?, alias, normalized FROM actor_alias WHERE actor_id = ?
                """, arguments: [target, source])
    }
}
