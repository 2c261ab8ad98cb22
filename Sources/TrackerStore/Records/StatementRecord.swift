import GRDB
import TrackerAnalysis

/// The owner of the `statement` table: the only code that inserts, updates or
/// deletes its rows (`TableWriterTests` fails on any other), for the
/// analyzer's statements and a person's alike. So the denormalised
/// `linking_time` and `topic_keys` columns are set in one place, and every
/// change is one Schema/013's triggers (which list the statements changed
/// for outcome attribution) see and one a reader can find.
///
/// New rows go many per INSERT (``MultiRowInsert``): ingest is the hot write
/// path, and `TrackerBenchmarks ingest --ingest 2000` measures it (138.9 k
/// words/s at e1ecc7f, release; see ``StatementWriter``); a record's `insert`
/// would be one statement per row, paying SQLite's per-statement costs (and,
/// for `sentence`, a full-text index segment) once a row.
enum StatementRecord: TableRecord {
    static let databaseTableName = "statement"

    /// A row of `statement`, by column.
    struct Row {
        var id: Int64
        var sentenceID: Int64
        var documentID: Int64
        var kind: StatementKind
        var polarity: Polarity
        var certainty: Certainty
        var action: String?
        var normalizedAction: String?
        var clauseStart: Int?
        var clauseEnd: Int?
        var confidence: Double
        var rules: [RuleID]
        var reportedOn: String?
        var origin: StatementOrigin
        var review: ReviewState
        var analyzerVersion: String
        /// Its time and topics, for the linking columns.
        var time: TimeExpression?
        var topics: [String]

        /// The analyzer's statement, unreviewed.
        init(
            id: Int64, sentenceID: Int64, documentID: Int64, statement: TrackerAnalysis.Statement, reportedOn: String?,
            analyzerVersion: String
        ) {
            self.init(
                id: id, sentenceID: sentenceID, documentID: documentID, kind: statement.kind, polarity: statement.polarity,
                certainty: statement.certainty, action: statement.action, normalizedAction: statement.normalizedAction,
                clauseStart: statement.clauseStart, clauseEnd: statement.clauseEnd, confidence: statement.confidence,
                rules: statement.rules, reportedOn: reportedOn, origin: .automatic, review: .unreviewed,
                analyzerVersion: analyzerVersion, time: statement.time, topics: statement.topics)
        }

        init(
            id: Int64, sentenceID: Int64, documentID: Int64, kind: StatementKind, polarity: Polarity, certainty: Certainty,
            action: String?, normalizedAction: String?, clauseStart: Int?, clauseEnd: Int?, confidence: Double, rules: [RuleID],
            reportedOn: String?, origin: StatementOrigin, review: ReviewState, analyzerVersion: String, time: TimeExpression?,
            topics: [String]
        ) {
            self.id = id
            self.sentenceID = sentenceID
            self.documentID = documentID
            self.kind = kind
            self.polarity = polarity
            self.certainty = certainty
            self.action = action
            self.normalizedAction = normalizedAction
            self.clauseStart = clauseStart
            self.clauseEnd = clauseEnd
            self.confidence = confidence
            self.rules = rules
            self.reportedOn = reportedOn
            self.origin = origin
            self.review = review
            self.analyzerVersion = analyzerVersion
            self.time = time
            self.topics = topics
        }
    }

    private static let multiRowInsert = MultiRowInsert(
        """
        INSERT INTO statement (id, sentence_id, document_id, kind, polarity, certainty, action, normalized_action,
            clause_start, clause_end, confidence, rules, reported_on, origin, review, analyzer_version, created_at,
            linking_time, topic_keys) VALUES
        """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", parameters: 19)

    /// Inserts `rows`, in order, each created at `createdAt`.
    static func insert(_ rows: [Row], createdAt: String, _ db: Database) throws {
        try multiRowInsert.insert(rows, into: db) { values, row in
            values.add(row.id)
            values.add(row.sentenceID)
            values.add(row.documentID)
            values.add(row.kind.rawValue)
            values.add(row.polarity.rawValue)
            values.add(row.certainty.rawValue)
            values.add(row.action)
            values.add(row.normalizedAction)
            values.add(row.clauseStart.map(Int64.init))
            values.add(row.clauseEnd.map(Int64.init))
            values.add(row.confidence)
            values.add(StoredRules.encode(row.rules))
            values.add(row.reportedOn)
            values.add(row.origin.rawValue)
            values.add(row.review.rawValue)
            values.add(row.analyzerVersion)
            values.add(createdAt)
            values.add(row.time.map { LinkingColumns.time(role: $0.role, value: $0.value) })
            values.add(LinkingColumns.topicKeys(row.topics))
        }
    }

    /// The columns a person corrects in place (`tracker correct --kind/--polarity/--certainty`).
    enum CorrectedColumn: String {
        case kind, polarity, certainty
    }

    /// Sets a corrected column of statement `id` to `value` (the enum's raw value).
    static func set(_ column: CorrectedColumn, to value: String, statement id: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE statement SET \(column.rawValue) = ? WHERE id = ?", arguments: [value, id])
    }

    /// Sets the review of statement `id`.
    static func setReview(_ review: ReviewState, statement id: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE statement SET review = ? WHERE id = ?", arguments: [review.rawValue, id])
    }

    /// Marks the statements a person looked at as confirmed, where they are still unreviewed.
    static func confirmUnreviewed(_ ids: [Int64], _ db: Database) throws {
        try db.execute(
            sql: "UPDATE statement SET review = 'confirmed' WHERE id IN (SELECT value FROM json_each(?)) AND review = 'unreviewed'",
            arguments: [CommitmentLoader.jsonArray(ids)])
    }

    /// Puts statement `id` in tracked commitment `group` (`tracker split`/`join`); an unreviewed statement is confirmed by it.
    static func assign(statement id: Int64, toGroup group: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE statement SET tracked_commitment_id = ?,
                       review = CASE review WHEN 'unreviewed' THEN 'confirmed' ELSE review END WHERE id = ?
                """, arguments: [group, id])
    }

    /// Moves the statements of sentence `old` to sentence `new` (re-analysis re-split the text).
    static func moveStatements(fromSentence old: Int64, toSentence new: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE statement SET sentence_id = ? WHERE sentence_id = ?", arguments: [new, old])
    }

    /// Deletes the statements of document `documentID` that match `condition`
    /// (SQL over alias `s`, its one argument the document's id); returns how many went.
    static func delete(ofDocument documentID: Int64, where condition: String, _ db: Database) throws -> Int {
        try db.execute(
            sql: "DELETE FROM statement WHERE id IN (SELECT s.id FROM statement s WHERE \(condition))", arguments: [documentID])
        return db.changesCount
    }
}
