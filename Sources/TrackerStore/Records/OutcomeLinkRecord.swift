import GRDB
import TrackerAnalysis

/// A row of the `outcome_link` table: a person's decision that an outcome
/// does, or does not, bear on a commitment (Schema/012 keeps people's
/// decisions only; the rules' links are computed on demand). This type is
/// the table's only reader and writer.
struct OutcomeLinkRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "outcome_link"

    /// The table's columns, for requests.
    enum Columns {
        static let origin = Column(CodingKeys.origin)
    }

    var id: Int64?
    var commitmentStatementID: Int64
    var outcomeStatementID: Int64
    /// `fulfils`, `progresses` or `contradicts` (read through ``decision()``, which refuses other text).
    var relation: String
    var score: Double = 1.0
    /// The reasons shown, a JSON array: a person's decision is its reason.
    var reasons = #"["\#(TrackedCommitment.Outcome.humanDecision)"]"#
    var origin = "human"
    /// `linked` or `unlinked`.
    var state: String
    var note: String?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, relation, score, reasons, origin, state, note
        case commitmentStatementID = "commitment_statement_id"
        case outcomeStatementID = "outcome_statement_id"
        case createdAt = "created_at"
    }

    /// A person's decision on `commitment` and `outcome`, made at `createdAt`.
    init(commitment: Int64, outcome: Int64, relation: OutcomeRelation, linked: Bool, note: String?, createdAt: String) {
        commitmentStatementID = commitment
        outcomeStatementID = outcome
        self.relation = relation.rawValue
        state = linked ? "linked" : "unlinked"
        self.note = note
        self.createdAt = createdAt
    }

    /// Every person's decision (the rows of origin `human`).
    static func decisions() -> QueryInterfaceRequest<OutcomeLinkRecord> {
        filter(Columns.origin == "human")
    }

    /// The decision as linking reads it; a relation this tracker does not know is an error naming it.
    func decision() throws -> HumanLink {
        HumanLink(
            commitmentID: commitmentStatementID, outcomeID: outcomeStatementID,
            relation: try StoredValue.decode(relation, column: "relation") as OutcomeRelation, linked: state == "linked",
            note: note)
    }

    /// Stores the decision, replacing an earlier one on the same pair: the latest decision wins.
    func store(_ db: Database) throws {
        // One statement rather than GRDB's upsert: the conflict target is the pair and origin, not the id.
        try db.execute(
            sql: """
                INSERT INTO outcome_link (commitment_statement_id, outcome_statement_id, relation, score, reasons, origin, state, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (commitment_statement_id, outcome_statement_id, origin)
                DO UPDATE SET relation = excluded.relation, state = excluded.state, note = excluded.note, created_at = excluded.created_at
                """,
            arguments: [
                commitmentStatementID, outcomeStatementID, relation, score, reasons, origin, state, note, createdAt,
            ])
    }
}
