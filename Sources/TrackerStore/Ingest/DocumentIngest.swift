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

/// A document ready to store: the analysis and where it was read from.
public struct PendingDocument: Sendable {
    /// The analysis to store.
    public var analyzed: AnalyzedDocument
    /// The path it was read from, if any.
    public var path: String?

    /// A document to store.
    public init(_ analyzed: AnalyzedDocument, path: String?) {
        self.analyzed = analyzed
        self.path = path
    }
}

extension TrackerDatabase {
    /// Stores a document and its sentences in one transaction: it lands whole
    /// or not at all. Content already stored (same SHA-256 of the cleaned
    /// text) is a no-op that says so.
    public func ingest(
        _ analyzed: AnalyzedDocument, path: String?, analyzerVersion: String,
        actors: ActorDictionary = .standard, now: Date = Date()
    ) throws -> IngestOutcome {
        try ingest([PendingDocument(analyzed, path: path)], analyzerVersion: analyzerVersion, actors: actors, now: now)[0]
    }

    /// Stores several documents in one transaction, in order, and returns
    /// what happened to each. Every document lands whole or not at all (a
    /// crash leaves each one whole or absent), and a document whose content
    /// is already stored, or appears earlier in the same batch, is a
    /// duplicate. One transaction for many documents is what makes ingest
    /// fast: the full-text index, the other indexes and the write-ahead log
    /// are written once per batch instead of once per document.
    ///
    /// When the batch fails, the documents are stored again one at a time,
    /// so that the documents before the failing one are stored and its error
    /// is thrown, as if they had been ingested one by one.
    ///
    /// - Throws: ``StoreError``.
    public func ingest(
        _ documents: [PendingDocument], analyzerVersion: String, actors: ActorDictionary = .standard,
        now: Date = Date()
    ) throws -> [IngestOutcome] {
        try ingest(documents, analyzerVersion: analyzerVersion, actors: actors, now: now, attributing: true)
    }

    /// The batch ingest, bringing the attributed outcomes up to date in its
    /// transaction or, with `attributing` false, leaving that to a later
    /// write (``DocumentBatch`` does it once a run: at a million statements a
    /// batch's groups are most of them, about a second each time).
    func ingest(
        _ documents: [PendingDocument], analyzerVersion: String, actors: ActorDictionary, now: Date,
        attributing: Bool
    ) throws -> [IngestOutcome] {
        guard !documents.isEmpty else { return [] }
        let timestamp = Timestamp.iso(now)
        let hashes = documents.map { SHA256.hex($0.analyzed.document.text.utf8) }
        func write(_ range: Range<Int>) throws -> [IngestOutcome] {
            try writeTransaction(attributing: attributing) { db in
                var writer = StatementWriter(db: db, dictionary: actors, analyzerVersion: analyzerVersion, timestamp: timestamp)
                return try writer.write(Array(documents[range]), contentHashes: Array(hashes[range]))
            }
        }
        do {
            return try write(documents.indices)
        } catch  where documents.count > 1 {
            return try documents.indices.flatMap { try write($0..<($0 + 1)) }
        }
    }
}
