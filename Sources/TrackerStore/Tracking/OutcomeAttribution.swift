import Foundation
import GRDB
import TrackerAnalysis

/// Outcomes reported with no holder, each given to the one party whose pledge
/// it matches (``UnattributedOutcomes``), kept in the store (Schema/013) and
/// brought up to date when statements change, so that a query reads a
/// party's attributed outcomes instead of matching every holder-less outcome
/// of the store against every pledge at each call.
///
/// An outcome is only ever compared with the pledges of its own action group
/// (``UnattributedOutcomes/comparable(_:sentence:)``), so a change is redone
/// for the groups its statements were and are in: exactly the outcomes whose
/// attribution it can change. The triggers of Schema/013 list the changed
/// statements in the writer's own transaction, whoever the writer is.
struct OutcomeAttribution {
    /// One outcome given to one party, with its action as linking compares it.
    struct Given: Hashable, Sendable {
        var statementID: Int64
        var actorID: Int64
        var action: String
        var normalized: String
        /// It states the thing still undone ("was still closed").
        var stillHolds: Bool
    }

    /// The rule id stored with each attribution (the reason shown is ``UnattributedOutcomes/reason``).
    static let rule = "outcome.only-matching-pledge"

    /// What an attribution is made with: the analyzer's version (its bundled
    /// data, `actions.tsv` and `outcome-verbs.tsv` among them, and its
    /// release, bumped when rule code changes) and the WordNet read.
    static let version = AnalyzerVersion.current + " wordnet " + (InstalledWordNet.path ?? "none")

    /// Linking does not depend on the day for attribution (``CommitmentLinker``'s
    /// `admits` compares the two rows' dates only): any day will do.
    static let anyDay = CalendarDate(dayNumber: 0)

    let db: Database
    let loader: CommitmentLoader

    init(_ db: Database) throws {
        self.db = db
        loader = try CommitmentLoader(db: db, groups: .standard, asOf: Self.anyDay)
    }

    /// Whether the stored attribution is the one the statements give now: no
    /// statement changed since it was made, with this version.
    static func isCurrent(_ db: Database) throws -> Bool {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT version, EXISTS (SELECT 1 FROM outcome_attribution_dirty) FROM outcome_attribution_state WHERE id = 1")
        else { return false }
        return row[0] as String? == version && row[1] as Bool? == false
    }

    /// Brings the stored attribution up to date: all of it when it was made
    /// with another version or never, else the groups of the statements changed.
    static func refresh(_ db: Database) throws {
        let stored = try Row.fetchOne(db, sql: "SELECT version FROM outcome_attribution_state WHERE id = 1")?[0] as String?
        if stored != version {
            try OutcomeAttribution(db).rebuild()
            return
        }
        let changed = try Int64.fetchAll(db, sql: "SELECT statement_id FROM outcome_attribution_dirty ORDER BY statement_id")
        guard !changed.isEmpty else { return }
        try OutcomeAttribution(db).update(changed)
        try db.execute(sql: "DELETE FROM outcome_attribution_dirty")
    }

    /// The attribution worked out from the statements, as every query did
    /// before Schema/013: every holder-less outcome against every party's pledges.
    func computed() throws -> [Given] {
        let outcomes = try loader.loadUnattributed()
        guard !outcomes.isEmpty else { return [] }
        return UnattributedOutcomes(linker: loader.linker).assign(outcomes, among: try loader.loadCommitments()).map(Self.given)
    }

    /// The stored attribution.
    static func stored(_ db: Database) throws -> Set<Given> {
        var found: Set<Given> = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT statement_id, actor_id, action, normalized_action, still_holds FROM outcome_attribution")
        while let row = try rows.next() {
            found.insert(Given(statementID: row[0], actorID: row[1], action: row[2], normalized: row[3], stillHolds: row[4]))
        }
        return found
    }

    private static func given(_ row: TrackingStatement) -> Given {
        Given(
            statementID: row.id, actorID: row.holderID, action: row.action ?? "", normalized: row.normalized ?? "",
            stillHolds: row.stillHolds)
    }

    /// Everything made again: at the first writable open of a database
    /// (Schema/013 leaves it empty) and when the version changed.
    private func rebuild() throws {
        let pledges = try loader.loadCommitments()
        let outcomes = try loader.loadUnattributed()
        try db.execute(
            sql: """
                DELETE FROM outcome_attribution;
                DELETE FROM outcome_attribution_group;
                DELETE FROM outcome_attribution_dirty;
                """)
        _ = try storeGroups(pledges: pledges, outcomes: outcomes)
        try store(outcomes.isEmpty ? [] : UnattributedOutcomes(linker: loader.linker).assign(outcomes, among: pledges))
        try OutcomeAttributionStateRecord.setVersion(Self.version, db)
    }

