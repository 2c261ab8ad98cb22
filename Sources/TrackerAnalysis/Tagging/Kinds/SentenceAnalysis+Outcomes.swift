/// Outcomes as follow-up reports phrase them: an event that took place, a
/// thing that went into service or opened, a plant that is 60 percent
/// complete, a count against a total ("the first 2,000 of the 10,000 homes"),
/// a target fallen short of. Each is an achievement (an outcome realised, or
/// for a shortfall one not realised), not the claim a verb of no deed, a
/// copula or a figure would otherwise make of it (annotation guide:
/// "achievement").
///
/// In the three dated stories of `Tests/TrackerStoreTests/Fixtures/stories`,
/// 12 of the 28 outcomes the tracker missed were read as claims for one of
/// these reasons.
extension SentenceAnalysis {
    // MARK: Outcomes in other words

    /// "took place", "took effect", "went into service", "came into force",
    /// "entered service", "opened to traffic", "walked free": the verb and
    /// its next words say an outcome came about, whoever the subject is.
    /// (Not "opened higher", "opened at 300p": a price, see ``movesToFigure(after:byWord:)``.)
    mutating func isRealisedOutcome(_ group: VerbGroup) -> Bool {
        let main = group.main
        guard !group.isCopula, main + 1 < tokens.count else { return false }
        let lemma = lexicon.lemma(tokens[main].lemma) ?? Self.guessedLemma(lowercased(main))
        // Run for every past verb group of a main clause: the next words are read by their keys, no string made.
        let next = tokens[main + 1].key
        let serviceNext = Self.serviceNouns.contains(next)
        let serviceAfter = main + 2 < tokens.count && Self.serviceNouns.contains(tokens[main + 2].key)
        switch lemma {
        case "take": return next == K.place || next == K.effect
        case "go", "come", "put": return next == K.into && serviceAfter
        case "enter": return serviceNext || next == K.into && serviceAfter
        case "walk": return next == K.free
        case "open", "reopen":
            if movesToFigure(after: main, byWord: true) { return false }
            if next == K.at, main + 2 < tokens.count, tokens[main + 2].flags.contains(.number) { return false }
            return syntax().child(of: main, [.obj]) == nil
        default: return false
        }
    }

    /// "is 60 percent complete", "are now in service", "is fully operational",
    /// "now has 70 of the 100 lorries on the road": a state that is an
    /// outcome, or a count of one against its total. (Not "is complete
    /// nonsense": the word must end its phrase.) The index of the state's
    /// last word ("complete", "service"), or nil.
    func outcomeState(_ group: VerbGroup) -> Int? {
        guard group.isCopula else { return nil }
        var cursor = group.main + 1
        while cursor < tokens.count, isAdverb(tokens[cursor]) || tokens[cursor].classes.contains(.negator) && tokens[cursor].key != K.no {
            cursor += 1
        }
        guard cursor < tokens.count else { return nil }
        if tokens[group.main].classes.contains(.auxHave) {
            return isProgressCount(cursor..<clauseEnd(from: group.main)) ? cursor : nil
        }
        // "60 percent", "80%", "two-thirds": how far.
        if tokens[cursor].flags.contains(.number) {
            cursor += 1
            if cursor < tokens.count, lowercased(cursor) == "percent" || tokens[cursor].mark == UInt8(ascii: "%") { cursor += 1 }
            if cursor + 1 < tokens.count, lowercased(cursor) == "per", lowercased(cursor + 1) == "cent" { cursor += 2 }
        }
        guard cursor < tokens.count else { return nil }
        if tokens[cursor].key == K.inWord, cursor + 1 < tokens.count, Self.serviceNouns.contains(tokens[cursor + 1].key) {
            return cursor + 1
        }
        guard Self.doneStates.contains(tokens[cursor].key) else { return nil }
        let end = cursor + 1
        let endsPhrase =
            end >= tokens.count || !tokens[end].isWord || tokens[end].classes.contains(.preposition)
            || tokens[end].classes.contains(.conjunction)
        return endsPhrase ? cursor : nil
    }

    /// "the first 2,000 of the 10,000 homes", "40 of the 100 lorries", "the
    /// first of the 12 boats": a number or ordinal, "of", then within three
    /// words the total.
    func isProgressCount(_ range: Range<Int>) -> Bool {
        for index in range where index > range.lowerBound && tokens[index].key == K.of {
            guard
                tokens[index - 1].flags.contains(.number) || Self.ordinalWords.contains(tokens[index - 1].key)
                    || ProgressShare.number(lowercased(index - 1)) != nil
            else { continue }
            let window = (index + 1)..<min(range.upperBound, index + 4)
            if window.contains(where: { tokens[$0].flags.contains(.number) || ProgressShare.number(lowercased($0)) != nil }) {
                return true
            }
        }
        return false
    }

    /// "fell short of its target", "has fallen short of", "came up short of":
    /// a target not met, whoever the subject is.
    func isShortfall(_ group: VerbGroup) -> Bool {
        // Run for most verb groups: the words after the verb first, by their keys; the lemma only then.
        var cursor = group.main + 1
        if cursor < tokens.count, tokens[cursor].key == K.up { cursor += 1 }
        guard cursor + 1 < tokens.count, tokens[cursor].key == K.short, tokens[cursor + 1].key == K.of else { return false }
        let lemma = lexicon.lemma(tokens[group.main].lemma) ?? Self.guessedLemma(lowercased(group.main))
        return lemma == "fall" || lemma == "come"
    }

