import GRDB

/// What the store knows of a name a user asked about: whether it is an actor,
/// whether anything was said by or of it, and, when it is unknown, the
/// names nearest to it.
public struct ActorLookup: Sendable, Hashable, Codable {
    /// The actor's canonical name, when the name is known.
    public var actor: String?
    /// Statements in which the actor (or anyone affiliated to it) has a role.
    public var statements: Int
    /// Near names (canonical names and aliases), nearest first, when the name is unknown.
    public var suggestions: [String]
}

extension TrackerDatabase {
    /// Looks `name` up as `commitments` does, counting the statements it has a
    /// role in; an unknown name gets up to `limit` near names: those that
    /// contain it or that it contains, then those within a third of its
    /// letters in edit distance ("Peur" → "Peru").
    public func lookUpActor(_ name: String, limit: Int = 5) throws -> ActorLookup {
        try read { db in
            if let id = try Self.actorID(named: name, db) {
                let ids = try Self.actorAndAffiliates(id, db)
                let actor = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [id])
                let count =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(DISTINCT statement_id) FROM statement_actor
                            WHERE actor_id IN (SELECT value FROM json_each(?))
                            """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"]) ?? 0
                return ActorLookup(actor: actor, statements: count, suggestions: [])
            }
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM actor WHERE merged_into_id IS NULL
                    UNION SELECT al.alias FROM actor_alias al JOIN actor a ON a.id = al.actor_id WHERE a.merged_into_id IS NULL
                    """)
            let wanted = Array(name.lowercased())
            var scored: [(distance: Int, name: String)] = []
            for candidate in names {
                let lowered = candidate.lowercased()
                if wanted.count >= 3, lowered.contains(String(wanted)) || String(wanted).contains(lowered) && lowered.count >= 3 {
                    scored.append((0, candidate))
                    continue
                }
                let distance = Self.editDistance(wanted, Array(lowered))
                // A third of the letters: "Peur" (4) takes one slip, "Untied Kingdom" (14) four.
                if distance <= max(1, wanted.count / 3) { scored.append((distance, candidate)) }
            }
            scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
            var seen = Set<String>()
            let suggestions = scored.map(\.name).filter { seen.insert($0.lowercased()).inserted }
            return ActorLookup(actor: nil, statements: 0, suggestions: Array(suggestions.prefix(limit)))
        }
    }

    /// Edit distance over characters, a swap of two neighbours counting as one
    /// slip ("Peur" is one from "Peru"; optimal string alignment).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
