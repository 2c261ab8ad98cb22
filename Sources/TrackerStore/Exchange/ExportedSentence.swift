import GRDB
public import TrackerAnalysis

/// One sentence with its stored statements, as `tracker export --format
/// jsonl` writes it and `tracker import` reads it back. The top-level `text`,
/// `kinds`, `polarity`, `holder` and `source` are the gold-line shape that
/// `tracker evaluate` scores, so an annotator's corrections become a test set.
public struct ExportedSentence: Sendable, Hashable, Codable {
    public struct Document: Sendable, Hashable, Codable {
        public var id: Int64
        public var contentHash: String
        public var path: String?
        public var title: String?
        public var published: String?
        public var source: String?

        enum CodingKeys: String, CodingKey {
            case id, path, title, published, source
            case contentHash = "content_hash"
        }
    }

    public struct Span: Sendable, Hashable, Codable {
        public var id: Int64
        public var position: Int
        public var start: Int
        public var end: Int
    }

    /// `doc-<first 12 hex of the content hash>-s<position>`: stable across databases.
    public var id: String
    public var text: String
    public var kinds: [StatementKind]
    public var polarity: [String: Polarity]
    public var holder: String?
    public var source: String?
    /// Whether a person reviewed any statement of the sentence.
    public var reviewed: Bool
    public var document: Document
    public var sentence: Span
    public var statements: [ExportedStatement]
}

/// A stored statement with its actors, cues, time and correction history.
public struct ExportedStatement: Sendable, Hashable, Codable {
    public struct Actor: Sendable, Hashable, Codable {
        public var actor: String
        public var key: String
        public var kind: ActorKind
        public var mention: String?
        public var start: Int?
        public var end: Int?
        /// The keys of the actors merged into this one (`actors merge`), so
        /// that an import merges them too; absent when none were.
        public var merged: [String]?
    }

    public struct Time: Sendable, Hashable, Codable {
        public var text: String
        public var value: String?
        public var role: String
        public var start: Int
        public var end: Int
    }

    public struct ExportedCue: Sendable, Hashable, Codable {
        public var kind: String
        public var text: String
        public var start: Int
        public var end: Int
        public var rule: String?
    }

    public var id: Int64
    public var kind: StatementKind
    public var polarity: Polarity
    public var certainty: Certainty
    public var action: String?
    public var normalizedAction: String?
    public var clauseStart: Int?
    public var clauseEnd: Int?
    /// The clause's text (`clause_start..<clause_end` of the document).
    public var clause: String?
    public var holders: [Actor]
    public var source: Actor?
    public var targets: [Actor]
    public var time: Time?
    public var topics: [String]
    public var cues: [ExportedCue]
    public var confidence: Double
    public var rules: [String]
    public var origin: String
    public var review: String
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
    public func exportSentences(documents: [Int64]? = nil, reviewedOnly: Bool = false, withoutStatements: Bool = false,
                                _ body: (ExportedSentence) throws -> Void) throws {
        for documentID in try documents ?? documentIDs() {
            let sentences = try read { db in try Self.exportedSentences(document: documentID, db) }
            for sentence in sentences {
                if reviewedOnly, !sentence.reviewed { continue }
                if !withoutStatements, !reviewedOnly, sentence.statements.isEmpty { continue }
                try body(sentence)
            }
        }
    }