    /// The statements `changed` (inserted, updated or deleted) taken into
    /// account: their groups, before and after, are attributed again.
    private func update(_ changed: [Int64]) throws {
        let ids = CommitmentLoader.jsonArray(changed)
        let byID = "s.id IN (SELECT value FROM json_each(?))"
        var groups = Set(
            try String.fetchAll(
                db,
                sql: "SELECT action_group FROM outcome_attribution_group WHERE statement_id IN (SELECT value FROM json_each(?))",
                arguments: [ids]))
        try db.execute(
            sql: "DELETE FROM outcome_attribution_group WHERE statement_id IN (SELECT value FROM json_each(?))", arguments: [ids])
        try db.execute(
            sql: "DELETE FROM outcome_attribution WHERE statement_id IN (SELECT value FROM json_each(?))", arguments: [ids])
        groups.formUnion(
            try storeGroups(pledges: try pledges(where: byID, ids), outcomes: try outcomes(where: byID, ids)))
        guard !groups.isEmpty else { return }
        let names = "[" + groups.sorted().map(JSONText.quoted).joined(separator: ",") + "]"
        let inGroups = """
            s.id IN (SELECT statement_id FROM outcome_attribution_group
                     WHERE action_group IN (SELECT value FROM json_each(?)))
            """
        let outcomes = try outcomes(where: inGroups, names)
        // An outcome still undone is compared with every group opposite its own: all of its groups' pledges are
        // read, not only those of the groups changed, so that "one party's pledge" is judged on all of them.
        let outcomeIDs = CommitmentLoader.jsonArray(outcomes.map(\.row.id))
        groups.formUnion(
            try String.fetchAll(
                db,
                sql: "SELECT action_group FROM outcome_attribution_group WHERE statement_id IN (SELECT value FROM json_each(?))",
                arguments: [outcomeIDs]))
        let allNames = "[" + groups.sorted().map(JSONText.quoted).joined(separator: ",") + "]"
        try db.execute(
            sql: "DELETE FROM outcome_attribution WHERE statement_id IN (SELECT value FROM json_each(?))",
            arguments: [CommitmentLoader.jsonArray(outcomes.map(\.row.id))])
        guard !outcomes.isEmpty else { return }
        try store(UnattributedOutcomes(linker: loader.linker).assign(outcomes, among: try pledges(where: inGroups, allNames)))
    }

    /// Stores the action group of each pledge and of each outcome that can
    /// be given; returns the groups.
    private func storeGroups(
        pledges: [TrackingStatement], outcomes: [(row: TrackingStatement, sentence: String)]
    ) throws -> Set<String> {
        let linker = loader.linker
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO outcome_attribution_group (statement_id, action_group) VALUES (?, ?)")
        var groups: Set<String> = []
        func add(_ id: Int64, _ group: String) throws {
            groups.insert(group)
            try insert.execute(arguments: [id, group])
        }
        for pledge in pledges { try add(pledge.id, linker.facts(of: pledge).group) }
        let unattributed = UnattributedOutcomes(linker: linker)
        for (row, sentence) in outcomes {
            guard let comparable = unattributed.comparable(row, sentence: sentence) else { continue }
            for group in unattributed.groups(of: comparable) { try add(row.id, group) }
        }
        return groups
    }

    private func store(_ given: [TrackingStatement]) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO outcome_attribution (statement_id, actor_id, action, normalized_action, rule, still_holds)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        for row in given.map(Self.given) {
            try insert.execute(arguments: [row.statementID, row.actorID, row.action, row.normalized, Self.rule, row.stillHolds])
        }
    }

    /// Affirmed pledges with a holder among the statements `filter` (a condition on `s`, one argument) keeps.
    private func pledges(where filter: String, _ argument: String) throws -> [TrackingStatement] {
        var names: [Int64: String] = [:]
        let nameRows = try Row.fetchCursor(db, sql: "SELECT id, name FROM actor")
        while let row = try nameRows.next() { names[row[0]] = row[1] }
        let query = try db.makeStatement(
            sql: CommitmentLoader.rowColumns + """
                FROM statement s JOIN statement_actor h ON h.statement_id = s.id AND h.role = 'holder'
                WHERE \(filter) AND s.kind = 'commitment' AND s.polarity = 'affirmed' AND s.review != 'rejected'
                """)
        let rows = try Row.fetchCursor(query, arguments: [argument])
        let columns = ColumnReader(query)
        var found: [TrackingStatement] = []
        while try rows.next() != nil {
            if let made = try CommitmentLoader.row(columns, names: names) { found.append(made) }
        }
        return found
    }

    /// Outcomes with no holder, affirmed or denied, with their sentence, among the statements `filter` keeps.
    private func outcomes(where filter: String, _ argument: String) throws -> [(row: TrackingStatement, sentence: String)] {
        let query = try db.makeStatement(
            sql: CommitmentLoader.unattributedColumns + """
                WHERE \(filter) AND s.kind = 'achievement' AND s.review != 'rejected'
                  AND s.action IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM statement_actor h WHERE h.statement_id = s.id AND h.role = 'holder')
                """)
        return try CommitmentLoader.unattributed(query, arguments: [argument])
    }
}

extension TrackerDatabase {
    /// Brings the outcomes attributed to a party without a holder named up to
    /// date (Schema/013). Every write does so at its end; an ingest in
    /// batches (``DocumentBatch``) does it once, when flushed.
    ///
    /// - Throws: ``StoreError``.
    public func refreshOutcomeAttribution() throws {
        try writeTransaction { _ in }
    }
}
