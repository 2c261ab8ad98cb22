/// What the lexicon knows about a word: its classes as a bit set, so a
/// token's whole description is one lookup and a few bit tests.
public struct WordClasses: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt64
    /// Classes from their bits.
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Function words and cues (lexicon.tsv).
    /// A modal of the future: will, shall.
    public static let future = WordClasses(rawValue: 1 << 0)
    /// Would.
    public static let conditional = WordClasses(rawValue: 1 << 1)
    /// A hedging modal: may, might, could.
    public static let hedgeModal = WordClasses(rawValue: 1 << 2)
    /// Another modal: can, must, should.
    public static let modal = WordClasses(rawValue: 1 << 3)
    /// Not, never, no, without.
    public static let negator = WordClasses(rawValue: 1 << 4)
    /// A word that marks something unknown, speculative or only probable.
    public static let hedge = WordClasses(rawValue: 1 << 5)
    /// If, unless: a condition.
    public static let conditionalIf = WordClasses(rawValue: 1 << 6)
    /// A noun that names an undertaking: commitment, pledge.
    public static let commitmentNoun = WordClasses(rawValue: 1 << 7)
    /// After "be", with "to" and a verb, schedules an action: "set to meet".
    public static let futureFrame = WordClasses(rawValue: 1 << 8)
    /// The same, hedged: "expected to sign", "likely to fall".
    public static let hedgeFrame = WordClasses(rawValue: 1 << 9)
    /// Introduces a source: "according to".
    public static let claimPhrase = WordClasses(rawValue: 1 << 10)
    /// A form of "be" as an auxiliary.
    public static let auxBe = WordClasses(rawValue: 1 << 11)
    /// A form of "have" as an auxiliary.
    public static let auxHave = WordClasses(rawValue: 1 << 12)
    /// A form of "do" as an auxiliary.
    public static let auxDo = WordClasses(rawValue: 1 << 13)
    /// A pronoun that can stand for an actor: it, they, we.
    public static let pronounAgent = WordClasses(rawValue: 1 << 14)
    /// Another pronoun.
    public static let pronoun = WordClasses(rawValue: 1 << 15)
    /// A determiner: the, a, its.
    public static let determiner = WordClasses(rawValue: 1 << 16)
    /// A preposition.
    public static let preposition = WordClasses(rawValue: 1 << 17)
    /// A coordinating conjunction: and, or, but.
    public static let conjunction = WordClasses(rawValue: 1 << 18)
    /// A subordinating conjunction: that, because, although.
    public static let subordinator = WordClasses(rawValue: 1 << 19)
    /// A wh-word: who, what, when.
    public static let wh = WordClasses(rawValue: 1 << 20)
    /// A common noun naming a body that can act: government, company.
    public static let agentNoun = WordClasses(rawValue: 1 << 21)
    /// A noun naming a figure: exports, prices.
    public static let quantityNoun = WordClasses(rawValue: 1 << 22)
    /// An adverb that may sit inside a verb group: also, still, not yet.
    public static let adverb = WordClasses(rawValue: 1 << 23)
    /// Greetings, thanks and interjections.
    public static let greeting = WordClasses(rawValue: 1 << 24)
    // Verb classes (verbs.tsv).
    /// A verb whose past or perfect reports a deed done.
    public static let action = WordClasses(rawValue: 1 << 32)
    /// A verb of undertaking: pledge to, agree that.
    public static let commit = WordClasses(rawValue: 1 << 33)
    /// A verb that negates a commitment or action: refuse, decline.
    public static let refuse = WordClasses(rawValue: 1 << 34)
    /// A verb that reports speech or a stance: say, claim.
    public static let claim = WordClasses(rawValue: 1 << 35)
    /// A verb of state or relation.
    public static let stative = WordClasses(rawValue: 1 << 36)
    /// A verb of belief or expectation.
    public static let cognition = WordClasses(rawValue: 1 << 37)
    /// A verb of seeming or speculation: appear, seem.
    public static let hedgeVerb = WordClasses(rawValue: 1 << 38)
    /// A verb of a quantity's movement: rise, fall.
    public static let change = WordClasses(rawValue: 1 << 39)
    // Verb forms.
    /// The base form: pledge.
    public static let base = WordClasses(rawValue: 1 << 48)
    /// The third person singular: pledges.
    public static let thirdPerson = WordClasses(rawValue: 1 << 49)
    /// The past tense: pledged.
    public static let past = WordClasses(rawValue: 1 << 50)
    /// The past participle: pledged, withdrawn.
    public static let participle = WordClasses(rawValue: 1 << 51)
    /// The -ing form: pledging.
    public static let gerund = WordClasses(rawValue: 1 << 52)

    /// Every verb class.
    public static let verbClasses: WordClasses = [.action, .commit, .refuse, .claim, .stative, .cognition, .hedgeVerb, .change]
    /// Every verb form.
    public static let verbForms: WordClasses = [.base, .thirdPerson, .past, .participle, .gerund]
    /// Every auxiliary and modal.
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
