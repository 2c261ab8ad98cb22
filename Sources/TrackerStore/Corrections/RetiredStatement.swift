public import Foundation
import GRDB
public import TrackerAnalysis

/// A statement id that reanalysis retired: the statement was not found again
/// (same sentence span, kind and action), so its id is never handed out
/// again, and commands given it say so instead of reaching another statement.
public struct RetiredStatement: Sendable, Hashable {
    /// The retired id: never given to another statement.
    public var id: Int64
    /// The document the statement was in.
    public var documentID: Int64
    /// The kind it had.
    public var kind: StatementKind
    /// The action it had, if any.
    public var action: String?
    /// When reanalysis retired it.
    public var retiredAt: Date
    /// The statement that now stands in its sentence with its kind (the same
    /// action first, then the newest), if there is one.
    public var successorID: Int64?
}

extension TrackerDatabase {
    /// What became of statement `id`, when reanalysis retired it.
    public func retiredStatement(_ id: Int64) throws -> RetiredStatement? {
        try read { db in try Self.retiredStatement(id, db) }
    }

    static func retiredStatement(_ id: Int64, _ db: Database) throws -> RetiredStatement? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT document_id, sentence_start, sentence_end, kind, action, retired_at FROM retired_statement WHERE id = ?
                    """, arguments: [id])
        else { return nil }
        let start: Int = row["sentence_start"]
        let action: String? = row["action"]
        // The sentence that now holds the old one's start: reanalysis never
        // changes a document's text, so offsets still mean the same place.
        let successor = try Int64.fetchOne(
            db,
            sql: """
                SELECT s.id FROM statement s JOIN sentence se ON se.id = s.sentence_id
                WHERE s.document_id = ? AND s.kind = ? AND s.review != 'rejected'
                  AND se.start <= ? AND ? < max(se."end", se.start + 1)
                ORDER BY (s.action IS ?) DESC, s.id DESC LIMIT 1
                """, arguments: [row["document_id"], row["kind"], start, start, action])
        return RetiredStatement(
            id: id, documentID: row["document_id"], kind: try StoredValue.required(row, "kind"),
            action: action, retiredAt: try StoredValue.timestamp(row, "retired_at"), successorID: successor)
    }

    /// The error for a statement id that is not stored: retired by
    /// reanalysis (naming its successor), or never used.
    static func missingStatement(_ id: Int64, _ db: Database) throws -> StoreError {
        guard let retired = try retiredStatement(id, db) else {
            return .notFound("no statement \(id); see 'tracker statements'")
        }
        let date = String(Timestamp.iso(retired.retiredAt).prefix(10))
        guard let successor = retired.successorID else {
            return .notFound(
                "statement \(id) no longer exists: reanalysis on \(date) found no \(retired.kind.rawValue) "
                    + "in its sentence any more; see 'tracker report document \(retired.documentID)'")
        }
        return .notFound(
            "statement \(id) no longer exists: reanalysis on \(date) replaced it; the \(retired.kind.rawValue) "
                + "of the same sentence is now statement \(successor); check it and give that id")
    }
}
