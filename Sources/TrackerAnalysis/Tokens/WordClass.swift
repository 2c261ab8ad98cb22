/// What the lexicon knows about a word: its classes as a bit set, so a
/// token's whole description is one lookup and a few bit tests.
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Function words and cues (lexicon.tsv).
    public static let future = WordClasses(rawValue: 1 << 0)
    public static let conditional = WordClasses(rawValue: 1 << 1)
    public static let hedgeModal = WordClasses(rawValue: 1 << 2)
    public static let modal = WordClasses(rawValue: 1 << 3)
    public static let negator = WordClasses(rawValue: 1 << 4)
    public static let hedge = WordClasses(rawValue: 1 << 5)
    public static let conditionalIf = WordClasses(rawValue: 1 << 6)
    public static let commitmentNoun = WordClasses(rawValue: 1 << 7)
    public static let futureFrame = WordClasses(rawValue: 1 << 8)
    public static let hedgeFrame = WordClasses(rawValue: 1 << 9)
    public static let claimPhrase = WordClasses(rawValue: 1 << 10)
    public static let auxBe = WordClasses(rawValue: 1 << 11)
    public static let auxHave = WordClasses(rawValue: 1 << 12)
    public static let auxDo = WordClasses(rawValue: 1 << 13)
    public static let pronounAgent = WordClasses(rawValue: 1 << 14)
    public static let pronoun = WordClasses(rawValue: 1 << 15)
    public static let determiner = WordClasses(rawValue: 1 << 16)
    public static let preposition = WordClasses(rawValue: 1 << 17)
    public static let conjunction = WordClasses(rawValue: 1 << 18)
    public static let subordinator = WordClasses(rawValue: 1 << 19)
    public static let wh = WordClasses(rawValue: 1 << 20)
    public static let agentNoun = WordClasses(rawValue: 1 << 21)
    public static let quantityNoun = WordClasses(rawValue: 1 << 22)
    public static let adverb = WordClasses(rawValue: 1 << 23)
    public static let greeting = WordClasses(rawValue: 1 << 24)
    // Verb classes (verbs.tsv).
    public static let action = WordClasses(rawValue: 1 << 32)
    public static let commit = WordClasses(rawValue: 1 << 33)
    public static let refuse = WordClasses(rawValue: 1 << 34)
    public static let claim = WordClasses(rawValue: 1 << 35)
    public static let stative = WordClasses(rawValue: 1 << 36)
    public static let cognition = WordClasses(rawValue: 1 << 37)
    public static let hedgeVerb = WordClasses(rawValue: 1 << 38)
    public static let change = WordClasses(rawValue: 1 << 39)
    // Verb forms.
    public static let base = WordClasses(rawValue: 1 << 48)
    public static let thirdPerson = WordClasses(rawValue: 1 << 49)
    public static let past = WordClasses(rawValue: 1 << 50)
    public static let participle = WordClasses(rawValue: 1 << 51)
    public static let gerund = WordClasses(rawValue: 1 << 52)

    public static let verbClasses: WordClasses = [.action, .commit, .refuse, .claim, .stative, .cognition, .hedgeVerb, .change]
    public static let verbForms: WordClasses = [.base, .thirdPerson, .past, .participle, .gerund]
    public static let auxiliary: WordClasses = [.auxBe, .auxHave, .auxDo, .future, .conditional, .hedgeModal, .modal]

    static let names: [String: WordClasses] = [
        "future": .future, "conditional": .conditional, "hedge-modal": .hedgeModal, "modal": .modal,
        "negator": .negator, "hedge": .hedge, "conditional-if": .conditionalIf, "commitment-noun": .commitmentNoun,
        "future-frame": .futureFrame, "hedge-frame": .hedgeFrame, "claim-phrase": .claimPhrase,
        "aux-be": .auxBe, "aux-have": .auxHave, "aux-do": .auxDo, "pronoun-agent": .pronounAgent,
        "pronoun": .pronoun, "determiner": .determiner, "preposition": .preposition, "conjunction": .conjunction,
        "subordinator": .subordinator, "wh": .wh, "agent-noun": .agentNoun, "quantity-noun": .quantityNoun,
        "adverb": .adverb, "greeting": .greeting,
        "action": .action, "commit": .commit, "refuse": .refuse, "claim": .claim, "stative": .stative,
        "cognition": .cognition, "hedge-verb": .hedgeVerb, "change": .change,
    ]
}
