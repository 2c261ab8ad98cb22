public import Foundation
import GRDB
public import TrackerAnalysis

/// A stored actor with what the database knows about it.
public struct StoredActor: Sendable, Hashable {
    /// Its row id.
    public var id: Int64
    /// Its stable key ("north-korea").
    public var key: String
    /// Its canonical name.
    public var name: String
    /// State, organisation, group or person.
    public var kind: ActorKind
    /// The name of the actor it belongs to, if any.
    public var parent: String?
    /// Where it came from: the dictionary, the text, or a person.
    public var origin: ActorOrigin
    /// Every name it is found by.
    public var aliases: [String]
    /// Its dated roles ("Foreign Minister of Peru, 2024-01-01 to now").
    public var roles: [StoredActorRole]
    /// Statements naming this actor, by role.
    public var statementsByRole: [StatementQuery.Role: Int]
    /// Statements naming it as holder, by kind.
    public var heldByKind: [StatementKind: Int]
}

/// A dated role of a stored actor (the `actor_role` table).
public struct StoredActorRole: Sendable, Hashable, CustomStringConvertible {
    /// The title ("Foreign Minister").
    public var title: String
    /// The name of the actor the role is of ("Peru"), if any.
    public var of: String?
    /// The first day, when known.
    public var from: CalendarDate?
    /// The last day; nil while it lasts.
    public var to: CalendarDate?

    /// "Foreign Minister of Peru (2024-01-01 to now)"; "?" for an unknown first day.
    public var description: String {
        "\(title)\(of.map { " of \($0)" } ?? "") (\(from?.iso ?? "?") to \(to?.iso ?? "now"))"
    }
}

extension TrackerDatabase {
    /// The actor a user means by `name`: its key, canonical name or any alias
    /// (case and punctuation folded), following merges.
    ///
    /// Without `counting`, ``StoredActor/statementsByRole`` and
    /// ``StoredActor/heldByKind`` are left empty, for a caller that shows no
    /// counts (the workbench's party page): the kinds cost a statement lookup
    /// per statement held, about 20 ms for the busiest party of a million
    /// statements (10 k held; 11% of that page's time, perf).
    public func actor(named name: String, counting: Bool = true) throws -> StoredActor? {
        try read { db in
            guard let id = try Self.actorID(named: name, db) else { return nil }
            return try Self.storedActor(id, db, counting: counting)
        }
    }

