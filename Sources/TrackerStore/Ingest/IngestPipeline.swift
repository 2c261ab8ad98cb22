import Foundation
public import TrackerAnalysis

/// Runs ingest for the command line, `tracker demo` and any other caller
/// (issue 17, point 3; issue 19, point 2): files are read and analysed, a
/// batch at a time on every core, on a thread of their own, while the
/// batch before is stored on the caller's; each document lands whole or not
/// at all, in batches of ``DocumentBatch``; a very large document is analysed
/// and stored block by block (``TrackerDatabase/ingestInBlocks(_:path:analyzer:analyzerVersion:actors:blockBytes:now:)``).
/// At most two analysed batches wait for the store, so memory stays flat
/// whatever the number of documents. Commitments are linked to their
/// outcomes at the end.
public struct IngestPipeline: Sendable {
    /// One file to ingest.
    public struct File: Sendable {
        /// Where it is read from.
        public var path: String
        /// How it is read.
        public var format: DocumentFormat
        /// What the caller knows of it (date, title, source, ...); the file's own fills the rest.
        public var metadata: DocumentMetadata

        /// A file to read.
        public init(path: String, format: DocumentFormat, metadata: DocumentMetadata = DocumentMetadata()) {
            self.path = path
            self.format = format
            self.metadata = metadata
        }
    }

    /// What happened, as it happens, for the caller to show.
    public enum Event: Sendable {
        /// The pipeline is storing the file at this position of the list.
        case progress(done: Int, path: String)
        /// A document was stored or found already stored.
        case stored(DocumentBatch.Stored)
        /// A file was read with a problem worth a line (invalid UTF-8, ...).
        case warning(String)
        /// A file had no text left after cleaning, and was skipped.
        case empty(String)
        /// A file could not be read or analysed; the others go on.
        case failed(String)
        /// Something the user may want to know (a document replaced, an unchanged one skipped).
        case info(String)
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// Documents stored.
        public var added = 0
        /// Documents already stored (or unchanged, with `replace`).
        public var duplicates = 0
        /// Files with no text.
        public var empty = 0
        /// Files that could not be read or analysed.
        public var failed = 0
        /// Sentences stored.
        public var sentences = 0
        /// Statements stored.
        public var statements = 0
        /// Commitment-to-outcome links the rules find after the run (all of the database's; computed, not stored).
        public var links = 0
    }

    /// The database written to.
    public let store: TrackerDatabase
    /// The analysis.
    public let analyzer: DocumentAnalyzer
    /// The analyzer version stored with each document.
    public let analyzerVersion: String
    /// A file stored before from the same path and since changed replaces its old version.
    public var replace = false
    /// A document with more cleaned text than this is analysed and stored block by block.
    public var largeDocumentBytes = 2 * TextBlock.defaultBytes
    /// Files read and analysed together (one batch handed to the store).
    public var filesPerBatch = 128
    /// Whether the outcome links are counted at the end of a run that added documents.
    public var linksOutcomes = true
    /// Reads what the pipeline's own file reader cannot (a PDF, a web address), on the
    /// reading thread; nil from it leaves the file to the pipeline. Its errors fail that file only.
    public var sourceReader: (@Sendable (File) throws -> Sourced?)?

    /// A document read by a ``sourceReader``: its text already clean, with a PDF's pages.
    public struct Sourced: Sendable {
        /// The document, ready for analysis.
        public var document: CleanedDocument
        /// Where each page starts (a PDF's; empty otherwise): stored with the document.
        public var pages: [PDFArticle.PageStart]

        /// A document read from a source, with its pages.
        public init(document: CleanedDocument, pages: [PDFArticle.PageStart] = []) {
            self.document = document
            self.pages = pages
        }
    }

    /// A pipeline into `store`.
    public init(store: TrackerDatabase, analyzer: DocumentAnalyzer, analyzerVersion: String) {
        self.store = store
        self.analyzer = analyzer
        self.analyzerVersion = analyzerVersion
    }

    /// One read file, as the reading thread hands it over.
    private enum Prepared: Sendable {
        case analyzed(AnalyzedDocument, warnings: [DocumentWarning], pages: [PDFArticle.PageStart])
        case large(CleanedDocument, pages: [PDFArticle.PageStart])
        case empty(String)
        case failed(String)
    }

