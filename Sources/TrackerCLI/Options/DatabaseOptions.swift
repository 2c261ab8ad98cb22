import ArgumentParser
import Foundation
import TrackerStore

/// Where the database is: `--db`, else `TRACKER_DB`, else `tracker.sqlite` here.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
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

    /// Opens a database that must already exist (for commands that only read).
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
