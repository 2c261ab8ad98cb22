public import Foundation
import GRDB
public import TrackerAnalysis

/// A correction refused because the statement changed since the person saw it
/// (optimistic concurrency for several reviewers at once).
public struct StatementConflict: ReportableError, Sendable, Equatable {
    /// The statement.
    public var statementID: Int64
    /// The version the person saw.
    public var expected: Int
    /// The version stored now.
    public var current: Int

    /// A conflict on statement `statementID`: seen at `expected`, stored at `current`.
    public init(statementID: Int64, expected: Int, current: Int) {
        self.statementID = statementID
        self.expected = expected
        self.current = current
    }

    /// What went wrong, in one line.
    public var description: String {
        "statement \(statementID) changed since you saw it (you saw version \(expected), it is now at version \(current)); reload it and decide again"
    }
}

// A statement's version is the number of rows in its correction history.
// Why not a column bumped by a trigger: a holder, source or target change
// rewrites `statement_actor` and may leave the `statement` row untouched (a
// statement already "corrected" stays so), so a trigger on `statement` would
// miss it; every change a person makes, through `correct`, `import` or the
// workbench, appends at least one history row, and a correction that changes
// nothing appends none. The count is read through `correction_by_statement`,
// needs no migration, and cannot go backwards (the history is append-only).
extension TrackerDatabase {
    /// The version of statement `id` (how many changes its history holds), or nil when there is no such statement.
    public func statementVersion(_ id: Int64) throws -> Int? {
        try read { db in try Self.statementVersion(id, db) }
    }

    /// The versions of statements `ids` (as ``statementVersion(_:)`` counts them), in one read: a party page
    /// lists hundreds of commitments without a holder, each with its form, and asked two queries in a read of
    /// its own for each. Ids of no statement are left out.
    public func statementVersions(_ ids: [Int64]) throws -> [Int64: Int] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var versions: [Int64: Int] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.id, (SELECT count(*) FROM correction c WHERE c.statement_id = s.id)
                    FROM statement s WHERE s.id IN (SELECT value FROM json_each(?))
                    """, arguments: [CommitmentLoader.jsonArray(ids)])
            while let row = try rows.next() { versions[row[0]] = row[1] }
            return versions
        }
    }

    /// The document statement `id` belongs to, or nil when there is no such statement.
    public func documentID(ofStatement id: Int64) throws -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT document_id FROM statement WHERE id = ?", arguments: [id]) }
    }

    static func statementVersion(_ id: Int64, _ db: Database) throws -> Int? {
        guard try Int64.fetchOne(db, sql: "SELECT id FROM statement WHERE id = ?", arguments: [id]) != nil else { return nil }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM correction WHERE statement_id = ?", arguments: [id]) ?? 0
    }

    /// Applies `correction` to statement `id` only if its version is still
    /// `expectedVersion`, checked and written in one transaction.
    ///
    /// - Throws: ``StatementConflict`` when another change came first (nothing is written), ``StoreError`` otherwise.
    @discardableResult
    public func correct(
        statement id: Int64, _ correction: StatementCorrection, expectedVersion: Int,
        now: Date = Date()
    ) throws -> [CorrectionChange] {
        let timestamp = Timestamp.iso(now)
        // The conflict leaves the transaction as a value, not an error: the
        // transaction turns any error that is not a StoreError into one.
        let outcome: Result<[CorrectionChange], StatementConflict> = try writeTransaction { db in
            guard let current = try Self.statementVersion(id, db) else {
                throw StoreError.notFound("no statement \(id); see 'tracker statements'")
            }
            guard current == expectedVersion else {
                // Nothing was written: the transaction commits no change.
                return .failure(StatementConflict(statementID: id, expected: expectedVersion, current: current))
            }
            return .success(try Self.apply(correction, to: id, timestamp: timestamp, db))
        }
        return try outcome.get()
    }
}

extension ExportedStatement {
    /// The statement's version, as ``TrackerDatabase/statementVersion(_:)`` counts it: its history's length.
    public var version: Int { corrections.count }
}
