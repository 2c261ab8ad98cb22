import GRDB
public import TrackerAnalysis

/// One sentence with its stored statements, as `tracker export --format
/// jsonl` writes it and `tracker import` reads it back. The top-level `text`,
/// `kinds`, `polarity`, `holder` and `source` are the gold-line shape that
/// `tracker evaluate` scores, so an annotator's corrections become a test set.
public struct ExportedSentence: Sendable, Hashable, Codable {
    /// The document a sentence comes from, found again by its content hash.
    public struct Document: Sendable, Hashable, Codable {
        /// Its id in the exporting database.
        public var id: Int64
        /// The SHA-256 of its cleaned text, in hex: the same in every database.
        public var contentHash: String
        /// The path it was ingested from, if any.
        public var path: String?
        /// Its title, if known.
        public var title: String?
        /// Its publication date, if known.
        public var published: CalendarDate?
        /// Its publisher, if known.
        public var source: String?

        enum CodingKeys: String, CodingKey {
            case id, path, title, published, source
            case contentHash = "content_hash"
        }

        /// A document's fields as exported.
        public init(id: Int64, contentHash: String, path: String?, title: String?, published: CalendarDate?, source: String?) {
            self.id = id
            self.contentHash = contentHash
            self.path = path
            self.title = title
            self.published = published
            self.source = source
        }

        /// Reads an exported document; a `published` that is not `YYYY-MM-DD` is an error.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(Int64.self, forKey: .id)
            contentHash = try container.decode(String.self, forKey: .contentHash)
            path = try container.decodeIfPresent(String.self, forKey: .path)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            source = try container.decodeIfPresent(String.self, forKey: .source)
            published = try container.decodeIfPresent(String.self, forKey: .published).map { text in
                guard let day = CalendarDate(iso: text), text.count == 10 else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .published, in: container,
                        debugDescription: "'\(text)' is not a YYYY-MM-DD date")
                }
                return day
            }
        }

        /// Writes the document as `YYYY-MM-DD` for its date, absent values left out.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(contentHash, forKey: .contentHash)
            try container.encodeIfPresent(path, forKey: .path)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encodeIfPresent(published?.iso, forKey: .published)
            try container.encodeIfPresent(source, forKey: .source)
        }
    }

    /// Where the sentence is in its document.
    public struct Span: Sendable, Hashable, Codable {
        /// Its id in the exporting database.
        public var id: Int64
        /// Its position in the document, from 0.
        public var position: Int
        /// Its first Unicode scalar in the cleaned text.
        public var start: Int
        /// One past its last Unicode scalar.
        public var end: Int
    }

    /// `doc-<first 12 hex of the content hash>-s<position>`: stable across databases.
    public var id: String
    /// The sentence's text.
    public var text: String
    /// The kinds of its statements (not rejected), as a gold line has them.
    public var kinds: [StatementKind]
    /// The polarity of each kind.
    public var polarity: [String: Polarity]
    /// The holder of its first commitment or achievement, as a gold line names it.
    public var holder: String?
    /// The source of its first claim, as a gold line names it.
    public var source: String?
    /// Whether a person reviewed any statement of the sentence.
    public var reviewed: Bool
    /// The document it comes from.
    public var document: Document
    /// Where it is in that document.
    public var sentence: Span
    /// Its statements with their history.
    public var statements: [ExportedStatement]
}

/// A stored statement with its actors, cues, time and correction history.
public struct ExportedStatement: Sendable, Hashable, Codable {
    /// An actor in a role, with the mention it was found in.
    public struct Actor: Sendable, Hashable, Codable {
        /// The canonical name.
        public var actor: String
        /// The stable key ("north-korea").
        public var key: String
        /// What the actor is.
        public var kind: ActorKind
        /// The words it was found in, when the tagger found it.
        public var mention: String?
        /// The mention's first Unicode scalar in the cleaned text.
        public var start: Int?
        /// One past the mention's last Unicode scalar.
        public var end: Int?
        /// The keys of the actors merged into this one (`actors merge`), so
        /// that an import merges them too; absent when none were.
        public var merged: [String]?
    }

