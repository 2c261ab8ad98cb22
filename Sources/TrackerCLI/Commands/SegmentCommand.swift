import ArgumentParser
import TrackerAnalysis
import TrackerSources

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print a document's sentences, one a line (text) or with offsets (jsonl).",
        discussion: """
            The document is cleaned first (boilerplate lines such as "Advertisement" and photo \
            captions are dropped); offsets count Unicode scalars in the cleaned text.

            Examples:
              tracker segment article.txt
              tracker segment --format jsonl page.html
              tracker segment --format jsonl report.pdf      # each line gives its "page"
              tracker segment https://example.org/news/talks.html
              cat notes.txt | tracker segment -
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "text: one sentence a line; jsonl: {\"sentence\", \"start\", \"end\", \"text\"} a line.")
    var format: SegmentFormat = .text

    @Flag(help: "Take each input line as one sentence (no segmentation).")
    var oneSentencePerLine = false

    @Flag(help: "Print every boundary decision with its rule id, and the lines dropped as boilerplate.")
    var explain = false

    func run() throws {
        let document: CleanedDocument
        var pages: [PDFArticle.PageStart] = []
        if let sourced = try input.sourced() {
            document = sourced.document
            pages = sourced.pages
        } else {
            document = try read()
        }
        try write(document, pages: pages)
    }

    /// A text, Markdown or HTML file (or standard input) as a document.
    private func read() throws -> CleanedDocument {
        let (bytes, inputFormat) = try input.load()
        let document: CleanedDocument
        if oneSentencePerLine, !explain {
            // One row per input line, always: the lines as given, not cleaned.
            let decoded = try SourceDecoder.decode(bytes, path: input.displayName)
            document = CleanedDocument(
                text: decoded.text, metadata: DocumentMetadata(), format: inputFormat,
                warnings: decoded.warnings)
        } else {
            document = try DocumentReader().read(bytes, format: inputFormat, path: input.displayName)
        }
        return document
    }

    private func write(_ document: CleanedDocument, pages: [PDFArticle.PageStart]) throws {
        for warning in document.warnings { Diagnostics.warn(warning.message) }
        let segmenter = SentenceSegmenter()
        let spans = oneSentencePerLine ? segmenter.everyLine(in: document.text) : segmenter.sentences(in: document.text)
        var out = StandardOutput()
        if explain {
            for removed in document.removedLines {
                out.write("dropped  \(removed.rule)  \(TerminalEscaping.escaped(removed.text))\n")
            }
            for decision in segmenter.decisions(in: document.text) {
                out.write("\(decision.offset)  \(decision.rule.rawValue)\n")
            }
            try out.flush()
            return
        }
        var json = JSONBuffer()
        for (number, span) in spans.enumerated() {
            let text = span.text(in: document.text)
            switch format {
            case .text:
                out.write(TerminalEscaping.escaped(text.replacingNewlines()))
                out.write("\n")
            case .jsonl:
                json.raw("{\"sentence\":")
                json.integer(number)
                json.raw(",\"start\":")
                json.integer(span.start)
                json.raw(",\"end\":")
                json.integer(span.end)
                // A PDF's sentences say which page they start on.
                if let page = pages.last(where: { $0.offset <= span.start })?.page ?? pages.first?.page {
                    json.raw(",\"page\":")
                    json.integer(page)
                }
                json.raw(",\"text\":")
                json.string(text)
                json.raw("}\n")
                if json.count >= 1 << 16 { out.write(&json) }
            }
        }
        out.write(&json)
        try out.flush()
    }
}

extension String {
    /// Line breaks inside a sentence shown as spaces, for one-line output.
    func replacingNewlines() -> String {
        contains("\n") ? String(map { $0 == "\n" ? " " : $0 }) : self
    }
}