    /// Ingests `files` in order, calling `event` on the caller's thread; links commitments at the end when any document was added.
    ///
    /// - Throws: ``StoreError`` when the database cannot be written (the run stops; what was stored stays).
    public func run(_ files: [File], event: (Event) -> Void) throws -> Summary {
        let channel = BatchChannel<[Prepared]>(capacity: 2)
        let producer = Thread { [analyzer, largeDocumentBytes, filesPerBatch, sourceReader] in
            let reader = DocumentReader()
            var start = 0
            while start < files.count, !channel.isClosed {
                let end = min(start + filesPerBatch, files.count)
                var prepared: [Prepared] = []
                var documents: [(slot: Int, document: CleanedDocument, pages: [PDFArticle.PageStart])] = []
                for file in files[start..<end] {
                    do {
                        let document: CleanedDocument
                        var pages: [PDFArticle.PageStart] = []
                        if let sourced = try sourceReader?(file) {
                            document = sourced.document
                            pages = sourced.pages
                        } else {
                            guard let bytes = DocumentFiles.bytes(atPath: file.path) else {
                                prepared.append(.failed("\(file.path): cannot be read (permission denied?)"))
                                continue
                            }
                            document = try reader.read(bytes, format: file.format, path: file.path, metadata: file.metadata)
                        }
                        if document.text.utf8.count > largeDocumentBytes {
                            prepared.append(.large(document, pages: pages))
                        } else {
                            documents.append((prepared.count, document, pages))
                            prepared.append(.empty(""))  // its analysis goes here below
                        }
                    } catch let error as DocumentError {
                        if case .empty = error {
                            prepared.append(.empty(error.description))
                        } else {
                            prepared.append(.failed(error.description))
                        }
                    } catch let error as any ReportableError {
                        prepared.append(.failed(error.description))
                    } catch {
                        prepared.append(.failed("\(file.path): \(error)"))
                    }
                }
                for (item, analyzed) in zip(documents, analyzer.analyze(documents.map(\.document))) {
                    prepared[item.slot] = .analyzed(analyzed, warnings: item.document.warnings, pages: item.pages)
                }
                channel.put(prepared)
                start = end
            }
            channel.finish()
        }
        producer.start()
        // Whatever happens here, the reading thread is stopped and waited for before returning.
        defer {
            channel.close()
            channel.waitUntilFinished()
        }
        var summary = Summary()
        var batch = DocumentBatch(store: store, analyzerVersion: analyzerVersion, actors: analyzer.tagger.actors)
        // A PDF's pages, stored once its document is (document_page goes with the document).
        var pagesByPath: [String: [PDFArticle.PageStart]] = [:]
        func record(_ stored: [DocumentBatch.Stored]) {
            for document in stored {
                switch document.outcome {
                case let .added(id, sentences):
                    if let path = document.path, let pages = pagesByPath.removeValue(forKey: path), !pages.isEmpty {
                        do {
                            try store.setPages(pages, document: id)
                        } catch {
                            event(.failed("\(path): its pages could not be stored (\(error)); the document stays, without page numbers"))
                        }
                    }
                    summary.added += 1
                    summary.sentences += sentences
                    summary.statements += document.statements
                case .duplicate:
                    summary.duplicates += 1
                }
                event(.stored(document))
            }
        }
        var position = 0
        while let prepared = channel.take() {
            for item in prepared {
                let file = files[position]
                event(.progress(done: position, path: file.path))
                position += 1
                switch item {
                case let .failed(message):
                    summary.failed += 1
                    event(.failed(message))
                case let .empty(message):
                    summary.empty += 1
                    event(.empty(message))
                case let .large(document, pages):
                    if !pages.isEmpty { pagesByPath[file.path] = pages }
                    for warning in document.warnings { event(.warning(warning.message)) }
                    let replaced = try replacement(for: file.path, text: document.text, summary: &summary, event: event)
                    if replaced == .unchanged { continue }
                    record(try batch.flush())
                    let stored = try store.ingestInBlocks(
                        document, path: file.path, analyzer: analyzer, analyzerVersion: analyzerVersion,
                        actors: batch.actors)
                    record([DocumentBatch.Stored(path: file.path, statements: stored.statements, outcome: stored.outcome)])
                    if case let .replaces(old) = replaced { try remove(old, path: file.path, event: event) }
                case let .analyzed(analyzed, warnings, pages):
                    if !pages.isEmpty { pagesByPath[file.path] = pages }
                    for warning in warnings { event(.warning(warning.message)) }
                    switch try replacement(for: file.path, text: analyzed.document.text, summary: &summary, event: event) {
                    case .unchanged:
                        continue
                    case let .replaces(old):
                        // The old version goes only once the new one is analysed; the new one is written at once after.
                        record(try batch.flush())
                        try remove(old, path: file.path, event: event)
                        record(try batch.add(analyzed, path: file.path))
                        record(try batch.flush())
                    case .new:
                        record(try batch.add(analyzed, path: file.path))
                    }
                }
            }
        }
        record(try batch.flush())
        event(.progress(done: files.count, path: ""))
        if linksOutcomes, summary.added > 0 { summary.links = try store.countOutcomeLinks() }
        return summary
    }

    private enum Replacement: Equatable {
        case new, unchanged, replaces(Int64)
    }

    /// With `replace`: whether the file's earlier version is to be replaced, or is unchanged.
    private func replacement(for path: String, text: String, summary: inout Summary, event: (Event) -> Void) throws -> Replacement {
        guard replace, let old = try store.documentID(path: path) else { return .new }
        if try store.documentText(old) == text {
            summary.duplicates += 1
            event(.info("\(path): unchanged since document \(old); nothing replaced"))
            return .unchanged
        }
        return .replaces(old)
    }

    private func remove(_ old: Int64, path: String, event: (Event) -> Void) throws {
        try store.removeDocument(old)
        event(.info("\(path): document \(old) replaced"))
    }
}

/// A bounded queue between one producing thread and one consumer: `put`
/// waits while `capacity` items wait, `take` while none does. The consumer
/// may close it early (the producer then stops at its next `put`).
final class BatchChannel<Item: Sendable>: @unchecked Sendable {
    // Every field is read and written under `condition`'s lock.
    private let condition = NSCondition()
    private var items: [Item] = []
    private let capacity: Int
    private var finished = false
    private var closed = false

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Whether the consumer has stopped taking.
    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }

    /// Adds an item, waiting for room; dropped once the consumer has closed the channel.
    func put(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity, !closed { condition.wait() }
        if !closed { items.append(item) }
        condition.broadcast()
    }

    /// The producer has put its last item.
    func finish() {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        condition.broadcast()
    }

    /// The next item, or nil once the producer has finished and every item is taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty, !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// The consumer stops: waiting items are dropped and the producer's next `put` returns at once.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        items.removeAll()
        condition.broadcast()
    }

    /// Waits until the producer has finished.
    func waitUntilFinished() {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
    }
}
