import GRDB

/// A row of `document`.
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
}
