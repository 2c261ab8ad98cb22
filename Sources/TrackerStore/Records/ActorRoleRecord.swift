import GRDB
import TrackerAnalysis

/// The owner of the `actor_role` table (an office an actor holds, from the
/// actor dictionary): the only code that writes its rows.
enum ActorRoleRecord: TableRecord {
    static let databaseTableName = "actor_role"

    /// Stores that actor `actorID` holds `role`, of actor `ofID` when the role names one.
    static func insert(_ role: ActorEntry.Role, of ofID: Int64?, actor actorID: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO actor_role (actor_id, title, of_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [actorID, role.title, ofID, role.from, role.to])
    }
}