    static func exportedSentences(document id: Int64, _ db: Database) throws -> [ExportedSentence] {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, content_hash, path, title, published, source, text FROM document WHERE id = ?
            """, arguments: [id]) else {
            throw StoreError.notFound("no document \(id); see 'tracker documents'")
        }
        let document = ExportedSentence.Document(id: row["id"], contentHash: row["content_hash"], path: row["path"],
                                                 title: row["title"], published: row["published"], source: row["source"])
        let scalars = Array((row["text"] as String).unicodeScalars)
        func slice(_ start: Int?, _ end: Int?) -> String? {
            guard let start, let end, 0 <= start, start <= end, end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        var byStatement: [Int64: ExportedStatement] = [:]
        var statementsOfSentence: [Int64: [Int64]] = [:]
        for s in try Row.fetchAll(db, sql: "SELECT * FROM statement WHERE document_id = ? ORDER BY id", arguments: [id]) {
            let statementID: Int64 = s["id"]
            let rules = ((s["rules"] as String?) ?? "[]").split(whereSeparator: { "[]\",".contains($0) }).map(String.init)
            byStatement[statementID] = ExportedStatement(
                id: statementID, kind: StatementKind(rawValue: s["kind"]) ?? .claim,
                polarity: Polarity(rawValue: s["polarity"]) ?? .affirmed, certainty: Certainty(rawValue: s["certainty"]) ?? .certain,
                action: s["action"], normalizedAction: s["normalized_action"], clauseStart: s["clause_start"],
                clauseEnd: s["clause_end"], clause: slice(s["clause_start"], s["clause_end"]), holders: [], source: nil,
                targets: [], time: nil, topics: [], cues: [], confidence: s["confidence"], rules: rules, origin: s["origin"],
                review: s["review"], corrections: [])
            statementsOfSentence[s["sentence_id"], default: []].append(statementID)
        }
        let mergedKeys = try mergedKeys(db)
        for r in try Row.fetchAll(db, sql: """
            SELECT r.statement_id, r.role, r.mention, r.mention_start, r.mention_end, a.name, a.key, a.kind
            FROM statement_actor r JOIN actor a ON a.id = r.actor_id JOIN statement s ON s.id = r.statement_id
            WHERE s.document_id = ? ORDER BY r.statement_id, r.role, r.position
            """, arguments: [id]) {
            let actor = ExportedStatement.Actor(actor: r["name"], key: r["key"], kind: ActorKind(rawValue: r["kind"]) ?? .organisation, mention: r["mention"],
                                                start: r["mention_start"], end: r["mention_end"], merged: mergedKeys[r["key"]])
            let statementID: Int64 = r["statement_id"]
            switch r["role"] as String {
            case "holder": byStatement[statementID]?.holders.append(actor)
            case "source": byStatement[statementID]?.source = actor
            default: byStatement[statementID]?.targets.append(actor)
            }
        }
        for c in try Row.fetchAll(db, sql: """
            SELECT c.statement_id, c.kind, c.text, c.start, c."end", c.rule FROM cue c JOIN statement s ON s.id = c.statement_id
            WHERE s.document_id = ? ORDER BY c.id
            """, arguments: [id]) {
            byStatement[c["statement_id"]]?.cues.append(.init(kind: c["kind"], text: c["text"], start: c["start"], end: c["end"], rule: c["rule"]))
        }
        for t in try Row.fetchAll(db, sql: """
            SELECT t.statement_id, t.text, t.value, t.role, t.start, t."end" FROM time_expression t
            JOIN statement s ON s.id = t.statement_id WHERE s.document_id = ?
            """, arguments: [id]) {
            byStatement[t["statement_id"]]?.time = .init(text: t["text"], value: t["value"], role: t["role"], start: t["start"], end: t["end"])
        }
        for t in try Row.fetchAll(db, sql: """
            SELECT t.statement_id, t.topic_key FROM statement_topic t JOIN statement s ON s.id = t.statement_id
            WHERE s.document_id = ? ORDER BY t.statement_id, t.topic_key
            """, arguments: [id]) {
            byStatement[t["statement_id"]]?.topics.append(t["topic_key"])
        }
        var correctedSentences: Set<Int64> = []
        for c in try Row.fetchAll(db, sql: """
            SELECT c.statement_id, coalesce(c.sentence_id, s.sentence_id) AS sentence_id, c.field, c.old_value, c.new_value,
                   c.author, c.note, c.created_at, c.reported_by, c.reported_at
            FROM correction c LEFT JOIN statement s ON s.id = c.statement_id LEFT JOIN sentence se ON se.id = c.sentence_id
            WHERE s.document_id = ? OR se.document_id = ? ORDER BY c.id
            """, arguments: [id, id]) {
            if let sentenceID = c["sentence_id"] as Int64? { correctedSentences.insert(sentenceID) }
            if let statementID = c["statement_id"] as Int64? { byStatement[statementID]?.corrections.append(change(from: c)) }
        }
        let hashPrefix = String(document.contentHash.prefix(12))
        return try Row.fetchAll(db, sql: """
            SELECT id, position, start, "end", text FROM sentence WHERE document_id = ? ORDER BY position
            """, arguments: [id]).map { se in
            let sentenceID: Int64 = se["id"]
            let statements = (statementsOfSentence[sentenceID] ?? []).compactMap { byStatement[$0] }
            let standing = statements.filter { $0.review != "rejected" }
            var kinds: [StatementKind] = []
            var polarity: [String: Polarity] = [:]
            for statement in standing where !kinds.contains(statement.kind) {
                kinds.append(statement.kind)
                polarity[statement.kind.rawValue] = statement.polarity
            }
            let holder = standing.first { $0.kind == .commitment || $0.kind == .achievement }?.holders.first?.actor
            let source = standing.first { $0.kind == .claim && $0.source != nil }?.source?.actor
            let reviewed = correctedSentences.contains(sentenceID) || statements.contains { $0.review != "unreviewed" }
            let position: Int = se["position"]
            return ExportedSentence(id: "doc-\(hashPrefix)-s\(position)", text: se["text"], kinds: kinds.sorted { $0.rawValue < $1.rawValue },
                                    polarity: polarity, holder: holder, source: source, reviewed: reviewed, document: document,
                                    sentence: .init(id: sentenceID, position: position, start: se["start"], end: se["end"]),
                                    statements: statements)
        }
    }
}
