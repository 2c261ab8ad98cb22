/// Why the segmenter did or did not end a sentence at a place: a stable id
/// for each rule, stored with every sentence and shown by `--explain`.
public enum SegmentationRule: String, Sendable, Codable, CaseIterable {
    // Boundaries.
    case terminalPunctuation = "segment.terminal-punctuation"
    case ellipsis = "segment.ellipsis"
    case abbreviationBeforeOpener = "segment.abbreviation-before-sentence-opener"
    case lineBreak = "segment.line-break"
    case paragraphBreak = "segment.paragraph-break"
    case endOfText = "segment.end-of-text"
    case oneSentencePerLine = "segment.one-sentence-per-line"
    /// A run longer than ``SentenceSegmenter/longestSentence`` bytes with no
    /// boundary (no punctuation, one endless line) is cut at a space.
    case lengthLimit = "segment.length-limit"
    // Places that look like a boundary but are not.
    case abbreviation = "segment.abbreviation-not-boundary"
    case initial = "segment.initial-not-boundary"
    case listMarker = "segment.list-marker-not-boundary"
    case lowercaseContinues = "segment.lowercase-continues"
    case notSentenceStart = "segment.next-not-sentence-start"
    case noSpaceAfter = "segment.no-space-after"
    case hardWrappedLine = "segment.hard-wrapped-line-continues"

    /// Whether the rule ends a sentence.
    public var isBoundary: Bool {
        switch self {
        case .terminalPunctuation, .ellipsis, .abbreviationBeforeOpener, .lineBreak, .paragraphBreak,
            .endOfText, .oneSentencePerLine, .lengthLimit:
            return true
        default:
            return false
        }
    }
}

/// One decision of the segmenter, for `--explain`: where, which rule.
public struct SegmentationDecision: Sendable, Hashable, Codable {
    /// Offset of the character the decision is about (Unicode scalars).
    public var offset: Int
    /// The rule applied.
    public var rule: SegmentationRule
}
