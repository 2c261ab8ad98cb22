/// A document with everything the analyzer found in it, ready to store.
public struct AnalyzedDocument: Sendable {
    /// The cleaned document the offsets refer to.
    public var document: CleanedDocument
    /// Its sentences, in order.
    public var sentences: [SentenceSpan]
    /// The statements of each sentence, in the order of `sentences` (empty
    /// when the document was only segmented).
    public var statements: [[Statement]]
    /// Words in the cleaned text, as `wc -w` counts them.
    public var wordCount: Int

    /// A document with its sentences and, when tagged, their statements.
    public init(document: CleanedDocument, sentences: [SentenceSpan], statements: [[Statement]] = []) {
        self.document = document
        self.sentences = sentences
        self.statements = statements
        self.wordCount = WordCounter.count(in: document.text)
    }

    /// Statements in all sentences.
    public var statementCount: Int { statements.reduce(0) { $0 + $1.count } }
}

/// Segments and tags a cleaned document: the whole analysis in one call.
public struct DocumentAnalyzer: Sendable {
    /// Splits the text into sentences.
    public var segmenter: SentenceSegmenter
    /// Tags each sentence's statements.
    public var tagger: StatementTagger
    /// Files each statement under topics.
    public var topics: TopicList

    /// An analyzer with the bundled data, or the parts given.
    public init(
        segmenter: SentenceSegmenter = SentenceSegmenter(), tagger: StatementTagger = StatementTagger(),
        topics: TopicList = .standard
    ) {
        self.segmenter = segmenter
        self.tagger = tagger
        self.topics = topics
    }

    /// Segments `document`, tags every sentence with its date as reference, and adds topics.
    public func analyze(_ document: CleanedDocument) -> AnalyzedDocument {
        let spans = segmenter.sentences(in: document.text)
        let context = StatementTagger.DocumentContext(
            date: document.metadata.date, publication: document.metadata.source,
            country: document.metadata.country)
        let annotated = annotate(document.text, sentences: spans, context: context)
        return AnalyzedDocument(document: document, sentences: spans, statements: annotated.map(\.statements))
    }

    /// Tags `sentences` of `text` and gives each statement its topics: what
    /// `tracker annotate` prints and `analyze` stores.
    public func annotate(
        _ text: String, sentences spans: [SentenceSpan],
        context: StatementTagger.DocumentContext
    ) -> [AnnotatedSentence] {
        var annotated = tagger.annotate(text, sentences: spans, context: context)
        addTopics(&annotated)
        return annotated
    }

    /// Files each statement of `annotated` under its topics: from the action
    /// for plans and outcomes, from the sentence otherwise.
    func addTopics(_ annotated: inout [AnnotatedSentence]) {
        for index in annotated.indices where !annotated[index].statements.isEmpty {
            let sentenceTopics = topics.topics(in: annotated[index].text)
            guard !sentenceTopics.isEmpty else { continue }
            for position in annotated[index].statements.indices {
                let action = annotated[index].statements[position].action.map { topics.topics(in: $0) } ?? []
                annotated[index].statements[position].topics = action.isEmpty ? sentenceTopics : action
            }
        }
    }

    /// Exactly one annotated sentence per input line, in order (the
    /// `--one-sentence-per-line` contract): empty lines give an empty row,
    /// repeated lines each their own, and a line too long to tag in one piece
    /// (over 3,000 bytes) is tagged in pieces whose statements make one row.
    /// Each line stands alone: no segmentation, no cleaning.
    public func annotateLines(_ text: String, context: StatementTagger.DocumentContext) -> [AnnotatedSentence] {
        let pieces = annotate(text, sentences: segmenter.lines(in: text), context: context)
        var next = pieces.startIndex
        var rows: [AnnotatedSentence] = []
        let scalars = text.unicodeScalars
        // Walked forward line by line (offsetting from the start each time would be quadratic).
        var cursor = (index: scalars.startIndex, offset: 0)
        for (number, line) in segmenter.everyLine(in: text).enumerated() {
            var statements: [Statement] = []
            while next < pieces.endIndex, pieces[next].span.start >= line.start, pieces[next].span.end <= line.end,
                line.end > line.start
            {
                statements += pieces[next].statements
                next += 1
            }
            let lower = scalars.index(cursor.index, offsetBy: line.start - cursor.offset)
            let upper = scalars.index(lower, offsetBy: line.end - line.start)
            cursor = (upper, line.end)
            rows.append(
                AnnotatedSentence(
                    index: number, span: line, text: String(scalars[lower..<upper]),
                    statements: statements))
        }
        return rows
    }
}

/// Words as `wc -w` counts them: runs of non-space characters.
public enum WordCounter {
    /// The number of runs of non-space characters in `text`.
    public static func count(in text: String) -> Int {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
        }
        return words
    }
}
