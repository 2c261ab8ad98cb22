public import Foundation
import GRDB
public import TrackerAnalysis

/// A statement the tagger missed, added by a person (`tracker add-statement`).
public struct StatementAddition: Sendable, Hashable {
    /// Claim, commitment, achievement or uncertainty.
    public var kind: StatementKind
    /// Affirmed unless said otherwise.
    public var polarity: Polarity
    /// Certain unless said otherwise.
    public var certainty: Certainty
    /// The action as written ("halt missile tests").
    public var action: String?
    /// Its normalised form ("halt test"); the tagger's normalisation of
    /// `action` when nil.
    public var normalizedAction: String?
    /// Holders by name, key or alias; each must be a stored actor.
    public var holders: [String]
    /// The source by name, key or alias, if any.
    public var source: String?
    /// Targets by name, key or alias.
    public var targets: [String]
    /// A time: its text, ISO value and role ("by June", "2025-06", deadline).
    public var time: AddedTime?
    /// Topic keys.
    public var topics: [String]
    /// Why the person added it, kept in the history.
    public var note: String?
    /// Who added it (the CLI gives `$TRACKER_AUTHOR`, else `$USER`).
    public var author: String

    /// An addition; only the kind is required.
    public init(
        kind: StatementKind, polarity: Polarity = .affirmed, certainty: Certainty = .certain,
        action: String? = nil, normalizedAction: String? = nil, holders: [String] = [], source: String? = nil,
        targets: [String] = [], time: AddedTime? = nil, topics: [String] = [],
        note: String? = nil, author: String
    ) {
        self.kind = kind
        self.polarity = polarity
        self.certainty = certainty
        self.action = action
        self.normalizedAction = normalizedAction
        self.holders = holders
        self.source = source
        self.targets = targets
        self.time = time
        self.topics = topics
        self.note = note
        self.author = author
    }
}

/// A time a person gives to an added statement: the same text, value and
/// role a stored statement's time has.
public typealias AddedTime = StoredTime

extension TrackerDatabase {
    /// Adds a human statement to sentence `sentenceID` in one transaction and
    /// returns its id. It is stored as origin `human`, review `added`, with a
    /// correction row saying who added it and why.
    public func addStatement(
        toSentence sentenceID: Int64, _ addition: StatementAddition,
        tagger: StatementTagger = StatementTagger(), now: Date = Date()
    ) throws -> Int64 {
        let timestamp = Timestamp.iso(now)
        let normalized = addition.normalizedAction ?? addition.action.flatMap { tagger.normalizeAction($0) }
        return try writeTransaction { db in
            try Self.insert(addition, normalizedAction: normalized, sentence: sentenceID, timestamp: timestamp, db)
        }
    }

    static func insert(
        _ addition: StatementAddition, normalizedAction: String?, sentence sentenceID: Int64,
        timestamp: String, _ db: Database
    ) throws -> Int64 {
        guard
            let sentence = try Row.fetchOne(
                db,
                sql: """
                    SELECT s.document_id, s.start, s."end", s.text, d.published FROM sentence s JOIN document d ON d.id = s.document_id WHERE s.id = ?
                    """, arguments: [sentenceID])
        else {
            throw StoreError.notFound("no sentence \(sentenceID); 'tracker report document ID' lists a document's sentences with their ids")
        }
        // Resolve every name before writing anything.
        func resolve(_ name: String) throws -> Int64 {
            guard let id = try actorID(named: name, db) else {
                throw StoreError.notFound("no actor named '\(name)'; add it first with 'tracker actors add \"\(name)\" --kind K'")
            }
            return id
        }
        let holders = try addition.holders.map(resolve)
        let source = try addition.source.map(resolve)
        let targets = try addition.targets.map(resolve)
        let documentID: Int64 = sentence["document_id"]
        let time = addition.time.map { time in
            // Where the time's words are in the sentence; the whole sentence when they are not there verbatim.
            let text: String = sentence["text"]
            let sentenceStart: Int = sentence["start"]
            var span = (start: sentenceStart, end: sentence["end"] as Int)
            if let range = text.range(of: time.text) {
                let offset = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
                span = (sentenceStart + offset, sentenceStart + offset + time.text.unicodeScalars.count)
            }
            return TimeExpression(text: time.text, start: span.start, end: span.end, value: time.value?.iso, role: time.role)
        }
        var writer = StatementWriter(db: db, dictionary: ActorDictionary(), analyzerVersion: "human", timestamp: timestamp)
        let id = try writer.writeAdded(
            addition, normalizedAction: normalizedAction, sentenceID: sentenceID, documentID: documentID,
            reportedOn: sentence["published"], holders: holders, source: source, targets: targets,
            time: time)
        try CorrectionRecord(
            statementID: id, sentenceID: sentenceID, field: "add", newValue: addition.kind.rawValue,
            author: addition.author, note: addition.note, createdAt: timestamp
        ).append(db)
        return id
    }
}
