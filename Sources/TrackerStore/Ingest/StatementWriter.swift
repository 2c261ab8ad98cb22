import Foundation
import GRDB
import TrackerAnalysis

/// Writes documents with their sentences, statements, cues, actors, roles,
/// times and topics inside an ingest transaction. Actors are created the
/// first time they are used, with their dictionary aliases and affiliation.
/// The one gatherer of new rows of `statement`, `statement_actor`,
/// `statement_topic`, `time_expression` and `cue`, for the analyzer's
/// statements and a person's alike (``writeAdded(_:normalizedAction:sentenceID:documentID:reportedOn:holders:source:targets:time:)``);
/// each table's record type in `Records/` writes them.
///
/// One writer lives for one transaction (which holds the write lock). The
/// rows of all its documents are gathered first and then written table by
/// table, many rows per INSERT (see ``MultiRowInsert``); sentences and
/// statements get their ids here, so that the rows naming them can be
/// gathered before they are written. Actors and topics it has seen are
/// remembered, so that a batch of documents looks each of them up once.
///
/// The record types write raw multi-row SQL, not GRDB record inserts, on
/// purpose: ingest is the hot write path, and its speed is what
/// `TrackerBenchmarks ingest --ingest 2000` measures (138.9 k words/s at
/// e1ecc7f, release); a record insert per row would be one statement per row
/// where ``MultiRowInsert`` writes many per statement (not measured as a
/// variant: run that benchmark before changing it).
struct StatementWriter {
    let db: Database
    let dictionary: ActorDictionary
    let analyzerVersion: String
    let timestamp: String
    private var actorRows: [String: Int64] = [:]
    private var knownTopics: Set<String> = []
    private var nextSentenceID: Int64?
    private var nextStatementID: Int64?
    var rows = Rows()

    /// Rows gathered and not yet written.
    struct Rows {
        var sentences: [SentenceRecord.Row] = []
        var statements: [StatementRecord.Row] = []
        var cues: [(statementID: Int64, cue: Cue)] = []
        var roles: [StatementActorRecord.Row] = []
        var topics: [(statementID: Int64, topic: String)] = []
        var times: [(statementID: Int64, time: TimeExpression)] = []
    }

    init(db: Database, dictionary: ActorDictionary, analyzerVersion: String, timestamp: String) {
        self.db = db
        self.dictionary = dictionary
        self.analyzerVersion = analyzerVersion
        self.timestamp = timestamp
    }

