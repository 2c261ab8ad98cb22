/// A word, number or punctuation mark of a sentence, with its place in the
/// document's UTF-8 bytes and what the lexicon says about it.
public struct Token: Sendable, Hashable {
    /// What kind of token it is, as bits.
    public struct Flags: OptionSet, Sendable, Hashable {
        /// The bits.
        public let rawValue: UInt16
        /// Flags from their bits.
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        /// Has letters (a word; with digits too, both flags are set).
        public static let word = Flags(rawValue: 1 << 0)
        /// Digits.
        public static let number = Flags(rawValue: 1 << 1)
        /// A punctuation mark.
        public static let punctuation = Flags(rawValue: 1 << 2)
        /// Starts with a capital letter.
        public static let capitalized = Flags(rawValue: 1 << 3)
        /// An opening quotation mark.
        public static let openQuote = Flags(rawValue: 1 << 4)
        /// A closing quotation mark.
        public static let closeQuote = Flags(rawValue: 1 << 5)
        /// A contraction's second half ("n't", "'s", "'ll").
        public static let clitic = Flags(rawValue: 1 << 6)
        /// Written in capitals throughout ("OAS").
        public static let allCaps = Flags(rawValue: 1 << 7)
    }

    /// UTF-8 offsets in the document.
    public var start: Int
    /// One past the token's last UTF-8 byte.
    public var end: Int
    /// What kind of token it is.
    public var flags: Flags
    /// For punctuation, its ASCII byte (or 0 for other marks).
    public var mark: UInt8
    var key: UInt64
    /// What the lexicon says the word can be.
    public var classes: WordClasses
    /// Index of the verb lemma in the lexicon, or -1.
    public var lemma: Int32
    var weight: Float

    /// Whether it is a word.
    public var isWord: Bool { flags.contains(.word) }
    /// Whether the lexicon knows it as a form of a verb.
    public var isVerbForm: Bool { !classes.isDisjoint(with: .verbForms) }
}
