/// Tags each sentence's statements: claims, commitments, achievements and
/// uncertainties, with polarity, certainty, the action, and the cues and
/// rule ids that justify every decision.
///
/// Rule-based and explainable: tokens are looked up in the lexicon
/// (`Resources/lexicon.tsv`, `Resources/verbs.tsv`), verb groups are found
/// ("has not made", "is going to continue"), and an ordered list of rules
/// (``TaggingRule``) turns groups, cue nouns and hedges into statements.
/// Works on the document's UTF-8 bytes; no allocation per token beyond each
/// sentence's token array. Sentences are analysed on every core (see
/// ``annotate(_:sentences:context:)``).
public struct StatementTagger: Sendable {
    /// Splits sentences into tokens with their word classes.
    public let tokenizer: Tokenizer
    /// The actors mentions are resolved to.
    public let actors: ActorDictionary
    let actorIndex: ActorIndex
    let times = TimeExpressionFinder()
    /// The cores ``annotate(_:sentences:context:)`` may use (1: the calling thread alone).
    public var cores = ParallelMap.cores
    /// Sentences analysed together: enough to share among the cores, few
    /// enough that their tokens take little memory.
    var blockSize = 2_048

    /// A tagger over these words and actors (the bundled ones by default).
    public init(lexicon: Lexicon = .standard, actors: ActorDictionary = .standard) {
        assert(
            (K.words + ActorResolver.keyWords).allSatisfy { $0.key == Lexicon.key(Array($0.word.utf8)) },
            "a word key literal does not match Lexicon.key")
        self.tokenizer = Tokenizer(lexicon: lexicon)
        self.actors = actors
        self.actorIndex = ActorIndex(dictionary: actors, tokenizer: tokenizer)
    }

    /// The statements of each sentence of `text`, with actors resolved across
    /// the document in order.
    ///
    /// Sentences go in blocks of `blockSize` (2,048) through three stages: their
    /// tokens, their actor mentions (in order: a pronoun or a short name is
    /// resolved from the sentences before), then their statements, roles and
    /// times. The stages overlap, on every core: while one core resolves
    /// the actors of a block, the others tag the block before it and tokenise
    /// the block after. Every sentence's result is the same as it would be
    /// one sentence at a time.
    public func annotate(
        _ text: String, sentences: [SentenceSpan],
        context: DocumentContext = DocumentContext()
    ) -> [AnnotatedSentence] {
        var result = annotate(text, sentences: sentences, context: context, resolution: makeResolution(context))
        QuotationAttribution.attribute(&result)
        return result
    }

    /// The document's actor resolution at its start, for ``annotate(_:sentences:context:resolution:)``.
    func makeResolution(_ context: DocumentContext) -> DocumentResolution {
        DocumentResolution(dictionary: actors, index: actorIndex, date: context.date, country: context.countryID(in: actors))
    }

    /// The statements of `sentences` of `text` (which may be some of the
    /// document's, in order, after those `resolution` has seen), quotations
    /// not yet attributed: ``annotate(_:sentences:context:)`` one block of a
    /// document at a time (see ``BlockTagging``).
    func annotate(
        _ text: String, sentences: [SentenceSpan], context: DocumentContext,
        resolution: DocumentResolution
    ) -> [AnnotatedSentence] {
        var text = text
        text.makeContiguousUTF8()
        // Sentences are copied from this (already valid UTF-8: no check again).
        let whole = text
        return text.withUTF8 { bytes in
            var result: [AnnotatedSentence] = []
            result.reserveCapacity(sentences.count)
            let blocks = Self.chunks(0..<sentences.count, size: max(1, min(blockSize, sentences.count)))
            // A block's sentences with tokens, waiting for their actors; and the
            // block before, with its actors (kept apart: setting them on the
            // analyses would copy the block on the one core that resolves).
            var tokenized: [SentenceAnalysis] = []
            var resolved: (analyses: [SentenceAnalysis], mentions: [[SentenceMention]]) = ([], [])
            for step in 0..<(blocks.count + 2) {
                let toTokenize = step < blocks.count ? blocks[step] : 0..<0
                let toResolve = tokenized
                let toTag = resolved
                let tagged = step >= 2 ? blocks[step - 2] : 0..<0
                let tagChunks = Self.chunks(tagged, size: Self.tagChunk)
                let tokenChunks = Self.chunks(toTokenize, size: Self.tokenChunk)
                // Task 0 resolves actors (taken first, as it is the longest);
                // then the chunks to tag, then the chunks to tokenise.
                let done = ParallelMap.map(0..<(1 + tagChunks.count + tokenChunks.count), cores: cores) { task -> Stage in
                    if task == 0 {
                        return .mentions(toResolve.map { resolution.mentions(of: $0, bytes) })
                    }
                    if task <= tagChunks.count {
                        return .annotated(
                            tagChunks[task - 1].map { index in
                                let offset = index - tagged.lowerBound
                                return annotate(
                                    toTag.analyses[offset], mentions: toTag.mentions[offset], index: index, whole: whole,
                                    bytes, context: context)
                            })
                    }
                    return .tokenized(
                        tokenChunks[task - 1 - tagChunks.count].map { index in
                            var tokens: [Token] = []
                            // Room for a token every three bytes or so: one allocation, not one per doubling.
                            tokens.reserveCapacity((sentences[index].utf8End - sentences[index].utf8Start) / 3 + 8)
                            tokenizer.tokenize(bytes, sentences[index].utf8Start..<sentences[index].utf8End, into: &tokens)
                            return SentenceAnalysis(bytes: bytes, span: sentences[index], tokens: tokens, lexicon: tokenizer.lexicon)
                        })
                }
                tokenized = []
                resolved = (toResolve, [])
                for stage in done {
                    switch stage {
                    case .mentions(let mentions): resolved.mentions = mentions
                    case .annotated(let sentences): result += sentences
                    case .tokenized(let analyses): tokenized += analyses
                    }
                }
            }
            return result
        }
    }

