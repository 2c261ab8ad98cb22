public import Foundation
import GRDB
import TrackerAnalysis

/// What `tracker import` did.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// Lines whose sentence was found in the database.
    public var matched = 0
    /// Lines whose document or sentence is not stored (reported, not fatal).
    public var unmatched: [String] = []
    /// Statements changed (kind, polarity, certainty, roles or review).
    public var corrected = 0
    /// Statements added (a person's, or a gold kind the tagger missed).
    public var added = 0
    /// Statements rejected.
    public var rejected = 0
    /// Statements already as the line says.
    public var unchanged = 0

    /// An empty summary.
    public init() {}
}

extension TrackerDatabase {
    /// Applies corrections or gold labels in one transaction: the whole file
    /// lands or nothing does. Importing the same file twice changes nothing
    /// the second time. Exported lines find their document by content hash
    /// and their sentence by offsets; gold lines find every stored sentence
    /// with the same text. Every row written is `author`'s, now, and names
    /// the import (recorded with `source`); a file's history rows keep their
    /// author and time only as "reported by".
    public func importLines(
        _ lines: [ImportLine], from source: ImportSource, author: String,
        now: Date = Date()
    ) throws -> ImportSummary {
        let importing = ImportContext(source: source, author: author, timestamp: Timestamp.iso(now))
        return try writeTransaction { db in
            var summary = ImportSummary()
            for line in lines {
                switch line {
                case .exported(let sentence):
                    try Self.importExported(sentence, summary: &summary, importing: importing, db)
                case .gold(let gold):
                    try Self.importGold(gold, summary: &summary, importing: importing, db)
                }
            }
            return summary
        }
    }

    static func importExported(
        _ line: ExportedSentence, summary: inout ImportSummary, importing: ImportContext,
        _ db: Database
    ) throws {
        let timestamp = importing.timestamp
        guard
            let documentID = try Int64.fetchOne(
                db, sql: "SELECT id FROM document WHERE content_hash = ?",
                arguments: [line.document.contentHash]),
            let sentenceID = try Int64.fetchOne(
                db,
                sql: """
                    SELECT id FROM sentence WHERE document_id = ? AND start <= ? AND ? < max("end", start + 1) ORDER BY start LIMIT 1
                    """, arguments: [documentID, line.sentence.start, line.sentence.start])
        else {
            summary.unmatched.append(line.id)
            return
        }
        summary.matched += 1
        for statement in line.statements where statement.review != .unreviewed {
            for actor in statement.holders + statement.targets + (statement.source.map { [$0] } ?? []) {
                try ensureImportedActor(actor, importing: importing, db)
            }
            let target = try matchingStatement(statement, sentence: sentenceID, db)
            let rejected = statement.review == .rejected
            guard let id = target else {
                if rejected { summary.unchanged += 1; continue }
                // A person's statement (or one this database's analyzer did not find): add it with its history.
                let addition = StatementAddition(
                    kind: statement.kind, polarity: statement.polarity, certainty: statement.certainty,
                    action: statement.action, normalizedAction: statement.normalizedAction,
                    holders: statement.holders.map(\.key), source: statement.source?.key,
                    targets: statement.targets.map(\.key),
                    time: statement.time.map {
                        AddedTime(
                            text: $0.text, value: $0.value,
                            role: $0.role)
                    },
                    topics: statement.topics, author: importing.author)
                let id = try insert(addition, normalizedAction: statement.normalizedAction, sentence: sentenceID, timestamp: timestamp, db)
                // The history travels with it: the file's "add" row, as
                // reported, stands for the fresh one; without one the fresh
                // row is the import's own.
                if statement.corrections.contains(where: { $0.field == "add" }) {
                    try CorrectionRecord.deleteHistory(ofStatement: id, db)
                } else {
                    try CorrectionRecord.setImport(try importing.recordID(db), forStatement: id, db)
                }
                _ = try apply(
                    StatementCorrection(author: importing.author), to: id, timestamp: timestamp,
                    history: statement.corrections, review: statement.review, importing: importing, db)
                summary.added += 1
                continue
            }
            let correction = StatementCorrection(
                kind: statement.kind, polarity: statement.polarity, certainty: statement.certainty,
                holders: statement.holders.map(\.key), source: statement.source?.key ?? "",
                targets: statement.targets.map(\.key), delete: rejected,
                confirm: statement.review == .confirmed, author: importing.author)
            let before = try String.fetchOne(db, sql: "SELECT review FROM statement WHERE id = ?", arguments: [id])
                .map { try StoredValue.decode($0, column: "review") as ReviewState }
            let changes = try apply(
                correction, to: id, timestamp: timestamp, history: statement.corrections,
                review: statement.review, importing: importing, db)
            if changes.isEmpty, before == statement.review {
                summary.unchanged += 1
            } else if rejected {
                summary.rejected += 1
            } else {
                summary.corrected += 1
            }
        }
    }

