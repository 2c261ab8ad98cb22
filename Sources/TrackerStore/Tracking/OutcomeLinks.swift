public import Foundation
import GRDB
public import TrackerAnalysis

extension TrackerDatabase {
    /// Records that `outcome` bears on `commitment` as `relation` (statement ids).
    /// The history records `author`.
    public func link(
        commitment: Int64, outcome: Int64, relation: OutcomeRelation, note: String?, author: String,
        now: Date = Date()
    ) throws {
        try recordLink(commitment: commitment, outcome: outcome, relation: relation, linked: true, note: note, author: author, now: now)
    }

    /// Records that `outcome` does not bear on `commitment`, whatever the rules say.
    public func unlink(commitment: Int64, outcome: Int64, note: String?, author: String, now: Date = Date()) throws {
        try recordLink(commitment: commitment, outcome: outcome, relation: .fulfils, linked: false, note: note, author: author, now: now)
    }

    private func recordLink(
        commitment: Int64, outcome: Int64, relation: OutcomeRelation, linked: Bool, note: String?, author: String,
        now: Date
    ) throws {
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
            try OutcomeLinkRecord(
                commitment: commitment, outcome: outcome, relation: relation, linked: linked, note: note,
                createdAt: Timestamp.iso(now)
            ).store(db)
            // A person looked at both: they are reviewed now, and re-analysis keeps them.
            try StatementRecord.confirmUnreviewed([commitment, outcome], db)
            // The decision is the commitment's history, not its sentence's (no sentence_id).
            try CorrectionRecord(
                statementID: commitment, field: linked ? "link" : "unlink",
                newValue: "\(outcome)\(linked ? ":" + relation.rawValue : "")", author: author, note: note,
                createdAt: Timestamp.iso(now)
            ).append(db)
        }
    }

    static func humanLinks(_ db: Database) throws -> [HumanLink] {
        try OutcomeLinkRecord.decisions().fetchAll(db).map { try $0.decision() }
    }
}

extension TrackerDatabase {
    /// How many outcome links the rules make now across the database (people's
    /// decisions aside). Computed, never stored: statuses are computed from
    /// the statements whenever they are shown, so nothing can go stale after
    /// a `correct`, `link`, `split`, `join`, `actors merge` or `add-statement`
    /// (Schema/012 dropped the automatic rows, which nothing read).
    ///
    /// Each holder's commitments are linked to the outcomes of that holder and
    /// of the actors affiliated to it, as `tracker commitments HOLDER` links
    /// them; the work grows with the number of statements, not with its square.
    public func countOutcomeLinks(groups: ActionGroups = .standard) throws -> Int {
        try read { db in
            guard let end = CalendarDate(year: 9999, month: 12, day: 31) else { return 0 }
            // Links need ids, not the evidence's sentences.
            var pairs: Set<[Int64]> = []
            for commitment in try Self.allCommitments(asOf: end, evidence: false, groups: groups, db) {
                for outcome in commitment.outcomes where !outcome.isHumanDecision {
                    pairs.insert([commitment.reports[0].statementID, outcome.evidence.statementID])
                }
            }
            return pairs.count
        }
    }
}
