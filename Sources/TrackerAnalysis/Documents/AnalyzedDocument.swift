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
    public init(segmenter: SentenceSegmenter = SentenceSegmenter(), tagger: StatementTagger = StatementTagger(),
                topics: TopicList = .standard) {
        self.segmenter = segmenter
        self.tagger = tagger
        self.topics = topics
    }

    /// Segments `document`, tags every sentence with its date as reference, and adds topics.
    public func analyze(_ document: CleanedDocument) -> AnalyzedDocument {
        let spans = segmenter.sentences(in: document.text)
        let context = StatementTagger.DocumentContext(date: document.metadata.date, publication: document.metadata.source)
        let annotated = tagger.annotate(document.text, sentences: spans, context: context)
        var statements = annotated.map(\.statements)
        // Topics: from the action for plans and outcomes, from the sentence otherwise.
        for (index, sentence) in annotated.enumerated() where !statements[index].isEmpty {
            let sentenceTopics = topics.topics(in: sentence.text)
            guard !sentenceTopics.isEmpty else { continue }
            for position in statements[index].indices {
                let action = statements[index][position].action.map { topics.topics(in: $0) } ?? []
                statements[index][position].topics = action.isEmpty ? sentenceTopics : action
            }
        }
        return AnalyzedDocument(document: document, sentences: spans, statements: statements)
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