    /// Stores documents (each with the SHA-256 of its cleaned text), or finds
    /// them already stored, in order.
    mutating func write(_ documents: [PendingDocument], contentHashes: [String]) throws -> [IngestOutcome] {
        var outcomes: [IngestOutcome] = []
        var added: [(document: PendingDocument, id: Int64)] = []
        for (document, hash) in zip(documents, contentHashes) {
            // Also finds a document added earlier in this batch: it is stored by now.
            if let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM document WHERE content_hash = ?"),
                arguments: [hash])
            {
                outcomes.append(.duplicate(existingID: existing))
                continue
            }
            let analyzed = document.analyzed
            let metadata = analyzed.document.metadata
            let id = try DocumentRecord(
                id: nil, contentHash: hash, path: document.path, url: metadata.url, title: metadata.title,
                source: metadata.source, published: metadata.date?.iso, language: metadata.language,
                format: analyzed.document.format.rawValue, text: analyzed.document.text, wordCount: analyzed.wordCount,
                analyzerVersion: analyzerVersion, ingestedAt: timestamp
            ).inserted(db)
            outcomes.append(.added(documentID: id, sentences: analyzed.sentences.count))
            added.append((document, id))
        }
        for (document, documentID) in added {
            let analyzed = document.analyzed
            let text = analyzed.document.text
            let reportedOn = analyzed.document.metadata.date?.iso
            for (position, span) in analyzed.sentences.enumerated() {
                let sentenceID = try newSentenceID()
                rows.sentences.append(
                    SentenceRecord.Row(
                        id: sentenceID, documentID: documentID, position: position, span: span,
                        text: span.text(in: text)))
                if position < analyzed.statements.count {
                    try gather(analyzed.statements[position], sentenceID: sentenceID, documentID: documentID, reportedOn: reportedOn)
                }
            }
        }
        try writeRows()
        return outcomes
    }

    /// Stores the statements of one stored sentence; `ids` gives a statement
    /// the id it had before (reanalysis), nil a new one.
    mutating func write(
        _ statements: [TrackerAnalysis.Statement], ids: [Int64?]? = nil, sentenceID: Int64, documentID: Int64,
        reportedOn: String?
    ) throws {
        try gather(statements, ids: ids, sentenceID: sentenceID, documentID: documentID, reportedOn: reportedOn)
        try writeRows()
    }

    mutating func newSentenceID() throws -> Int64 {
        let id = try nextSentenceID ?? (Int64.fetchOne(db, sql: "SELECT max(id) FROM sentence") ?? 0) + 1
        nextSentenceID = id + 1
        return id
    }

    /// Above every id ever used (sqlite_sequence keeps the highest, schema
    /// 004), so that a deleted statement's id is never handed out again.
    private mutating func newStatementID() throws -> Int64 {
        let id =
            try nextStatementID
            ?? (Int64.fetchOne(
                db,
                sql: """
                    SELECT max(coalesce((SELECT max(id) FROM statement), 0),
                               coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'statement'), 0))
                    """) ?? 0) + 1
        nextStatementID = id + 1
        return id
    }

    /// The rows of a sentence's statements; actors and topics not yet stored are stored now.
    mutating func gather(
        _ statements: [TrackerAnalysis.Statement], ids: [Int64?]? = nil, sentenceID: Int64,
        documentID: Int64, reportedOn: String?
    ) throws {
        for (index, statement) in statements.enumerated() {
            let statementID = try ids?[index] ?? newStatementID()
            rows.statements.append(
                StatementRecord.Row(
                    id: statementID, sentenceID: sentenceID, documentID: documentID,
                    statement: statement, reportedOn: reportedOn, analyzerVersion: analyzerVersion))
            for cue in statement.cues { rows.cues.append((statementID, cue)) }
            let holders = statement.holders.isEmpty ? statement.holder.map { [$0] } ?? [] : statement.holders
            for (position, holder) in holders.enumerated() {
                rows.roles.append(
                    StatementActorRecord.Row(
                        statementID: statementID, actorID: try actorRow(for: holder), role: .holder,
                        position: position, mention: holder))
            }
            if let source = statement.source {
                rows.roles.append(
                    StatementActorRecord.Row(
                        statementID: statementID, actorID: try actorRow(for: source), role: .source,
                        position: 0, mention: source))
            }
            for (position, target) in statement.targets.enumerated() {
                rows.roles.append(
                    StatementActorRecord.Row(
                        statementID: statementID, actorID: try actorRow(for: target), role: .target,
                        position: position, mention: target))
            }
            try gatherTopics(statement.topics, statementID: statementID)
            if let time = statement.time { rows.times.append((statementID, time)) }
        }
    }

    /// The statement's topic rows; a topic not yet stored is stored now.
    private mutating func gatherTopics(_ topics: [String], statementID: Int64) throws {
        for topic in topics {
            if knownTopics.insert(topic).inserted {
                try TopicRecord.ensure(topic, db)
            }
            rows.topics.append((statementID, topic))
        }
    }

    /// Stores a statement a person added (origin `human`, review `added`) to
    /// a stored sentence, with its roles (stored actors' ids), topics and
    /// time, and returns its id.
    mutating func writeAdded(
        _ addition: StatementAddition, normalizedAction: String?, sentenceID: Int64, documentID: Int64,
        reportedOn: String?, holders: [Int64], source: Int64?, targets: [Int64],
        time: TimeExpression?
    ) throws -> Int64 {
        let id = try newStatementID()
        rows.statements.append(
            StatementRecord.Row(
                id: id, sentenceID: sentenceID, documentID: documentID, kind: addition.kind, polarity: addition.polarity,
                certainty: addition.certainty, action: addition.action, normalizedAction: normalizedAction, clauseStart: nil,
                clauseEnd: nil, confidence: 1.0, rules: [], reportedOn: reportedOn, origin: .human, review: .added,
                analyzerVersion: "human", time: time, topics: addition.topics))
        let roles: [(StatementQuery.Role, [Int64])] = [(.holder, holders), (.source, source.map { [$0] } ?? []), (.target, targets)]
        for (role, ids) in roles {
            for (position, actorID) in ids.enumerated() {
                rows.roles.append(StatementActorRecord.Row(statementID: id, actorID: actorID, role: role, position: position, mention: nil))
            }
        }
        try gatherTopics(addition.topics, statementID: id)
        if let time { rows.times.append((id, time)) }
        try writeRows()
        return id
    }

    /// Writes the gathered rows, parents before children.
    mutating func writeRows() throws {
        defer { rows = Rows() }
        try SentenceRecord.insert(rows.sentences, db)
        try StatementRecord.insert(rows.statements, createdAt: timestamp, db)
        try CueRecord.insert(rows.cues, db)
        try StatementActorRecord.insert(rows.roles, db)
        try StatementTopicRecord.insert(rows.topics, db)
        try TimeExpressionRecord.insert(rows.times, db)
    }

    /// The row of an actor, created on first use (with its parent and aliases).
    mutating func actorRow(for mention: ActorMention) throws -> Int64 {
        let key = mention.id ?? ActorWriter.key(for: mention.actor)
        if let cached = actorRows[key] { return cached }
        let id = try ActorWriter.ensure(
            key: key, name: mention.actor, kind: mention.kind ?? .organisation,
            parentKey: mention.affiliationID, parentName: mention.affiliation,
            dictionary: dictionary, db: db, timestamp: timestamp)
        actorRows[key] = id
        return id
    }
}

