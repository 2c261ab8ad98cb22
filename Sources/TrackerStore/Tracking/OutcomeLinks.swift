public import Foundation
import GRDB
public import TrackerAnalysis

extension TrackerDatabase {
    /// Records that `outcome` bears on `commitment` as `relation` (statement ids).
    /// The history records `author` (default: `$TRACKER_AUTHOR`, else `$USER`).
    public func link(commitment: Int64, outcome: Int64, relation: OutcomeRelation, note: String?, author: String = Author.current,
                     now: Date = Date()) throws {
        try recordLink(commitment: commitment, outcome: outcome, relation: relation, linked: true, note: note, author: author, now: now)
    }

    /// Records that `outcome` does not bear on `commitment`, whatever the rules say.
    public func unlink(commitment: Int64, outcome: Int64, note: String?, now: Date = Date()) throws {
        try recordLink(commitment: commitment, outcome: outcome, relation: .fulfils, linked: false, note: note, author: Author.current, now: now)
    }

    private func recordLink(commitment: Int64, outcome: Int64, relation: OutcomeRelation, linked: Bool, note: String?, author: String,
                            now: Date) throws {
        try writeTransaction { db in
            let kinds = try Row.fetchAll(db, sql: "SELECT id, kind FROM statement WHERE id IN (?, ?)", arguments: [commitment, outcome])
            let kindOf = Dictionary(uniqueKeysWithValues: kinds.map { ($0["id"] as Int64, $0["kind"] as String) })
            for id in [commitment, outcome] where kindOf[id] == nil { throw try Self.missingStatement(id, db) }
            guard kindOf[commitment] == "commitment" else {
                throw StoreError.wrongKind(statement: commitment, expected: .commitment)
            }
            guard kindOf[outcome] == "achievement" else {
                throw StoreError.wrongKind(statement: outcome, expected: .achievement)
            }
            try db.execute(sql: """
                INSERT INTO outcome_link (commitment_statement_id, outcome_statement_id, relation, score, reasons, origin, state, note, created_at)
                VALUES (?, ?, ?, 1.0, '["human decision"]', 'human', ?, ?, ?)
                ON CONFLICT (commitment_statement_id, outcome_statement_id, origin)
                DO UPDATE SET relation = excluded.relation, state = excluded.state, note = excluded.note, created_at = excluded.created_at
                """, arguments: [commitment, outcome, relation.rawValue, linked ? "linked" : "unlinked", note, Timestamp.iso(now)])
            // A person looked at both: they are reviewed now, and re-analysis keeps them.
            try db.execute(sql: "UPDATE statement SET review = 'confirmed' WHERE id IN (?, ?) AND review = 'unreviewed'",
                           arguments: [commitment, outcome])
            try db.execute(sql: """
                INSERT INTO correction (statement_id, field, old_value, new_value, author, note, created_at)
                VALUES (?, ?, NULL, ?, ?, ?, ?)
                """, arguments: [commitment, linked ? "link" : "unlink", "\(outcome)\(linked ? ":" + relation.rawValue : "")",
                                 author, note, Timestamp.iso(now)])
        }
    }

    static func humanLinks(_ db: Database) throws -> [HumanLink] {
        try Row.fetchAll(db, sql: """
            SELECT commitment_statement_id, outcome_statement_id, relation, state, note FROM outcome_link WHERE origin = 'human'
            """).map { row in
            HumanLink(commitmentID: row["commitment_statement_id"], outcomeID: row["outcome_statement_id"],
                      relation: try StoredValue.required(row, "relation") as OutcomeRelation, linked: (row["state"] as String) == "linked",
                      note: row["note"])
        }
    }
}

extension TrackerDatabase {
    /// Stores the links the rules make now (origin `automatic`, with relation,
    /// score and reasons), replacing the automatic ones stored before; human
    /// links are left as they are. Statuses are computed from the statements
    /// themselves; the stored links are for queries and exports. Returns how
    /// many links were stored.
    ///
    /// Each holder's commitments are linked to the outcomes of that holder and
    /// of the actors affiliated to it, as `tracker commitments HOLDER` links
    /// them; the work grows with the number of statements, not with its square.
    @discardableResult
    public func storeAutomaticLinks(groups: ActionGroups = .standard, now: Date = Date()) throws -> Int {
        let timestamp = Timestamp.iso(now)
        return try writeTransaction { db in
            try db.execute(sql: "DELETE FROM outcome_link WHERE origin = 'automatic'")
            guard let end = CalendarDate(year: 9999, month: 12, day: 31) else { return 0 }
            let insert = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO outcome_link (commitment_statement_id, outcome_statement_id, relation, score, reasons, origin, state, created_at)
                VALUES (?, ?, ?, ?, ?, 'automatic', 'linked', ?)
                """)
            var count = 0
            // Links need ids, not the evidence's sentences.
            for commitment in try Self.allCommitments(asOf: end, evidence: false, groups: groups, db) {
                for outcome in commitment.outcomes where outcome.reasons.first != "human decision" {
                    let reasons = "[" + outcome.reasons.map(JSONText.quoted).joined(separator: ",") + "]"
                    try insert.execute(arguments: [commitment.reports[0].statementID, outcome.evidence.statementID,
                                                   outcome.relation.rawValue, outcome.score, reasons, timestamp])
                    count += db.changesCount
                }
            }
            return count
        }
    }
}
