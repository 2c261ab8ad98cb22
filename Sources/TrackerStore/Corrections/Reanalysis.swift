public import Foundation
import GRDB
public import TrackerAnalysis

/// What re-running the analyzer over one stored document did.
public struct ReanalysisOutcome: Sendable, Hashable, Codable {
    /// The document re-analysed.
    public var documentID: Int64
    /// Automatic statements removed (the old analyzer's).
    public var removed: Int
    /// Automatic statements written by the new analyzer.
    public var added: Int
    /// New automatic statements left out because a person already decided
    /// about the same clause (corrected, confirmed, rejected or added).
    public var suppressed: Int
    /// Statements a person reviewed or added, kept as they were.
    public var kept: Int
    /// New statements that are old ones again (same sentence span, kind and
    /// action), written under their old ids.
    public var sameIDs: Int = 0
    /// Whether the sentences changed (human statements were moved to the
    /// new sentence that holds them).
    public var resegmented: Bool

    /// An outcome with the counts given (all zero by default).
    public init(documentID: Int64, removed: Int = 0, added: Int = 0, suppressed: Int = 0, kept: Int = 0, resegmented: Bool = false) {
        self.documentID = documentID
        self.removed = removed
        self.added = added
        self.suppressed = suppressed
        self.kept = kept
        self.resegmented = resegmented
    }
}