    /// A statement's time.
    public struct Time: Sendable, Hashable, Codable {
        /// As written.
        public var text: String
        /// The date at the text's precision (ISO 8601 in JSON), when it has one.
        public var value: PartialDate?
        /// Deadline, occurred, since or until.
        public var role: TimeExpression.Role
        /// Its first Unicode scalar in the cleaned text.
        public var start: Int
        /// One past its last Unicode scalar.
        public var end: Int
    }

    /// A cue word of the statement.
    public struct ExportedCue: Sendable, Hashable, Codable {
        /// What it signals (`commitment`, `hedge`, `negation`, ...).
        public var kind: String
        /// As written.
        public var text: String
        /// Its first Unicode scalar in the cleaned text.
        public var start: Int
        /// One past its last Unicode scalar.
        public var end: Int
        /// The rule that used it, if recorded.
        public var rule: RuleID?
    }

    /// Its id in the exporting database.
    public var id: Int64
    /// Claim, commitment, achievement or uncertainty.
    public var kind: StatementKind
    /// Affirmed or negated.
    public var polarity: Polarity
    /// Certain or uncertain.
    public var certainty: Certainty
    /// The action as written.
    public var action: String?
    /// The action's normalised form.
    public var normalizedAction: String?
    /// The clause's first Unicode scalar in the cleaned text.
    public var clauseStart: Int?
    /// One past the clause's last Unicode scalar.
    public var clauseEnd: Int?
    /// The clause's text (`clause_start..<clause_end` of the document).
    public var clause: String?
    /// Who commits or achieved.
    public var holders: [Actor]
    /// Who says it.
    public var source: Actor?
    /// To or about whom.
    public var targets: [Actor]
    /// Its time, if any.
    public var time: Time?
    /// Topic keys.
    public var topics: [String]
    /// The words that justify it.
    public var cues: [ExportedCue]
    /// How sure the rules were, 0 to 1.
    public var confidence: Double
    /// The ids of the rules that made it.
    public var rules: [RuleID]
    /// Who made it: the analyzer or a person.
    public var origin: StatementOrigin
    /// What a person did with it.
    public var review: ReviewState
    /// Every change people made to it, oldest first.
    public var corrections: [CorrectionChange]

    enum CodingKeys: String, CodingKey {
        case id, kind, polarity, certainty, action, clause, holders, source, targets, time, topics, cues, confidence, rules
        case origin, review, corrections
        case normalizedAction = "normalized_action"
        case clauseStart = "clause_start"
        case clauseEnd = "clause_end"
    }
}

extension TrackerDatabase {
    /// Calls `body` with each sentence of the given documents (all when nil),
    /// in document and sentence order, one document read at a time. With
    /// `reviewedOnly`, only sentences a person looked at.
    public func exportSentences(
        documents: [Int64]? = nil, reviewedOnly: Bool = false, withoutStatements: Bool = false,
        _ body: (ExportedSentence) throws -> Void
    ) throws {
        for documentID in try documents ?? documentIDs() {
            let sentences = try read { db in try Self.exportedSentences(document: documentID, db) }
            for sentence in sentences {
                if reviewedOnly, !sentence.reviewed { continue }
                if !withoutStatements, !reviewedOnly, sentence.statements.isEmpty { continue }
                try body(sentence)
            }
        }
    }