    /// "there": an existential subject ("there will be no tolls"), which names no one.
    /// (The subject's last word: "told reporters there would be" reaches back to the verb before.)
    func isExistential(_ subject: Range<Int>) -> Bool {
        subject.last.map { tokens[$0].key == K.there } ?? false
    }

    /// "resisted calls for", "rejected demands to", "shunned opponents' calls": a verb of
    /// refusing with a demand for its object (within four words).
    func isRefusalOfDemand(_ group: VerbGroup) -> Bool {
        let lemma = lexicon.lemma(tokens[group.main].lemma) ?? Self.guessedLemma(lowercased(group.main))
        guard Self.refusingVerbs.contains(lemma), !group.isCopula, group.modal.isEmpty else { return false }
        let end = min(clauseEnd(from: group.main), group.main + 5)
        return (group.main + 1..<end).contains { Self.demandNouns.contains(tokens[$0].key) }
    }

    /// "No offer", "no formal complaint", "nothing": a subject that says a deed was not done
    /// (a noun of an act after "no", within three words), not how far a matter stands.
    func isDeedNotDone(_ subject: Range<Int>) -> Bool {
        guard let first = subject.first else { return false }
        if tokens[first].key == K.nothing { return true }
        guard tokens[first].key == K.no else { return false }
        return (first + 1..<min(subject.upperBound, first + 4)).contains { Self.deedNouns.contains(tokens[$0].key) }
    }

    /// Nouns of acts that are done or not: "no offer has been made", "no arrests were made".
    static let deedNouns = KeyTable<Bool>(words: [
        "offer", "offers", "complaint", "complaints", "decision", "decisions", "arrest", "arrests", "charge", "charges",
        "payment", "payments", "agreement", "deal", "bid", "request", "order", "orders", "vote", "test", "tests",
    ])

    /// "wants to", "is (not) willing to": the group states what its subject means to do.
    /// The index of the infinitive's verb right after "to", or nil. (Not "wanted the
    /// accord to survive": an object between says what the subject wishes of another.)
    func intendedVerb(_ group: VerbGroup) -> Int? {
        guard group.modal.isEmpty, group.frameIndex == nil else { return nil }
        var word = group.main
        // Run for every verb group: the word's key, no string made.
        if !Self.intentionWords.contains(tokens[word].key) {
            guard group.isCopula else { return nil }
            word += 1
            while word < tokens.count, isAdverb(tokens[word]) || tokens[word].classes.contains(.negator) { word += 1 }
            guard word < tokens.count, tokens[word].key == K.willing else { return nil }
        }
        guard word + 2 < tokens.count, tokens[word + 1].key == K.to else { return nil }
        return word + 2
    }

    /// The infinitive group the tree gives as the complement of group `index`'s verb,
    /// past phrases the word window does not cross ("pledged at the talks on Tuesday to withdraw").
    mutating func treeInfinitive(of index: Int) -> Int? {
        let main = groups[index].main
        guard let complement = syntax().complement(of: main), complement > main else { return nil }
        return groups.firstIndex { $0.main == complement && $0.isInfinitive && !$0.consumed }
    }

    /// "our objective", "the government's aim", "its target": a subject that names a goal.
    func subjectNamesGoal(_ subject: Range<Int>) -> Bool {
        subject.contains { Self.goalNouns.contains(tokens[$0].key) }
    }

    /// "by 2030", "by March", "by the end of the year" later in the clause of `main`: a deadline.
    func deadlineFollows(_ main: Int) -> Bool {
        let end = clauseEnd(from: main)
        for index in (main + 1)..<end where tokens[index].key == K.by && index + 1 < end {
            let next = tokens[index + 1]
            if next.flags.contains(.number) { return true }
            let word = lowercased(index + 1)
            if MonthNames.full.contains(word) { return true }
            if word == "the", index + 2 < end, tokens[index + 2].key == K.end { return true }
        }
        return false
    }

    static let intentionWords = KeyTable<Bool>(words: ["want", "wants", "wanted", "willing"])
    static let goalNouns = KeyTable<Bool>(words: ["objective", "aim", "goal", "target", "intention", "ambition", "plan", "priority"])

    /// Verbs that refuse what others ask.
    static let refusingVerbs: Set<String> = ["resist", "reject", "shun", "rebuff", "spurn", "dismiss", "ignore"]
    /// What others ask for.
    static let demandNouns = KeyTable<Bool>(words: ["call", "calls", "demand", "demands", "request", "requests", "pressure", "appeals"])

    /// What a thing goes into or is in once it works: "into service", "in operation", "into force".
    static let serviceNouns = KeyTable<Bool>(words: ["service", "operation", "force", "effect", "use", "production"])
    /// A state that says the work is done: "is complete", "is 80 percent complete", "is operational".
    static let doneStates = KeyTable<Bool>(words: ["complete", "completed", "finished", "operational"])
    /// Ordinals that count against a total: "the first of the 12 boats".
    static let ordinalWords = KeyTable<Bool>(words: ["first", "second", "third", "fourth", "fifth", "last", "final"])
}
