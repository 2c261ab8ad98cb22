import TrackerSyntax

/// The future inside what someone believes, hopes or fears: a prediction, not an undertaking.
extension SentenceAnalysis {
    // MARK: The expected future

    /// "I hope more people will go", "expectations that the central bank will raise rates",
    /// "I guess you are going to lie", "concerns as to how the country will fund its deficit":
    /// a "will", "would" or "going to" in the clause that a verb of believing or a noun of
    /// expecting governs says what someone thinks will happen, an uncertainty (annotation
    /// guide: forecasts are uncertainties; only an actor can commit, and only in its own
    /// words). On the BBC development articles, 6 of the 28 false commitments were such
    /// futures. The tree decides: the group's verb is a `ccomp`, `acl` or `advcl` of the
    /// believing word, at most three clauses up ("hope it means more people will go"), or the words
    /// "that" + clause right after the noun.
    /// A believer's own intention stays a commitment through its own rule ("expects to").
    mutating func isExpectedFuture(_ group: VerbGroup) -> Bool {
        guard !group.modal.isDisjoint(with: [.future, .conditional]) || group.frameIndex != nil else { return false }
        // "expectations that the bank will raise rates", "predicted turnout would be low": the
        // parser often hangs such a clause off another word (the verb before the noun, or a
        // `conj` or `obl` of the verb), so the words decide too: the clause's subject right
        // after the believing word, or after it and "that".
        let subject = subjectRange(of: group)
        var before = subject.lowerBound - 1
        if before > 0, tokens[before].key == K.that { before -= 1 }
        if !subject.isEmpty, before >= 0, isBelievingWord(before) { return true }
        let syntax = syntax()
        var current = group.main
        // "would be premier": the tree hangs the copula off its predicate, whose clause it is.
        if let relation = syntax.relation(current), relation == .cop, let predicate = syntax.head(of: current) {
            current = predicate
        }
        for _ in 0..<3 {
            guard let relation = syntax.relation(current), Self.clauseRelations.contains(relation),
                let head = syntax.head(of: current), head != current
            else { return false }
            current = head
            // The group's own frame ("is expected to announce") hedges its own clause: the
            // hedge-frame rule keeps it a commitment, uncertain.
            if (group.first...group.main).contains(head) { continue }
            if isBelievingWord(head) { return true }
        }
        return false
    }

    /// A verb of believing or foretelling, or a noun of expecting. Not a verb of knowing
    /// ("important to remember that the bill will take a decade", "realised the plant would
    /// close"): what it governs is taken as fact, and keeps its own kind.
    func isBelievingWord(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.classes.contains(.cognition) {
            return Self.knowingVerbs[token.key] == nil
        }
        return Self.expectingNouns[token.key] != nil || Self.predictingVerbs[token.key] != nil
    }

    /// Verbs of knowing, which the lexicon files with believing.
    static let knowingVerbs = KeyTable<Bool>(words: [
        "remember", "remembers", "remembered", "remembering", "realise", "realises", "realised", "realising", "realize",
        "realizes", "realized", "realizing", "learn", "learns", "learned", "learnt", "learning", "regret", "regrets",
        "regretted", "see", "sees", "saw", "seen", "seeing",
    ])

    /// How a clause hangs from the word that governs it ("going to lie" reaches "guess"
    /// through its frame: `xcomp`, then `parataxis`, as the parser reads "I guess you are going to").
    /// (`acl:relcl` too: the parser often reads the clause of a noun of expecting as a relative
    /// clause, "a real risk that people would be driven ...".)
    static let clauseRelations: Set<DependencyRelation> = [.ccomp, .acl, .aclRelcl, .advcl, .csubj, .parataxis, .xcomp]

    /// Nouns of expecting, hoping and fearing that govern a clause about the future.
    static let expectingNouns = KeyTable<Bool>(words: [
        "expectation", "expectations", "hope", "hopes", "fear", "fears", "concern", "concerns", "belief", "beliefs",
        "prospect", "prospects", "speculation", "worry", "worries", "suspicion", "suspicions", "prediction", "predictions",
        "forecast", "forecasts", "perception", "assumption", "view", "risk", "risks", "danger", "dangers",
    ])

    /// Verbs of foretelling, which report what someone thinks will happen ("predicted
    /// turnout would be low"): what they govern is foreseen, not undertaken. A warning
    /// foretells a harm ("warned that companies would choose to delist", "warned there was a
    /// risk that people would be driven to extremists"): on the BBC development articles both
    /// such "would" were read as commitments of the one warned about.
    static let predictingVerbs = KeyTable<Bool>(words: [
        "predict", "predicts", "predicted", "predicting", "forecast", "forecasts", "forecasting", "forecasted",
        "foresaw", "foresees", "prophesied", "warn", "warns", "warned", "warning", "cautioned",
    ])
}
