/// The words the tagger knows: function words, cue words and verbs with all
/// their forms, keyed by a hash of the lower-cased word so that looking a
/// token up is one dictionary probe.
///
/// Built from `Resources/lexicon.tsv` and `Resources/verbs.tsv`; users add
/// their own cue files in the `lexicon.tsv` shape (`--cues FILE`).
public struct Lexicon: Sendable {
    struct Entry: Sendable {
        var classes: WordClasses
        var lemma: Int32
        var weight: Float
    }

    /// A cue of several words ("according to", "not clear").
    struct Phrase: Sendable {
        var keys: [UInt64]
        var classes: WordClasses
        var weight: Float
    }

    private(set) var words = KeyTable<Entry>(minimumCapacity: 8_192)
    private(set) var phrases = KeyTable<[Phrase]>(minimumCapacity: 128)
    /// Verb lemmas, indexed by `Entry.lemma`.
    private(set) var lemmas: [String] = []
    private var lemmaIndex: [String: Int32] = [:]

    /// An empty lexicon.
    public init() {}

    /// The bundled lexicon.
    public static let standard: Lexicon = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// Loads the bundled files, reporting the first malformed line.
    public static func bundled() throws(RuleFileError) -> Lexicon {
        var lexicon = Lexicon()
        try lexicon.addCues(String(decoding: PackageResources.lexicon_tsv, as: UTF8.self), path: "lexicon.tsv")
        try lexicon.addVerbs(String(decoding: PackageResources.verbs_tsv, as: UTF8.self), path: "verbs.tsv")
        return lexicon
    }

    func entry(_ key: UInt64) -> Entry? { words[key] }

    func phrases(startingWith key: UInt64) -> [Phrase]? { phrases[key] }

    /// The verb lemma at `index` (a token's `lemma`), or `nil` for -1.
    public func lemma(_ index: Int32) -> String? {
        index >= 0 && Int(index) < lemmas.count ? lemmas[Int(index)] : nil
    }

    /// The classes the lexicon gives `word` (for tests and `--explain`).
    public func classes(of word: String) -> WordClasses {
        words[Self.key(Array(word.utf8)[...])]?.classes ?? []
    }

    // MARK: Loading

