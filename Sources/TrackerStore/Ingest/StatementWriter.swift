import Foundation
import GRDB
import TrackerAnalysis

/// Writes a document's statements, cues, actors, roles and times inside the
/// ingest transaction. Actors are created the first time they are used,
/// with their dictionary aliases and affiliation.
struct StatementWriter {
    let db: Database
    let dictionary: ActorDictionary
    let analyzerVersion: String
    let timestamp: String
    private var actorRows: [String: Int64] = [:]

    init(db: Database, dictionary: ActorDictionary, analyzerVersion: String, timestamp: String) {
        self.db = db
        self.dictionary = dictionary
        self.analyzerVersion = analyzerVersion
        self.timestamp = timestamp
    }

    mutating func write(_ statements: [TrackerAnalysis.Statement], sentenceID: Int64, documentID: Int64, reportedOn: String?) throws {
        for statement in statements {
            let rulesJSON = "[" + statement.rules.map(JSONText.quoted).joined(separator: ",") + "]"
            try db.cachedStatement(sql: """
                INSERT INTO statement (sentence_id, document_id, kind, polarity, certainty, action, normalized_action,
                    clause_start, clause_end, confidence, rules, reported_on, origin, review, analyzer_version, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'automatic', 'unreviewed', ?, ?)
                """).execute(arguments: [sentenceID, documentID, statement.kind.rawValue, statement.polarity.rawValue,
                                 statement.certainty.rawValue, statement.action, statement.normalizedAction,
                                 statement.clauseStart, statement.clauseEnd, statement.confidence, rulesJSON,
                                 reportedOn, analyzerVersion, timestamp])
            let statementID = db.lastInsertedRowID
            for cue in statement.cues {
                try db.cachedStatement(sql: """
                    INSERT INTO cue (statement_id, kind, text, start, "end", rule) VALUES (?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [statementID, cue.kind, cue.text, cue.start, cue.end, cue.rule])
            }
            let holders = statement.holders.isEmpty ? statement.holder.map { [$0] } ?? [] : statement.holders
            for (position, holder) in holders.enumerated() {
                try writeRole(holder, role: "holder", position: position, statementID: statementID)
            }
            if let source = statement.source {
                try writeRole(source, role: "source", position: 0, statementID: statementID)
            }
            for (position, target) in statement.targets.enumerated() {
                try writeRole(target, role: "target", position: position, statementID: statementID)
            }
            for topic in statement.topics {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO topic (key, label) VALUES (?, ?)")
                    .execute(arguments: [topic, TopicList.standard.label(of: topic) ?? topic])
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO statement_topic (statement_id, topic_key) VALUES (?, ?)")
                    .execute(arguments: [statementID, topic])
            }
            if let time = statement.time {
                try db.cachedStatement(sql: """
                    INSERT INTO time_expression (statement_id, text, start, "end", value, anchor, role) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [statementID, time.text, time.start, time.end, time.value, time.anchor, time.role.rawValue])
            }
        }
    }

    private mutating func writeRole(_ mention: ActorMention, role: String, position: Int, statementID: Int64) throws {
        let actorID = try actorRow(for: mention)
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO statement_actor (statement_id, actor_id, role, position, mention, mention_start, mention_end)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [statementID, actorID, role, position, mention.mention, mention.start, mention.end])
    }

    /// The row of an actor, created on first use (with its parent and aliases).
    mutating func actorRow(for mention: ActorMention) throws -> Int64 {
        let key = mention.id ?? ActorWriter.key(for: mention.actor)
        if let cached = actorRows[key] { return cached }
        let id = try ActorWriter.ensure(key: key, name: mention.actor, kind: mention.kind ?? .organisation,
                                        parentKey: mention.affiliationID, dictionary: dictionary, db: db, timestamp: timestamp)
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
        return String(lowered.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " " }
            .map(Character.init))
    }

    /// The row id of the actor `key`, inserting it (and its parent, recursively) when missing.
    static func ensure(key: String, name: String, kind: ActorKind, parentKey: String?, dictionary: ActorDictionary,
                       db: Database, timestamp: String, depth: Int = 0) throws -> Int64 {
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM actor WHERE key = ?"), arguments: [key]) {
            return existing
        }
        let entry = dictionary.entry(id: key)
        var parentID: Int64?
        if let parent = entry?.parent ?? parentKey, parent != key, depth < 8 {
            let parentEntry = dictionary.entry(id: parent)
            parentID = try ensure(key: parent, name: parentEntry?.name ?? parent, kind: parentEntry?.kind ?? .state,
                                  parentKey: nil, dictionary: dictionary, db: db, timestamp: timestamp, depth: depth + 1)
        }
        try db.execute(sql: """
            INSERT INTO actor (key, name, kind, parent_id, origin, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [key, entry?.name ?? name, (entry?.kind ?? kind).rawValue, parentID,
                             entry == nil ? "discovered" : "dictionary", timestamp])
        let id = db.lastInsertedRowID
        var aliases = [entry?.name ?? name]
        aliases += entry?.aliases ?? []
        aliases += entry?.demonyms ?? []
        for alias in aliases {
            try db.execute(sql: "INSERT OR IGNORE INTO actor_alias (actor_id, alias, normalized) VALUES (?, ?, ?)",
                           arguments: [id, alias, normalized(alias)])
        }
        for role in entry?.roles ?? [] {
            let of = try role.of.map { try ensure(key: $0, name: dictionary.entry(id: $0)?.name ?? $0, kind: .state, parentKey: nil,
                                                  dictionary: dictionary, db: db, timestamp: timestamp, depth: depth + 1) }
            try db.execute(sql: "INSERT INTO actor_role (actor_id, title, of_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, role.title, of, role.from, role.to])
        }
        return id
    }
}
