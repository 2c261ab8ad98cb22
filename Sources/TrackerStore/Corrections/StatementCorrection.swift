public import Foundation
import GRDB
public import TrackerAnalysis

/// A human correction of one stored statement (`tracker correct`). Fields
/// left nil stay as they are. Every change is stored in the `correction`
/// table with who, when and why; the statement is marked reviewed, so
/// `tracker reanalyze` keeps it.
public struct StatementCorrection: Sendable, Hashable {
    /// The new kind, if it changes.
    public var kind: StatementKind?
    /// The new polarity, if it changes.
    public var polarity: Polarity?
    /// The new certainty, if it changes.
    public var certainty: Certainty?
    /// New holders by name; an empty list removes them.
    public var holders: [String]?
    /// New source by name; an empty string removes it.
    public var source: String?
    /// New targets by name; an empty list removes them.
    public var targets: [String]?
    /// Rejects the statement: it stays stored, marked rejected, and is left
    /// out of queries, tracking and reports.
    public var delete: Bool
    /// Marks the statement as checked and right, without changing it.
    public var confirm: Bool
    /// Why, kept in the history.
    public var note: String?
    /// Who corrects (`$TRACKER_AUTHOR`, else `$USER`).
    public var author: String

    /// A correction of the fields given; the others stay as they are.
    public init(kind: StatementKind? = nil, polarity: Polarity? = nil, certainty: Certainty? = nil,
                holders: [String]? = nil, source: String? = nil, targets: [String]? = nil,
                delete: Bool = false, confirm: Bool = false, note: String? = nil, author: String = Author.current) {
        self.kind = kind
        self.polarity = polarity
        self.certainty = certainty
        self.holders = holders
        self.source = source
        self.targets = targets
        self.delete = delete
        self.confirm = confirm
        self.note = note
        self.author = author
    }

    /// Whether the correction asks for anything at all.
    public var isEmpty: Bool {
        kind == nil && polarity == nil && certainty == nil && holders == nil && source == nil && targets == nil
            && !delete && !confirm
    }
}

/// One field a correction changed, as stored in the history.
public struct CorrectionChange: Sendable, Hashable, Codable {
    /// The field changed: `kind`, `polarity`, `certainty`, `holder`, `source`, `target`, `review`.
    public var field: String
    /// The value before, if there was one.
    public var oldValue: String?
    /// The value after, if there is one.
    public var newValue: String?
    /// Who changed it.
    public var author: String
    /// Why, as the person said.
    public var note: String?
    /// When, as an ISO 8601 timestamp in UTC.
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case field, author, note
        case oldValue = "old_value"
        case newValue = "new_value"
        case createdAt = "created_at"
    }

    /// A change with every field given.
    public init(field: String, oldValue: String?, newValue: String?, author: String, note: String?, createdAt: String) {
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.author = author
        self.note = note
        self.createdAt = createdAt
    }
}

/// Who makes corrections: `$TRACKER_AUTHOR`, else `$USER`, else "user".
public enum Author {
    /// The author of corrections made now.
    public static var current: String {
        let environment = ProcessInfo.processInfo.environment
        for name in ["TRACKER_AUTHOR", "USER"] {
            if let value = environment[name], !value.isEmpty { return value }
        }
        return "user"
    }
}

extension TrackerDatabase {
    /// Applies `correction` to statement `id` in one transaction and returns
    /// what changed (nothing when every field already had the asked value).
    @discardableResult
    public func correct(statement id: Int64, _ correction: StatementCorrection, now: Date = Date()) throws -> [CorrectionChange] {
        let timestamp = Timestamp.iso(now)
        return try writeTransaction { db in
            try Self.apply(correction, to: id, timestamp: timestamp, db)
        }
    }

    /// The correction history of statement `id`, oldest first.
    public func corrections(ofStatement id: Int64) throws -> [CorrectionChange] {
        try read { db in try Self.corrections(ofStatement: id, db) }
    }

    static func corrections(ofStatement id: Int64, _ db: Database) throws -> [CorrectionChange] {
        try Row.fetchAll(db, sql: """
            SELECT field, old_value, new_value, author, note, created_at FROM correction
            WHERE statement_id = ? ORDER BY id
            """, arguments: [id]).map(Self.change(from:))
    }

