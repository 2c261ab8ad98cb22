/// A document with everything the analyzer found in it, ready to store.
public struct AnalyzedDocument: Sendable {
    public var document: CleanedDocument
    public var sentences: [SentenceSpan]
    public var wordCount: Int

    public init(document: CleanedDocument, sentences: [SentenceSpan]) {
        self.document = document
        self.sentences = sentences
        self.wordCount = WordCounter.count(in: document.text)
    }
}

/// Words as `wc -w` counts them: runs of non-space characters.
public enum WordCounter {
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
