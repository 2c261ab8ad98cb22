import Foundation
import GRDB
import TrackerAnalysis
import TrackerSchema

/// The tracker's SQLite database: the store's front door.
///
/// Opens (or creates) the file in WAL mode with foreign keys on, applies the
/// migrations of `Schema/`, and refuses a database written by a newer
/// tracker. Writers wait for each other (busy timeout) instead of failing, so
/// several `tracker` processes can share one file.
///
/// ## Topics
/// - ``init(path:)``
/// - ``inMemory()``
/// - ``ingest(_:path:analyzerVersion:)``
/// - ``documents(limit:)``
public struct TrackerDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file, or `:memory:`.
    public let path: String

    /// How long a writer waits for another process's transaction.
    static let busyTimeout: TimeInterval = 60

    /// Opens or creates the database at `path`.
    ///
    /// - Throws: ``StoreError``.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "tracker"
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL keeps the database consistent on a crash and
            // only risks the last commits on power loss; FULL would fsync every
            // document.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Up to 64 MiB of pages per connection (SQLite's default is 2 MiB):
            // an ingest's indexes and a large database's queries stay in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Checkpoint the write-ahead log every 10,000 pages (40 MB) rather
            // than 1,000: an ingest's pages are copied back (and synced) less often.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw StoreError.cannotOpen(path: path, reason: "folder \(directory) does not exist")
        }
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try migrate()
    }

    /// An empty database in memory, for tests and one-off analysis.
    public static func inMemory() throws -> TrackerDatabase {
        try TrackerDatabase(writer: DatabaseQueue(configuration: Configuration()), path: ":memory:")
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        try migrate()
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all {
            let sql = migration.sql
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: sql)
            }
        }
        return migrator
    }

    private func migrate() throws {
        let migrator = Self.migrator
        do {
            let unknown = try writer.read { db -> [String] in
                guard try migrator.hasBeenSuperseded(db) else { return [] }
                let known = Set(migrator.migrations)
                return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
            }
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
            try migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Maps SQLite's failures to what a user can act on.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, message: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: error.message ?? "unable to open")
        case .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
        default: return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `work` in one IMMEDIATE transaction: the write lock is taken at
    /// the start (waiting for other writers), and everything lands or nothing.
    func writeTransaction<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(work)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`: the problems
    /// found, or an empty list.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "foreign key: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? -1) -> \(row[2] as String? ?? "?")"
            }
            return integrity + foreignKeys
        }
    }
}
