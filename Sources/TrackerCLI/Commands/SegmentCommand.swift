import ArgumentParser
import TrackerAnalysis

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
        let (bytes, inputFormat) = try input.load()
        let document: CleanedDocument
        if oneSentencePerLine, !explain {
            // One row per input line, always: the lines as given, not cleaned.
            let decoded = try SourceDecoder.decode(bytes, path: input.displayName)
            document = CleanedDocument(text: decoded.text, metadata: DocumentMetadata(), format: inputFormat,
                                       warnings: decoded.warnings)
        } else {
            document = try DocumentReader().read(bytes, format: inputFormat, path: input.displayName)
        }
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
