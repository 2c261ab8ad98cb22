/// A document ready for analysis: its cleaned text, which every offset refers
/// to, and what is known about it.
public struct CleanedDocument: Sendable {
    /// The article text: paragraphs separated by a blank line, lines within a
    /// paragraph (headlines, list items) by a line break.
    public var text: String
    /// What is known about the document.
    public var metadata: DocumentMetadata
    /// The format it was read from.
    public var format: DocumentFormat
    /// Problems met that did not stop the reading (invalid UTF-8).
    public var warnings: [DocumentWarning]
    /// Lines dropped as boilerplate, with the rule that dropped each.
    public var removedLines: [BoilerplateFilter.RemovedLine]

    /// A document whose text is already clean (as stored in the database).
    public init(
        text: String, metadata: DocumentMetadata, format: DocumentFormat,
        warnings: [DocumentWarning] = [], removedLines: [BoilerplateFilter.RemovedLine] = []
    ) {
        self.text = text
        self.metadata = metadata
        self.format = format
        self.warnings = warnings
        self.removedLines = removedLines
    }
}

/// Reads text, Markdown and HTML into a ``CleanedDocument``.
///
/// ## Topics
/// - ``read(_:format:path:metadata:)``
public struct DocumentReader: Sendable {
    /// The lines to drop as page furniture.
    public var boilerplate: BoilerplateFilter

    /// A reader with the bundled boilerplate rules, or others.
    public init(boilerplate: BoilerplateFilter = .standard) {
        self.boilerplate = boilerplate
    }

    /// Decodes, cleans and gathers metadata. `metadata` (from flags) wins over
    /// what the file itself says.
    ///
    /// - Throws: ``DocumentError/binary(path:offset:)`` for NUL bytes,
    ///   ``DocumentError/empty(path:)`` when no text is left,
    ///   ``DocumentError/noMainContent(path:)`` for a page whose every block is boilerplate.
    public func read(
        _ bytes: [UInt8], format: DocumentFormat, path: String,
        metadata overrides: DocumentMetadata = DocumentMetadata()
    ) throws(DocumentError) -> CleanedDocument {
        let decoded = try SourceDecoder.decode(bytes, path: path)
        var warnings = decoded.warnings
        var metadata = DocumentMetadata()
        let lines: [String]
        var dropped: [BoilerplateFilter.RemovedLine] = []
        switch format {
        case .text, .markdown:
            // Front matter (`---` / `date: ...` / `---`) dates plain text files as well as Markdown.
            let (frontMatter, body, frontWarnings) = FrontMatter.split(decoded.text, path: path)
            warnings += frontWarnings
            if let frontMatter {
                let (fromFile, metadataWarnings) = frontMatter.metadata(path: path)
                metadata = fromFile
                warnings += metadataWarnings
            }
            lines = format == .text ? String(body).lineSlices().map { String($0.trimmingWhitespace()) } : MarkdownText.lines(of: body)
        case .html:
            let article = HTMLArticle(html: decoded.text)
            metadata = article.metadata
            lines = article.lines
            dropped = article.dropped
            if lines.isEmpty, !dropped.isEmpty { throw .noMainContent(path: path) }
        }
        let (kept, removed) = boilerplate.filter(lines)
        let text = Self.joinParagraphs(kept)
        guard !text.isEmpty else { throw .empty(path: path) }
        if metadata.title == nil { metadata.title = Self.headline(of: kept) }
        return CleanedDocument(
            text: text, metadata: metadata.overridden(by: overrides), format: format,
            warnings: warnings, removedLines: dropped + removed)
    }

    /// Lines joined with line breaks; any run of blank lines becomes exactly
    /// one blank line; no leading or trailing blank lines.
    static func joinParagraphs(_ lines: [String]) -> String {
        var text = ""
        var pendingBreak = ""
        for line in lines {
            if line.isEmpty {
                if !text.isEmpty { pendingBreak = "\n\n" }
                continue
            }
            text += pendingBreak
            text += line
            pendingBreak = "\n"
        }
        return text
    }

    /// A first line that reads as a headline (short, no final full stop).
    static func headline(of lines: [String]) -> String? {
        guard let first = lines.first(where: { !$0.isEmpty }) else { return nil }
        // At most 21 pieces: a first line of a whole book is not split into all its words.
        let words = first.split(separator: " ", maxSplits: 20).count
        guard words <= 20, let last = first.last, !".,;:".contains(last) else { return nil }
        return first
    }
}
