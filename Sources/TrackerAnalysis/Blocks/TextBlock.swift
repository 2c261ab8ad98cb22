/// A paragraph-aligned piece of a cleaned document, so that a very large
/// document is analysed a few megabytes at a time (issue 12, point 6).
///
/// A block ends just after a paragraph break (two line feeds or more), where
/// every sentence ends whatever comes next, so that no sentence is split
/// across blocks. A document without a paragraph break for longer than a
/// block is one block to its next break (or its end): its memory is then that
/// of the run.
public struct TextBlock: Sendable, Equatable {
    /// The block's first UTF-8 byte in the document's text.
    public var utf8Start: Int
    /// One past the block's last UTF-8 byte.
    public var utf8End: Int
    /// The Unicode scalars of the text before the block (sentence offsets count scalars).
    public var scalarStart: Int
    /// Whether the block ends the document.
    public var isLast: Bool

    /// A block as given.
    public init(utf8Start: Int, utf8End: Int, scalarStart: Int, isLast: Bool) {
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.scalarStart = scalarStart
        self.isLast = isLast
    }

    /// 4 MB: the analysis of a block then takes some 100 MB (its tokens,
    /// statements and sentence texts, about 25 times its bytes, measured on
    /// the `large` benchmark), and a block still holds thousands of sentences
    /// to share among the cores.
    public static let defaultBytes = 4_000_000

    /// The blocks of `text`, each of at least `bytes` UTF-8 bytes (the last
    /// and a single one excepted), cut after the first paragraph break from there.
    public static func blocks(in text: String, bytes: Int = defaultBytes) -> [TextBlock] {
        var text = text
        return text.withUTF8 { utf8 in
            let size = max(1, bytes)
            var blocks: [TextBlock] = []
            var start = 0
            var scalars = 0
            while start < utf8.count {
                var end = min(start + size, utf8.count)
                // On to the end of the next paragraph break: "\n\n" then every line feed after it.
                while end < utf8.count, !(utf8[end - 1] == 0x0A && end >= 2 && utf8[end - 2] == 0x0A && utf8[end] != 0x0A) {
                    end += 1
                }
                var blockScalars = 0
                for index in start..<end where utf8[index] & 0xC0 != 0x80 { blockScalars += 1 }
                blocks.append(TextBlock(utf8Start: start, utf8End: end, scalarStart: scalars, isLast: end == utf8.count))
                scalars += blockScalars
                start = end
            }
            return blocks
        }
    }

    /// The block's text, copied out of the document's.
    public func text(in document: String) -> String {
        let utf8 = document.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Start)
        let upper = utf8.index(lower, offsetBy: utf8End - utf8Start)
        return String(document[lower..<upper])
    }
}

extension SentenceSegmenter {
    /// The sentences of one block of `document`, with offsets in the whole
    /// document's text: the same spans as ``sentences(in:)`` over the whole
    /// text gives for that stretch.
    public func sentences(in document: String, block: TextBlock) -> [SentenceSpan] {
        var spans = sentences(in: block.text(in: document))
        for index in spans.indices {
            spans[index].start += block.scalarStart
            spans[index].end += block.scalarStart
            spans[index].utf8Start += block.utf8Start
            spans[index].utf8End += block.utf8Start
        }
        // The block was cut at a paragraph break: that, not the end of the text, ended its last sentence.
        if !block.isLast, let last = spans.indices.last, spans[last].rule == .endOfText {
            spans[last].rule = .paragraphBreak
        }
        return spans
    }
}
