public import Foundation
import GRDB
public import TrackerAnalysis

/// A stored document, as listed by `tracker documents`.
public struct StoredDocument: Sendable, Hashable {
    /// Its row id.
    public var id: Int64
    /// The path it was ingested from, if any.
    public var path: String?
    /// Its title, if known.
    public var title: String?
    /// Its publisher, if known.
    public var source: String?
    /// Its publication date, if known.
    public var published: CalendarDate?
    /// Set by a user (`documents set --country`, an ingest's metadata sheet).
    public var country: String?
    /// The format it was read from.
    public var format: DocumentFormat
    /// Words in its cleaned text.
    public var wordCount: Int
    /// Sentences stored for it.
    public var sentenceCount: Int
    /// When it was stored.
    public var ingestedAt: Date
    /// The SHA-256 of its cleaned text, in hex.
    public var contentHash: String
}

/// Totals for a database, as `tracker ingest` reports them.
public struct StoreCounts: Sendable, Hashable, Codable {
    /// Documents stored.
    public var documents: Int
    /// Sentences stored.
    public var sentences: Int
    /// Statements stored.
    public var statements: Int
}

extension TrackerDatabase {
    /// Stored documents by publication date, then id.
    public func documents(limit: Int? = nil) throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.path, d.title, d.source, d.published, d.country, d.format, d.word_count, d.ingested_at,
                           d.content_hash, (SELECT count(*) FROM sentence s WHERE s.document_id = d.id) AS sentences
                    FROM document d
                    ORDER BY d.published IS NULL, d.published, d.id
                    LIMIT ?
                    """, arguments: [limit ?? -1]
            ).map { row in
                StoredDocument(
                    id: row["id"], path: row["path"], title: row["title"], source: row["source"],
                    published: try StoredValue.day(row, "published"), country: row["country"],
                    format: try StoredValue.required(row, "format"), wordCount: row["word_count"],
                    sentenceCount: row["sentences"], ingestedAt: try StoredValue.timestamp(row, "ingested_at"),
                    contentHash: row["content_hash"])
            }
        }
    }

    /// The database's totals.
    public func counts() throws -> StoreCounts {
        try read { db in
            StoreCounts(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                sentences: try Int.fetchOne(db, sql: "SELECT count(*) FROM sentence") ?? 0,
                statements: try Int.fetchOne(db, sql: "SELECT count(*) FROM statement") ?? 0)
        }
    }

    /// The cleaned text of one document.
    public func documentText(_ id: Int64) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id]) }
    }

    /// The sentences of one document, in order, as (start, end, text).
    public func sentences(ofDocument id: Int64) throws -> [(start: Int, end: Int, text: String)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT start, "end", text FROM sentence WHERE document_id = ? ORDER BY position
                    """, arguments: [id]
            ).map { ($0["start"], $0["end"], $0["text"]) }
        }
    }
}

extension TrackerDatabase {
    /// The document a user means: its id, or the path it was ingested from
    /// (as given then, or ending with what is given now).
    public func documentID(matching reference: String) throws -> Int64? {
        try read { db in
            if let id = Int64(reference), try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE id = ?", arguments: [id]) != nil {
                return id
            }
            return try Int64.fetchOne(
                db,
                sql: """
                    SELECT id FROM document WHERE path = ? OR (length(path) > length(?) AND substr(path, -length(?) - 1) = '/' || ?)
                    ORDER BY path = ? DESC, id LIMIT 1
                    """, arguments: [reference, reference, reference, reference, reference])
        }
    }

    /// Topic keys that have statements, in order.
    public func topicKeys() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT topic_key FROM statement_topic ORDER BY topic_key") }
    }
}

extension TrackerDatabase {
    /// Removes document `id` with its sentences, statements, times and links,
    /// in one transaction; the correction log keeps every human correction
    /// (its statement and sentence ids become null). Returns how many
    /// statements went.
    @discardableResult
    public func removeDocument(_ id: Int64) throws -> Int {
        try writeTransaction { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE id = ?", arguments: [id]) == 1 else {
                throw StoreError.notFound("no document \(id); see 'tracker documents'")
            }
            let statements = try Int.fetchOne(db, sql: "SELECT count(*) FROM statement WHERE document_id = ?", arguments: [id]) ?? 0
            try DocumentRecord.delete(id: id, db)
            return statements
        }
    }

    /// Sets the country of the documents stored from `path` (an ingest's metadata sheet).
    public func setCountry(_ country: String, forPath path: String) throws {
        try writeTransaction { db in
            try DocumentRecord.setCountry(country, forPath: path, db)
        }
    }

    /// The id of the document stored from `path`, the most recent when several were.
    public func documentID(path: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE path = ? ORDER BY id DESC LIMIT 1", arguments: [path])
        }
    }
}