    /// The stored statement an exported one stands for: the same person-added
    /// statement (by its "add" record), or the automatic statement on the same
    /// clause with the kind the tagger first gave (with the kind the file
    /// gives, or the clause's only one, when the file's history lacks the
    /// kind record); failing those, one added before (by a person or an
    /// earlier import of the same line) with the same kind and action, so
    /// that a line is never added twice.
    static func matchingStatement(_ statement: ExportedStatement, sentence: Int64, _ db: Database) throws -> Int64? {
        let history = statement.corrections
        if statement.origin == .human, let added = history.first(where: { $0.field == "add" })?.original {
            return try Int64.fetchOne(
                db,
                sql: """
                    SELECT statement_id FROM correction WHERE sentence_id = ? AND field = 'add'
                      AND coalesce(reported_by, author) = ? AND coalesce(reported_at, created_at) = ?
                    """, arguments: [sentence, added.author, added.createdAt])
        }
        if statement.origin != .human {
            let originalKind = history.first { $0.field == "kind" }?.oldValue ?? statement.kind.rawValue
            let candidates = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, kind, (SELECT old_value FROM correction c WHERE c.statement_id = s.id AND c.field = 'kind' ORDER BY c.id LIMIT 1) AS first_kind
                    FROM statement s WHERE sentence_id = ? AND origin = 'automatic' AND clause_start IS ? AND clause_end IS ?
                    ORDER BY (id = ?) DESC, id
                    """, arguments: [sentence, statement.clauseStart, statement.clauseEnd, statement.id])
            if let match = candidates.first(where: { ((($0["first_kind"] as String?) ?? $0["kind"]) as String) == originalKind }) {
                return match["id"]
            }
            if !history.contains(where: { $0.field == "kind" }) {
                if let match = candidates.first(where: { ($0["kind"] as String) == statement.kind.rawValue }) { return match["id"] }
                if candidates.count == 1 { return candidates[0]["id"] }
            }
        }
        return try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM statement WHERE sentence_id = ? AND origin = 'human' AND kind = ? AND action IS ?
                ORDER BY id LIMIT 1
                """, arguments: [sentence, statement.kind.rawValue, statement.action])
    }

    /// Makes sure an actor named in an imported statement exists (by key), as a user actor when new.
    /// And merges into it the actors the file says were merged into it, as
    /// the importer's decision (once: a merged actor is not merged again).
    static func ensureImportedActor(_ actor: ExportedStatement.Actor, importing: ImportContext, _ db: Database) throws {
        var target = try Int64.fetchOne(db, sql: "SELECT id FROM actor WHERE key = ?", arguments: [actor.key])
        if target == nil {
            let id = try ActorRecord.insert(
                key: actor.key, name: actor.actor, kind: actor.kind, parentID: nil, origin: .user,
                createdAt: importing.timestamp, db)
            target = id
            try ActorAliasRecord.add(actor.actor, to: id, db)
        }
        guard let target else { return }
        for key in actor.merged ?? [] {
            guard
                let source = try Int64.fetchOne(
                    db, sql: "SELECT id FROM actor WHERE key = ? AND merged_into_id IS NULL",
                    arguments: [key]), source != target
            else { continue }
            _ = try merge(
                source, into: target, author: importing.author, note: "merged in the imported file",
                timestamp: importing.timestamp, importing: importing, db)
        }
    }

    /// A gold line: every stored sentence with its text ends up with the gold
    /// kinds and polarities. Statements of other kinds are rejected, missing
    /// kinds are added, matching ones confirmed (or their polarity corrected).
    static func importGold(_ gold: GoldLine, summary: inout ImportSummary, importing: ImportContext, _ db: Database) throws {
        let author = importing.author
        let timestamp = importing.timestamp
        let sentences = try Int64.fetchAll(db, sql: "SELECT id FROM sentence WHERE text = ?", arguments: [gold.text])
        guard !sentences.isEmpty else {
            summary.unmatched.append(gold.id ?? String(gold.text.prefix(60)))
            return
        }
        let scored = Set(gold.scored ?? StatementKind.allCases)
        let holder = try gold.holder.flatMap { try actorID(named: $0, db) }.map { _ in gold.holder! }
        let source = try gold.source.flatMap { try actorID(named: $0, db) }.map { _ in gold.source! }
        for sentenceID in sentences {
            summary.matched += 1
            let stored = try Row.fetchAll(
                db, sql: "SELECT id, kind, polarity, review FROM statement WHERE sentence_id = ? ORDER BY id",
                arguments: [sentenceID])
            var covered: Set<StatementKind> = []
            for row in stored {
                guard let kind = StatementKind(rawValue: row["kind"]), scored.contains(kind) else { continue }
                let id: Int64 = row["id"]
                let review: String = row["review"]
                var correction = StatementCorrection(note: "gold import", author: author)
                if !gold.kinds.contains(kind) {
                    guard review != "rejected" else { summary.unchanged += 1; continue }
                    correction.delete = true
                } else if covered.contains(kind) {
                    summary.unchanged += 1
                    continue
                } else {
                    covered.insert(kind)
                    correction.polarity = gold.polarity?[kind.rawValue]
                    correction.confirm = true
                }
                let changes = try apply(correction, to: id, timestamp: timestamp, importing: importing, db)
                if changes.isEmpty {
                    summary.unchanged += 1
                } else if correction.delete {
                    summary.rejected += 1
                } else {
                    summary.corrected += 1
                }
            }
            for kind in gold.kinds where scored.contains(kind) && !covered.contains(kind) {
                let addition = StatementAddition(
                    kind: kind, polarity: gold.polarity?[kind.rawValue] ?? .affirmed,
                    holders: kind == .commitment || kind == .achievement ? holder.map { [$0] } ?? [] : [],
                    source: kind == .claim ? source : nil, note: "gold import", author: author)
                let id = try insert(addition, normalizedAction: nil, sentence: sentenceID, timestamp: timestamp, db)
                try CorrectionRecord.setImport(try importing.recordID(db), forStatement: id, db)
                summary.added += 1
            }
        }
    }
}
