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
        /// The path the document was read from.
        public var path: String?
        /// Statements stored for it (0 for a duplicate).
        public var statements: Int
        /// Stored, or already there.
        public var outcome: IngestOutcome

        /// What happened to one document.
        public init(path: String?, statements: Int, outcome: IngestOutcome) {
            self.path = path
            self.statements = statements
            self.outcome = outcome
        }
    }

    /// The database written to.
    public let store: TrackerDatabase
    /// The analyzer version stored with each document.
    public let analyzerVersion: String
    /// The dictionary actors are stored from.
    public let actors: ActorDictionary
    /// A batch is written once it holds this many documents.
    public let maxDocuments: Int
    /// A batch is written once it holds this many words.
    public let maxWords: Int
    private var pending: [PendingDocument] = []
    private var pendingWords = 0
    /// Whether a batch was written without attributing outcomes (``flush(now:)`` does it).
    private var attributionPending = false

    /// A batch writing to `store`, with the limits given.
    public init(
        store: TrackerDatabase, analyzerVersion: String, actors: ActorDictionary = .standard,
        maxDocuments: Int = 256, maxWords: Int = 200_000
    ) {
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
        attributionPending = true
        return try write(now: now, attributing: false)
    }

    /// Writes the documents added so far, and brings the outcomes attributed
    /// without a holder up to date with every batch written (Schema/013).
    public mutating func flush(now: Date = Date()) throws -> [Stored] {
        guard !pending.isEmpty else {
            if attributionPending { try store.refreshOutcomeAttribution() }
            attributionPending = false
            return []
        }
        attributionPending = false
        return try write(now: now, attributing: true)
    }

    private mutating func write(now: Date, attributing: Bool) throws -> [Stored] {
        let documents = pending
        pending = []
        pendingWords = 0
        let outcomes = try store.ingest(documents, analyzerVersion: analyzerVersion, actors: actors, now: now, attributing: attributing)
        return zip(documents, outcomes).map { document, outcome in
            Stored(path: document.path, statements: document.analyzed.statementCount, outcome: outcome)
        }
    }
}
