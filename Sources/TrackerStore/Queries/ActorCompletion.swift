import Foundation
import GRDB

/// A name a person may mean while typing: a canonical name or an alias, with
/// the actor it stands for.
public struct ActorCompletion: Sendable, Hashable, Codable {
    /// The name or alias as stored ("Lima").
    public var name: String
    /// The canonical name of the actor it names ("Peru").
    public var actor: String

    /// A completion `name` for `actor`.
    public init(name: String, actor: String) {
        self.name = name
        self.actor = actor
    }
}

extension TrackerDatabase {
    /// Names and aliases of unmerged actors that start with `typed` (case
    /// folded), then those that contain it, shortest first; at most `limit`.
    /// An empty `typed` gives nothing: a picker asks only once something is typed.
    public func completeActorName(_ typed: String, limit: Int = 12) throws -> [ActorCompletion] {
        let needle = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty, limit > 0 else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH names(name, actor) AS (
                        SELECT a.name, a.name FROM actor a WHERE a.merged_into_id IS NULL
                        UNION SELECT al.alias, a.name FROM actor_alias al JOIN actor a ON a.id = al.actor_id
                        WHERE a.merged_into_id IS NULL
                    )
                    SELECT name, actor, instr(lower(name), ?1) AS at FROM names
                    WHERE at > 0
                    ORDER BY at != 1, length(name), name
                    LIMIT ?2
                    """, arguments: [needle, limit])
            return rows.map { ActorCompletion(name: $0["name"], actor: $0["actor"]) }
        }
    }
}