    /// The sentences of document `id`, or of those of its sentences whose
    /// positions are in `positions` (a page of a very large document: only
    /// their rows and the stretch of text they cover are read).
    static func exportedSentences(document id: Int64, positions: Range<Int>? = nil, _ db: Database) throws -> [ExportedSentence] {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, content_hash, path, title, published, source FROM document WHERE id = ?
                    """, arguments: [id])
        else {
            throw StoreError.notFound("no document \(id); see 'tracker documents'")
        }
        let document = ExportedSentence.Document(
            id: row["id"], contentHash: row["content_hash"], path: row["path"],
            title: row["title"], published: try StoredValue.day(row, "published"),
            source: row["source"])
        // The statements of the sentences asked for (typed integers, never text, in the SQL).
        let inScope =
            positions.map {
                """
                 AND s.sentence_id IN (SELECT id FROM sentence WHERE document_id = \(id) AND position >= \($0.lowerBound) \
                AND position < \($0.upperBound))
                """
            } ?? ""
        // The text those sentences cover (substr counts Unicode scalars, as the offsets do), from scalar `base`.
        var base = 0
        let text: String
        if let positions {
            let window = try Row.fetchOne(
                db,
                sql: """
                    SELECT min(start), max("end") FROM sentence WHERE document_id = ? AND position >= ? AND position < ?
                    """, arguments: [id, positions.lowerBound, positions.upperBound])
            base = window?[0] ?? 0
            let end: Int = window?[1] ?? 0
            text =
                try String.fetchOne(
                    db, sql: "SELECT substr(text, ?, ?) FROM document WHERE id = ?",
                    arguments: [base + 1, max(0, end - base), id]) ?? ""
        } else {
            text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id]) ?? ""
        }
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int?, _ end: Int?) -> String? {
            guard let start = start.map({ $0 - base }), let end = end.map({ $0 - base }), 0 <= start, start <= end,
                end <= scalars.count
            else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        var byStatement: [Int64: ExportedStatement] = [:]
        var statementsOfSentence: [Int64: [Int64]] = [:]
        for s in try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.sentence_id, s.kind, s.polarity, s.certainty, s.action, s.normalized_action, s.clause_start,
                       s.clause_end, s.confidence, s.rules, s.origin, s.review
                FROM statement s WHERE document_id = ?\(inScope) ORDER BY id
                """, arguments: [id])
        {
            let statementID: Int64 = s["id"]
            byStatement[statementID] = ExportedStatement(
                id: statementID, kind: try StoredValue.required(s, "kind"), polarity: try StoredValue.required(s, "polarity"),
                certainty: try StoredValue.required(s, "certainty"),
                action: s["action"], normalizedAction: s["normalized_action"], clauseStart: s["clause_start"],
                clauseEnd: s["clause_end"], clause: slice(s["clause_start"], s["clause_end"]), holders: [], source: nil,
                targets: [], time: nil, topics: [], cues: [], confidence: s["confidence"], rules: try StoredRules.decode(s["rules"]),
                origin: try StoredValue.required(s, "origin"), review: try StoredValue.required(s, "review"), corrections: [])
            statementsOfSentence[s["sentence_id"], default: []].append(statementID)
        }
        let mergedKeys = try mergedKeys(db)
        for r in try Row.fetchAll(
            db,
            sql: """
                SELECT r.statement_id, r.role, r.mention, r.mention_start, r.mention_end, a.name, a.key, a.kind
                FROM statement_actor r JOIN actor a ON a.id = r.actor_id JOIN statement s ON s.id = r.statement_id
                WHERE s.document_id = ?\(inScope) ORDER BY r.statement_id, r.role, r.position
                """, arguments: [id])
        {
            let actor = ExportedStatement.Actor(
                actor: r["name"], key: r["key"], kind: try StoredValue.required(r, "kind"),
                mention: r["mention"], start: r["mention_start"], end: r["mention_end"],
                merged: mergedKeys[r["key"]])
            let statementID: Int64 = r["statement_id"]
            switch try StoredValue.required(r, "role") as StatementQuery.Role {
            case .holder: byStatement[statementID]?.holders.append(actor)
            case .source: byStatement[statementID]?.source = actor
            case .target: byStatement[statementID]?.targets.append(actor)
            }
        }
        for c in try Row.fetchAll(
            db,
            sql: """
                SELECT c.statement_id, c.kind, c.text, c.start, c."end", c.rule FROM cue c JOIN statement s ON s.id = c.statement_id
                WHERE s.document_id = ?\(inScope) ORDER BY c.id
                """, arguments: [id])
        {
            byStatement[c["statement_id"]]?.cues.append(
                .init(
                    kind: c["kind"], text: c["text"], start: c["start"], end: c["end"],
                    rule: (c["rule"] as String?).map(RuleID.init(rawValue:))))
        }
        for t in try Row.fetchAll(
            db,
            sql: """
                SELECT t.statement_id, t.text, t.value, t.role, t.start, t."end" FROM time_expression t
                JOIN statement s ON s.id = t.statement_id WHERE s.document_id = ?\(inScope)
                """, arguments: [id])
        {
            byStatement[t["statement_id"]]?.time = .init(
                text: t["text"], value: try StoredValue.partialDate(t, "value"), role: try StoredValue.required(t, "role"),
                start: t["start"], end: t["end"])
        }
        for t in try Row.fetchAll(
            db,
            sql: """
                SELECT t.statement_id, t.topic_key FROM statement_topic t JOIN statement s ON s.id = t.statement_id
                WHERE s.document_id = ?\(inScope) ORDER BY t.statement_id, t.topic_key
                """, arguments: [id])
        {
            byStatement[t["statement_id"]]?.topics.append(t["topic_key"])
        }
        var correctedSentences: Set<Int64> = []
        for c in try Row.fetchAll(
            db,
            sql: """
                SELECT c.statement_id, coalesce(c.sentence_id, s.sentence_id) AS sentence_id, c.field, c.old_value, c.new_value,
                       c.author, c.note, c.created_at, c.reported_by, c.reported_at
                FROM correction c LEFT JOIN statement s ON s.id = c.statement_id LEFT JOIN sentence se ON se.id = c.sentence_id
                WHERE (s.document_id = ?\(inScope)) OR (se.document_id = ?\(inScope.replacingOccurrences(of: "s.sentence_id", with: "se.id"))) ORDER BY c.id
                """, arguments: [id, id])
        {
            if let sentenceID = c["sentence_id"] as Int64? { correctedSentences.insert(sentenceID) }
            if let statementID = c["statement_id"] as Int64? { byStatement[statementID]?.corrections.append(change(from: c)) }
        }
        let hashPrefix = String(document.contentHash.prefix(12))
        return try Row.fetchAll(
            db,
            sql: """
                SELECT id, position, start, "end", text FROM sentence WHERE document_id = ? AND position >= ? AND position < ?
                ORDER BY position
                """, arguments: [id, positions?.lowerBound ?? 0, positions?.upperBound ?? Int.max]
        ).map { se in
            let sentenceID: Int64 = se["id"]
            let statements = (statementsOfSentence[sentenceID] ?? []).compactMap { byStatement[$0] }
            let standing = statements.filter { $0.review != .rejected }
            var kinds: [StatementKind] = []
            var polarity: [String: Polarity] = [:]
            for statement in standing where !kinds.contains(statement.kind) {
                kinds.append(statement.kind)
                polarity[statement.kind.rawValue] = statement.polarity
            }
            let holder = standing.first { $0.kind == .commitment || $0.kind == .achievement }?.holders.first?.actor
            let source = standing.first { $0.kind == .claim && $0.source != nil }?.source?.actor
            let reviewed = correctedSentences.contains(sentenceID) || statements.contains { $0.review.isReviewed }
            let position: Int = se["position"]
            return ExportedSentence(
                id: "doc-\(hashPrefix)-s\(position)", text: se["text"], kinds: kinds.sorted { $0.rawValue < $1.rawValue },
                polarity: polarity, holder: holder, source: source, reviewed: reviewed, document: document,
                sentence: .init(id: sentenceID, position: position, start: se["start"], end: se["end"]),
                statements: statements)
        }
    }
}
