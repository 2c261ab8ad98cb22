/// A sentence: a span of the cleaned document text.
///
/// `start` and `end` count Unicode scalars from the start of the cleaned text
/// (half-open); `utf8Start` and `utf8End` are the same span in UTF-8 bytes,
/// for slicing without counting again.
public struct SentenceSpan: Sendable, Hashable, Codable {
    /// The first Unicode scalar of the sentence.
    public var start: Int
    /// One past the sentence's last Unicode scalar.
    public var end: Int
    /// The first UTF-8 byte of the sentence.
    public var utf8Start: Int
    /// One past the sentence's last UTF-8 byte.
    public var utf8End: Int
    /// The rule that ended the sentence.
    public var rule: SegmentationRule

    /// A span in both units, with the rule that ended it.
    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, rule: SegmentationRule) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.rule = rule
    }

    /// The sentence's text in `document` (the text it was found in).
    public func text(in document: String) -> String {
        let utf8 = document.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Start)
        let upper = utf8.index(lower, offsetBy: utf8End - utf8Start)
        return String(document[lower..<upper])
    }
}
