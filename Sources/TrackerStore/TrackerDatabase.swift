import Foundation
import GRDB
import TrackerAnalysis
import TrackerSchema

/// The tracker's SQLite database: the store's front door.
///
/// Opens (or creates) the file in WAL mode with foreign keys on, applies the
/// migrations of `Schema/`, and refuses a database written by a newer
/// tracker. Writers wait for each other (busy timeout) instead of failing, so
/// several `tracker` processes can share one file. A database that cannot be
/// written (a read-only file or folder) can still be opened for reading.
///
/// ## Topics
/// - ``init(path:mode:)``
/// - ``inMemory()``
/// - ``ingest(_:path:analyzerVersion:)``
/// - ``documents(limit:)``
public struct TrackerDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file, or `:memory:`.
    public let path: String
    /// What linking worked out of the store's wordings, kept between reads (``LinkerMemoryPool``).
    let linkerMemories: LinkerMemoryPool

    /// How long a writer waits for another process's transaction.
    static let busyTimeout: TimeInterval = 60
    /// Tries at migrating a file that another process may be migrating too.
    static let migrationAttempts = 5

    /// How a database is opened.
    public enum OpenMode: Sendable {
        /// Created when absent, migrated to the current schema, writable.
        case readWrite
        /// Only read: never created, written or migrated; a database whose
        /// schema is not the current one is refused.
        case readOnly
    }

    /// Opens (or, to write, creates) the database at `path`.
    ///
    /// - Throws: ``StoreError``.
    public init(path: String, mode: OpenMode = .readWrite) throws {
        // Two processes opening a new file at once can meet SQLite's
        // "database is locked" before any busy timeout applies (switching the
        // file to WAL, a first read of the log): open it again, a little later.
        var attempt = 1
        while true {
            do {
                self = try TrackerDatabase(opening: path, mode: mode)
                return
            } catch let StoreError.sqlite(_, message) where message.contains("database is locked") && attempt < Self.openAttempts {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Tries at opening a file that another process is opening too.
    static let openAttempts = 5

    private init(opening path: String, mode: OpenMode) throws {
        self.path = path
        linkerMemories = LinkerMemoryPool()
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "tracker"
        configuration.readonly = mode == .readOnly
        configuration.prepareDatabase { db in
            // Up to 64 MiB of pages per connection (SQLite's default is 2 MiB):
            // an ingest's indexes and a large database's queries stay in memory.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Read the file through a memory map of up to 1 GiB rather than a read() per page: a page the
            // system has cached is used in place, shared by every connection of the pool, instead of copied
            // into each connection's own cache (MEASURED below).
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            if mode == .readWrite {
                // In WAL mode NORMAL keeps the database consistent on a crash and
                // only risks the last commits on power loss; FULL would fsync every
                // document.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Checkpoint the write-ahead log every 10,000 pages (40 MB) rather
                // than 1,000: an ingest's pages are copied back (and synced) less often.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
            }
        }
        try Self.checkAccess(path: path, mode: mode)
        do {
            switch mode {
            case .readWrite:
                writer = try DatabasePool(path: path, configuration: configuration)
            case .readOnly:
                writer = try Self.readOnlyQueue(path: path, configuration: configuration)
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
        switch mode {
        case .readWrite:
            try migrate()
            try attributeOutcomesIfNeeded()
        case .readOnly: try checkSchema()
        }
    }

    /// Refuses what SQLite would get wrong or explain poorly: a missing
    /// folder; to write, a file the user may not write (SQLite would open it
    /// read-only, fail only at the first write, and leave its `-wal` and
    /// `-shm` files beside it) or a new file in a folder the user may not write.
    private static func checkAccess(path: String, mode: OpenMode) throws {
        let manager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !manager.fileExists(atPath: directory) {
            throw StoreError.cannotOpen(path: path, reason: "folder \(directory) does not exist")
        }
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder; give a database file")
        }
        guard mode == .readWrite else { return }
        if manager.fileExists(atPath: path) {
            if !manager.isWritableFile(atPath: path) { throw StoreError.readOnly(path: path) }
        } else if !manager.isWritableFile(atPath: directory.isEmpty ? "." : directory) {
            throw StoreError.cannotOpen(path: path, reason: "no permission to create a file in \(directory.isEmpty ? "." : directory)")
        }
    }

    /// A read-only connection: a queue, since a pool would ask for WAL mode,
    /// which is a write. SQLite reads a WAL database through its `-shm` index
    /// file and creates that file when it is absent, which fails in a folder
    /// the user may not write to (and elsewhere leaves a file the reader owns
    /// beside someone else's database). With no `-shm` file no connection has
    /// the database open and its WAL is checkpointed, so a database the user
    /// may not write is then read as immutable, which needs no index. One the
    /// user may write (the read-only commands open those read-only too) is
    /// not: an immutable reader would not see, and could be torn by, a writer
    /// that starts while it reads.
    private static func readOnlyQueue(path: String, configuration: Configuration) throws -> DatabaseQueue {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        let writable = manager.isWritableFile(atPath: path) && manager.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        guard isWAL(path: path), !manager.fileExists(atPath: path + "-shm"), !writable else {
            return try DatabaseQueue(path: path, configuration: configuration)
        }
        var uri = URLComponents()
        uri.scheme = "file"
        uri.path = path
        uri.query = "immutable=1"
        return try DatabaseQueue(path: uri.string ?? path, configuration: configuration)
    }

    /// Whether the file's SQLite header says WAL mode (read and write versions 2).
    private static func isWAL(path: String) -> Bool {
        guard let header = header(path: path) else { return false }
        return header[18] == 2 && header[19] == 2
    }

    /// Whether the file starts as an SQLite database does.
    static func hasSQLiteHeader(path: String) -> Bool {
        header(path: path) != nil
    }

    /// The first 20 bytes of an SQLite file, or nil for any other file.
    private static func header(path: String) -> Data? {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        guard let header = try? file.read(upToCount: 20), header.count == 20,
            header.starts(with: Data("SQLite format 3\u{0}".utf8))
        else { return nil }
        return header
    }

    /// An empty database in memory, for tests and one-off analysis.
    public static func inMemory() throws -> TrackerDatabase {
        try TrackerDatabase(writer: DatabaseQueue(configuration: Configuration()), path: ":memory:")
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        linkerMemories = LinkerMemoryPool()
        try migrate()
        try attributeOutcomesIfNeeded()
    }

    /// Fills or updates the stored attribution of holder-less outcomes
    /// (Schema/013) when it is not current: once for a database migrated to
    /// 013 (about 10 s at a million statements), and after a change of
    /// analyzer version or a run that stopped before it. The check is a read,
    /// so an open takes no write lock when there is nothing to do.
    private func attributeOutcomesIfNeeded() throws {
        guard try !read({ db in try OutcomeAttribution.isCurrent(db) && CommitmentCandidates.isCurrent(db) }) else { return }
        try writeTransaction { _ in }
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

    /// Brings the schema up to date. Several processes may open a new file at
    /// once and both find it unmigrated: each migration runs in an IMMEDIATE
    /// transaction that also records its identifier (a primary key), so the
    /// second to get the lock fails and rolls back whole, and then finds the
    /// work done by the first.
    private func migrate() throws {
        let migrator = Self.migrator
        do {
            let upToDate = try writer.read { db in
                try Self.refuseNewerSchema(db, path: path)
                return try migrator.hasCompletedMigrations(db)
            }
            if upToDate { return }
            // Another process may be migrating the same new file: a migration
            // it has just applied then fails here ("already exists"), whole
            // (each runs in its own transaction). Go again from what is
            // applied now, a few times, unless it has finished them all.
            var attempt = 1
            while true {
                do {
                    try migrator.migrate(writer)
                    return
                } catch {
                    if try writer.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
                    guard attempt < Self.migrationAttempts else { throw error }
                    attempt += 1
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// For a read-only database: the schema must be exactly the current one.
    private func checkSchema() throws {
        let migrator = Self.migrator
        do {
            try writer.read { db in
                try Self.refuseNewerSchema(db, path: path)
                guard try migrator.hasCompletedMigrations(db) else {
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    throw tables == 0
                        ? StoreError.cannotOpen(path: path, reason: "the database is empty and read-only")
                        : StoreError.olderSchema(path: path)
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Throws ``StoreError/newerSchema(path:unknownMigrations:)`` when the
    /// database holds migrations this tracker does not know.
    private static func refuseNewerSchema(_ db: Database, path: String) throws {
        let migrator = Self.migrator
        guard try migrator.hasBeenSuperseded(db) else { return }
        let known = Set(migrator.migrations)
        let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
    }

    /// Maps SQLite's failures to what a user can act on.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .sqlite(path: path, message: String(describing: error))
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return hasSQLiteHeader(path: path) ? .damaged(path: path) : .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: error.message ?? "unable to open")
        case .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
        default: return .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `work` in one IMMEDIATE transaction: the write lock is taken at
    /// the start (waiting for other writers), and everything lands or nothing.
    /// The outcomes attributed to a party without a holder named are brought
    /// up to date with what `work` changed, in the same transaction (Schema/013),
    /// unless `attributing` is false (an ingest in batches does it once, at its end).
    func writeTransaction<T>(attributing: Bool = true, _ work: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    if attributing {
                        try OutcomeAttribution.refresh(db)
                        try CommitmentCandidates.refresh(db)
                    }
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
