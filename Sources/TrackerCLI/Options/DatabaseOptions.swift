import ArgumentParser
import Foundation
import TrackerStore

/// Where the database is: `--db`, else `TRACKER_DB`, else `tracker.sqlite` here.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (default: $TRACKER_DB, else tracker.sqlite in the working directory).",
            valueName: "FILE"))
    var db: String?

    var path: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["TRACKER_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "tracker.sqlite"
    }

    func open() throws -> TrackerDatabase {
        try TrackerDatabase(path: path)
    }

    /// Opens a database that must already exist, for a command that only
    /// reads (`statements`, `commitments`, `report`, `documents`, `actors
    /// list|show`, `export`): read-only, so opening it writes nothing and a
    /// writer holding a write transaction never makes the command wait
    /// (opening it read-write sets WAL mode and the connection's pragmas on
    /// a writer, which waits for that transaction: 67 s measured behind an
    /// ingest). A database without the current schema (from an older
    /// tracker, or new and being created by another process) needs a write:
    /// when the user may write the file it is opened as any command opens it
    /// (upgraded, or waited for); otherwise the store says why it cannot be
    /// read (a read-only database from an older tracker: "cannot be upgraded").
    func openForReading() throws -> TrackerDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("\(path): no such database; create it with 'tracker ingest FILES --db \(path)'")
        }
        let writable = FileManager.default.isWritableFile(atPath: path)
        do {
            return try TrackerDatabase(path: path, mode: .readOnly)
        } catch StoreError.olderSchema where writable {
            // Silently, as before: another process may be creating the file
            // right now, its schema half applied, which is no news to the user.
            return try TrackerDatabase(path: path)
        } catch StoreError.cannotOpen where writable {
            return try TrackerDatabase(path: path)
        }
    }

    /// Opens a database that must already exist (for commands that write to it).
    /// One the user may not write to (a read-only file or folder) is opened
    /// read-only, so that it can still be listed and queried; a write to it
    /// then fails with a message saying why.
    func openExisting() throws -> TrackerDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("\(path): no such database; create it with 'tracker ingest FILES --db \(path)'")
        }
        do {
            return try TrackerDatabase(path: path)
        } catch StoreError.readOnly {
            return try TrackerDatabase(path: path, mode: .readOnly)
        }
    }
}