    /// Adds cue and function words: `phrase<TAB>classes<TAB>weight` lines.
    public mutating func addCues(_ text: String, path: String) throws(RuleFileError) {
        for row in DataFile.rows(text) {
            let fields = row.fields
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'phrase<TAB>classes<TAB>weight'")
            }
            let classes = try Self.classes(fields[1], verbs: false, path: path, line: row.line)
            let weight = fields.count > 2 ? Float(fields[2]) ?? 1 : 1
            let words = fields[0].lowercased().split(separator: " ")
            if words.count == 1 {
                add(String(words[0]), classes, lemma: -1, weight: weight)
            } else {
                let keys = words.map { Self.key(Array($0.utf8)[...]) }
                var list = phrases[keys[0]] ?? []
                list.append(Phrase(keys: keys, classes: classes, weight: weight))
                list.sort { $0.keys.count > $1.keys.count }
                phrases[keys[0]] = list
            }
        }
    }

    /// Adds verbs: `lemma<TAB>classes<TAB>past<TAB>participle` lines, with
    /// regular forms generated (-s, -ed, -ing and their spelling rules).
    public mutating func addVerbs(_ text: String, path: String) throws(RuleFileError) {
        for row in DataFile.rows(text) {
            let fields = row.fields
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'lemma<TAB>classes<TAB>past<TAB>participle'")
            }
            let classes = try Self.classes(fields[1], verbs: true, path: path, line: row.line)
            let lemma = fields[0].lowercased()
            let index =
                lemmaIndex[lemma]
                ?? {
                    lemmas.append(lemma)
                    lemmaIndex[lemma] = Int32(lemmas.count - 1)
                    return Int32(lemmas.count - 1)
                }()
            let pasts = fields.count > 2 ? fields[2].split(separator: ",").map(String.init) : []
            let participles = fields.count > 3 ? fields[3].split(separator: ",").map(String.init) : []
            add(lemma, classes.union(.base), lemma: index, weight: 1)
            for form in Self.thirdPersonForms(lemma) { add(form, classes.union(.thirdPerson), lemma: index, weight: 1) }
            for form in Self.gerundForms(lemma) { add(form, classes.union(.gerund), lemma: index, weight: 1) }
            let regular = Self.pastForms(lemma)
            for form in pasts.isEmpty ? regular : pasts { add(form, classes.union(.past), lemma: index, weight: 1) }
            for form in participles.isEmpty ? (pasts.isEmpty ? regular : pasts) : participles {
                add(form, classes.union(.participle), lemma: index, weight: 1)
            }
        }
    }

    /// A comma-separated class list; in the verb file "hedge" is a hedging verb.
    private static func classes(_ list: String, verbs: Bool, path: String, line: Int) throws(RuleFileError) -> WordClasses {
        var classes: WordClasses = []
        for name in list.split(separator: ",") {
            let known: WordClasses? = verbs && name == "hedge" ? .hedgeVerb : WordClasses.names[String(name)]
            guard let known else {
                throw RuleFileError(path: path, line: line, message: "unknown \(verbs ? "verb " : "")class '\(name)'")
            }
            classes.insert(known)
        }
        return classes
    }

    private mutating func add(_ word: String, _ classes: WordClasses, lemma: Int32, weight: Float) {
        let key = Self.key(Array(word.utf8)[...])
        if var existing = words[key] {
            existing.classes.formUnion(classes)
            if lemma >= 0, existing.lemma < 0 || !classes.isDisjoint(with: .verbForms) && existing.classes.isDisjoint(with: .verbClasses) {
                existing.lemma = lemma
            }
            if lemma < 0 { existing.weight = weight }
            words[key] = existing
        } else {
            words[key] = Entry(classes: classes, lemma: lemma, weight: weight)
        }
    }

    // MARK: Morphology

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func thirdPersonForms(_ lemma: String) -> [String] {
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("sh") || lemma.hasSuffix("o")
        {
            return [lemma + "es"]
        }
        if lemma.hasSuffix("y"), lemma.count > 1, !vowels.contains(lemma[lemma.index(lemma.endIndex, offsetBy: -2)]) {
            return [String(lemma.dropLast()) + "ies"]
        }
        return [lemma + "s"]
    }

    /// -ed forms; a final consonant after one vowel is offered both doubled
    /// and not ("planned", "opened"): only the spelling that exists matches.
    static func pastForms(_ lemma: String) -> [String] {
        if lemma.hasSuffix("e") { return [lemma + "d"] }
        if lemma.hasSuffix("y"), lemma.count > 1, !vowels.contains(lemma[lemma.index(lemma.endIndex, offsetBy: -2)]) {
            return [String(lemma.dropLast()) + "ied"]
        }
        if let doubled = doubledFinal(lemma) { return [lemma + "ed", doubled + "ed"] }
        return [lemma + "ed"]
    }

    static func gerundForms(_ lemma: String) -> [String] {
        if lemma.hasSuffix("ie") { return [String(lemma.dropLast(2)) + "ying"] }
        if lemma.hasSuffix("e"), !lemma.hasSuffix("ee"), lemma.count > 2 { return [String(lemma.dropLast()) + "ing"] }
        if let doubled = doubledFinal(lemma) { return [lemma + "ing", doubled + "ing"] }
        return [lemma + "ing"]
    }

    private static func doubledFinal(_ lemma: String) -> String? {
        let letters = Array(lemma)
        guard letters.count >= 3, let last = letters.last, !vowels.contains(last), !"wxy".contains(last),
            vowels.contains(letters[letters.count - 2]), !vowels.contains(letters[letters.count - 3])
        else { return nil }
        return lemma + String(last)
    }

    // MARK: Keys

    /// FNV-1a over the lower-cased bytes, with the typographic apostrophe
    /// read as `'` (so "hasn’t" and "hasn't" are one word).
    static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8, C.Index == Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = bytes.startIndex
        while index < bytes.endIndex {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            } else if byte >= 0x41, byte <= 0x5A {
                byte |= 0x20
            }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            index += 1
        }
        return hash
    }
}
