public import Foundation
import GRDB

extension TrackerDatabase {
    /// Tracks the commitment report `statement` as a commitment of its own,
    /// undoing a wrong merge; returns the new tracked commitment's id. Stored
    /// as a person's decision (kept by `reanalyze`) with a correction row.
    @discardableResult
    public func split(statement id: Int64, note: String?, author: String, now: Date = Date()) throws -> Int64 {
        let timestamp = Timestamp.iso(now)
        return try writeTransaction { db in
            try Self.requireCommitment(id, db)
            let group = try Self.newGroup(for: id, timestamp: timestamp, db)
            try Self.assign(id, to: group, field: "split", note: note, author: author, timestamp: timestamp, db)
            return group
        }
    }

    /// Tracks the commitment report `statement` together with `other`: one
    /// pledge the rules kept apart. Returns the shared tracked commitment's id.
    @discardableResult
    public func join(
        statement id: Int64, with other: Int64, note: String?, author: String,
        now: Date = Date()
    ) throws -> Int64 {
        let timestamp = Timestamp.iso(now)
        return try writeTransaction { db in
            try Self.requireCommitment(id, db)
            try Self.requireCommitment(other, db)
            let existing = try Int64.fetchOne(db, sql: "SELECT tracked_commitment_id FROM statement WHERE id = ?", arguments: [other])
            let group = try existing ?? Self.newGroup(for: other, timestamp: timestamp, db)
            if existing == nil {
                try Self.assign(other, to: group, field: "join", note: note, author: author, timestamp: timestamp, db)
            }
            try Self.assign(id, to: group, field: "join", note: note, author: author, timestamp: timestamp, db)
            return group
        }
    }

    static func requireCommitment(_ id: Int64, _ db: Database) throws {
        let kind = try String.fetchOne(db, sql: "SELECT kind FROM statement WHERE id = ?", arguments: [id])
        if kind == nil { throw try missingStatement(id, db) }
        guard kind == "commitment" else {
            throw StoreError.wrongKind(statement: id, expected: .commitment)
        }
    }

    static func newGroup(for id: Int64, timestamp: String, _ db: Database) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO tracked_commitment (holder_id, normalized_action, deadline, origin, created_at)
                SELECT (SELECT actor_id FROM statement_actor WHERE statement_id = s.id AND role = 'holder' ORDER BY position LIMIT 1),
                       s.normalized_action, (SELECT value FROM time_expression WHERE statement_id = s.id AND role = 'deadline'),
                       'human', ? FROM statement s WHERE s.id = ?
                """, arguments: [timestamp, id])
        return db.lastInsertedRowID
    }

    static func assign(
        _ id: Int64, to group: Int64, field: String, note: String?, author: String, timestamp: String,
        _ db: Database
    ) throws {
        let old = try Int64.fetchOne(db, sql: "SELECT tracked_commitment_id FROM statement WHERE id = ?", arguments: [id])
        try StatementRecord.assign(statement: id, toGroup: group, db)
        try CorrectionRecord.ofStatement(
            id, field: field, oldValue: old.map(String.init), newValue: String(group), author: author, note: note,
            createdAt: timestamp, db
        ).append(db)
    }
}
