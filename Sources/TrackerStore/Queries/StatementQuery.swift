import GRDB
public import TrackerAnalysis

/// Filters for `tracker statements`; every one is optional and they combine with AND.
public struct StatementQuery: Sendable {
    /// The role an actor plays in a statement.
    public enum Role: String, Sendable, CaseIterable { case holder, source, target }

    /// An actor by name, key or alias; people and bodies affiliated to it count.
    public var actor: String?
    /// Which role the actor must play; any role when nil.
    public var role: Role?
    /// Only this kind.
    public var kind: StatementKind?
    /// Only this polarity.
    public var polarity: Polarity?
    /// Only this certainty.
    public var certainty: Certainty?
    /// Only statements filed under this topic key.
    public var topic: String?
    /// Only documents dated on or after this day.
    public var since: CalendarDate?
    /// Only documents dated on or before this day.
    public var until: CalendarDate?
    /// Full-text search over sentences: words (any form and either
    /// spelling: "pledge" finds "pledged", "defence" finds "defense"), a
    /// "quoted phrase", a prefix*; no other FTS5 syntax is run.
    public var search: String?
    /// At most this many statements; all when nil.
    public var limit: Int?

    /// A query with no filter.
    public init() {}
}

/// A stored statement as listed by queries.
public struct StoredStatement: Sendable, Hashable {
    /// Its row id, which `tracker correct` takes.
    public var id: Int64
    /// Claim, commitment, achievement or uncertainty.
    public var kind: StatementKind
    /// Affirmed or negated.
    public var polarity: Polarity
    /// Certain or uncertain.
    public var certainty: Certainty
    /// The first holder's name, if any.
    public var holder: String?
    /// The source's name, if any.
    public var source: String?
    /// The action as written.
    public var action: String?
    /// The day it was reported (its document's date), if known.
    public var date: CalendarDate?
    /// Its time expression, if it has one.
    public var time: StoredTime?
    /// Topic keys.
    public var topics: [String]
    /// The cue words.
    public var cues: [String]
    /// The sentence's text.
    public var sentence: String
    /// The document's id.
    public var documentID: Int64
    /// The document's title, if known.
    public var document: String?
    /// What a person did with it.
    public var review: ReviewState
}

