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
        assert((K.words + ActorResolver.keyWords).allSatisfy { $0.key == Lexicon.key(Array($0.word.utf8)) },
               "a word key literal does not match Lexicon.key")
        self.tokenizer = Tokenizer(lexicon: lexicon)
        self.actors = actors
        self.actorIndex = ActorIndex(dictionary: actors, tokenizer: tokenizer)
    }

    /// What the tagger needs to know about the document: its date (for
    /// dated roles such as "the US president") and its publisher (the source
    /// of "our correspondent adds").
    public struct DocumentContext: Sendable {
        /// The publication date; relative times resolve against it, and stay unresolved without it.
        public var date: CalendarDate?
        /// The publisher, the source of "our correspondent".
        public var publication: String?
        /// The document's country (an actor id or name): the state of "the
        /// government" or "ministers" when the text names none. Default: the
        /// publisher's (``PublisherCountries``), else none.
        public var country: String?

        /// A context with the date, publisher and country given.
        public init(date: CalendarDate? = nil, publication: String? = nil, country: String? = nil) {
            self.date = date
            self.publication = publication
            self.country = country
        }

        /// The country's actor id: as given (by id or by any name of the
        /// dictionary's), else the publisher's.
        func countryID(in dictionary: ActorDictionary) -> String? {
            if let country {
                if dictionary.entry(id: country) != nil { return country }
                let slug = ActorDictionary.slug(country)
                if dictionary.entry(id: slug) != nil { return slug }
                return dictionary.id(named: country)
            }
            return publication.flatMap { PublisherCountries.standard.country(of: $0) }
        }
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
    public func annotate(_ text: String, sentences: [SentenceSpan],
                         context: DocumentContext = DocumentContext()) -> [AnnotatedSentence] {
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
    func annotate(_ text: String, sentences: [SentenceSpan], context: DocumentContext,
                  resolution: DocumentResolution) -> [AnnotatedSentence] {
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
                        return .annotated(tagChunks[task - 1].map { index in
                            let offset = index - tagged.lowerBound
                            return annotate(toTag.analyses[offset], mentions: toTag.mentions[offset], index: index, whole: whole,
                                            bytes, context: context)
                        })
                    }
                    return .tokenized(tokenChunks[task - 1 - tagChunks.count].map { index in
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
    private func annotate(_ analysis: SentenceAnalysis, mentions: [SentenceMention], index: Int, whole: String,
                          _ bytes: UnsafeBufferPointer<UInt8>, context: DocumentContext) -> AnnotatedSentence {
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
            return String(whole[utf8.index(utf8.startIndex, offsetBy: span.utf8Start)..<utf8.index(utf8.startIndex, offsetBy: span.utf8End)])
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.utf8Start..<span.utf8End]), as: UTF8.self)
    }

    /// Whether a character starts at byte `offset` (or the text ends there).
    static func isScalarBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    /// Whether four ASCII digits follow each other (a year may be named).
    static func containsYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Far apart, so that an expression that resolves alike from both needs no
    /// document date ("by 2030" does; "by March" and "on Friday" do not).
    static let undatedReferences = (CalendarDate(dayNumber: -300_000), CalendarDate(dayNumber: 300_000))

    /// Gives each commitment and achievement the time expression nearest its
    /// cue ("is to meet ... by the end of February"), resolved forward for
    /// commitments and backward for achievements. Without a `reference`
    /// (an undated document), only expressions that need none are kept. A
    /// commitment's deadline is never before the date it was made: one that
    /// falls before the reference is not its deadline.
    func attachTimes(to statements: inout [Statement], sentence: String, span: SentenceSpan, reference: CalendarDate?) {
        // Claims and uncertainties take a time only from "since ..." (the
        // finder is the costliest step of tagging; outcomes and plans need it).
        // (Kinds are read by index: iterating the statements would copy each whole.)
        var hasClaimOrUncertainty = false
        for index in statements.indices where statements[index].kind == .claim || statements[index].kind == .uncertainty {
            hasClaimOrUncertainty = true
            break
        }
        let hasSince = hasClaimOrUncertainty && sentence.utf8.count > 6 && Self.containsSince(sentence)
        func tense(_ kind: StatementKind) -> Tense? {
            if kind != .commitment, kind != .achievement, !hasSince { return nil }
            return kind == .commitment ? .future : .past
        }
        var tenses: Set<Tense> = []
        for index in statements.indices {
            if let tense = tense(statements[index].kind) { tenses.insert(tense) }
        }
        var found = times.find(in: sentence, reference: reference ?? Self.undatedReferences.0, tenses: tenses)
        if reference == nil {
            let other = times.find(in: sentence, reference: Self.undatedReferences.1, tenses: tenses)
            for (tense, expressions) in found {
                found[tense] = expressions.filter { expression in
                    expression.value != nil && other[tense]?.contains { $0.start == expression.start && $0.value == expression.value } == true
                }
            }
        }
        // Where "since " begins (Unicode scalars), looked for once, when needed.
        var sinceOffset: Int?
        var lookedForSince = false
        for index in statements.indices {
            let kind = statements[index].kind
            guard let tense = tense(kind) else { continue }
            let expressions = found[tense] ?? []
            // A claim's or an uncertainty's "by ..." is not their deadline; nor,
            // of a pledge, a "by 2019" that had passed when it was made.
            var usable = kind == .commitment || kind == .achievement ? expressions : expressions.filter { $0.role != .deadline }
            if kind == .commitment, let made = reference?.iso {
                usable.removeAll { $0.role == .deadline && $0.value.map { CalendarDate.lastDay(of: $0) < made } == true }
            }
            guard !usable.isEmpty else { continue }
            let anchor = (statements[index].cues.last { $0.kind == kind.rawValue } ?? statements[index].cues.last)?.start ?? span.start
            let relative = anchor - span.start
            // The nearest expression after the cue, else the nearest before it.
            let after = usable.filter { $0.start >= relative }.min { $0.start < $1.start }
            let before = usable.filter { $0.start < relative }.max { $0.start < $1.start }
            guard var chosen = after ?? before else { continue }
            // "since their historic summit in Singapore last June": the date
            // of the event a "since" names.
            if chosen.role == .occurred {
                if !lookedForSince {
                    sinceOffset = Self.scalarOffset(ofSince: sentence)
                    lookedForSince = true
                }
                if let since = sinceOffset, since < chosen.start,
                   !expressions.contains(where: { $0.start < chosen.start && $0.end > since }) {
                    chosen.role = .since
                }
            }
            chosen.start += span.start
            chosen.end += span.start
            statements[index].time = chosen
        }
    }

    /// Where the first "since " (lower case) begins, in Unicode scalars.
    static func scalarOffset(ofSince text: String) -> Int? {
        let needle = Array("since ".utf8)
        var scalars = 0
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard bytes.count >= needle.count else { return nil }
            for start in 0...(bytes.count - needle.count) {
                if bytes[start] == needle[0], (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) {
                    return scalars
                }
                if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
            }
            return nil
        }
    }

    /// Whether "since " occurs (any case), by bytes: each "s" or "S" is
    /// checked for the five bytes after it.
    static func containsSince(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 6 else { return false }
            for start in 0...(bytes.count - 6) where bytes[start] | 0x20 == 0x73 {
                if bytes[start + 1] | 0x20 == 0x69, bytes[start + 2] | 0x20 == 0x6E, bytes[start + 3] | 0x20 == 0x63,
                   bytes[start + 4] | 0x20 == 0x65, bytes[start + 5] == 0x20 {
                    return true
                }
            }
            return false
        }
    }

    /// Statements of one sentence given as a string (tests, one-off use).
    public func annotate(sentence: String) -> AnnotatedSentence {
        let span = SentenceSpan(start: 0, end: sentence.unicodeScalars.count, utf8Start: 0,
                                utf8End: sentence.utf8.count, rule: .oneSentencePerLine)
        return annotate(sentence, sentences: [span])[0]
    }
}