extension TrackerDatabase {
    /// Ids of every stored document, oldest first.
    public func documentIDs() throws -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM document ORDER BY id") }
    }

    /// Ids of the documents not analysed by `version` (every document when nil), oldest first.
    public func documentIDs(analyzedBy version: String?) throws -> [Int64] {
        guard let version else { return try documentIDs() }
        return try read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM document WHERE analyzer_version != ? ORDER BY id", arguments: [version])
        }
    }

    /// A stored document as the analyzer reads it: the cleaned text and its metadata.
    public func cleanedDocument(_ id: Int64) throws -> CleanedDocument {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT text, title, published, source, url, language, format, country FROM document WHERE id = ?
                        """, arguments: [id])
            else {
                throw StoreError.notFound("no document \(id); see 'tracker documents'")
            }
            let metadata = DocumentMetadata(
                title: row["title"], date: try StoredValue.day(row, "published"),
                source: row["source"], url: row["url"], language: row["language"],
                country: row["country"])
            return CleanedDocument(
                text: row["text"], metadata: metadata,
                format: try StoredValue.required(row, "format"))
        }
    }

    /// Replaces the automatic statements of document `id` with those of
    /// `analyzed` (the same stored text, analysed again), in one transaction.
    /// What people decided is kept: statements they corrected, confirmed,
    /// rejected or added, and those in their outcome links. A new automatic
    /// statement on a clause a person already decided about is not written.
    /// When the sentences change, kept statements move to the new sentence
    /// that holds them. With `storingMetadata`, the document's title, date,
    /// source and URL become `analyzed`'s, in the same transaction (a user's fix).
    public func reanalyze(
        document id: Int64, with analyzed: AnalyzedDocument, analyzerVersion: String,
        actors: ActorDictionary = .standard, now: Date = Date(),
        storingMetadata: Bool = false
    ) throws -> ReanalysisOutcome {
        let timestamp = Timestamp.iso(now)
        let sentenceTexts = analyzed.sentences.map { $0.text(in: analyzed.document.text) }
        return try writeTransaction { db in
            guard let stored = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("no document \(id); see 'tracker documents'")
            }
            guard stored == analyzed.document.text else {
                throw StoreError.textMismatch(document: id)
            }
            var outcome = ReanalysisOutcome(documentID: id, removed: 0, added: 0, suppressed: 0, kept: 0, resegmented: false)
            if storingMetadata {
                let metadata = analyzed.document.metadata
                try DocumentRecord.updateMetadata(metadata, ofDocument: id, db)
            }
            // 1. The old analyzer's statements go, unless a person touched them;
            //    their ids wait for the same statements to come back.
            let untouched = """
                s.document_id = ? AND s.review = 'unreviewed'
                  AND s.id NOT IN (SELECT commitment_statement_id FROM outcome_link WHERE origin = 'human'
                                   UNION SELECT outcome_statement_id FROM outcome_link WHERE origin = 'human')
                """
            var oldIDs: [StatementIdentity: [Int64]] = [:]
            var oldStatements: [(id: Int64, identity: StatementIdentity)] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.kind, s.action, se.start, se."end" FROM statement s JOIN sentence se ON se.id = s.sentence_id
                    WHERE \(untouched) ORDER BY s.id
                    """, arguments: [id])
            {
                let identity = StatementIdentity(
                    sentenceStart: row["start"], sentenceEnd: row["end"], kind: row["kind"],
                    action: row["action"])
                oldIDs[identity, default: []].append(row["id"])
                oldStatements.append((row["id"], identity))
            }
            outcome.removed = try StatementRecord.delete(ofDocument: id, where: untouched, db)
            // 2. Sentences: kept when unchanged, else replaced, with kept statements moved.
            let old = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, start, "end", end_rule FROM sentence WHERE document_id = ? ORDER BY position
                    """, arguments: [id])
            var sentenceIDs: [Int64] = old.map { $0["id"] }
            let same =
                old.count == analyzed.sentences.count
                && zip(old, analyzed.sentences).allSatisfy { row, span in
                    row["start"] == span.start && row["end"] == span.end && row["end_rule"] == span.rule.rawValue
                }
            if !same {
                outcome.resegmented = true
                try SentenceRecord.setAside(ofDocument: id, db)
                sentenceIDs = try analyzed.sentences.enumerated().map { position, span in
                    try SentenceRecord.insert(documentID: id, position: position, span: span, text: sentenceTexts[position], db)
                }
                for row in old {
                    let oldID: Int64 = row["id"]
                    let start: Int = row["start"]
                    // The new sentence that holds the old one's start (the last sentence when none does).
                    let index =
                        analyzed.sentences.firstIndex { $0.start <= start && start < max($0.end, $0.start + 1) }
                        ?? analyzed.sentences.lastIndex { $0.start <= start } ?? 0
                    if let newID = sentenceIDs.indices.contains(index) ? sentenceIDs[index] : nil {
                        try StatementRecord.moveStatements(fromSentence: oldID, toSentence: newID, db)
                        try CorrectionRecord.moveHistory(fromSentence: oldID, toSentence: newID, db)
                    }
                }
                try SentenceRecord.deleteSetAside(ofDocument: id, db)
            }
            // 3. What people decided, per sentence: the clauses the new analyzer must leave alone.
            let keptRows = try Row.fetchAll(
                db,
                sql: """
                    SELECT sentence_id, kind, clause_start, clause_end,
                           (SELECT old_value FROM correction c WHERE c.statement_id = s.id AND c.field = 'kind' ORDER BY c.id LIMIT 1) AS first_kind
                    FROM statement s WHERE document_id = ?
                    """, arguments: [id])
            outcome.kept = keptRows.count
            // The kind a statement had before people changed it is the kind the analyzer gives it again.
            var decided: [Int64: [(kind: String, start: Int?, end: Int?)]] = [:]
            for row in keptRows {
                let kind: String = row["first_kind"] ?? row["kind"]
                decided[row["sentence_id"], default: []].append((kind, row["clause_start"], row["clause_end"]))
            }
            // 4. The new analyzer's statements.
            let published = try String.fetchOne(db, sql: "SELECT published FROM document WHERE id = ?", arguments: [id])
            var reusedIDs: Set<Int64> = []
            var writer = StatementWriter(db: db, dictionary: actors, analyzerVersion: analyzerVersion, timestamp: timestamp)
            for (position, statements) in analyzed.statements.enumerated() where !statements.isEmpty && position < sentenceIDs.count {
                let sentenceID = sentenceIDs[position]
                let decisions = decided[sentenceID] ?? []
                let fresh = statements.filter { statement in
                    !decisions.contains { decision in
                        // The same clause, or an overlapping one of the same (original) kind.
                        guard let start = decision.start, let end = decision.end else { return decision.kind == statement.kind.rawValue }
                        if statement.clauseStart == start, statement.clauseEnd == end { return true }
                        return decision.kind == statement.kind.rawValue && statement.clauseStart < end && start < statement.clauseEnd
                    }
                }
                outcome.suppressed += statements.count - fresh.count
                outcome.added += fresh.count
                let span = analyzed.sentences[position]
                let ids = fresh.map { statement -> Int64? in
                    let identity = StatementIdentity(
                        sentenceStart: span.start, sentenceEnd: span.end,
                        kind: statement.kind.rawValue, action: statement.action)
                    guard let reused = oldIDs[identity]?.first else { return nil }
                    oldIDs[identity]?.removeFirst()
                    reusedIDs.insert(reused)
                    return reused
                }
                try writer.write(fresh, ids: ids, sentenceID: sentenceID, documentID: id, reportedOn: published)
            }
            outcome.sameIDs = reusedIDs.count
            // 5. The ids that did not come back are retired for good, with
            //    what `correct` needs to name their successor.
            let retire = try db.cachedStatement(
                sql: """
                    INSERT INTO retired_statement (id, document_id, sentence_start, sentence_end, kind, action, retired_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for old in oldStatements where !reusedIDs.contains(old.id) {
                try retire.execute(arguments: [
                    old.id, id, old.identity.sentenceStart, old.identity.sentenceEnd,
                    old.identity.kind, old.identity.action, timestamp,
                ])
            }
            try DocumentRecord.setAnalyzed(by: analyzerVersion, wordCount: analyzed.wordCount, ofDocument: id, db)
            return outcome
        }
    }
}

/// What makes a reanalysed statement the same as an old one: its sentence's
/// span, its kind and its action as written.
struct StatementIdentity: Hashable {
    var sentenceStart: Int
    var sentenceEnd: Int
    var kind: String
    var action: String?
}
