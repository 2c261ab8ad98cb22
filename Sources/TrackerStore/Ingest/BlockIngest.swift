public import Foundation
import GRDB
import GRDBSQLite
public import TrackerAnalysis

extension TrackerDatabase {
    /// Analyses and stores one document a block at a time (see
    /// ``TextBlock``), for documents too large to hold their whole analysis
    /// in memory (issue 12, point 6): each block's sentences, statements,
    /// actors, times and topics are written as soon as they are tagged, and
    /// forgotten. The document is still all or nothing: every block is
    /// written inside one transaction, committed after the last (SQLite
    /// spills what the transaction changed to the write-ahead log once its
    /// page cache, 64 MiB, is full, so the transaction's memory does not grow
    /// with the document). Content already stored is a no-op that says so,
    /// as for ``ingest(_:path:analyzerVersion:actors:now:)``.
    ///
    /// - Returns: what happened, and the statements stored.
    /// - Throws: ``StoreError``; nothing of the document is stored then.
    public func ingestInBlocks(
        _ document: CleanedDocument, path: String?, analyzer: DocumentAnalyzer, analyzerVersion: String,
        actors: ActorDictionary = .standard, blockBytes: Int = TextBlock.defaultBytes,
        now: Date = Date()
    ) throws -> (outcome: IngestOutcome, statements: Int) {
        let timestamp = Timestamp.iso(now)
        let hash = SHA256.hex(document.text.utf8)
        return try writeTransaction { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE content_hash = ?", arguments: [hash]) {
                return (.duplicate(existingID: existing), 0)
            }
            let documentID = try DocumentRecord.insertInPlace(
                document, path: path, hash: hash, analyzerVersion: analyzerVersion,
                timestamp: timestamp, db)
            var writer = StatementWriter(db: db, dictionary: actors, analyzerVersion: analyzerVersion, timestamp: timestamp)
            let reportedOn = document.metadata.date?.iso
            var sentences = 0
            var statements = 0
            try analyzer.annotateInBlocks(document, blockBytes: blockBytes) { block in
                try writer.write(block, documentID: documentID, reportedOn: reportedOn)
                sentences += block.count
                statements += block.reduce(0) { $0 + $1.statements.count }
            }
            return (.added(documentID: documentID, sentences: sentences), statements)
        }
    }
}

extension StatementWriter {
    /// Stores annotated sentences of the stored document `documentID`, with their statements, in order.
    mutating func write(_ sentences: [AnnotatedSentence], documentID: Int64, reportedOn: String?) throws {
        for sentence in sentences {
            let sentenceID = try newSentenceID()
            rows.sentences.append(
                SentenceRecord.Row(
                    id: sentenceID, documentID: documentID, position: sentence.index, span: sentence.span,
                    text: sentence.text))
            try gather(sentence.statements, sentenceID: sentenceID, documentID: documentID, reportedOn: reportedOn)
        }
        try writeRows()
    }
}

extension TrackerDatabase {
    /// The most bytes SQLite's own allocator has held at once in this
    /// process (`sqlite3_memory_highwater`): what a transaction keeps in
    /// memory, for the benchmarks.
    public static var sqliteMemoryHighwater: Int64 { sqlite3_memory_highwater(0) }
}