extension StatementTagger {
    /// Verbs that commit with a plain noun object: "promised free rations".
    static let nounObjectCommitments: Set<String> = ["promise", "pledge", "vow", "guarantee", "commit", "undertake", "agree"]
    /// Verbs that take a pledge back: "withdrew from its pledge to ...".
    static let withdrawingVerbs: Set<String> = ["withdraw", "abandon", "drop", "renounce", "scrap", "retract", "renege",
                                                "break", "abandon", "reverse", "ditch"]
    /// Reporting verbs that are acts when a noun phrase follows: "declared martial law".
    static let actsWithNounObject: Set<String> = ["declare", "announce", "unveil", "publish", "issue", "release", "find", "show",
                                                   "recall"]
    /// Marks inside a clause: hyphen, currency, per cent, slash, ampersand.
    static let inClauseMarks: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "/"),
                                            UInt8(ascii: "&"), UInt8(ascii: "'")]
}

/// Keys of the words the rules name: FNV-1a literals (what `Lexicon.key`
/// gives for each word), so that reading one costs nothing at run time;
/// ``words`` lists them for the check that the tagger makes in debug builds.
enum K {
    /// Words that start a time after a verb ("agreed last March", "pledged yesterday").
    static let timeWords: Set<UInt64> = Set((["last", "next", "yesterday", "today", "tonight", "earlier", "later", "this", "recently"]
        + MonthNames.full).map { Lexicon.key(Array($0.utf8)) })
    static let to: UInt64 = 0x08C8_3907_B56A_C0A4 // "to"
    static let not: UInt64 = 0x215A_D619_258E_9F4A // "not"
    static let no: UInt64 = 0x08B3_5907_B558_9AFA // "no"
    static let neither: UInt64 = 0x5FAA_8D73_96C9_67C8 // "neither"
    static let nor: UInt64 = 0x215A_D019_258E_9518 // "nor"
    static let that: UInt64 = 0x256C_ADEF_3232_570C // "that"
    static let there: UInt64 = 0xEAEE_9E72_5DB2_5B5D // "there"
    static let what: UInt64 = 0x9BE8_C5F6_4F26_C30F // "what"
    static let who: UInt64 = 0x5EC5_FC19_4891_690F // "who"
    static let been: UInt64 = 0x75F4_589B_951A_B7C3 // "been"
    static let was: UInt64 = 0x5EAD_E819_487C_B532 // "was"
    static let were: UInt64 = 0x3DB3_F1F6_1A19_018C // "were"
    static let had: UInt64 = 0x3358_0819_2FEF_8292 // "had"
    static let did: UInt64 = 0xCAA8_2C18_F46E_40BE // "did"
    static let by: UInt64 = 0x08A6_4B07_B54D_F8D4 // "by"
    static let and: UInt64 = 0xE6F7_9719_051F_F286 // "and"
    static let or: UInt64 = 0x08B0_5407_B556_5CA4 // "or"
    static let but: UInt64 = 0x0061_1E19_135A_72CC // "but"
    static let out: UInt64 = 0x19F7_9B19_21BB_CFFF // "out"
    static let rule: UInt64 = 0xBFE6_BE1F_6F51_FD33 // "rule"
    static let ruled: UInt64 = 0x6712_666A_2851_7AD5 // "ruled"
    static let rules: UInt64 = 0x6712_4F6A_2851_53C0 // "rules"
    static let only: UInt64 = 0x072D_DAB4_6AF0_4AB7 // "only"
    static let clear: UInt64 = 0xF531_F895_44A9_10A2 // "clear"
    static let known: UInt64 = 0x9E7C_3193_8395_894C // "known"
    static let certain: UInt64 = 0x43C6_90F1_0347_02E9 // "certain"
    static let sure: UInt64 = 0xB69A_6219_2199_D4E0 // "sure"
    static let fail: UInt64 = 0xEF01_6679_1679_F92D // "fail"
    static let failed: UInt64 = 0xD733_8946_B423_94F4 // "failed"
    static let fails: UInt64 = 0x995A_7DC1_3142_BABA // "fails"
    static let its: UInt64 = 0x2BB3_EA19_2BE5_4D99 // "its"
    static let which: UInt64 = 0xCE98_9E88_581F_9422 // "which"
    static let end: UInt64 = 0xC2F0_0318_F053_500A // "end"
    static let let_: UInt64 = 0x1272_8419_1DCC_577A // "let"
    static let for_: UInt64 = 0xDCB2_7818_FED9_DA90 // "for"
    static let little: UInt64 = 0x12A7_1418_CF8E_1921 // "little"
    static let his: UInt64 = 0x3373_2319_3006_782B // "his"
    static let her: UInt64 = 0x334A_1A19_2FE3_63CC // "her"
    static let their: UInt64 = 0xEB06_B172_5DC7_0D87 // "their"
    static let him: UInt64 = 0x3373_3119_3006_8FF5 // "him"
    static let them: UInt64 = 0x2579_C6EF_323D_0BE3 // "them"
    static let much: UInt64 = 0xB6A2_78A2_9310_8B7C // "much"
    static let very: UInt64 = 0x673E_D601_0277_6801 // "very"

    static let words: [(key: UInt64, word: String)] = [
        (to, "to"), (not, "not"), (no, "no"), (neither, "neither"), (nor, "nor"), (that, "that"), (there, "there"),
        (what, "what"), (who, "who"), (been, "been"), (was, "was"), (were, "were"), (had, "had"), (did, "did"),
        (by, "by"), (and, "and"), (or, "or"), (but, "but"), (out, "out"), (rule, "rule"), (ruled, "ruled"),
        (rules, "rules"), (only, "only"), (clear, "clear"), (known, "known"), (certain, "certain"), (sure, "sure"),
        (fail, "fail"), (failed, "failed"), (fails, "fails"), (its, "its"), (which, "which"), (end, "end"),
        (let_, "let"), (for_, "for"), (little, "little"), (his, "his"), (her, "her"), (their, "their"), (him, "him"),
        (them, "them"), (much, "much"), (very, "very"),
    ]
}

