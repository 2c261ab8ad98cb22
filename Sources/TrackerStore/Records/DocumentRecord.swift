import GRDB
import TrackerAnalysis

/// A row of `document`, and the owner of the table: its methods are the only
/// code that inserts, updates or deletes documents (`TableWriterTests` fails
/// on any other).
struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"

    var id: Int64?
    var contentHash: String
    var path: String?
    var url: String?
    var title: String?
    var source: String?
    var published: String?
    var language: String
    var format: String
    var text: String
    var wordCount: Int
    var analyzerVersion: String
    var ingestedAt: String

    enum CodingKeys: String, CodingKey {
        case id, path, url, title, source, published, language, format, text
        case contentHash = "content_hash"
        case wordCount = "word_count"
        case analyzerVersion = "analyzer_version"
        case ingestedAt = "ingested_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Inserts the row and returns its new id.
    func inserted(_ db: Database) throws -> Int64 {
        var record = self
        try record.insert(db)
        guard let id = record.id else { throw DatabaseError(message: "no row id for the document") }
        return id
    }

    /// Inserts a document's row with its text bound in place (`SQLITE_STATIC`:
    /// SQLite reads the caller's bytes instead of copying 200 MB first) and
    /// returns its id. Raw SQL through ``PreparedInsert`` on purpose: a record's
    /// `insert` copies the text; `TrackerBenchmarks hostile` ("ingest one large
    /// document (in blocks, one transaction)") measures the peak memory this saves.
    static func insertInPlace(
        _ document: CleanedDocument, path: String?, hash: String, analyzerVersion: String,
        timestamp: String, _ db: Database
    ) throws -> Int64 {
        let metadata = document.metadata
        let insert = try PreparedInsert(
            db,
            sql: """
                INSERT INTO document (content_hash, path, url, title, source, published, language, format, word_count,
                    analyzer_version, ingested_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var text = document.text
        try text.withUTF8 { bytes in
            try insert.run { values in
                values.add(hash)
                values.add(path)
                values.add(metadata.url)
                values.add(metadata.title)
                values.add(metadata.source)
                values.add(metadata.date?.iso)
                values.add(metadata.language)
                values.add(document.format.rawValue)
                values.add(WordCounter.count(in: document.text))
                values.add(analyzerVersion)
                values.add(timestamp)
                values.addInPlace(bytes)
            }
        }
        return db.lastInsertedRowID
    }

    /// Stores document `id`'s metadata as read again (`reanalyze --metadata`).
    static func updateMetadata(_ metadata: DocumentMetadata, ofDocument id: Int64, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE document SET title = ?, published = ?, source = ?, url = ?, country = ? WHERE id = ?",
            arguments: [metadata.title, metadata.date?.iso, metadata.source, metadata.url, metadata.country, id])
    }

    /// Records that document `id` was analysed by `analyzerVersion`, with its word count.
    static func setAnalyzed(by analyzerVersion: String, wordCount: Int, ofDocument id: Int64, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE document SET analyzer_version = ?, word_count = ? WHERE id = ?",
            arguments: [analyzerVersion, wordCount, id])
    }

    /// Sets the country of the documents stored from `path`.
    static func setCountry(_ country: String, forPath path: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE document SET country = ? WHERE path = ?", arguments: [country, path])
    }

    /// Deletes document `id` (its sentences and statements go with it, by the schema's cascades).
    static func delete(id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [id])
    }
}
