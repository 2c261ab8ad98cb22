import GRDB

/// A row of `sentence`.
struct SentenceRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "sentence"

    var id: Int64?
    var documentID: Int64
    var position: Int
    var start: Int
    var end: Int
    var text: String
    var endRule: String

    enum CodingKeys: String, CodingKey {
        case id, position, start, end, text
        case documentID = "document_id"
        case endRule = "end_rule"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