    /// What a task of ``annotate(_:sentences:context:)`` hands back.
    private enum Stage {
        case tokenized([SentenceAnalysis])
        case mentions([[SentenceMention]])
        case annotated([AnnotatedSentence])
    }

    /// The document's actor resolution, carried from sentence to sentence
    /// (one task at a time resolves a block's actors, in order), and from one
    /// block of a document to the next.
    final class DocumentResolution {
        let dictionary: ActorDictionary
        let index: ActorIndex
        let date: CalendarDate?
        let country: String?
        var resolver: ActorResolver
        var previousRule: SegmentationRule?

        init(dictionary: ActorDictionary, index: ActorIndex, date: CalendarDate?, country: String?) {
            self.dictionary = dictionary
            self.index = index
            self.date = date
            self.country = country
            resolver = ActorResolver(dictionary: dictionary, index: index, date: date)
            if let country { resolver.setCountry(id: country) }
        }

        func mentions(of analysis: SentenceAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> [SentenceMention] {
            // Lines read one sentence each are independent: each starts afresh
            // (no pronoun, short name or "the country" reaches back to the line before).
            if previousRule == .oneSentencePerLine {
                resolver = ActorResolver(dictionary: dictionary, index: index, date: date)
                if let country { resolver.setCountry(id: country) }
            }
            resolver.advance(newParagraph: previousRule == .paragraphBreak)
            previousRule = analysis.span.rule
            return resolver.mentions(analysis.tokens, bytes, starts: analysis.tokenStarts, ends: analysis.tokenEnds)
        }
    }

    /// One sentence's statements, roles and times, given its actors.
    private func annotate(
        _ analysis: SentenceAnalysis, mentions: [SentenceMention], index: Int, whole: String,
        _ bytes: UnsafeBufferPointer<UInt8>, context: DocumentContext
    ) -> AnnotatedSentence {
        var analysis = analysis
        analysis.mentions = mentions
        analysis.publication = context.publication
        var statements = analysis.run()
        let sentenceText = Self.text(of: analysis.span, in: whole, bytes)
        if let date = context.date {
            attachTimes(to: &statements, sentence: sentenceText, span: analysis.span, reference: date)
        } else if Self.containsYear(sentenceText) {
            // Undated: only what needs no date ("by 2030", "on 12 June 2018").
            attachTimes(to: &statements, sentence: sentenceText, span: analysis.span, reference: nil)
        }
        return AnnotatedSentence(index: index, span: analysis.span, text: sentenceText, statements: statements)
    }

    /// `range` cut into pieces of `size` (the last shorter).
    static func chunks(_ range: Range<Int>, size: Int) -> [Range<Int>] {
        stride(from: range.lowerBound, to: range.upperBound, by: size).map { $0..<min($0 + size, range.upperBound) }
    }

    /// Sentences tagged, and tokenised, by one task.
    static let tagChunk = 32
    static let tokenChunk = 128

    /// The text of the sentence at `span` of `whole` (whose bytes are `bytes`).
    static func text(of span: SentenceSpan, in whole: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if isScalarBoundary(bytes, span.utf8Start), isScalarBoundary(bytes, span.utf8End) {
            let utf8 = whole.utf8
            return String(
                whole[utf8.index(utf8.startIndex, offsetBy: span.utf8Start)..<utf8.index(utf8.startIndex, offsetBy: span.utf8End)])
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.utf8Start..<span.utf8End]), as: UTF8.self)
    }

    /// Whether a character starts at byte `offset` (or the text ends there).
    static func isScalarBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    /// Statements of one sentence given as a string (tests, one-off use).
    public func annotate(sentence: String) -> AnnotatedSentence {
        let span = SentenceSpan(
            start: 0, end: sentence.unicodeScalars.count, utf8Start: 0,
            utf8End: sentence.utf8.count, rule: .oneSentencePerLine)
        return annotate(sentence, sentences: [span])[0]
    }
}
