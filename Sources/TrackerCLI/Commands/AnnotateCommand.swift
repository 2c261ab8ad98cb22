import ArgumentParser
import TrackerAnalysis
import TrackerSources

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Tag a document's claims, commitments, achievements and uncertainties, without storing.",
        discussion: """
            Each sentence is printed with its statements: kind, polarity, certainty, the action, \
            and the cue words (with the rule ids) that made each tag.

            Examples:
              tracker annotate article.txt --date 2019-01-19
              tracker annotate --format jsonl page.html > statements.jsonl
              tracker annotate - --one-sentence-per-line < sentences.txt
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var metadata: MetadataOptions

    @Option(help: "text (for a terminal), markdown (an annotated document) or jsonl (one object per sentence).")
    var format: AnnotateFormat = .text

    @Flag(help: "Take each input line as one sentence (no segmentation).")
    var oneSentencePerLine = false

    @OptionGroup var analysis: AnalysisOptions

    enum AnnotateFormat: String, ExpressibleByArgument { case text, markdown, jsonl }

    func run() throws {
        let analyzer = DocumentAnalyzer(tagger: try analysis.tagger())
        var out = StandardOutput()
        if let sourced = try input.sourced(metadata: metadata.metadata) {
            // A PDF or a web page: its text is already clean.
            let document = sourced.document
            for warning in document.warnings { Diagnostics.warn(warning.message) }
            if format == .markdown { out.write(AnnotationMarkdown.document(document, [])) }
            if oneSentencePerLine {
                write(analyzer.annotateLines(document.text, context: context(of: document)), to: &out)
            } else {
                analyzer.annotateInBlocks(document) { write($0, to: &out) }
            }
        } else if oneSentencePerLine {
            let (bytes, inputFormat) = try input.load()
            // One row per input line, always: the lines as given, not cleaned
            // (cleaning drops repeated and boilerplate lines), none split.
            let decoded = try SourceDecoder.decode(bytes, path: input.displayName)
            for warning in decoded.warnings { Diagnostics.warn(warning.message) }
            let document = CleanedDocument(
                text: decoded.text, metadata: metadata.metadata, format: inputFormat,
                warnings: decoded.warnings, removedLines: [])
            let sentences = analyzer.annotateLines(document.text, context: context(of: document))
            if format == .markdown { out.write(AnnotationMarkdown.document(document, [])) }
            write(sentences, to: &out)
        } else {
            var (bytes, inputFormat) = try input.load()
            let document = try DocumentReader().read(
                bytes, format: inputFormat, path: input.displayName,
                metadata: metadata.metadata)
            bytes = []  // the file's bytes are not needed again: 200 MB for a 200 MB file
            for warning in document.warnings { Diagnostics.warn(warning.message) }
            if format == .markdown { out.write(AnnotationMarkdown.document(document, [])) }
            // Block by block, each block's lines written and forgotten: memory
            // is bounded by the block, not the document (issue 12, point 6).
            analyzer.annotateInBlocks(document) { write($0, to: &out) }
        }
        try out.flush()
    }

    private func write(_ sentences: [AnnotatedSentence], to out: inout StandardOutput) {
        switch format {
        case .jsonl:
            var json = JSONBuffer()
            for sentence in sentences {
                AnnotationJSON.write(sentence, into: &json)
                if json.count >= 1 << 16 { out.write(&json) }
            }
            out.write(&json)
        case .text:
            for sentence in sentences { out.write(AnnotationText.block(sentence)) }
        case .markdown:
            out.write(AnnotationMarkdown.sentences(sentences))
        }
    }

    private func context(of document: CleanedDocument) -> StatementTagger.DocumentContext {
        StatementTagger.DocumentContext(
            date: document.metadata.date, publication: document.metadata.source,
            country: document.metadata.country)
    }
}
