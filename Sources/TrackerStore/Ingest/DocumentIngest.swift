public import Foundation
import GRDB
public import TrackerAnalysis

/// What ingesting one document did.
public enum IngestOutcome: Sendable, Equatable {
    /// Stored whole, with this many sentences.
    case added(documentID: Int64, sentences: Int)
    /// The same cleaned text is already stored; nothing was written.
    case duplicate(existingID: Int64)
}

extension TrackerDatabase {
    /// Stores a document and its sentences in one transaction: it lands whole
    /// or not at all. Content already stored (same SHA-256 of the cleaned
    /// text) is a no-op that says so.
    public func ingest(_ analyzed: AnalyzedDocument, path: String?, analyzerVersion: String,
                       actors: ActorDictionary = .standard, now: Date = Date()) throws -> IngestOutcome {
        let document = analyzed.document
        let hash = SHA256.hex(document.text.utf8)
        let timestamp = Timestamp.iso(now)
        let sentenceTexts = analyzed.sentences.map { $0.text(in: document.text) }
        return try writeTransaction { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE content_hash = ?",
                                                 arguments: [hash]) {
                return .duplicate(existingID: existing)
            }
            var record = DocumentRecord(
                id: nil, contentHash: hash, path: path, url: document.metadata.url,
                title: document.metadata.title, source: document.metadata.source,
                published: document.metadata.date?.iso, language: document.metadata.language,
                format: document.format.rawValue, text: document.text, wordCount: analyzed.wordCount,
                analyzerVersion: analyzerVersion, ingestedAt: timestamp)
            try record.insert(db)
            guard let documentID = record.id else { throw StoreError.sqlite(path: self.path, message: "no row id") }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO sentence (document_id, position, start, "end", text, end_rule) VALUES (?, ?, ?, ?, ?, ?)
                """)
            var writer = StatementWriter(db: db, dictionary: actors, analyzerVersion: analyzerVersion, timestamp: timestamp)
            for (position, span) in analyzed.sentences.enumerated() {
                try insert.execute(arguments: [documentID, position, span.start, span.end,
                                               sentenceTexts[position], span.rule.rawValue])
                if position < analyzed.statements.count, !analyzed.statements[position].isEmpty {
                    try writer.write(analyzed.statements[position], sentenceID: db.lastInsertedRowID, documentID: documentID,
                                     reportedOn: document.metadata.date?.iso)
                }
            }
            return .added(documentID: documentID, sentences: analyzed.sentences.count)
        }
    }
}
