public import TrackerAnalysis

/// Why the database cannot be used, or why a command cannot do what it was
/// asked. Each database case names the file.
public enum StoreError: ReportableError, Sendable, Equatable {
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
    /// A name the user would add is taken: by `actor` (an id), for an actor
    /// or alias of `name`.
    case alreadyExists(name: String, actor: Int64)
    /// Two names given for a merge are the same actor.
    case sameActor(String, String)
    /// A statement given by id is not of the kind the command needs.
    case wrongKind(statement: Int64, expected: StatementKind)
    /// A document's new analysis was made from another text than the stored one.
    case textMismatch(document: Int64)
    /// A stored value this tracker does not know (a newer tracker's, or
    /// written by hand): `column` and the value as stored.
    case unknownValue(column: String, value: String)

    /// One line saying what happened, naming the file where there is one.
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
        case let .alreadyExists(name, actor):
            return "'\(name)' already names actor \(actor); add another alias with 'tracker actors alias', "
                + "or merge with 'tracker actors merge'"
        case let .sameActor(first, second):
            return "'\(first)' and '\(second)' are already the same actor"
        case let .wrongKind(statement, expected):
            let outcome = expected == .achievement ? "an outcome (achievement)" : "a \(expected.rawValue)"
            return "statement \(statement) is not \(outcome); see 'tracker statements --kind \(expected.rawValue)'"
        case let .textMismatch(document):
            return "document \(document): the analysed text is not the stored text"
        case let .unknownValue(column, value):
            return "the database holds \(column) '\(value)', which this tracker does not know "
                + "(written by a newer tracker?); upgrade the tracker to read it"
        }
    }

    /// ``description``, with SQLite's constraint messages put in words:
    /// never a CHECK constraint's SQL.
    public var userMessage: String {
        guard case let .sqlite(path, message) = self else { return description }
        let rules: [(prefix: String, meaning: String)] = [
            ("CHECK constraint failed", "a value is not one the database accepts"),
            ("NOT NULL constraint failed", "a required value is missing"),
            ("UNIQUE constraint failed", "it is already stored under that name or key"),
            ("FOREIGN KEY constraint failed", "it refers to something that is not stored"),
        ]
        for rule in rules where message.contains(rule.prefix) {
            let detail = message.components(separatedBy: rule.prefix + ":").dropFirst().first?.trimmingCharacters(in: .whitespaces)
            return "\(path): \(rule.meaning)" + (detail.map { $0.isEmpty ? "" : " (\(Self.column($0)))" } ?? "")
        }
        return description
    }

    /// `kind IN ('claim', ...)` or `actor.key` shortened to the column it is about.
    private static func column(_ detail: String) -> String {
        let name = detail.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "\"" }
        return name.isEmpty ? "rule not met" : "in \(name.replacingOccurrences(of: "\"", with: ""))"
    }
}
