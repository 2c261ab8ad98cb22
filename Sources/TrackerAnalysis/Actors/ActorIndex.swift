/// The dictionary's names as token-key sequences, for longest-match lookup
/// over a sentence's tokens: aliases, demonyms and office titles.
struct ActorIndex: Sendable {
    enum Target: Sendable, Hashable {
        case actor(Int)
        case demonym(Int)
        case office(Int)
        /// A role noun that introduces a person: "negotiator", "press secretary".
        case roleNoun
        /// A common noun that names a body or group through its neighbours: "army", "officials".
        case body(BodyNoun)
    }

    struct Name: Sendable {
        var keys: [UInt64]
        var target: Target
        /// All-capital short names ("US", "UN") match only in capitals, so "us" is never the United States.
        var needsCapitals: Bool
        var needsCapital: Bool
    }

    private(set) var names = KeyTable<[Name]>(minimumCapacity: 4_096)

    init(dictionary: ActorDictionary, tokenizer: Tokenizer) {
        // Gathered in a Dictionary, appended in place, then stored: appending
        // to a list read out of the table copied it each time, quadratic in
        // the names sharing a first word (a user's 20,000 "Valdora Harbour
        // Office N" took 92 s to load in a debug build).
        var gathered: [UInt64: [Name]] = [:]
        func add(_ text: String, _ target: Target) {
            guard let name = Self.name(text, target, tokenizer), let first = name.keys.first else { return }
            gathered[first, default: []].append(name)
        }
        for (index, actor) in dictionary.actors.enumerated() {
            add(actor.name, .actor(index))
            for alias in actor.aliases ?? [] { add(alias, .actor(index)) }
            for demonym in actor.demonyms ?? [] { add(demonym, .demonym(index)) }
        }
        for (index, office) in dictionary.offices.enumerated() {
            for title in office.titles { add(title, .office(index)) }
        }
        for noun in ActorIndex.roleNouns { add(noun, .roleNoun) }
        let roleKeys = Set(ActorIndex.roleNouns.map { Lexicon.key(Array($0.lowercased().utf8)) })
        for (word, noun) in BodyNoun.words where !roleKeys.contains(Lexicon.key(Array(word.utf8))) {
            add(word, .body(noun))
        }
        for (key, list) in gathered { names[key] = list.sorted { $0.keys.count > $1.keys.count } }
    }

    private static func name(_ text: String, _ target: Target, _ tokenizer: Tokenizer) -> Name? {
        var name = text
        if name.hasPrefix("the ") { name.removeFirst(4) }
        var tokens: [Token] = []
        var copy = name
        let keys: [UInt64] = copy.withUTF8 { bytes in
            tokenizer.tokenize(bytes, 0..<bytes.count, into: &tokens)
            return tokens.map { $0.flags.contains(.punctuation) ? UInt64(bitPattern: Int64($0.mark)) : $0.key }
        }
        guard !keys.isEmpty else { return nil }
        let letters = name.filter(\.isLetter)
        let needsCapitals = letters.count <= 4 && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        let needsCapital = name.first?.isUppercase ?? false
        return Name(keys: keys, target: target, needsCapitals: needsCapitals, needsCapital: needsCapital)
    }

    /// The longest name starting at token `index`: its target and length in tokens.
    func match(_ tokens: [Token], at index: Int) -> (target: Target, length: Int)? {
        let token = tokens[index]
        let key = token.flags.contains(.punctuation) ? UInt64(bitPattern: Int64(token.mark)) : token.key
        guard let candidates = names[key] else { return nil }
        for name in candidates where index + name.keys.count <= tokens.count {
            if name.needsCapitals, !token.flags.contains(.allCaps) { continue }
            if name.needsCapital, !token.flags.contains(.capitalized) { continue }
            var matched = true
            for offset in 1..<max(name.keys.count, 1) where name.keys.count > 1 {
                let other = tokens[index + offset]
                let otherKey = other.flags.contains(.punctuation) ? UInt64(bitPattern: Int64(other.mark)) : other.key
                if otherKey != name.keys[offset] {
                    matched = false
                    break
                }
            }
            if matched { return (name.target, name.keys.count) }
        }
        return nil
    }

    /// Nouns that introduce a person by role: "top North Korean negotiator Kim
    /// Yong-chol", "press secretary Sarah Sanders".
    static let roleNouns =
        [
            "president", "President", "leader", "prime minister", "Prime Minister", "minister", "Minister",
            "foreign minister", "Foreign Minister", "defence minister", "Defence Minister", "defense minister",
            "secretary", "Secretary", "press secretary", "spokesman", "spokeswoman", "spokesperson", "negotiator",
            "chief negotiator", "envoy", "ambassador", "Ambassador", "chancellor", "Chancellor", "premier", "Premier",
            "general", "General", "commander", "chief", "chairman", "Chairman", "chairwoman", "chair", "director",
            "governor", "Governor", "senator", "Senator", "mayor", "Mayor", "king", "King", "queen", "Queen",
            "prince", "Prince", "emir", "Emir", "sheikh", "Sheikh", "ayatollah", "Ayatollah", "pope", "Pope",
            "chief executive", "executive", "founder", "adviser", "advisor", "aide", "official", "diplomat",
            "candidate", "lawmaker", "deputy", "correspondent", "analyst", "economist", "Mr", "Mrs", "Ms", "Dr",
            "representative", "Representative", "Trade Representative", "commissioner", "Commissioner",
            "Secretary-General", "Director-General", "Managing Director", "spokesman", "Speaker",
            // Honorifics and titles written before a name in British news: "Sir Cliff Richard",
            // "Lord Hattersley", "Baroness Scotland", "Labour MP Roger Godsiff", "lawyer Anna Berg".
            "Sir", "Lord", "Baroness", "Lady", "Dame", "Miss", "Professor", "Prof", "MP", "MEP", "MSP",
            "lawyer", "solicitor", "barrister",
            // Officers of a company: "co-chairman Antony Reyes", "vice president Ana Lund".
            "co-chairman", "co-chairwoman", "vice president", "vice-president", "finance director", "boss",
        ] + occupations

    /// Occupations written as a title before a name ("radio DJ Mike Read",
    /// "prosecutor Alice Martin", "Writer Ann Bell, from Leeds, asked"):
    /// without them the title was read as the name's first word ("DJ Mike
    /// Read"). Unlike a spokeswoman, they speak for no organisation: the
    /// capitalised word before them is no employer ("Best actress winner",
    /// "Motorcycle racer").
    static let occupations = [
        "DJ", "Lawyer", "prosecutor", "Prosecutor", "presenter", "Presenter", "writer", "Writer", "author",
        "teacher", "Teacher", "nurse", "Nurse", "actor", "actress", "singer", "comedian", "businessman",
        "businesswoman", "tycoon", "entrepreneur", "campaigner", "activist", "racer", "researcher",
    ]
    static let occupationKeys = Set(occupations.map { Lexicon.key(Array($0.lowercased().utf8)) })
}
