/// The morphological features the statement rules read (a subset of UD FEATS).
///
/// Derived from the tagger's Penn tag and the word: the treebanks' Penn tags
/// fix verb form, tense and number for English (VBD is a finite past, VBN a
/// past participle, NNS a plural), and negation is a short closed list.
public struct MorphologicalFeatures: Sendable, Hashable, Codable {
    /// UD `VerbForm`.
    public enum VerbForm: String, Sendable, Codable { case fin = "Fin", inf = "Inf", part = "Part", ger = "Ger" }
    /// UD `Tense`.
    public enum Tense: String, Sendable, Codable { case past = "Past", pres = "Pres" }
    /// UD `Number`.
    public enum Number: String, Sendable, Codable { case sing = "Sing", plur = "Plur" }
    /// UD `Mood`.
    public enum Mood: String, Sendable, Codable { case ind = "Ind", imp = "Imp" }

    /// The verb's form, when the word is a verb or auxiliary.
    public var verbForm: VerbForm?
    /// Its tense, when finite or a participle.
    public var tense: Tense?
    /// Its number, for nouns, pronouns and finite verbs.
    public var number: Number?
    /// Its mood, for finite verbs.
    public var mood: Mood?
    /// UD `Polarity=Neg` ("not", "n't", "no", "never").
    public var isNegative = false

    /// No features.
    public init() {}

    /// The features of a word with this Penn tag.
    public init(pennTag: String, word: String, upos: UniversalTag) {
        switch pennTag {
        case "VB": verbForm = .inf
        case "VBD": verbForm = .fin; tense = .past; mood = .ind
        case "VBN": verbForm = .part; tense = .past
        case "VBG": verbForm = .ger
        case "VBP": verbForm = .fin; tense = .pres; mood = .ind
        case "VBZ": verbForm = .fin; tense = .pres; mood = .ind; number = .sing
        case "MD": verbForm = .fin
        case "NN", "NNP": number = .sing
        case "NNS", "NNPS": number = .plur
        default: break
        }
        if upos == .part || upos == .adv || upos == .det {
            switch word.lowercased() {
            case "not", "n't", "nt", "never", "no": isNegative = true
            default: break
            }
        }
    }

    /// The features in CoNLL-U FEATS form (`Mood=Ind|Tense=Past|VerbForm=Fin`), or `_`.
    public var conllu: String {
        var parts: [String] = []
        if let mood { parts.append("Mood=\(mood.rawValue)") }
        if let number { parts.append("Number=\(number.rawValue)") }
        if isNegative { parts.append("Polarity=Neg") }
        if let tense { parts.append("Tense=\(tense.rawValue)") }
        if let verbForm { parts.append("VerbForm=\(verbForm.rawValue)") }
        return parts.isEmpty ? "_" : parts.joined(separator: "|")
    }
}