    static func change(from row: Row) -> CorrectionChange {
        CorrectionChange(field: row["field"], oldValue: row["old_value"], newValue: row["new_value"],
                         author: row["author"], note: row["note"], createdAt: row["created_at"])
    }

    /// Applies `correction` to statement `id`. With `history` (an imported
    /// statement's), that history is stored instead of new rows: the rows of
    /// it not stored yet, so importing twice changes nothing; and the
    /// statement's review becomes `review`.
    static func apply(_ correction: StatementCorrection, to id: Int64, timestamp: String, history: [CorrectionChange]? = nil,
                      review imported: String? = nil, _ db: Database) throws -> [CorrectionChange] {
        guard let row = try Row.fetchOne(db, sql: "SELECT kind, polarity, certainty, review FROM statement WHERE id = ?",
                                         arguments: [id]) else {
            throw StoreError.notFound("no statement \(id); see 'tracker statements'")
        }
        var changes: [CorrectionChange] = []
        func record(_ field: String, _ old: String?, _ new: String?) {
            changes.append(CorrectionChange(field: field, oldValue: old, newValue: new, author: correction.author,
                                            note: correction.note, createdAt: timestamp))
        }
        let scalarFields: [(column: String, value: String?)] = [
            ("kind", correction.kind?.rawValue), ("polarity", correction.polarity?.rawValue),
            ("certainty", correction.certainty?.rawValue),
        ]
        for (column, value) in scalarFields {
            guard let value, value != row[column] as String else { continue }
            try db.execute(sql: "UPDATE statement SET \(column) = ? WHERE id = ?", arguments: [value, id])
            record(column, row[column], value)
        }
        let roleChanges: [(role: String, names: [String]?)] = [
            ("holder", correction.holders),
            ("source", correction.source.map { $0.isEmpty ? [] : [$0] }),
            ("target", correction.targets),
        ]
        for (role, names) in roleChanges {
            guard let names else { continue }
            let old = try Self.roleNames(statement: id, role: role, db)
            var actorIDs: [Int64] = []
            for name in names {
                guard let actorID = try Self.actorID(named: name, db) else {
                    throw StoreError.notFound("no actor named '\(name)'; add it first with 'tracker actors add \"\(name)\" --kind K'")
                }
                if !actorIDs.contains(actorID) { actorIDs.append(actorID) }
            }
            let newNames = try actorIDs.map { try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [$0]) ?? "" }
            guard newNames != old else { continue }
            try db.execute(sql: "DELETE FROM statement_actor WHERE statement_id = ? AND role = ?", arguments: [id, role])
            for (position, actorID) in actorIDs.enumerated() {
                try db.execute(sql: "INSERT INTO statement_actor (statement_id, actor_id, role, position) VALUES (?, ?, ?, ?)",
                               arguments: [id, actorID, role, position])
            }
            record(role, old.isEmpty ? nil : old.joined(separator: "; "), newNames.isEmpty ? nil : newNames.joined(separator: "; "))
        }
        let review: String = row["review"]
        var newReview = review
        if correction.delete {
            if review != "rejected" { record("delete", review, "rejected") }
            newReview = "rejected"
        } else if !changes.isEmpty {
            newReview = review == "added" ? "added" : "corrected"
        } else if correction.confirm, review == "unreviewed" || review == "rejected" {
            record("confirm", review, "confirmed")
            newReview = "confirmed"
        }
        if let imported { newReview = imported }
        if newReview != review {
            try db.execute(sql: "UPDATE statement SET review = ? WHERE id = ?", arguments: [newReview, id])
        }
        if let history {
            let stored = Set(try corrections(ofStatement: id, db))
            changes = history.filter { !stored.contains($0) }
        }
        for change in changes {
            try db.execute(sql: """
                INSERT INTO correction (statement_id, sentence_id, field, old_value, new_value, author, note, created_at)
                VALUES (?, (SELECT sentence_id FROM statement WHERE id = ?), ?, ?, ?, ?, ?, ?)
                """, arguments: [id, id, change.field, change.oldValue, change.newValue, change.author, change.note, change.createdAt])
        }
        return changes
    }

    /// The names of the actors in `role` of a statement, in order.
    static func roleNames(statement id: Int64, role: String, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT a.name FROM statement_actor r JOIN actor a ON a.id = r.actor_id
            WHERE r.statement_id = ? AND r.role = ? ORDER BY r.position
            """, arguments: [id, role])
    }
}
