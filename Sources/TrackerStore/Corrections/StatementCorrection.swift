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
    /// Who corrects (the CLI gives `$TRACKER_AUTHOR`, else `$USER`; the workbench the name given).
    public var author: String

    /// A correction of the fields given; the others stay as they are.
    public init(
        kind: StatementKind? = nil, polarity: Polarity? = nil, certainty: Certainty? = nil,
        holders: [String]? = nil, source: String? = nil, targets: [String]? = nil,
        delete: Bool = false, confirm: Bool = false, note: String? = nil, author: String
    ) {
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
    /// For a row read from an imported file: the author the file named
    /// (`author` is then who imported it).
    public var reportedBy: String?
    /// For a row read from an imported file: the time the file gave
    /// (`createdAt` is then when it was imported).
    public var reportedAt: String?

    enum CodingKeys: String, CodingKey {
        case field, author, note
        case oldValue = "old_value"
        case newValue = "new_value"
        case createdAt = "created_at"
        case reportedBy = "reported_by"
        case reportedAt = "reported_at"
    }

    /// A change with every field given (`reportedBy`/`reportedAt`: who and when an imported file says).
    public init(
        field: String, oldValue: String?, newValue: String?, author: String, note: String?, createdAt: String,
        reportedBy: String? = nil, reportedAt: String? = nil
    ) {
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.author = author
        self.note = note
        self.createdAt = createdAt
        self.reportedBy = reportedBy
        self.reportedAt = reportedAt
    }

    /// What the change is wherever it travels: the same field, values and
    /// note, by its first author at its first time (an imported row counts
    /// as the row it was read from, so importing it again finds it stored).
    var original: Original {
        Original(
            field: field, oldValue: oldValue, newValue: newValue, note: note, author: reportedBy ?? author,
            createdAt: reportedAt ?? createdAt)
    }

    struct Original: Hashable {
        var field: String
        var oldValue: String?
        var newValue: String?
        var note: String?
        var author: String
        var createdAt: String
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
        try Row.fetchAll(
            db,
            sql: """
                SELECT field, old_value, new_value, author, note, created_at, reported_by, reported_at FROM correction
                WHERE statement_id = ? ORDER BY id
                """, arguments: [id]
        ).map(Self.change(from:))
    }

    static func change(from row: Row) -> CorrectionChange {
        CorrectionChange(
            field: row["field"], oldValue: row["old_value"], newValue: row["new_value"],
            author: row["author"], note: row["note"], createdAt: row["created_at"],
            reportedBy: row["reported_by"], reportedAt: row["reported_at"])
    }

    /// Applies `correction` to statement `id`. With `importing`, the rows are
    /// an import's: with `history` (an imported statement's), each change
    /// applied is stored as the history row that made it, as reported by the
    /// file (a change no row of the file explains is stored as the
    /// importer's), then the rest of that history not stored yet, so that
    /// importing twice changes nothing; and the statement's review becomes
    /// `review`.
    static func apply(
        _ correction: StatementCorrection, to id: Int64, timestamp: String, history: [CorrectionChange]? = nil,
        review imported: ReviewState? = nil, importing: ImportContext? = nil, _ db: Database
    ) throws -> [CorrectionChange] {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT kind, polarity, certainty, review FROM statement WHERE id = ?",
                arguments: [id])
        else {
            throw try missingStatement(id, db)
        }
        var changes: [CorrectionChange] = []
        func record(_ field: String, _ old: String?, _ new: String?) {
            changes.append(
                CorrectionChange(
                    field: field, oldValue: old, newValue: new, author: correction.author,
                    note: correction.note, createdAt: timestamp))
        }
        let scalarFields: [(column: StatementRecord.CorrectedColumn, value: String?)] = [
            (.kind, correction.kind?.rawValue), (.polarity, correction.polarity?.rawValue),
            (.certainty, correction.certainty?.rawValue),
        ]
        for (column, value) in scalarFields {
            guard let value, value != row[column.rawValue] as String else { continue }
            try StatementRecord.set(column, to: value, statement: id, db)
            record(column.rawValue, row[column.rawValue], value)
        }
        let roleChanges: [(role: StatementQuery.Role, names: [String]?)] = [
            (.holder, correction.holders),
            (.source, correction.source.map { $0.isEmpty ? [] : [$0] }),
            (.target, correction.targets),
        ]
        for (role, names) in roleChanges {
            guard let names else { continue }
            let old = try Self.roleNames(statement: id, role: role.rawValue, db)
            var actorIDs: [Int64] = []
            for name in names {
                guard let actorID = try Self.actorID(named: name, db) else {
                    throw StoreError.notFound("no actor named '\(name)'; add it first with 'tracker actors add \"\(name)\" --kind K'")
                }
                if !actorIDs.contains(actorID) { actorIDs.append(actorID) }
            }
            let newNames = try actorIDs.map { try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [$0]) ?? "" }
            guard newNames != old else { continue }
            try StatementActorRecord.replaceRoles(of: id, role: role, with: actorIDs, db)
            record(
                role.rawValue, old.isEmpty ? nil : old.joined(separator: "; "), newNames.isEmpty ? nil : newNames.joined(separator: "; "))
        }
        let review: ReviewState = try StoredValue.required(row, "review")
        var newReview = review
        if correction.delete {
            if review != .rejected { record("delete", review.rawValue, ReviewState.rejected.rawValue) }
            newReview = .rejected
        } else if !changes.isEmpty {
            newReview = review == .added ? .added : .corrected
        } else if correction.confirm, review == .unreviewed || review == .rejected {
            record("confirm", review.rawValue, ReviewState.confirmed.rawValue)
            newReview = .confirmed
        }
        if let imported, imported != newReview {
            if !changes.contains(where: { ["delete", "confirm", "review"].contains($0.field) }) {
                record("review", newReview.rawValue, imported.rawValue)
            }
            newReview = imported
        }
        if newReview != review {
            try StatementRecord.setReview(newReview, statement: id, db)
        }
        if let history, let importing {
            let stored = Set(try corrections(ofStatement: id, db).map(\.original))
            var unstored = history.filter { !stored.contains($0.original) }
            changes = changes.map { change in
                guard let index = unstored.firstIndex(where: { $0.field == change.field && $0.newValue == change.newValue })
                else { return change }
                return importing.reported(unstored.remove(at: index))
            }
            changes += unstored.map(importing.reported)
        }
        for change in changes {
            try CorrectionRecord.ofStatement(
                id, field: change.field, oldValue: change.oldValue, newValue: change.newValue, author: change.author,
                note: change.note, createdAt: change.createdAt, reportedBy: change.reportedBy,
                reportedAt: change.reportedAt, importID: try importing?.recordID(db), db
            ).append(db)
        }
        return changes
    }

    /// The names of the actors in `role` of a statement, in order.
    static func roleNames(statement id: Int64, role: String, _ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT a.name FROM statement_actor r JOIN actor a ON a.id = r.actor_id
                WHERE r.statement_id = ? AND r.role = ? ORDER BY r.position
                """, arguments: [id, role])
    }
}
