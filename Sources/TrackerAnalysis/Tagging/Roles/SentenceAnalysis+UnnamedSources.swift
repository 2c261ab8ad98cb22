import TrackerSyntax

/// Who speaks when the speaker is not a known actor (issue 14, point 4;
/// ANNOTATION.md, "Clarifications"): the one told is a listener, never the
/// speaker ("told the BBC"); an unnamed group is kept as written
/// ("analysts said": the source is "analysts").
extension SentenceAnalysis {
    /// Rule id of a source kept as the unnamed group the text names ("analysts said").
    static let unnamedGroupRule = RuleID(rawValue: "source.unnamed-group")
    /// Rule id of a speaker found once the one told is set aside ("..., told Reuters").
    static let listenerRule = RuleID(rawValue: "source.listener-not-speaker")

    /// Whether `item` is the one told: right after a form of "tell", a
    /// determiner between ("told the BBC", "tells Reuters"). A listener
    /// neither speaks nor is bound by what it hears.
    func isListener(_ item: SentenceMention) -> Bool {
        var before = item.tokens.lowerBound - 1
        if before >= 0, tokens[before].classes.contains(.determiner) { before -= 1 }
        return before >= 0 && Self.tellForms.contains(tokens[before].key)
    }

    /// The sentence's mentions without the ones told.
    var mentionsNotTold: [SentenceMention] { mentions.filter { !isListener($0) } }

    /// The unnamed group that is the subject of the predicate at `anchor`
    /// ("Analysts said", "..., defence lawyers said", "some historians and
    /// archivists are concerned"), as written without its quantifier; nil
    /// when the subject names a known actor or is not a group of people.
    func unnamedGroupSubject(at anchor: Int) -> ActorMention? {
        guard let syntax = parsed, let predicate = treePredicate(of: anchor, syntax),
            let head = treeSubject(of: predicate, syntax), syntax.tag(head) == .noun,
            Self.groupNouns.contains(tokens[head].key), mention(covering: head) == nil
        else { return nil }
        // Coordinated groups are one source: "historians and archivists".
        let conjuncts = syntax.conjuncts(of: head).filter { $0 > head }
        guard conjuncts.allSatisfy({ Self.groupNouns.contains(tokens[$0].key) && mention(covering: $0) == nil }) else { return nil }
        // Its modifiers, as written and next to it: "defence lawyers", "foreign firms".
        var first = head
        let modifiers = Set(syntax.children(of: head, [.compound, .amod]))
        while first > 0, modifiers.contains(first - 1), !Self.quantifiers.contains(tokens[first - 1].key) { first -= 1 }
        let last = conjuncts.last ?? head
        let words = (first...last).map { index -> String in
            let word = text(from: index, to: index + 1)
            // (A group noun is a common noun, even first in the sentence: "Dockers said".)
            return syntax.tag(index) == .propn && !Self.groupNouns.contains(tokens[index].key) ? word : word.lowercased()
        }
        var name = words.joined(separator: " ")
        // A group of a named actor is theirs: "Mr Flight's supporters" are Howard Flight's.
        var start = first
        if let owner = syntax.children(of: head, [.nmodPoss]).compactMap({ self.mention(covering: $0) }).first,
            owner.kind == .person || owner.kind == .organisation, owner.start < tokenStarts[first]
        {
            name = owner.actor + "'s " + name
            start = token(startingAt: owner.start) ?? first
        }
        return ActorMention(
            actor: name, mention: text(from: start, to: last + 1), start: tokenStarts[start], end: tokenEnds[last],
            id: ActorDictionary.slug(name), kind: .group)
    }

    /// Forms of "tell": its object is the one told.
    static let tellForms = KeyTable<Bool>(words: ["told", "tell", "tells", "telling"])

    /// Quantifiers before a group that are not part of its name ("many analysts").
    static let quantifiers = KeyTable<Bool>(words: ["many", "some", "most", "several", "few", "all", "other", "both"])

    /// Plural nouns for groups of people who speak as a group without a name
    /// (the guide keeps them as written). Bodies that resolve to a state
    /// ("officials", "ministers", "prosecutors") are ``BodyNoun`` voices instead.
    static let groupNouns = KeyTable<Bool>(words: [
        "analysts", "economists", "experts", "researchers", "scientists", "academics", "historians", "archivists",
        "critics", "campaigners", "activists", "investors", "traders", "dealers", "brokers", "bankers", "lawyers",
        "police", "detectives", "investigators", "organisers", "organizers", "residents", "witnesses", "doctors",
        "nurses", "teachers", "competitors", "rivals", "commentators", "newspapers", "insiders", "executives",
        "shareholders", "bondholders", "creditors", "voters", "consumers", "shoppers", "fans", "supporters",
        "opponents", "farmers", "workers", "employees", "parents", "students", "firms", "companies", "retailers",
        "manufacturers", "airlines", "banks", "charities", "unions", "dockers", "fishermen", "miners", "drivers",
    ])
}

extension SentenceAnalysis {
    /// The rule ids behind a claim's source found at `anchor`: an unnamed
    /// group kept as written, or a speaker found with the one told set aside.
    func sourceRules(_ source: ActorMention, anchor: Int?) -> [RuleID] {
        guard let anchor else { return [] }
        if let group = group(at: anchor), let described = relativeClauseSpeaker(before: group), described.id == source.id,
            described.start == source.start
        {
            return [Self.relativeClauseRule]
        }
        if source.kind == .group, let unnamed = unnamedGroupSubject(at: anchor), unnamed.id == source.id {
            return [Self.unnamedGroupRule]
        }
        // "Mr Reed backed the plan, saying ...": a participle clause with no subject of its own.
        if let syntax = parsed, let predicate = treePredicate(of: anchor, syntax), syntax.relation(predicate) == .advcl,
            syntax.children(of: predicate, [.nsubj, .nsubjPass]).isEmpty, isParticipleClause(predicate, syntax)
        {
            return [Self.participleClauseRule]
        }
        // Only where the words decide (the tree's subject of "told" names no one),
        // and so where the one told was within their reach.
        if let group = group(at: anchor), Self.tellForms.contains(tokens[group.main].key), mentions.contains(where: isListener),
            treeHolders(at: anchor, kind: .claim) == nil
        {
            return [Self.listenerRule]
        }
        return []
    }
}