extension TrackerDatabase {
    /// Statements matching `query`, newest first. Parameterised SQL only:
    /// names and search text never become SQL.
    public func statements(_ query: StatementQuery) throws -> [StoredStatement] {
        try read { db in
            var conditions: [String] = ["s.review != 'rejected'"]
            var arguments: [any DatabaseValueConvertible] = []
            var actorPlan = ""
            if let actor = query.actor {
                guard let id = try Self.actorID(named: actor, db) else {
                    throw StoreError.notFound("no actor named '\(actor)'; see 'tracker actors list'")
                }
                let ids = try Self.actorAndAffiliates(id, db)
                let placeholders = ids.map { _ in "?" }.joined(separator: ",")
                var clause: String
                if try Self.readsActorByDate(ids, query, db) {
                    // Newest first through the date index, each statement checked
                    // against the actor's rows by its key (`+` keeps SQLite from
                    // probing the actor index instead, a scan of the actor's rows per statement).
                    clause = "EXISTS (SELECT 1 FROM statement_actor r WHERE r.statement_id = s.id AND +r.actor_id IN (\(placeholders))"
                    actorPlan = " INDEXED BY statement_by_date"
                } else {
                    // From the actor's rows (statement_actor_by_actor), not from every statement.
                    clause = "s.id IN (SELECT r.statement_id FROM statement_actor r WHERE r.actor_id IN (\(placeholders))"
                }
                arguments += ids.map { $0 as any DatabaseValueConvertible }
                if let role = query.role {
                    clause += " AND r.role = ?"
                    arguments.append(role.rawValue)
                }
                conditions.append(clause + ")")
            }
            if let kind = query.kind { conditions.append("s.kind = ?"); arguments.append(kind.rawValue) }
            if let polarity = query.polarity { conditions.append("s.polarity = ?"); arguments.append(polarity.rawValue) }
            if let certainty = query.certainty { conditions.append("s.certainty = ?"); arguments.append(certainty.rawValue) }
            if let topic = query.topic {
                conditions.append("EXISTS (SELECT 1 FROM statement_topic t WHERE t.statement_id = s.id AND t.topic_key = ?)")
                arguments.append(topic)
            }
            if let since = query.since { conditions.append("s.reported_on >= ?"); arguments.append(since.iso) }
            if let until = query.until { conditions.append("s.reported_on <= ?"); arguments.append(until.iso) }
            var plan = actorPlan
            if let search = query.search {
                let match = SearchExpression(search).match
                guard !match.isEmpty else { return [] }
                conditions.append("s.sentence_id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)")
                arguments.append(match)
                if try Self.searchesByDate(match, query, db) { plan = " INDEXED BY statement_by_date" }
            }
            arguments.append(query.limit ?? -1)
            // The matching ids first, sorted and cut to the limit; the sentence,
            // actors, time, topics and cues only for those.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH chosen AS (
                        SELECT s.id FROM statement s\(plan)
                        WHERE \(conditions.joined(separator: " AND "))
                        ORDER BY s.reported_on DESC, s.id
                        LIMIT ?)
                    SELECT s.id, s.kind, s.polarity, s.certainty, s.action, s.reported_on, s.review, s.document_id,
                           se.text AS sentence, d.title,
                           (SELECT a.name FROM statement_actor r JOIN actor a ON a.id = r.actor_id
                             WHERE r.statement_id = s.id AND r.role = 'holder' ORDER BY r.position LIMIT 1) AS holder,
                           (SELECT a.name FROM statement_actor r JOIN actor a ON a.id = r.actor_id
                             WHERE r.statement_id = s.id AND r.role = 'source' LIMIT 1) AS source,
                           (SELECT text FROM time_expression t WHERE t.statement_id = s.id) AS time_text,
                           (SELECT value FROM time_expression t WHERE t.statement_id = s.id) AS time_value,
                           (SELECT role FROM time_expression t WHERE t.statement_id = s.id) AS time_role,
                           (SELECT group_concat(topic_key) FROM statement_topic t WHERE t.statement_id = s.id) AS topics,
                           (SELECT group_concat(text, ' | ') FROM cue c WHERE c.statement_id = s.id) AS cues
                    FROM chosen
                    JOIN statement s ON s.id = chosen.id
                    JOIN sentence se ON se.id = s.sentence_id
                    JOIN document d ON d.id = s.document_id
                    ORDER BY s.reported_on DESC, s.id
                    """, arguments: StatementArguments(arguments))
            return try rows.map { row in
                StoredStatement(
                    id: row["id"], kind: try StoredValue.required(row, "kind"),
                    polarity: try StoredValue.required(row, "polarity"),
                    certainty: try StoredValue.required(row, "certainty"),
                    holder: row["holder"], source: row["source"], action: row["action"],
                    date: try StoredValue.day(row, "reported_on"), time: try StoredTime(row),
                    topics: (row["topics"] as String?)?.split(separator: ",").map(String.init) ?? [],
                    cues: (row["cues"] as String?)?.components(separatedBy: " | ") ?? [],
                    sentence: row["sentence"], documentID: row["document_id"], document: row["title"],
                    review: try StoredValue.required(row, "review"))
            }
        }
    }
}

extension TrackerDatabase {
    /// Whether an actor's statements are cheaper read newest first through
    /// the date index, each checked against the actor's rows, than from the
    /// actor's rows, each looked up and sorted: the same trade as a search's
    /// (``searchesByDate(_:_:_:)``). From the actor's rows the work grows with
    /// their number (the busiest party of a million statements holds 40 k
    /// roles); by date it is about `limit × statements ÷ rows` statements.
    /// Measured there (sqlite3, CPU, limit 100): the busiest party's 40 k rows
    /// 50 ms against 4–7 ms by date (2.5 k statements read, about 2 µs
    /// each, 1.25 µs a row the other way), so by date wins when
    /// `2 × limit × statements < rows²`; a typical party (1.3 k rows) stays
    /// on its rows. Only when the actor, its role and the dates are the only
    /// filters: a kind or a search would make the walk by date longer.
    /// Counting the rows reads only the actor index (about 1 ms for 40 k).
    static func readsActorByDate(_ ids: [Int64], _ query: StatementQuery, _ db: Database) throws -> Bool {
        guard query.search == nil, let (limit, statements) = try dateWalkSize(query, db) else { return false }
        let rows =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM statement_actor
                    WHERE actor_id IN (SELECT value FROM json_each(?)) AND (? IS NULL OR role = ?)
                    """, arguments: [CommitmentLoader.jsonArray(ids), query.role?.rawValue, query.role?.rawValue]) ?? 0
        return 2 * limit * statements < rows * rows
    }

    /// The limit and the number of statements (the largest id) that a walk
    /// newest first through the date index is weighed with; nil when the
    /// query has no limit or a kind, polarity, certainty or topic, which would
    /// make the walk longer than either estimate says.
    private static func dateWalkSize(_ query: StatementQuery, _ db: Database) throws -> (limit: Int, statements: Int)? {
        guard let limit = query.limit, limit > 0, query.kind == nil, query.polarity == nil, query.certainty == nil,
            query.topic == nil
        else { return nil }
        return (limit, try Int.fetchOne(db, sql: "SELECT max(id) FROM statement") ?? 0)
    }

    /// Whether a search is cheaper read newest first through the date index,
    /// each statement's sentence checked against the matches, than from its
    /// matches, each looked up and sorted. From the matches, the work grows
    /// with their number (a common word at a million statements: 13 k
    /// sentences, each a statement row to read and sort); by date it is about
    /// `limit × statements ÷ matches` rows, so it wins when the matches are
    /// many and the limit is small, and loses badly for a rare word (the
    /// whole table). Only when nothing but the search and the dates
    /// filters: a kind or an actor would make the walk by date longer still.
    /// Counting the matches reads only the index's lists (a millisecond for 13 k).
    static func searchesByDate(_ match: String, _ query: StatementQuery, _ db: Database) throws -> Bool {
        guard query.actor == nil, let (limit, statements) = try dateWalkSize(query, db) else { return false }
        let matches =
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?",
                arguments: [match]) ?? 0
        // Measured at a million statements (sqlite3, CPU): from the matches
        // about 3.7 µs a matching sentence, by date about 0.93 µs a row read
        // (limit × statements ÷ matches rows); "ceasefire", 13 k matches:
        // 48 ms against 7.5 ms; five words, 5.2 k matches: 36 against 18 ms.
        return matches > 0 && limit * statements < 4 * matches * matches
    }
}
