/// Why the database cannot be used. Each case names the file.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be opened or created (missing folder, permissions).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite file whose pages are damaged (truncated, overwritten).
    case damaged(path: String)
    /// The database was written by a newer tracker; it is never migrated down.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A read-only database from an older tracker: it cannot be migrated.
    case olderSchema(path: String)
    /// The database cannot be written (read-only file or folder).
    case readOnly(path: String)
    /// Any other SQLite failure, with SQLite's message.
    case sqlite(path: String, message: String)
    /// A name or id given by the user matches nothing.
    case notFound(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "\(path): cannot open the database (\(reason))"
        case let .notADatabase(path):
            return "\(path): not a tracker database (the file is not SQLite)"
        case let .damaged(path):
            return "\(path): the database file is damaged (SQLite finds it malformed); restore it from a copy"
        case let .newerSchema(path, unknown):
            return "\(path): the database was written by a newer tracker (unknown migrations: "
                + unknown.joined(separator: ", ") + "); upgrade the tracker to use it"
        case let .olderSchema(path):
            return "\(path): the database was written by an older tracker and is read-only, so it cannot be "
                + "upgraded; make it writable and run any tracker command on it once"
        case let .readOnly(path):
            return "\(path): the database is read-only; check the file's and its folder's permissions"
        case let .sqlite(path, message):
            return "\(path): database error: \(message)"
        case let .notFound(what):
            return what
        }
    }
}
