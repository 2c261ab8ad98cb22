public import Foundation
public import TrackerAnalysis

/// Analysed documents gathered for one write: `tracker ingest` stores
/// documents in batches, one transaction per batch, and each document still
/// lands whole or not at all (see the batch `ingest` of ``TrackerDatabase``).
///
/// A batch is written when it holds `maxDocuments` documents or `maxWords`
/// words, so that a batch's memory stays bounded whatever the documents'
/// size, and another writer waits for a batch, never for a whole run.
public struct DocumentBatch {
    /// What happened to one document of a written batch.
    public struct Stored: Sendable {
        public var path: String?
        public var statements: Int
        public var outcome: IngestOutcome
    }

    public let store: TrackerDatabase
    public let analyzerVersion: String
    public let actors: ActorDictionary
    public let maxDocuments: Int
    public let maxWords: Int
    private var pending: [PendingDocument] = []
    private var pendingWords = 0

    public init(store: TrackerDatabase, analyzerVersion: String, actors: ActorDictionary = .standard,
                maxDocuments: Int = 256, maxWords: Int = 200_000) {
        self.store = store
        self.analyzerVersion = analyzerVersion
        self.actors = actors
        self.maxDocuments = max(1, maxDocuments)
        self.maxWords = max(1, maxWords)
    }

    /// Documents added and not yet written.
    public var count: Int { pending.count }

    /// Adds a document; when that fills the batch, writes it and returns what
    /// happened to each of its documents (otherwise nothing).
    ///
    /// - Throws: ``StoreError``; the documents before the failing one are stored.
    public mutating func add(_ analyzed: AnalyzedDocument, path: String?, now: Date = Date()) throws -> [Stored] {
        pending.append(PendingDocument(analyzed, path: path))
        pendingWords += analyzed.wordCount
        guard pending.count >= maxDocuments || pendingWords >= maxWords else { return [] }
        return try flush(now: now)
    }

    /// Writes the documents added so far.
    public mutating func flush(now: Date = Date()) throws -> [Stored] {
        guard !pending.isEmpty else { return [] }
        let documents = pending
        pending = []
        pendingWords = 0
        let outcomes = try store.ingest(documents, analyzerVersion: analyzerVersion, actors: actors, now: now)
        return zip(documents, outcomes).map { document, outcome in
            Stored(path: document.path, statements: document.analyzed.statementCount, outcome: outcome)
        }
    }
}