/// One sentence under analysis: its tokens, verb groups and the statements found.
struct SentenceAnalysis {
    let bytes: UnsafeBufferPointer<UInt8>
    let span: SentenceSpan
    let tokens: [Token]
    let lexicon: Lexicon
    var groups: [VerbGroup] = []
    var statements: [Statement] = []
    /// Token index where the scope of "whether", "if", "unclear" ... begins:
    /// what follows is not asserted.
    var unassertedFrom = Int.max
    /// Where that scope ends: a dash or semicolon starts a new clause.
    var unassertedUntil = Int.max
    var hedges: [(index: Int, end: Int, rule: TaggingRule)] = []
    var reportedSpeechAt: Int?
    /// Where "according to" starts, found in the same pass as the hedges.
    var accordingToAt: (index: Int, length: Int)?
    /// Actors mentioned in the sentence, resolved.
    var mentions: [SentenceMention] = []
    var publication: String?
    /// After "denied that", what is reported is negated.
    var deniedFrom = Int.max

    /// Each token's start and end in Unicode scalars of the document,
    /// counted once per sentence.
    let tokenStarts: [Int]
    let tokenEnds: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, span: SentenceSpan, tokens: [Token], lexicon: Lexicon) {
        self.bytes = bytes
        self.span = span
        self.tokens = tokens
        self.lexicon = lexicon
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(tokens.count)
        ends.reserveCapacity(tokens.count)
        var scalarOffset = span.start
        var byte = span.utf8Start
        for token in tokens {
            while byte < token.start {
                if bytes[byte] & 0xC0 != 0x80 { scalarOffset += 1 }
                byte += 1
            }
            starts.append(scalarOffset)
            while byte < token.end {
                if bytes[byte] & 0xC0 != 0x80 { scalarOffset += 1 }
                byte += 1
            }
            ends.append(scalarOffset)
        }
        tokenStarts = starts
        tokenEnds = ends
    }

    /// The token that starts at scalar offset `offset`.
    func token(startingAt offset: Int) -> Int? {
        var low = 0
        var high = tokenStarts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if tokenStarts[middle] == offset { return middle }
            if tokenStarts[middle] < offset { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    // MARK: Driver

    /// The sentence's statements, handed over: the analysis keeps no
    /// reference to them, so the caller can change them in place (attaching
    /// times) without copying the array.
    mutating func run() -> [Statement] {
        let result = tagged()
        statements = []
        return result
    }

    private mutating func tagged() -> [Statement] {
        guard !tokens.isEmpty, isDeclarative() else { return [] }
        groups = verbGroups(tokens)
        if groups.isEmpty || groups.allSatisfy(\.isInfinitive) {
            if isHeadline {
                headlineWithDeadline()
            } else {
                // "X trail Y by 20 points, according to a YouGov poll": a verb the
                // lexicon lacks, a source it knows.
                findHedges()
                accordingTo()
                if !statements.isEmpty, tokens.count >= 4 {
                    var statement = makeStatement(.claim, polarity: .affirmed, rule: .fallbackAssertion, confidence: 0.4, actionFrom: nil)
                    statement.cues.append(cue(at: tokens.count - 1, kind: "claim", rule: .fallbackAssertion))
                    statements.insert(statement, at: 0)
                    assignRoles()
                    return statements
                }
            }
            // "See page 12", "Vote early and ...": a verb first and no other finite verb is an instruction.
            let instruction = tokens[0].classes.contains(.base) && !tokens[0].classes.isDisjoint(with: WordClasses.verbClasses)
            if statements.isEmpty, !isHeadline, !instruction, tokens.count >= 4, hasSubjectAndVerbRoom {
                // A full sentence whose verb the lexicon does not know still asserts something.
                var statement = makeStatement(.claim, polarity: .affirmed, rule: .fallbackAssertion, confidence: 0.4, actionFrom: nil)
                statement.cues.append(cue(at: tokens.count - 1, kind: "claim", rule: .fallbackAssertion))
                statements.append(statement)
            }
            return statements
        }
        findHedges()
        for index in groups.indices where !groups[index].consumed {
            tag(groupAt: index)
        }
        commitmentNouns()
        accordingTo()
        applyHedges()
        // "said he would not form a coalition": the negation belongs to the
        // commitment reported, not to the report.
        if statements.contains(where: { ($0.kind == .commitment || $0.kind == .achievement) && $0.polarity == .negated }) {
            for index in statements.indices where statements[index].rules.contains(TaggingRule.negatedReport.rawValue) {
                statements[index].polarity = .affirmed
                statements[index].rules.removeAll { $0 == TaggingRule.negatedReport.rawValue }
            }
        }
        if isHeadline {
            // A headline names a topic; only a clear cue makes it a statement.
            statements.removeAll { $0.rules.first == TaggingRule.stateOfAffairs.rawValue }
        } else if statements.isEmpty, unassertedFrom == .max {
            fallbackClaim()
        }
        assignRoles()
        return statements
    }

    /// At least two words, room for a subject and a verb: numbers and marks
    /// alone ("12. 345 6.", "(;;) -- **.") assert nothing.
    var hasSubjectAndVerbRoom: Bool {
        var words = 0
        for token in tokens where token.isWord {
            words += 1
            if words == 2 { return true }
        }
        return false
    }

    /// No final full stop, question or exclamation mark: a headline or a label.
    var isHeadline: Bool {
        guard let last = tokens.last(where: { !$0.flags.contains(.closeQuote) && $0.mark != UInt8(ascii: ")") }) else { return true }
        return !(last.mark == UInt8(ascii: ".") || last.mark == UInt8(ascii: "!") || last.mark == UInt8(ascii: "?")
                 || last.mark == UInt8(ascii: ";") || last.mark == UInt8(ascii: ":"))
    }

    /// Questions, exclamations, greetings and instructions assert nothing.
    private func isDeclarative() -> Bool {
        var last = tokens.count - 1
        while last > 0, tokens[last].flags.contains(.closeQuote) || tokens[last].mark == UInt8(ascii: ")") { last -= 1 }
        let final = tokens[last]
        if final.mark == UInt8(ascii: "?") { return false }
        if final.mark == UInt8(ascii: "!") {
            // An exclamation with a reporting verb after the quote is still reported speech.
            return tokens[(last + 1)...].contains { $0.classes.contains(.claim) }
        }
        if tokens[0].classes.contains(.greeting) { return false }
        if let phrases = lexicon.phrases(startingWith: tokens[0].key),
           phrases.contains(where: { $0.classes.contains(.greeting) && matches($0, at: 0) }) { return false }
        // "Read the report", "Turn off the lights", "Don't share ...": an instruction.
        if tokens.count > 1, tokens[0].classes.contains(.base), !tokens[0].classes.contains(.thirdPerson),
           tokens[0].classes.isDisjoint(with: [.auxBe, .auxHave, .future, .hedgeModal, .modal, .conditional]) {
            let next = tokens[1]
            if tokens[0].classes.contains(.auxDo) {
                if next.classes.contains(.negator), tokens.count > 2, tokens[2].classes.contains(.base) { return false }
            } else if next.classes.contains(.determiner) || next.classes.contains(.pronoun) || next.key == K.to
                        || isParticle(next) || tokens[0].key == K.let_ || isAdverb(next) || next.flags.contains(.number) {
                return false
            }
        }
        return true
    }

    // MARK: Groups to statements

    private mutating func tag(groupAt index: Int) {
        let group = groups[index]
        if group.isInfinitive { return }
        if group.first >= unassertedFrom, group.first < unassertedUntil { return }
        let main = tokens[group.main]
        let classes = main.classes
        let subject = subjectRange(of: group)
        let negated = (group.negated || subjectIsNegated(subject)) != (group.first > deniedFrom)

        // Refusals: "refused to commit", "declined to promise", "ruled out", "failed to".
        if classes.contains(.refuse), let complement = complementGroup(after: index) {
            consume(complement)
            let isFailure = main.key == K.fail || main.key == K.failed || main.key == K.fails
            let kind: StatementKind = isFailure ? .achievement : .commitment
            var actionGroup = complement
            if tokens[groups[complement].main].classes.contains(.commit), let inner = complementGroup(after: complement) {
                consume(inner)
                actionGroup = inner
            }
            add(kind, group: group, polarity: negated ? .affirmed : .negated, action: actionGroup,
                rule: isFailure ? .failedTo : .refusal, cue: (group.main, isFailure ? "achievement" : "commitment"),
                confidence: 0.85)
            // "refused to commit to a timetable": the undertaking is the timetable.
            let inner = groups[actionGroup].main
            if actionGroup == complement, tokens[inner].classes.contains(.commit), inner + 2 < tokens.count, tokens[inner + 1].key == K.to {
                statements[statements.count - 1].action = text(from: inner + 2, to: clauseEnd(from: inner + 1))
            }
            return
        }
        if (main.key == K.rule || main.key == K.ruled || main.key == K.rules), group.main + 1 < tokens.count,
           tokens[group.main + 1].key == K.out {
            add(.commitment, group: group, polarity: .negated, action: nil, rule: .refusal,
                cue: (group.main, "commitment"), confidence: 0.8)
            return
        }
        // Commitment verbs with a complement: "pledged to cut", "agreed that ...".
        if classes.contains(.commit), !group.isCopula, let complement = complementGroup(after: index) {
            consume(complement)
            add(.commitment, group: group, polarity: negated ? .negated : .affirmed, action: complement,
                rule: .commitVerb, cue: (group.main, "commitment"), confidence: 0.9,
                certainty: isHedged(group) ? .uncertain : .certain)
            coordinatedActions(after: complement, kind: .commitment, template: statements.count - 1)
            return
        }
        // "promised free rations", "committed to a moratorium": a commitment with a noun object.
        if classes.contains(.commit), !group.isCopula, group.modal.isEmpty, group.frameIndex == nil,
           let lemma = lexicon.lemma(main.lemma), StatementTagger.nounObjectCommitments.contains(lemma),
           lemma != "commit" && hasNounObject(after: group.main)
            || (group.main + 1 < tokens.count && tokens[group.main + 1].key == K.to && hasNounObject(after: group.main + 1)) {
            let objectStart = tokens[group.main + 1].key == K.to ? group.main + 2 : group.main + 1
            add(.commitment, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                rule: .commitVerb, cue: (group.main, "commitment"), confidence: 0.75)
            statements[statements.count - 1].action = text(from: objectStart, to: clauseEnd(from: group.main))
            // "committed to withdrawing its troops": the gerund is the action.
            statements[statements.count - 1].normalizedAction = tokens[objectStart].classes.contains(.gerund)
                ? normalizedAction(from: objectStart)
                : (lexicon.lemma(main.lemma) ?? "commit") + (headNoun(from: objectStart, to: clauseEnd(from: group.main)).map { " " + $0 } ?? "")
            return
        }
        let seeming = classes.contains(.hedgeVerb) && !group.isCopula && group.modal.isEmpty
            && (!classes.contains(.action) || group.main + 1 < tokens.count && tokens[group.main + 1].key == K.to)
        let believing = classes.contains(.cognition) && !group.isCopula && group.modal.isEmpty
        if seeming || believing {
            if believing, hasNounObject(after: group.main), !group.hasBe {
                // "Microsoft expects revenue growth of 14 percent": guidance, a claim.
                add(.claim, group: group, polarity: negated ? .negated : .affirmed, action: nil, rule: .stateOfAffairs,
                    cue: (group.main, "claim"), confidence: 0.6,
                    certainty: group.pastAuxiliary || main.classes.contains(.past) ? .certain : .uncertain)
                return
            }
            addUncertainty(at: group.main, rule: seeming ? .hedgeVerb : .cognition)
            // "appears to have built", "is believed to have recaptured": an outcome, hedged.
            if let complement = complementGroup(after: index) ?? nextInfinitive(after: index) {
                consume(complement)
                let inner = groups[complement]
                if inner.hasHave, tokens[inner.main].classes.contains(.action) {
                    add(.achievement, group: inner, polarity: negated ? .negated : .affirmed, action: complement,
                        rule: .perfectAction, cue: (inner.main, "achievement"), confidence: 0.7, certainty: .uncertain)
                }
            }
            return
        }
        // Claim verbs: "said", "told", "announced".
        if classes.contains(.claim), !group.isCopula, group.modal.isEmpty, group.frameIndex == nil,
           !(classes.contains(.action) && StatementTagger.actsWithNounObject.contains(lexicon.lemma(main.lemma) ?? "")
             && hasNounObject(after: group.main)) {
            reportedSpeechAt = reportedSpeechAt ?? group.main
            // A denial negates the claim and what is denied; so does a
            // negated report ("said the hospital was no longer functioning").
            let denial = lexicon.lemma(main.lemma) == "deny"
            if denial { deniedFrom = group.main }
            let reportNegator = tokens.indices.dropFirst(group.main + 1).first { position in
                let token = tokens[position]
                return token.classes.contains(.negator) && token.weight >= 0.8 && token.key != K.nor
                    && !(position > 0 && tokens[position - 1].mark == UInt8(ascii: ",")) // "weeks, not months"
            }
            add(.claim, group: group, polarity: (negated != (denial || reportNegator != nil)) ? .negated : .affirmed, action: nil,
                rule: .reportedSpeech, cue: (group.main, "claim"), confidence: 0.85, isSource: true)
            if !denial, reportNegator != nil { statements[statements.count - 1].rules.append(TaggingRule.negatedReport.rawValue) }
            return
        }
        // Seeming and believing: "appear to", "analysts expect".
        // The future: "will", "is going to", "is to", "set to", "expected to".
        let hedgeFrame = group.frameClasses.contains(.hedgeFrame)
        if !group.modal.isDisjoint(with: [.future]) || group.frameIndex != nil {
            let rule: TaggingRule = group.frameIndex == nil ? .futureModal
                : tokens[group.frameIndex!].key == K.to ? .beTo : .futureFrame
            let cueIndex = group.frameIndex ?? group.modalIndex ?? group.main
            if isAgentive(subject) {
                add(.commitment, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: rule, cue: (cueIndex, "commitment"), confidence: 0.8,
                    certainty: hedgeFrame ? .uncertain : .certain)
                coordinatedActions(after: index, kind: .commitment, template: statements.count - 1)
            } else {
                addUncertainty(at: cueIndex, rule: .prediction)
            }
            return
        }
        if group.modal.contains(.conditional) {
            if let reported = reportedSpeechAt, reported < group.first, isAgentive(subject) {
                add(.commitment, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .reportedWould, cue: (group.modalIndex ?? group.main, "commitment"), confidence: 0.7)
            } else {
                addUncertainty(at: group.modalIndex ?? group.main, rule: .conditional)
            }
            return
        }
        if group.modal.contains(.hedgeModal) {
            if group.hasHave, classes.contains(.participle), classes.contains(.action) {
                add(.achievement, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .perfectAction, cue: (group.main, "achievement"), confidence: 0.7, certainty: .uncertain)
            } else {
                addUncertainty(at: group.modalIndex ?? group.main, rule: .hedgeModal)
            }
            return
        }
        if !group.modal.isEmpty { // can, must, should: neither asserted nor committed
            return
        }
        // Done: past, perfect and passive of an action verb.
        let isPast = group.pastAuxiliary || (group.hasHave && classes.contains(.participle))
            || (!group.hasBe && !group.hasHave && classes.contains(.past))
            || (group.hasDo && group.pastAuxiliary)
        if classes.contains(.action), !group.isCopula, isPast || (group.hasBe && classes.contains(.participle) && group.hasHave) {
            let bare = !group.hasBe && !group.hasHave && !group.hasDo
            if bare, group.main + 1 < tokens.count, tokens[group.main + 1].classes.contains(.auxBe),
               !tokens[group.main + 1].flags.contains(.clitic) {
                return // "all it really achieved was ...": the verb sits inside the subject
            }
            if bare, subject.lowerBound > 0, tokens[subject.lowerBound - 1].isVerbForm || subject.isEmpty && group.first > 0 && tokens[group.first - 1].isWord {
                return // "the schemes introduced by her predecessor": a reduced relative, not a new assertion
            }
            let passive = group.hasBe && classes.contains(.participle)
            if classes.contains(.change) && (!isAgentive(subject) || subjectIsQuantity(subject))
                || (!passive && !isAgentive(subject))
                || (passive && (subjectIsNegated(subject) || subject.contains { tokens[$0].flags.contains(.number) })) {
                add(.claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                    rule: .figureChange, cue: (group.main, "claim"), confidence: 0.6)
                return
            }
            let rule: TaggingRule = group.hasBe ? .passiveAction : group.hasHave ? .perfectAction : .pastAction
            add(.achievement, group: group, polarity: negated ? .negated : .affirmed, action: index,
                rule: rule, cue: (group.main, "achievement"), confidence: 0.8)
            coordinatedActions(after: index, kind: .achievement, template: statements.count - 1)
            return
        }
        // A state of affairs, an assessment or a figure.
        if classes.contains(.change) || classes.contains(.stative) || group.isCopula || classes.contains(.action)
            || classes.contains(.claim) {
            if group.isCopula, isFollowedByHedge(group) { return }
            if isInSubordinateClause(group) { return } // "since the truce took effect": background, not a claim

            add(.claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                rule: classes.contains(.change) ? .figureChange : .stateOfAffairs, cue: (group.main, "claim"),
                confidence: 0.55)
        }
    }

    /// Whether the group sits in a clause opened by "since", "after", "when", "because" ...
    func isInSubordinateClause(_ group: VerbGroup) -> Bool {
        let subject = subjectRange(of: group)
        guard subject.lowerBound > 0 else { return false }
        let opener = tokens[subject.lowerBound - 1]
        return opener.classes.contains(.subordinator) && opener.key != K.that
    }

    /// May, might, could; likely, expected: the group itself is hedged.
    func isHedged(_ group: VerbGroup) -> Bool {
        group.modal.contains(.hedgeModal) || group.frameClasses.contains(.hedgeFrame)
    }

    /// "is suspected of using": the next group when it is an infinitive or
    /// gerund close after this one.
    func nextInfinitive(after index: Int) -> Int? {
        guard index + 1 < groups.count, groups[index + 1].first - groups[index].main <= 3,
              groups[index + 1].isInfinitive else { return nil }
        return index + 1
    }

    /// A noun phrase follows the verb (not "to" + verb, not a clause): "declared martial law".
    func hasNounObject(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.isWord || next.flags.contains(.number) else { return false }
        if next.key == K.that || next.key == K.to || next.classes.contains(.pronounAgent) || next.classes.contains(.wh) { return false }
        // "the ceasefire they agreed last March": a time, not what was agreed.
        if K.timeWords.contains(next.key) { return false }
        if next.classes.contains(.determiner) { return !(index + 2 < tokens.count && tokens[index + 2].isVerbForm && !tokens[index + 2].classes.contains(.base)) }
        return next.classes.isDisjoint(with: [.past, .participle, .auxBe, .auxHave, .future, .conditional, .hedgeModal, .modal, .preposition])
    }

    /// "is unclear", "was not clear", "is uncertain": the hedge is the point.
    private func isFollowedByHedge(_ group: VerbGroup) -> Bool {
        var cursor = group.main + 1
        while cursor < tokens.count, tokens[cursor].classes.contains(.adverb) || tokens[cursor].key == K.not { cursor += 1 }
        return cursor < tokens.count && hedges.contains { $0.index == cursor || ($0.index <= cursor && cursor < $0.end) }
    }

    // MARK: Complements and subjects

    /// The verb group that completes the group at `index`: "to" + verb, or
    /// the first group of a "that" clause, within a few tokens.
    func complementGroup(after index: Int) -> Int? {
        guard index + 1 < groups.count else { return nil }
        let main = groups[index].main
        let next = groups[index + 1]
        let gap = next.first - main
        if next.isInfinitive, gap <= 4 { return index + 1 }
        if gap <= 8 {
            // "agreed that Peru would ...", "promised Kyiv that Germany would ..."
            for cursor in (main + 1)..<next.first where tokens[cursor].key == K.that || tokens[cursor].mark == UInt8(ascii: ",") {
                return tokens[cursor].key == K.that ? index + 1 : nil
            }
        }
        return nil
    }

    /// The tokens of the group's subject: back from the group to the start
    /// of its clause.
    func subjectRange(of group: VerbGroup) -> Range<Int> {
        var start = group.first
        while start > 0 {
            let previous = tokens[start - 1]
            if previous.flags.contains(.punctuation), !StatementTagger.inClauseMarks.contains(previous.mark) || bytes[previous.start] == 0xE2 { break }
            if previous.classes.contains(.subordinator) || previous.key == K.that || previous.key == K.which { break }
            // "Washington and Pyongyang have stalled": "and" inside the subject;
            // ", and both countries have ..." starts a new clause.
            if previous.classes.contains(.conjunction), start - 2 < 0 || tokens[start - 2].flags.contains(.punctuation)
                || previous.key == K.but || groups.contains(where: { $0.main == start - 2 }) { break }
            if previous.isVerbForm, groups.contains(where: { $0.main == start - 1 }) { break }
            start -= 1
        }
        return start..<group.first
    }

    /// Whether the subject can act: a name, an actor pronoun, a body. Only
    /// the subject's first noun phrase counts ("Relations between Beijing and
    /// Canberra" is about relations), and a capital at the start of the
    /// sentence says nothing unless a second capitalised word follows it.
    func isAgentive(_ subject: Range<Int>) -> Bool {
        if subject.isEmpty { return true } // "and will ..." shares the earlier subject
        let headEnd = firstPreposition(in: subject)
        // A known actor (or a demonym: "Ukrainian troops") heading the subject can act.
        if mentions.contains(where: { $0.tokens.lowerBound >= subject.lowerBound && $0.tokens.upperBound <= headEnd }) {
            return true
        }
        for index in subject.lowerBound..<headEnd {
            let token = tokens[index]
            if token.classes.contains(.pronounAgent) || token.classes.contains(.agentNoun) { return true }
            if token.flags.contains(.capitalized), token.isWord, token.classes.isDisjoint(with: [.determiner, .preposition, .conjunction, .adverb, .negator]),
               !(index == 0 && token.classes.contains(.quantityNoun)) {
                let sentenceInitial = index == 0 || tokens[index - 1].flags.contains(.openQuote)
                if !sentenceInitial || token.flags.contains(.allCaps) || headEnd - subject.lowerBound == 1 && !endsWithS(token)
                    || (index + 1 < headEnd && tokens[index + 1].flags.contains(.capitalized)) {
                    return true
                }
            }
        }
        return false
    }

    func subjectIsQuantity(_ subject: Range<Int>) -> Bool {
        subject.contains { tokens[$0].classes.contains(.quantityNoun) }
    }

    /// "No venue has been announced", "Nothing was agreed", and the
    /// assessments "little progress has been made", "not much was agreed".
    func subjectIsNegated(_ subject: Range<Int>) -> Bool {
        guard let first = subject.first else { return false }
        let token = tokens[first]
        return token.classes.contains(.negator) && token.key != K.not || token.key == K.little
            || token.key == K.not && first + 1 < tokens.count && (tokens[first + 1].key == K.much || tokens[first + 1].key == K.very)
    }

    mutating func consume(_ index: Int) {
        groups[index].consumed = true
    }

    mutating func markHedged(_ index: Int) {
        hedges.append((groups[index].first, groups[index].main + 1, .hedgedCertainty))
    }

    // MARK: Coordination

    /// "dismantled a site and a facility", "halt development or shut down its
    /// bases": one more statement for each coordinated object or verb.
    private mutating func coordinatedActions(after groupIndex: Int, kind: StatementKind, template: Int) {
        guard template >= 0, template < statements.count else { return }
        let group = groups[groupIndex]
        var cursor = group.main + 1
        let end = clauseEnd(from: group.main)
        var objectStart = cursor
        while cursor < end {
            let token = tokens[cursor]
            if token.key == K.and || token.key == K.or {
                let next = cursor + 1
                guard next < end else { break }
                if let coordinated = groups.firstIndex(where: { $0.first == next || $0.main == next }) {
                    // A coordinated verb: "or shut down its bases".
                    if groups[coordinated].modal.isEmpty, !groups[coordinated].hasHave || kind == .achievement {
                        consume(coordinated)
                        // The first action ends where the second verb's conjunction begins.
                        statements[template].action = text(from: group.main, to: cursor)
                        var copy = statements[template]
                        copy.action = actionText(from: groups[coordinated].main)
                        copy.normalizedAction = normalizedAction(from: groups[coordinated].main)
                        statements.append(copy)
                    }
                    break
                }
                // A coordinated object: "a site and a key facility" (not inside a
                // phrase: "in the provinces of Zamora and Morona" is one place).
                let insidePhrase = (objectStart..<cursor).contains { tokens[$0].classes.contains(.preposition) }
                if objectStart < cursor, !insidePhrase, tokens[next].isWord, !tokens[next].isVerbForm || tokens[next].classes.contains(.determiner) {
                    var copy = statements[template]
                    let verb = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[group.main].start..<tokens[group.main].end]), as: UTF8.self)
                    let object = text(from: next, to: end)
                    copy.action = verb + " " + object
                    copy.normalizedAction = (lexicon.lemma(tokens[group.main].lemma) ?? verb.lowercased()) + (headNoun(from: next, to: end).map { " " + $0 } ?? "")
                    statements[template].action = text(from: group.main, to: cursor)
                    statements.append(copy)
                    objectStart = next
                }
                break
            }
            cursor += 1
        }
    }

    // MARK: Cue nouns and phrases

    /// "made a commitment to", "no commitment to halt", "its pledge to cut".
    private mutating func commitmentNouns() {
        for index in tokens.indices where tokens[index].classes.contains(.commitmentNoun) {
            guard index + 1 < tokens.count else { continue }
            if tokens[index + 1].key == K.for_, index > 0, tokens[index - 1].key == K.no {
                // "no plans for a meeting": no commitment, with a noun for its action.
                var statement = makeStatement(.commitment, polarity: .negated, rule: .commitmentNoun, confidence: 0.75, actionFrom: nil)
                statement.action = text(from: index + 2, to: clauseEnd(from: index + 1))
                statement.cues = [cue(at: index - 1, kind: "negation", rule: .negatedGroup), cue(at: index, kind: "commitment", rule: .commitmentNoun)]
                statements.append(statement)
                continue
            }
            guard tokens[index + 1].key == K.to,
                  let complement = groups.firstIndex(where: { $0.first == index + 2 && $0.isInfinitive }) else { continue }
            if index >= unassertedFrom, index < unassertedUntil { continue }
            if statements.contains(where: { $0.kind == .commitment && $0.cues.contains { $0.start == tokenStarts[index] } }) { continue }
            // Negation: "no commitment", or the governing group is negated ("has not made any commitment").
            var negator: Int?
            var cursor = index - 1
            while cursor >= 0, cursor >= index - 5 {
                let token = tokens[cursor]
                if token.classes.contains(.negator) { negator = cursor; break }
                if token.flags.contains(.punctuation) { break }
                cursor -= 1
            }
            let weight = Double(tokens[index].weight)
            guard weight >= 0.8 || negator != nil || groups.contains(where: { $0.main < index && index - $0.main <= 4 }) else { continue }
            consume(complement)
            // A group governing the noun ("has not made") becomes part of this statement.
            if let governing = groups.lastIndex(where: { $0.main < index && index - $0.main <= 4 && !$0.consumed }) {
                consume(governing)
                let governingStart = tokenStarts[groups[governing].main]
                statements.removeAll { $0.cues.contains { $0.start == governingStart } }
            }
            // "withdrew from its pledge to suspend": the pledge is taken back.
            let withdrawn = groups.last { $0.main < index && index - $0.main <= 4 }.map { group in
                StatementTagger.withdrawingVerbs.contains(lexicon.lemma(tokens[group.main].lemma) ?? "")
            } ?? false
            var statement = makeStatement(.commitment, polarity: negator == nil && !withdrawn ? .affirmed : .negated,
                                          rule: .commitmentNoun, confidence: 0.85, actionFrom: groups[complement].main)
            if withdrawn { statement.rules.append(TaggingRule.withdrawn.rawValue) }
            statement.cues.append(cue(at: index, kind: "commitment", rule: .commitmentNoun))
            if let negator { statement.cues.insert(cue(at: negator, kind: "negation", rule: .negatedGroup), at: 0) }
            statements.append(statement)
            coordinatedActions(after: complement, kind: .commitment, template: statements.count - 1)
        }
    }

    private mutating func accordingTo() {
        guard let (index, length) = accordingToAt else { return }
        var statement = makeStatement(.claim, polarity: .affirmed, rule: .accordingTo, confidence: 0.85, actionFrom: nil)
        statement.cues.append(cue(from: index, to: index + length, kind: "source", rule: .accordingTo))
        statements.append(statement)
    }

    // MARK: Hedges

    /// Hedge words and phrases; those that open a clause of their own
    /// ("whether", "if", "unclear", "speculation") leave what follows unasserted.
    private mutating func findHedges() {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if let phrases = lexicon.phrases(startingWith: token.key),
               let phrase = phrases.first(where: { !$0.classes.isDisjoint(with: [.hedge, .claimPhrase]) && matches($0, at: index) }) {
                if phrase.classes.contains(.claimPhrase) {
                    accordingToAt = accordingToAt ?? (index, phrase.keys.count)
                } else {
                    hedges.append((index, index + phrase.keys.count, .hedgeWord))
                    unassertedFrom = min(unassertedFrom, index)
                }
                index += phrase.keys.count
                continue
            }
            if token.classes.contains(.hedge), !token.classes.contains(.hedgeFrame) || !(index + 1 < tokens.count && tokens[index + 1].key == K.to) {
                hedges.append((index, index + 1, .hedgeWord))
                if opensUnassertedClause(token) { unassertedFrom = min(unassertedFrom, index) }
            } else if token.classes.contains(.hedgeVerb), !token.classes.contains(.stative) || token.classes.contains(.gerund),
                      !groups.contains(where: { $0.main == index }) {
                hedges.append((index, index + 1, .hedgeWord))
                unassertedFrom = min(unassertedFrom, index)
            } else if token.classes.contains(.conditionalIf) {
                hedges.append((index, index + 1, .conditional))
                unassertedFrom = min(unassertedFrom, index)
            } else if token.key == K.clear || token.key == K.known || token.key == K.certain || token.key == K.sure,
                      (max(0, index - 3)..<index).contains(where: { tokens[$0].classes.contains(.negator) }) {
                hedges.append((index, index + 1, .hedgeWord))
                unassertedFrom = min(unassertedFrom, max(0, index - 3))
            }
            index += 1
        }
        if unassertedFrom < tokens.count {
            unassertedUntil = tokens.indices.dropFirst(unassertedFrom).first {
                tokens[$0].mark == UInt8(ascii: ";") || (tokens[$0].mark == UInt8(ascii: "-") && bytes[tokens[$0].start] == 0xE2)
            } ?? .max
        }
        // The copula or verb that carries a clause-opening hedge is part of it
        // ("is unclear", "was never made clear", "remains unknown").
        for (hedge, _, _) in hedges where hedge >= unassertedFrom {
            for group in groups.indices where groups[group].main < hedge && hedge - groups[group].main <= 3
                && (groups[group].isCopula || hedge - groups[group].main == 1 || tokens[groups[group].main].classes.contains(.stative)) {
                consume(group)
            }
        }
    }

    /// "whether", "unclear", "speculation", "doubt" govern a clause; adverbs
    /// such as "reportedly" and "likely" only qualify their own.
    private func opensUnassertedClause(_ token: Token) -> Bool {
        if isAdverb(token) { return false }
        return !token.classes.contains(.adverb) && !token.classes.contains(.hedgeFrame)
    }

    /// Marks statements under a qualifying hedge uncertain, and makes the
    /// sentence's uncertainty a statement when nothing else carries it.
    private mutating func applyHedges() {
        guard !hedges.isEmpty else { return }
        var carried = false
        for hedge in hedges where hedge.rule == .hedgeWord || hedge.rule == .hedgedCertainty {
            // The statement whose verb is nearest after the hedge (or before it) in the same clause.
            let target = statements.indices.filter { statements[$0].kind != .uncertainty }.min { a, b in
                distance(hedge.index, statements[a]) < distance(hedge.index, statements[b])
            }
            if let target, distance(hedge.index, statements[target]) <= 6, hedge.index < unassertedFrom || hedge.rule == .hedgedCertainty {
                statements[target].certainty = .uncertain
                if hedge.rule == .hedgeWord {
                    statements[target].cues.append(cue(from: hedge.index, to: hedge.end, kind: "hedge", rule: .hedgeWord))
                }
                statements[target].rules.append(TaggingRule.hedgedCertainty.rawValue)
                carried = true
            }
        }
        let clauseHedges = hedges.filter { $0.index >= unassertedFrom && $0.rule != .hedgedCertainty }
        if (!carried || !clauseHedges.isEmpty), !statements.contains(where: { $0.kind == .uncertainty }),
           let first = (clauseHedges.first ?? hedges.first(where: { $0.rule != .hedgedCertainty })) {
            var statement = makeStatement(.uncertainty, polarity: .affirmed, rule: first.rule, confidence: 0.8,
                                          actionFrom: nil)
            statement.certainty = .uncertain
            statement.cues.append(cue(from: first.index, to: first.end, kind: "hedge", rule: first.rule))
            statements.append(statement)
        }
    }

    private func distance(_ tokenIndex: Int, _ statement: Statement) -> Int {
        guard let cue = statement.cues.last(where: { $0.kind != "negation" && $0.kind != "hedge" }) else { return .max }
        let position = token(startingAt: cue.start) ?? 0
        return abs(position - tokenIndex)
    }

    private mutating func addUncertainty(at index: Int, rule: TaggingRule) {
        var statement = makeStatement(.uncertainty, polarity: .affirmed, rule: rule, confidence: 0.75, actionFrom: nil)
        statement.certainty = .uncertain
        statement.cues.append(cue(at: index, kind: "hedge", rule: rule))
        statements.append(statement)
    }

    // MARK: Headlines and the fallback

    /// "Second meeting by February-end": no verb, a deadline.
    private mutating func headlineWithDeadline() {
        for index in tokens.indices where tokens[index].key == K.by && index + 1 < tokens.count {
            let next = tokens[index + 1]
            let wordEnd = (next.start..<next.end).first { bytes[$0] == UInt8(ascii: "-") } ?? next.end
            let bytesOfNext = UnsafeBufferPointer(rebasing: bytes[next.start..<wordEnd])
            let isTime = next.flags.contains(.number) || next.flags.contains(.capitalized) && MonthNames.index(of: bytesOfNext) != nil
                || next.key == Lexicon.key(Array("the".utf8)) && index + 2 < tokens.count && tokens[index + 2].key == K.end
            if isTime {
                var statement = makeStatement(.commitment, polarity: .affirmed, rule: .headlineDeadline, confidence: 0.6, actionFrom: nil)
                statement.action = text(from: 0, to: index)
                statement.cues.append(cue(from: index, to: min(tokens.count, index + 2), kind: "deadline", rule: .headlineDeadline))
                statements.append(statement)
                return
            }
        }
    }

    /// A declarative sentence with a predicate that no rule claimed: it asserts something.
    private mutating func fallbackClaim() {
        guard let group = groups.first(where: { !$0.isInfinitive }) else { return }
        var statement = makeStatement(.claim, polarity: group.negated ? .negated : .affirmed, rule: .fallbackAssertion,
                                      confidence: 0.5, actionFrom: nil)
        statement.cues.append(cue(at: group.main, kind: "claim", rule: .fallbackAssertion))
        statements.append(statement)
    }

    // MARK: Building statements

    private mutating func add(_ kind: StatementKind, group: VerbGroup, polarity: Polarity, action: Int?,
                              rule: TaggingRule, cue cueSpec: (index: Int, kind: String), confidence: Double,
                              certainty: Certainty = .certain, isSource: Bool = false) {
        let actionMain = action.map { groups[$0].main }
        var statement = makeStatement(kind, polarity: polarity, rule: rule, confidence: confidence, actionFrom: actionMain)
        statement.certainty = certainty
        if polarity == .negated, let negator = group.negatorIndex {
            statement.cues.append(cue(at: negator, kind: "negation", rule: .negatedGroup))
            statement.rules.append(TaggingRule.negatedGroup.rawValue)
        } else if polarity == .negated, let first = subjectRange(of: group).first, tokens[first].classes.contains(.negator) {
            statement.cues.append(cue(at: first, kind: "negation", rule: .negatedSubject))
            statement.rules.append(TaggingRule.negatedSubject.rawValue)
        }
        if let modal = group.modalIndex, modal != cueSpec.index, group.modal.contains(.hedgeModal) {
            statement.cues.append(cue(at: modal, kind: "hedge", rule: .hedgeModal))
        }
        statement.cues.append(cue(at: cueSpec.index, kind: cueSpec.kind, rule: rule))
        if let frame = group.frameIndex, frame != cueSpec.index {
            statement.cues.append(cue(at: frame, kind: group.frameClasses.contains(.hedgeFrame) ? "hedge" : "commitment", rule: rule))
        }
        statement.clauseStart = tokenStarts[subjectRange(of: group).first ?? group.first]
        statements.append(statement)
    }

    func makeStatement(_ kind: StatementKind, polarity: Polarity, rule: TaggingRule, confidence: Double,
                       actionFrom main: Int?) -> Statement {
        Statement(kind: kind, polarity: polarity, certainty: kind == .uncertainty ? .uncertain : .certain,
                  holder: nil, holders: [], source: nil, targets: [],
                  action: main.map { actionText(from: $0) }, normalizedAction: main.map { normalizedAction(from: $0) },
                  topics: [], time: nil, cues: [], confidence: confidence,
                  clauseStart: span.start, clauseEnd: span.end, rules: [rule.rawValue])
    }

    // MARK: Text

    /// The clause from `index` up to the next boundary: punctuation that
    /// closes a clause, a conjunction before a new subject, or the end; at
    /// most ``longestClause`` tokens.
    func clauseEnd(from index: Int) -> Int {
        var cursor = index + 1
        while cursor < tokens.count, cursor - index < Self.longestClause {
            let token = tokens[cursor]
            if token.flags.contains(.punctuation), !StatementTagger.inClauseMarks.contains(token.mark) || bytes[token.start] == 0xE2,
               !isJoiningDash(token) { break }
            if token.classes.contains(.subordinator), token.key != K.that, cursor > index + 1 { break }
            if token.key == K.but { break }
            cursor += 1
        }
        return cursor
    }

    /// An en dash between two words with no space either side ("the
    /// Ecuador–Peru border") joins them; a spaced dash ends a clause.
    func isJoiningDash(_ token: Token) -> Bool {
        guard token.end - token.start == 3, bytes[token.start] == 0xE2, bytes[token.start + 1] == 0x80, bytes[token.start + 2] == 0x93,
              token.start > 0, token.end < bytes.count else { return false }
        func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) }
        return isWordByte(bytes[token.start - 1]) && isWordByte(bytes[token.end])
    }

    /// Far beyond any clause of news prose. Without a bound, a run of words
    /// with no punctuation ("pledged to ... pledged to ...") makes each
    /// statement's action the rest of the run: output and stored text grow
    /// with the square of the run's length.
    static let longestClause = 60

    func actionText(from main: Int) -> String {
        text(from: main, to: clauseEnd(from: main))
    }

    func normalizedAction(from main: Int) -> String {
        let end = clauseEnd(from: main)
        let verb = lexicon.lemma(tokens[main].lemma) ?? text(from: main, to: main + 1).lowercased()
        var start = main + 1
        // Particles belong to the verb: "shut down", "pull out".
        var phrasal = verb
        if start < end, isParticle(tokens[start]) {
            phrasal += " " + text(from: start, to: start + 1).lowercased()
            start += 1
        }
        if let head = headNoun(from: start, to: end) { return phrasal + " " + head }
        return phrasal
    }

    func isParticle(_ token: Token) -> Bool {
        guard token.isWord, token.end - token.start <= 4 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
        return ["down", "up", "out", "off", "back", "away"].contains(word)
    }

    /// The last word of the first noun phrase in `start..<end`, lower-cased.
    func headNoun(from start: Int, to end: Int) -> String? {
        var head: Int?
        var cursor = start
        while cursor < end {
            let token = tokens[cursor]
            if token.classes.contains(.preposition) || token.classes.contains(.conjunction) || token.flags.contains(.punctuation) {
                if head != nil { break }
            } else if token.isWord, token.classes.isDisjoint(with: [.determiner, .adverb]) || token.classes.contains(.pronoun) && head == nil {
                if token.isVerbForm, head != nil, !token.classes.contains(.gerund) { break }
                head = cursor
            }
            cursor += 1
        }
        return head.map { text(from: $0, to: $0 + 1).lowercased() }
    }

    func text(from first: Int, to last: Int) -> String {
        guard first < last, first < tokens.count else { return "" }
        var end = min(last, tokens.count) - 1
        while end > first, tokens[end].flags.contains(.punctuation), tokens[end].mark != UInt8(ascii: "%") { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[end].end]), as: UTF8.self)
    }

    func matches(_ phrase: Lexicon.Phrase, at index: Int) -> Bool {
        guard index + phrase.keys.count <= tokens.count else { return false }
        for (offset, key) in phrase.keys.enumerated() where tokens[index + offset].key != key { return false }
        return true
    }

    // MARK: Offsets

    func cue(at index: Int, kind: String, rule: TaggingRule) -> Cue {
        cue(from: index, to: index + 1, kind: kind, rule: rule)
    }

    func cue(from first: Int, to last: Int, kind: String, rule: TaggingRule) -> Cue {
        let lastToken = max(first, min(last, tokens.count) - 1)
        let start = tokens[first].start
        let end = tokens[lastToken].end
        return Cue(kind: kind, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                   start: tokenStarts[first], end: tokenEnds[lastToken], rule: rule.rawValue)
    }
}
