/// A word, number or punctuation mark of a sentence, with its place in the
/// document's UTF-8 bytes and what the lexicon says about it.
public struct Token: Sendable, Hashable {
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let word = Flags(rawValue: 1 << 0)
        public static let number = Flags(rawValue: 1 << 1)
        public static let punctuation = Flags(rawValue: 1 << 2)
        public static let capitalized = Flags(rawValue: 1 << 3)
        public static let openQuote = Flags(rawValue: 1 << 4)
        public static let closeQuote = Flags(rawValue: 1 << 5)
        /// A contraction's second half ("n't", "'s", "'ll").
        public static let clitic = Flags(rawValue: 1 << 6)
        public static let allCaps = Flags(rawValue: 1 << 7)
    }

    /// UTF-8 offsets in the document.
    public var start: Int
    public var end: Int
    public var flags: Flags
    /// For punctuation, its ASCII byte (or 0 for other marks).
    public var mark: UInt8
    var key: UInt64
    public var classes: WordClasses
    /// Index of the verb lemma in the lexicon, or -1.
    public var lemma: Int32
    var weight: Float

    public var isWord: Bool { flags.contains(.word) }
    public var isVerbForm: Bool { !classes.isDisjoint(with: .verbForms) }
}
