import Foundation
public import TrackerAnalysis

/// Where a document comes from besides a text, Markdown or HTML file: a PDF file,
/// or a web address (a page, a PDF on the web, or an item of a feed).
public enum DocumentSource: Sendable, Hashable {
    /// A PDF file, read through poppler.
    case pdf(path: String)
    /// A web address; `item` carries what a feed said about it (its date and title).
    case web(url: String, item: NewsFeed.Item? = nil)

    /// What the user gave: a path or a URL. Also the document's stored `path`.
    public var name: String {
        switch self {
        case let .pdf(path): path
        case let .web(url, _): url
        }
    }

    /// The source a command-line argument names: a web address, a `.pdf` path, or
    /// `nil` for anything else (read as a text, Markdown or HTML file).
    public init?(argument: String) {
        if WebFetcher.isWebAddress(argument) {
            self = .web(url: argument)
        } else if PDFSource.isPDF(path: argument) {
            self = .pdf(path: argument)
        } else {
            return nil
        }
    }
}

/// A document read from a ``DocumentSource``, with the pages of a PDF.
public struct SourcedDocument: Sendable {
    /// The document, ready for analysis.
    public var document: CleanedDocument
    /// Where each page starts in its text (a PDF's; empty otherwise).
    public var pages: [PDFArticle.PageStart]
    /// The URL the document was read from after redirects, for a web source.
    public var url: String?
}

/// Reads ``DocumentSource``s: PDFs through ``PDFSource``, web addresses through a
/// ``WebFetcher`` (made on first use) and then as HTML, text or PDF by what the server says.
public final class DocumentSourceReader {
    /// Reads the HTML, text and Markdown.
    public let reader: DocumentReader
    /// Reads PDFs.
    public let pdf: PDFSource
    /// The web client's policy.
    public let policy: FetchPolicy
    private var client: WebFetcher?

    /// A reader with these parts.
    public init(reader: DocumentReader = DocumentReader(), pdf: PDFSource = PDFSource(), policy: FetchPolicy = FetchPolicy()) {
        self.reader = reader
        self.pdf = pdf
        self.policy = policy
    }

    /// The web client, made on first use (no event loop is started for files only).
    public var fetcher: WebFetcher {
        if let client { return client }
        let made = WebFetcher(policy: policy)
        client = made
        return made
    }

    /// Closes the web client's connections, if one was made.
    public func shutdown() throws {
        try client?.shutdown()
    }

    /// Reads `source`. `metadata` (from flags) wins over what the document says; a feed
    /// item's date and title come next; then the document's own; a web page's URL is its
    /// canonical URL when it names one, else the address it was fetched from.
    ///
    /// - Throws: ``SourceError`` and ``DocumentError``, each one line naming the source.
    public func read(_ source: DocumentSource, metadata: DocumentMetadata = DocumentMetadata()) throws -> SourcedDocument {
        switch source {
        case let .pdf(path):
            let (document, article) = try pdf.read(path: path, metadata: metadata)
            return SourcedDocument(document: document, pages: article.pageStarts, url: nil)
        case let .web(url, item):
            var overrides = metadata
            if overrides.date == nil { overrides.date = item?.date }
            guard case let .fetched(resource) = try fetcher.fetch(url) else {
                throw SourceError.httpStatus(url: url, status: 304)  // no validators were sent: a 304 is the server's error
            }
            var sourced = try read(resource, name: url, metadata: overrides)
            if sourced.document.metadata.title == nil { sourced.document.metadata.title = item?.title }
            return sourced
        }
    }

    /// A fetched body as a document: a PDF when it says or looks so, text or Markdown
    /// when its type says so, HTML otherwise.
    public func read(_ resource: FetchedResource, name: String, metadata: DocumentMetadata) throws -> SourcedDocument {
        let type = resource.contentType?.lowercased() ?? ""
        if type.contains("application/pdf") || resource.bytes.starts(with: Array("%PDF-".utf8)) {
            // poppler reads files: the body goes to a temporary one, removed after.
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-web-\(UUID().uuidString).pdf")
            try Data(resource.bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }  // a leftover temporary file is no data loss
            let layout = try pdf.layout(path: file.path)
            let read = try PDFArticle.document(layout: layout, path: name, metadata: metadata)
            var document = read.document
            if document.metadata.url == nil { document.metadata.url = resource.url }
            return SourcedDocument(document: document, pages: read.article.pageStarts, url: resource.url)
        }
        let format: DocumentFormat = type.hasPrefix("text/plain") ? .text : type.contains("markdown") ? .markdown : .html
        var document = try reader.read(resource.bytes, format: format, path: name, metadata: metadata)
        if document.metadata.url == nil { document.metadata.url = resource.url }
        return SourcedDocument(document: document, pages: [], url: resource.url)
    }
}