/// Creating actors and their aliases.
enum ActorWriter {
    static func key(for name: String) -> String { ActorDictionary.slug(name) }

    /// The lookup form of an alias: lower case, punctuation and "the" dropped.
    static func normalized(_ alias: String) -> String {
        var lowered = alias.lowercased()
        if lowered.hasPrefix("the ") { lowered.removeFirst(4) }
        return String(
            lowered.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " " }
                .map(Character.init))
    }

    /// The row id of the actor `key`, inserting it (and its parent, recursively) when missing.
    /// A parent the dictionary lacks was found in the text (every state is in
    /// the dictionary): it is stored as an organisation under `parentName`.
    static func ensure(
        key: String, name: String, kind: ActorKind, parentKey: String?, parentName: String? = nil,
        dictionary: ActorDictionary, db: Database, timestamp: String, depth: Int = 0
    ) throws -> Int64 {
        // An actor merged into another (`actors merge`) stands for that one,
        // so reanalysis never brings the merged-away actor back.
        if let existing = try Int64.fetchOne(
            db.cachedStatement(
                sql: """
                    WITH RECURSIVE chain(id, merged, depth) AS (
                        SELECT id, merged_into_id, 0 FROM actor WHERE key = ?
                        UNION ALL SELECT a.id, a.merged_into_id, c.depth + 1 FROM actor a JOIN chain c ON a.id = c.merged WHERE c.depth < 32)
                    SELECT id FROM chain ORDER BY depth DESC LIMIT 1
                    """), arguments: [key])
        {
            return existing
        }
        let entry = dictionary.entry(id: key)
        var parentID: Int64?
        if let parent = entry?.parent ?? parentKey, parent != key, depth < 8 {
            let parentEntry = dictionary.entry(id: parent)
            let foundName = entry?.parent == nil ? parentName : nil
            parentID = try ensure(
                key: parent, name: parentEntry?.name ?? foundName ?? parent, kind: parentEntry?.kind ?? .organisation,
                parentKey: nil, dictionary: dictionary, db: db, timestamp: timestamp, depth: depth + 1)
        }
        let id = try ActorRecord.insert(
            key: key, name: entry?.name ?? name, kind: entry?.kind ?? kind, parentID: parentID,
            origin: entry == nil ? .discovered : .dictionary, createdAt: timestamp, db)
        var aliases = [entry?.name ?? name]
        aliases += entry?.aliases ?? []
        aliases += entry?.demonyms ?? []
        for alias in aliases {
            try ActorAliasRecord.add(alias, to: id, db)
        }
        for role in entry?.roles ?? [] {
            let of = try role.of.map {
                try ensure(
                    key: $0, name: dictionary.entry(id: $0)?.name ?? $0, kind: .state, parentKey: nil,
                    dictionary: dictionary, db: db, timestamp: timestamp, depth: depth + 1)
            }
            try ActorRoleRecord.insert(role, of: of, actor: id, db)
        }
        return id
    }
}
