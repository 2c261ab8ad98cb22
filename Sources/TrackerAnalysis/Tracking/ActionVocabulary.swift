/// What a normalised action means for tracking, however it is worded: its
/// action group (through the verb's lemma, its synonyms, a noun it is
/// derived from, or a verb that realises it for its object), its object's
/// head noun, how far it says the action went, and the number it names.
///
/// WordNet is optional: without it the groups (`actions.tsv`) and outcome
/// verbs (`outcome-verbs.tsv`) still apply, on the words as written.
public struct ActionVocabulary: Sendable {
    /// The verbs that mean the same for tracking and the groups that undo each other (`actions.tsv`).
    public var groups: ActionGroups
    /// The verbs that say an outcome in other words (`outcome-verbs.tsv`).
    public var outcomeVerbs: OutcomeVerbs
    /// The WordNet database for lemmas, synonyms and derivations; nil: the words are matched as written.
    public var wordNet: WordNet?

    /// A vocabulary of the bundled tables, with WordNet when given one.
    public init(groups: ActionGroups = .standard, outcomeVerbs: OutcomeVerbs = .standard, wordNet: WordNet? = nil) {
        self.groups = groups
        self.outcomeVerbs = outcomeVerbs
        self.wordNet = wordNet
    }

    /// Words that are never an object's head: determiners, prepositions,
    /// particles and time words a normalised action may end in.
    static let notHeads: Set<String> = [
        "a", "an", "the", "its", "their", "his", "her", "our", "of", "to", "for", "from", "in", "on", "at", "by", "with",
        "and", "or", "out", "up", "down", "off", "over", "back", "all", "some", "any", "more", "this", "that", "these",
        "those", "it", "them", "again", "now", "soon", "year", "month", "week", "day", "end", "time", "every", "each",
    ]

