import GRDB

/// The file an import reads: as the user named it, and its SHA-256.
public struct ImportSource: Sendable, Hashable {
    /// As given on the command line (`-` for standard input).
    public var file: String
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String

    /// The context of importing `bytes` read from `file` (its hash computed here).
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.sha256 = SHA256.hex(bytes)
    }
}

/// One import in progress: who imports which file, when. Its `import_record`
/// row is written with the first correction row the import writes, so an
/// import that changes nothing leaves no trace.
final class ImportContext {
    let source: ImportSource
    /// Who imports: every row the import writes is theirs.
    let author: String
    let timestamp: String
    private var id: Int64?

    init(source: ImportSource, author: String, timestamp: String) {
        self.source = source
        self.author = author
        self.timestamp = timestamp
    }

    /// The import's `import_record` row, written on first use.
    func recordID(_ db: Database) throws -> Int64 {
        if let id { return id }
        try db.execute(
            sql: "INSERT INTO import_record (file, file_hash, author, imported_at) VALUES (?, ?, ?, ?)",
            arguments: [source.file, source.sha256, author, timestamp])
        id = db.lastInsertedRowID
        return db.lastInsertedRowID
    }

    /// A history row read from the file, as stored: the importer's, now,
    /// with the file's author and time kept as reported.
    func reported(_ change: CorrectionChange) -> CorrectionChange {
        CorrectionChange(
            field: change.field, oldValue: change.oldValue, newValue: change.newValue, author: author,
            note: change.note, createdAt: timestamp, reportedBy: change.reportedBy ?? change.author,
            reportedAt: change.reportedAt ?? change.createdAt)
    }
}
