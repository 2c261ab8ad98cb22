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
        let document: CleanedDocument
        let sentences: [AnnotatedSentence]
        if let sourced = try input.sourced(metadata: metadata.metadata) {
            // A PDF or a web page: its text is already clean.
            document = sourced.document
            for warning in document.warnings { Diagnostics.warn(warning.message) }
            sentences = oneSentencePerLine
                ? analyzer.annotateLines(document.text, context: context(of: document))
                : analyzer.annotate(document.text, sentences: analyzer.segmenter.sentences(in: document.text),
                                    context: context(of: document))
        } else if oneSentencePerLine {
            let (bytes, inputFormat) = try input.load()
            // One row per input line, always: the lines as given, not cleaned
            // (cleaning drops repeated and boilerplate lines), none split.
            let decoded = try SourceDecoder.decode(bytes, path: input.displayName)
            for warning in decoded.warnings { Diagnostics.warn(warning.message) }
            document = CleanedDocument(text: decoded.text, metadata: metadata.metadata, format: inputFormat,
                                       warnings: decoded.warnings, removedLines: [])
            sentences = analyzer.annotateLines(document.text, context: context(of: document))
        } else {
            let (bytes, inputFormat) = try input.load()
            document = try DocumentReader().read(bytes, format: inputFormat, path: input.displayName,
                                                 metadata: metadata.metadata)
            for warning in document.warnings { Diagnostics.warn(warning.message) }
            sentences = analyzer.annotate(document.text, sentences: analyzer.segmenter.sentences(in: document.text),
                                          context: context(of: document))
        }
        var out = StandardOutput()
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
            out.write(AnnotationMarkdown.document(document, sentences))
        }
        try out.flush()
    }

    private func context(of document: CleanedDocument) -> StatementTagger.DocumentContext {
        StatementTagger.DocumentContext(date: document.metadata.date, publication: document.metadata.source,
                                        country: document.metadata.country)
    }
}
