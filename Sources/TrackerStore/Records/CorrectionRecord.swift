import GRDB

/// A row of the `correction` table: one change a person (or an imported
/// file) made, kept as history. This type is the table's only writer
/// (`TableWriterTests` fails on any other), so every row has the
/// same columns filled the same way.
struct CorrectionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "correction"

    /// The table's columns, for requests.
    enum Columns {
        static let statementID = Column(CodingKeys.statementID)
        static let sentenceID = Column(CodingKeys.sentenceID)
        static let importID = Column(CodingKeys.importID)
    }

    var id: Int64?
    /// The statement changed; nil for a change to an actor (`merge`).
    var statementID: Int64?
    /// The statement's sentence, so the history outlives a re-analysis that replaces the statement.
    var sentenceID: Int64?
    /// `kind`, `polarity`, `holder`, `delete`, `add`, `link`, `split`, `merge`, ...
    var field: String
    var oldValue: String?
    var newValue: String?
    var author: String
    var note: String?
    var createdAt: String
    /// For a row read from an imported file: the author and time the file gave.
    var reportedBy: String?
    var reportedAt: String?
    /// The import that brought the row, if one did.
    var importID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, field, author, note
        case statementID = "statement_id"
        case sentenceID = "sentence_id"
        case oldValue = "old_value"
        case newValue = "new_value"
        case createdAt = "created_at"
        case reportedBy = "reported_by"
        case reportedAt = "reported_at"
        case importID = "import_id"
    }

    /// A change to statement `statementID`, recorded with its sentence.
    static func ofStatement(
        _ statementID: Int64, field: String, oldValue: String?, newValue: String?, author: String, note: String?,
        createdAt: String, reportedBy: String? = nil, reportedAt: String? = nil, importID: Int64? = nil, _ db: Database
    ) throws -> CorrectionRecord {
        let sentence = try Int64.fetchOne(db, sql: "SELECT sentence_id FROM statement WHERE id = ?", arguments: [statementID])
        return CorrectionRecord(
            statementID: statementID, sentenceID: sentence, field: field, oldValue: oldValue, newValue: newValue,
            author: author, note: note, createdAt: createdAt, reportedBy: reportedBy, reportedAt: reportedAt,
            importID: importID)
    }

    /// Adds the row to the history (which is only ever added to, moved with
    /// its sentence, or dropped with an imported statement).
    func append(_ db: Database) throws {
        try insert(db)
    }

    /// Moves the history of sentence `old` to sentence `new` (re-analysis re-split the text).
    static func moveHistory(fromSentence old: Int64, toSentence new: Int64, _ db: Database) throws {
        try filter(Columns.sentenceID == old).updateAll(db, Columns.sentenceID.set(to: new))
    }

    /// Marks the history of statement `id` as brought by import `importID`.
    static func setImport(_ importID: Int64, forStatement id: Int64, _ db: Database) throws {
        try filter(Columns.statementID == id).updateAll(db, Columns.importID.set(to: importID))
    }

    /// Drops the history of statement `id` (an imported statement whose file brings its own).
    static func deleteHistory(ofStatement id: Int64, _ db: Database) throws {
        try filter(Columns.statementID == id).deleteAll(db)
    }
}
