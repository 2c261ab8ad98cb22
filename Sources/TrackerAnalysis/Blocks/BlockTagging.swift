/// Tags one document block by block: what the tagger knows from the
/// sentences before (the actors named, for pronouns and short names; the
/// paragraph; a quotation still open) is carried from one block to the next,
/// so that the statements are those of ``StatementTagger/annotate(_:sentences:context:)``
/// over the whole document, with memory bounded by the block.
///
/// Sentences come back once nothing after them can change them: a quotation
/// open at the end of a block is held until the next decides it (see
/// ``finish()`` for the rest).
public struct BlockTagging {
    /// The tagger.
    public let tagger: StatementTagger
    /// The document's date, publisher and country.
    public let context: StatementTagger.DocumentContext
    private let resolution: StatementTagger.DocumentResolution
    private var quotations = QuotationAttribution.Stream()
    private var sentencesSeen = 0

    /// Tagging of a new document from its start.
    public init(tagger: StatementTagger, context: StatementTagger.DocumentContext) {
        self.tagger = tagger
        self.context = context
        resolution = tagger.makeResolution(context)
    }

    /// Tags the next `sentences` of `text` (the whole document's text; offsets
    /// in it) and returns the sentences now decided, numbered from the
    /// document's first.
    public mutating func tag(_ text: String, sentences: [SentenceSpan]) -> [AnnotatedSentence] {
        var annotated = tagger.annotate(text, sentences: sentences, context: context, resolution: resolution)
        for index in annotated.indices { annotated[index].index += sentencesSeen }
        sentencesSeen += sentences.count
        return quotations.push(annotated)
    }

    /// The sentences still held at the end of the document.
    public mutating func finish() -> [AnnotatedSentence] {
        quotations.finish()
    }
}