    static func actorID(named name: String, _ db: Database) throws -> Int64? {
        let normalized = ActorWriter.normalized(name)
        var id = try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM actor WHERE key = ? OR lower(name) = lower(?)
                UNION ALL SELECT actor_id FROM actor_alias WHERE normalized = ?
                LIMIT 1
                """, arguments: [ActorWriter.key(for: name), name, normalized])
        var hops = 0
        while let current = id, hops < 16,
            let merged = try Int64.fetchOne(db, sql: "SELECT merged_into_id FROM actor WHERE id = ?", arguments: [current])
        {
            id = merged
            hops += 1
        }
        return id
    }

    static func storedActor(_ id: Int64, _ db: Database, counting: Bool = true) throws -> StoredActor? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.id, a.key, a.name, a.kind, a.origin, p.name AS parent FROM actor a LEFT JOIN actor p ON p.id = a.parent_id
                    WHERE a.id = ?
                    """, arguments: [id])
        else { return nil }
        let aliases = try String.fetchAll(db, sql: "SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY alias", arguments: [id])
        let roles = try Row.fetchAll(
            db,
            sql: """
                SELECT r.title, o.name AS of, r.from_date, r.to_date FROM actor_role r LEFT JOIN actor o ON o.id = r.of_id
                WHERE r.actor_id = ? ORDER BY r.from_date
                """, arguments: [id]
        ).map { role in
            StoredActorRole(
                title: role["title"] ?? "", of: role["of"], from: try StoredValue.day(role, "from_date"),
                to: try StoredValue.day(role, "to_date"))
        }
        var byRole: [StatementQuery.Role: Int] = [:]
        var byKind: [StatementKind: Int] = [:]
        if counting {
            for role in try Row.fetchAll(
                db, sql: "SELECT role, count(*) AS n FROM statement_actor WHERE actor_id = ? GROUP BY role", arguments: [id])
            {
                byRole[try StoredValue.required(role, "role")] = role["n"]
            }
            for kind in try Row.fetchAll(
                db,
                sql: """
                    SELECT s.kind, count(*) AS n FROM statement_actor sa JOIN statement s ON s.id = sa.statement_id
                    WHERE sa.actor_id = ? AND sa.role = 'holder' GROUP BY s.kind
                    """, arguments: [id])
            {
                byKind[try StoredValue.required(kind, "kind")] = kind["n"]
            }
        }
        return StoredActor(
            id: row["id"], key: row["key"], name: row["name"], kind: try StoredValue.required(row, "kind"),
            parent: row["parent"], origin: try StoredValue.required(row, "origin"), aliases: aliases, roles: roles,
            statementsByRole: byRole, heldByKind: byKind)
    }

    /// Every actor that is not merged into another, most mentioned first.
    public func actors(limit: Int? = nil) throws -> [(actor: StoredActor, mentions: Int)] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, (SELECT count(*) FROM statement_actor sa WHERE sa.actor_id = a.id) AS mentions
                    FROM actor a WHERE a.merged_into_id IS NULL
                    ORDER BY mentions DESC, a.name LIMIT ?
                    """, arguments: [limit ?? -1])
            return try rows.compactMap { row in
                try Self.storedActor(row["id"], db).map { ($0, row["mentions"] as Int) }
            }
        }
    }

    /// Adds an actor of the user's ("origin: user").
    public func addActor(name: String, kind: ActorKind, parent: String?, aliases: [String], now: Date = Date()) throws -> StoredActor {
        try writeTransaction { db in
            if let existing = try Self.actorID(named: name, db) {
                throw StoreError.alreadyExists(name: name, actor: existing)
            }
            var parentID: Int64?
            if let parent {
                guard let found = try Self.actorID(named: parent, db) else { throw StoreError.notFound("no actor named '\(parent)'") }
                parentID = found
            }
            let id = try ActorRecord.insert(
                key: ActorWriter.key(for: name), name: name, kind: kind, parentID: parentID, origin: .user,
                createdAt: Timestamp.iso(now), db)
            for alias in [name] + aliases {
                try ActorAliasRecord.add(alias, to: id, db)
            }
            guard let stored = try Self.storedActor(id, db) else { throw StoreError.notFound("actor \(id) vanished") }
            return stored
        }
    }

    /// Adds `alias` to the actor named `name`.
    public func addAlias(_ alias: String, to name: String) throws {
        try writeTransaction { db in
            guard let id = try Self.actorID(named: name, db) else { throw StoreError.notFound("no actor named '\(name)'") }
            if let other = try Self.actorID(named: alias, db), other != id {
                throw StoreError.alreadyExists(name: alias, actor: other)
            }
            try ActorAliasRecord.add(alias, to: id, db)
        }
    }

    /// Merges actor `from` into `into`: every statement that named `from` now
    /// names `into`, its aliases move over, and lookups of `from` follow, as
    /// do statements `reanalyze` writes later. The merge is kept in the
    /// correction history (field `merge`, from the one key to the other),
    /// with who, when and why. Returns how many statement roles were re-pointed.
    @discardableResult
    public func mergeActor(
        _ from: String, into: String, author: String, note: String? = nil,
        now: Date = Date()
    ) throws -> Int {
        try writeTransaction { db in
            guard let source = try Self.actorID(named: from, db) else { throw StoreError.notFound("no actor named '\(from)'") }
            guard let target = try Self.actorID(named: into, db) else { throw StoreError.notFound("no actor named '\(into)'") }
            guard source != target else { throw StoreError.sameActor(from, into) }
            return try Self.merge(source, into: target, author: author, note: note, timestamp: Timestamp.iso(now), importing: nil, db)
        }
    }

    static func merge(
        _ source: Int64, into target: Int64, author: String, note: String?, timestamp: String,
        importing: ImportContext?, _ db: Database
    ) throws -> Int {
        let moved = try StatementActorRecord.moveRoles(ofActor: source, to: target, db)
        try ActorAliasRecord.copy(from: source, to: target, db)
        try ActorRecord.merge(source, into: target, db)
        let key = "SELECT key FROM actor WHERE id = ?"
        try CorrectionRecord(
            field: "merge", oldValue: try String.fetchOne(db, sql: key, arguments: [source]),
            newValue: try String.fetchOne(db, sql: key, arguments: [target]), author: author, note: note,
            createdAt: timestamp, importID: try importing?.recordID(db)
        ).append(db)
        return moved
    }

    /// The keys of the actors merged into each actor, directly or through
    /// others, by the actor's key.
    static func mergedKeys(_ db: Database) throws -> [String: [String]] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.key, t.key AS into_key FROM actor a JOIN actor t ON t.id = a.merged_into_id ORDER BY a.key
                """)
        var direct: [String: [String]] = [:]
        for row in rows { direct[row["into_key"], default: []].append(row["key"]) }
        var all: [String: [String]] = [:]
        for key in direct.keys {
            var keys: [String] = []
            var pending = direct[key] ?? []
            var seen: Set<String> = [key]
            while let next = pending.popLast() {
                guard seen.insert(next).inserted else { continue }
                keys.append(next)
                pending += direct[next] ?? []
            }
            all[key] = keys.sorted()
        }
        return all
    }
}