    /// The meaning of a normalised action ("withdraw its troops from five border posts").
    public func meaning(of normalized: String) -> ActionMeaning {
        let words = normalized.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return ActionMeaning(group: "", head: nil) }
        let verb = lemma(first, .verb)
        let head = words.count > 1 ? words.last.map { lemma($0, .noun) } : nil
        var meaning = ActionMeaning(group: groups.groupOfVerb[verb] ?? verb, head: head)
        // "switch off the kilns", "sit down with the tenants": the verb and its particle, where a group names them together.
        if words.count > 1, let group = phrasalGroup(verb, particle: words[1]) {
            meaning.group = group
            if group != verb { meaning.wording = "\(verb) \(words[1]) → \(group)" }
            meaning.head = words.count > 2 ? words.last.map { lemma($0, .noun) } : nil
        }
        meaning.quantity = ProgressShare.firstNumber(in: words.dropFirst())
        // "complete the withdrawal of troops": the action is the noun's verb, done or begun.
        if let aspect = outcomeVerbs.aspects[verb], words.count > 1,
            let noun = words.dropFirst().first(where: { !Self.notHeads.contains($0) }),
            let derived = derivedGroup(of: lemma(noun, .noun))
        {
            meaning.group = derived.group
            meaning.aspect = aspect
            meaning.wording = "\(verb) the \(noun) → \(derived.verb)"
            meaning.nominal = lemma(noun, .noun)
            let rest = words.drop { $0 != noun }.dropFirst()
            meaning.head = rest.last.map { lemma($0, .noun) }.flatMap { Self.notHeads.contains($0) ? nil : $0 }
            return meaning
        }
        // "opened the bridge" realises "build" the bridge.
        if let group = outcomeVerbs.group(realisedBy: verb, object: head) {
            if group != meaning.group { meaning.wording = "\(verb) a \(head ?? "thing") → \(group)" }
            meaning.group = group
            return meaning
        }
        // A verb outside every group: a synonym's group ("liberate" → free → release).
        if groups.groupOfVerb[verb] == nil, meaning.group == verb, let synonym = synonymGroup(of: verb) {
            meaning.group = synonym.group
            meaning.wording = "\(verb) → \(synonym.verb)"
        }
        return meaning
    }

    /// The group of a verb with its particle ("switch off" → dismantle), written
    /// `switch_off` in `actions.tsv`; nil when no group names the pair.
    public func phrasalGroup(_ verb: String, particle: String) -> String? {
        guard Self.particles.contains(particle) || particle == "with" else { return nil }
        return groups.groupOfVerb[verb + "_" + particle]
    }

    /// The lemmas of every word of an action as written that could name what
    /// it is about (its object, its place, whom it is with), past the verb:
    /// "left Migingo Island on September 27" → migingo, island. Function
    /// words, numbers, months and the words a pledge's time is said in are left out.
    public func mentions(inAction action: String) -> [String] {
        let words = ActionWords.split(action, marks: "-")
        var found: [String] = []
        for word in words.dropFirst()
        where !Self.notHeads.contains(word) && !Self.prepositions.contains(word)
            && !Self.particles.contains(word) && !Self.modifiers.contains(word) && !Self.months.contains(word)
            && ProgressShare.number(word) == nil && ProgressShare.ordinal(word) == nil && word.count > 2
        {
            let lemma = lemma(word, .noun)
            if !found.contains(lemma) { found.append(lemma) }
        }
        return found
    }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "next", "late", "early",
    ]

    /// Whether `word`, after an object's noun, opens a participle phrase that
    /// describes it ("fishermen held at Kirinya", "boats impounded at Port
    /// Victoria", "homes it promised"): the object ended before it.
    static func opensParticiple(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularParticiples.contains(word)
    }

    static let irregularParticiples: Set<String> = [
        "held", "kept", "built", "made", "taken", "given", "set", "left", "bought",
        "sold", "run", "shut", "seized", "won", "lost", "paid", "sent", "known",
    ]

    /// The object of an action named as a noun, from the words as written:
    /// "completed the withdrawal of its troops from the border" → troop
    /// (the noun after "of", past its determiners and numbers).
    public func objectOfNominal(in action: String, after noun: String) -> String? {
        let words = ActionWords.split(action, marks: "-")
        guard let at = words.firstIndex(where: { lemma($0, .noun) == noun }), at + 1 < words.count, words[at + 1] == "of" else {
            return nil
        }
        let object = words[(at + 2)...].first {
            !Self.notHeads.contains($0) && ProgressShare.number($0) == nil
                && ProgressShare.ordinal($0) == nil && !Self.modifiers.contains($0)
        }
        return object.map { lemma($0, .noun) }
    }

    /// The head noun of an action's object, from the words as written: the
    /// last noun of the phrase after the verb and its particle, up to a
    /// preposition or "and" ("shut down the three coal-fired kilns at its
    /// works" → kiln); a part or an event named before "of" is passed over
    /// ("the first of its three kilns", "the start-up of its plant").
    /// Nil when the action has no object as written.
    public func objectHead(inAction action: String) -> String? {
        objectWords(inAction: action).head
    }

    /// The object's head (as ``objectHead(inAction:)``) and what the action
    /// is for, as lemmas ("meet the leader for a second summit": leader; summit).
    public func objectWords(inAction action: String) -> (head: String?, words: [String]) {
        let words = ActionWords.split(action, marks: "-'’")
            .map { word -> String in
                var word = word
                for suffix in ["'s", "’s", "'", "’"] where word.hasSuffix(suffix) { word = String(word.dropLast(suffix.count)) }
                return word
            }
        guard words.count > 1 else { return (nil, []) }
        // "meet the leader for a second summit": the summit is what meeting him is for.
        var purpose: [String] = []
        if let at = words.firstIndex(of: "for") {
            let phrase = words[(at + 1)...].prefix(while: { !Self.prepositions.contains($0) && $0 != "and" })
            if let noun = phrase.last(where: { !Self.notHeads.contains($0) && ProgressShare.number($0) == nil }) {
                purpose = [lemma(noun, .noun)]
            }
        }
        let content = purpose
        var index = 1
        while index < words.count, Self.particles.contains(words[index]) { index += 1 }
        var phrase: [String] = []
        while index < words.count {
            let word = words[index]
            if word == "of", phrase.allSatisfy(Self.isPassedOver) {
                phrase = []
            } else if word == "on", let last = phrase.last, Self.workNouns.contains(last),
                phrase.dropLast().allSatisfy(Self.isPassedOver)
            {
                // "work on the landing site", "construction on the bridge": the work is named, the object follows.
                phrase = []
            } else if word == "of" || word == "and" || word == "or" || Self.prepositions.contains(word) {
                break
            } else if Self.opensParticiple(word), phrase.contains(where: { !Self.isPassedOver($0) }) {
                break
            } else {
                phrase.append(word)
            }
            index += 1
        }
        guard
            let head = phrase.last(where: {
                !Self.notHeads.contains($0) && ProgressShare.number($0) == nil
                    && ProgressShare.ordinal($0) == nil && !Self.modifiers.contains($0)
            })
        else {
            return (nil, content)
        }
        return (lemma(head, .noun), content)
    }

    /// Whether a word before "of" names a part or an event of what follows, not the object.
    static func isPassedOver(_ word: String) -> Bool {
        notHeads.contains(word) || modifiers.contains(word) || ProgressShare.number(word) != nil
            || ProgressShare.ordinal(word) != nil || partitives.contains(word) || word.hasSuffix("%")
    }

    /// Parts and events named before the object ("the rest of", "the construction of").
    static let partitives: Set<String> = [
        "percent", "cent", "half", "third", "quarter", "rest", "bulk", "remainder", "number", "total", "majority", "share",
        "part", "portion", "start", "start-up", "construction", "completion", "opening", "reopening", "building",
        "withdrawal", "release", "return", "closure", "delivery", "handover", "lot", "dozen", "hundreds", "thousands",
        // Measures: "300 kilometres of roads" are roads.
        "kilometre", "kilometres", "kilometer", "kilometers", "km", "mile", "miles", "metre", "metres", "tonne", "tonnes",
        "ton", "tons", "hectare", "hectares", "acre", "acres", "litre", "litres", "barrel", "barrels",
    ]

    /// Nouns of a thing's first day of use that neither a group nor a derivation names, with the verb that
    /// brings it about: "pushed back the start-up of its plant" puts off the plant's commissioning, which
    /// `outcome-verbs.tsv` reads as building it ("the opening of", "the launch of" derive their verbs).
    static let startingNouns: [String: String] = [
        "start-up": "commission", "startup": "commission", "commissioning": "commission", "switch-on": "commission",
    ]

    /// Nouns of the work done on an object, before "on" ("work on the site").
    static let workNouns: Set<String> = ["work", "works", "construction", "building", "repairs", "progress"]

    static let particles: Set<String> = ["down", "off", "up", "out", "back", "over", "away", "on"]

    static let prepositions: Set<String> = [
        "at", "in", "on", "from", "to", "by", "for", "with", "into", "onto", "over", "under", "near", "across", "within",
        "before", "after", "until", "since", "during", "against", "between", "through", "than", "as", "per", "because",
        "who", "which", "that", "while", "when", "where", "but", "along", "around", "beyond", "outside", "inside",
        "toward", "towards", "via", "amid", "without", "about", "among", "across", "throughout", "upon", "despite",
    ]

    /// Words before an object's noun that are not it ("the last troops").
    static let modifiers: Set<String> = ["last", "remaining", "final", "other", "many", "several", "few", "most", "new", "own", "only"]

    /// Verbs that turn a pledge itself, and nouns that name a pledge.
    static let reversingVerbs: Set<String> = [
        "drop", "shelve", "abandon", "scrap", "ditch", "reverse", "renounce", "rescind",
        "revoke", "retract", "walk", "cancel", "axe", "jettison",
    ]
    static let failingVerbs: Set<String> = ["miss", "fail"]
    /// Verbs whose denial is a failure: "did not meet its deadline".
    static let achievingVerbs: Set<String> = ["meet", "keep", "hit", "reach", "honour", "honor", "fulfil", "fulfill"]
    static let delayingVerbs: Set<String> = ["postpone", "delay", "defer", "push"]
    static let pledgeNouns: Set<String> = [
        "plan", "pledge", "promise", "commitment", "target", "goal", "deadline", "intention",
        "proposal", "undertaking", "vow", "aim", "timetable", "schedule",
    ]

    /// What a statement says became of a pledge, and the pledge's action
    /// as group and object: "shelved its ban on monofilament nets" reverses
    /// ban (net); "did not meet its deadline to close all three kilns" fails
    /// close (kiln); "postponed the withdrawal of its police" delays withdraw
    /// (police). Nil when the statement does not turn a pledge.
    public func turn(of action: String, verb: String, polarity: Polarity) -> (turn: PledgeTurn, group: String, head: String?)? {
        let turn: PledgeTurn
        if Self.reversingVerbs.contains(verb) {
            turn = .reverses
        } else if Self.delayingVerbs.contains(verb) {
            turn = .delays
        } else if Self.failingVerbs.contains(verb) || (Self.achievingVerbs.contains(verb) && polarity == .negated) {
            turn = .fails
        } else if verb == "fall" || verb == "fell" || verb == "come",
            action.lowercased().split(separator: " ").dropFirst().first == "short"
        {
            // ("fell": WordNet's first verb for the word is "fell" a tree, so the lemma of "fell short" may be it.)
            // "fell short of its target to cut", "came short of": a failure, the pledge after "of".
            turn = .fails
        } else {
            return nil
        }
        var words = ActionWords.split(action, marks: "-")
        if words.count > 2, words[1] == "short", words[2] == "of" { words.removeSubrange(1...2) }
        guard words.count > 1 else { return nil }
        var index = 1
        while index < words.count,
            Self.particles.contains(words[index]) || Self.notHeads.contains(words[index])
                || Self.modifiers.contains(words[index]) || ProgressShare.number(words[index]) != nil
                || words[index] == "planned" || words[index] == "percent"
        { index += 1 }
        guard index < words.count else { return nil }
        let noun = lemma(words[index], .noun)
        let rest = words[(index + 1)...]
        if Self.pledgeNouns.contains(noun) {
            // "its target of 10,000 rental homes", "its goal for 40 ferries": the pledge named by what it was to
            // give, its action the one `outcome-verbs.tsv` realises for that object alone (a home is built).
            if let first = rest.first, first == "of" || first == "for", rest.count > 1 {
                guard let head = objectHead(inAction: "x " + rest.dropFirst().joined(separator: " ")),
                    let group = outcomeVerbs.group(ofObject: head)
                else { return nil }
                return (turn, group, head)
            }
            // "its plan to buy all its electricity from wind farms": the pledge's own words follow "to".
            guard rest.first == "to", rest.count > 1 else { return nil }
            let inner = rest.dropFirst().joined(separator: " ")
            let innerVerb = lemma(String(rest.dropFirst().first ?? ""), .verb)
            return (turn, groups.groupOfVerb[innerVerb] ?? innerVerb, objectHead(inAction: inner))
        }
        // The action named as a noun: "its ban on nets", "the withdrawal of its police".
        guard turn != .fails else { return nil }
        let derived =
            groups.groupOfVerb[noun].map { (group: $0, verb: noun) } ?? derivedGroup(of: noun)
            ?? Self.startingNouns[noun].map { (group: groups.groupOfVerb[$0] ?? $0, verb: $0) }
        var group = derived?.group ?? noun
        var head: String?
        if let first = rest.first, ["of", "on", "for", "from"].contains(first) {
            head = objectHead(inAction: "x " + rest.dropFirst().joined(separator: " "))
        }
        // "the opening of the bridge" is put off as the pledge to build it is compared: a bridge opened
        // realises "build" (outcome-verbs.tsv), so its opening is the building's.
        if let verb = derived?.verb, let head, let realised = outcomeVerbs.group(realisedBy: verb, object: head) {
            group = realised
        }
        return (turn, group, head)
    }

    /// Whether two heads name the same object: equal lemmas, or (with
    /// WordNet) one's sense is the other's or its direct hypernym
    /// ("detainee" is a kind of "prisoner"); siblings are not the same.
    public func sameObject(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        if first == second { return true }
        guard let wordNet else { return false }
        func senses(_ noun: String) -> (own: Set<Int>, broader: Set<Int>) {
            let synsets = wordNet.synsets(of: noun, as: .noun).prefix(2)
            let own = Set(synsets.map(\.offset))
            let broader = Set(synsets.flatMap { $0.pointers.filter { $0.symbol == "@" }.map(\.offset) })
            return (own, broader)
        }
        let (a, b) = (senses(first), senses(second))
        return !a.own.isDisjoint(with: b.own) || !a.own.isDisjoint(with: b.broader) || !b.own.isDisjoint(with: a.broader)
    }

    /// Whether `word` can be a verb: a group names it, or WordNet knows it as one.
    func isVerb(_ word: String) -> Bool {
        let verb = lemma(word, .verb)
        return groups.groupOfVerb[verb] != nil || wordNet.map { !$0.lemmas(of: word, as: .verb).isEmpty } == true
    }

    /// The lemma of `word` as a `pos` (its first base form WordNet knows),
    /// or the word itself without WordNet.
    func lemma(_ word: String, _ pos: WordNet.PartOfSpeech) -> String {
        if pos == .verb, groups.groupOfVerb[word] != nil { return word }
        return wordNet?.lemmas(of: word, as: pos).first ?? word
    }

    /// The group of the verb a noun comes from ("withdrawal" → withdraw),
    /// by WordNet's derivation links in the noun's most frequent sense (a
    /// "plant" that is built is not the verb "plant").
    func derivedGroup(of noun: String) -> (group: String, verb: String)? {
        for verb in wordNet?.verbs(derivedFrom: noun, senses: 1) ?? [] {
            if let group = groups.groupOfVerb[verb] { return (group, verb) }
        }
        // Without WordNet (or past it), the common English suffixes of an action's noun, onto a verb of a group:
        // "withdrawal" → withdraw, "closure" → close, "completion" → complete, "reopening" → reopen.
        for suffix in ["al", "ure", "ion", "ing", "ment"] where noun.hasSuffix(suffix) && noun.count > suffix.count + 2 {
            let stem = String(noun.dropLast(suffix.count))
            for verb in [stem, stem + "e"] {
                if let group = groups.groupOfVerb[verb] { return (group, verb) }
            }
        }
        return nil
    }

    /// The group of a synonym of `verb` in its two most frequent senses.
    func synonymGroup(of verb: String) -> (group: String, verb: String)? {
        for synset in wordNet?.synsets(of: verb, as: .verb).prefix(2) ?? [] {
            for word in synset.words where word != verb {
                if let group = groups.groupOfVerb[word] { return (group, word) }
            }
        }
        return nil
    }
}

/// What ``ActionVocabulary/meaning(of:)`` finds in a normalised action.
public struct ActionMeaning: Sendable, Hashable {
    /// The action group ("withdraw"), or the verb's lemma outside every group.
    public var group: String
    /// The lemma of the object's head noun; nil for a bare verb.
    public var head: String?
    /// Done or begun, when a verb says how far the action went ("completed", "began").
    public var aspect: OutcomeRelation?
    /// How the group was found when the words differ from it ("completed the withdrawal → withdraw").
    public var wording: String?
    /// The first number the action names ("release 85 detainees": 85).
    public var quantity: Int?
    /// The noun that names the action, when a verb says how far it went ("withdrawal").
    public var nominal: String?
    /// What the action is for, as lemmas ("meet the leader for a second summit": summit).
    public var words: [String] = []
    /// What the action as written mentions past its verb, as lemmas: its
    /// object's other nouns, its place, whom it is with (``ActionVocabulary/mentions(inAction:)``).
    public var mentions: [String] = []

    /// A meaning with its group and object head, and nothing else found yet.
    public init(group: String, head: String?) {
        self.group = group
        self.head = head
    }
}
