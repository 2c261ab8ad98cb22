/// Past tenses that report no deed done: a stance taken in words, a figure
/// that moved, a verb of coming and becoming, a participle the parser reads
/// as an adjective. Each is a claim (see the annotation guide's
/// "achievement": an action carried out or an outcome realised).
extension SentenceAnalysis {
    // MARK: Past tenses that are claims

    /// The claim rule for a past or perfect group that would otherwise be an
    /// achievement, or nil when it reports a deed.
    ///
    /// On the 42 BBC development articles, 84 achievements were found where
    /// the labels had none; a third of them were of these four kinds.
    mutating func claimRuleForPastGroup(_ group: VerbGroup) -> TaggingRule? {
        let main = group.main
        // "was imposing new standards", "had been recording healthy profits": an action under
        // way, not one done (the guide's "-ing forms of ongoing actions"; 6 of the 59 false
        // achievements on the BBC development articles).
        if group.hasBe, tokens[main].classes.contains(.gerund), !tokens[main].classes.contains(.participle) {
            return .ongoingAction
        }
        // "Sacked MP Howard Flight", "expecting \"reduced financial losses\"", "a \"balanced, national
        // corporation\"": a participle first in the sentence or its quotation, a noun after it,
        // describes the noun (4 of the 43 false achievements left on the BBC development articles).
        if !group.hasBe, !group.hasHave, !group.hasDo, group.first == main,
            main == 0 || tokens[main - 1].flags.contains(.openQuote) || tokens[main - 1].classes.contains(.determiner),
            main + 1 < tokens.count, tokens[main + 1].isWord || tokens[main + 1].mark == UInt8(ascii: ","),
            tokens[main + 1].classes.isDisjoint(with: [.determiner, .pronoun, .pronounAgent, .preposition, .subordinator, .wh])
                && !tokens[main + 1].isVerbForm && tokens[main + 1].key != K.to
        {
            return .adjectivalParticiple
        }
        // "made similar comments", "made clear", "gave his support": a verb that lends its
        // sense to a noun of saying or backing, a position taken, not a deed (4 of the 43).
        if Self.lightVerbs[tokens[main].key] != nil,
            (main + 1..<min(tokens.count, main + 4)).contains(where: { Self.stanceNouns[tokens[$0].key] != nil })
        {
            return .stanceVerb
        }
        // "were outraged at", "was delighted", "disappointed investors": a feeling, no deed (5 of the 59).
        if Self.feelingWords[tokens[main].key] != nil { return .feeling }
        // "we watched the scenes", "the loss we experienced", "anything I've ever encountered":
        // something undergone or perceived, nothing done to anything (5 of the 59).
        if Self.experienceWords[tokens[main].key] != nil { return .experience }
        let lemma = lexicon.lemma(tokens[main].lemma) ?? Self.guessedLemma(lowercased(main))
        let next = main + 1 < tokens.count ? lowercased(main + 1) : ""
        // "dismissed the latest attack", "compared the figures to", "hit out at critics",
        // "pointed to the fact", "referred to a period": a position taken in words.
        if StatementTagger.stanceVerbs.contains(lemma)
            || StatementTagger.stanceVerbsWithParticle[lemma].map({ $0 == next }) == true
        {
            return .stanceVerb
        }
        // "dropped to 141.60", "closed lower", "strengthened to 140.55": a figure moved.
        if movesToFigure(after: main, byWord: !tokens[main].classes.contains(.change)) { return .figureMove }
        let syntax = syntax()
        // "emerged from limos", "went on to reflect", "has become a lucrative area",
        // "has gone back into recession": coming, going, becoming; nothing done to anything.
        if StatementTagger.eventlessVerbs.contains(lemma), syntax.child(of: main, [.obj]) == nil { return .eventlessVerb }
        // "was delighted", "unfounded applications", "Sacked MP": the tree reads an adjective.
        // (Not a hyphenated verb, "test-fired": the token stands for its first word, a noun.)
        if let tag = syntax.tag(main), tag == .adj || tag == .noun || tag == .propn,
            !bytes[tokens[main].start..<tokens[main].end].contains(UInt8(ascii: "-"))
        {
            return .adjectivalParticiple
        }
        return nil
    }

    /// Feelings and reactions, past and participle: "outraged", "delighted", "disappointed".
    static let feelingWords = KeyTable<Bool>(words: [
        "delighted", "outraged", "shocked", "disappointed", "worried", "surprised", "angered", "upset", "pleased",
        "impressed", "alarmed", "dismayed", "frustrated", "saddened", "stunned", "horrified", "thrilled", "relieved",
        "annoyed", "amazed", "astonished", "disturbed", "embarrassed", "excited", "baffled", "bemused", "unaffected",
        "unimpressed", "satisfied", "heartened", "encouraged", "concerned", "troubled", "appalled", "incensed",
    ])
    /// Past forms of the verbs that lend their sense to a noun: "made", "gave".
    static let lightVerbs = KeyTable<Bool>(words: ["made", "gave", "given", "offered", "voiced", "expressed"])
    /// Nouns of saying and backing after a light verb: "made clear", "gave his support".
    static let stanceNouns = KeyTable<Bool>(words: [
        "clear", "comment", "comments", "remark", "remarks", "statement", "support", "backing", "view", "views",
        "point", "case", "criticism", "assurance", "assurances", "mistake", "apology", "speech",
    ])

    /// Undergoing and perceiving, past and participle: "watched", "experienced", "encountered".
    static let experienceWords = KeyTable<Bool>(words: [
        "watched", "witnessed", "experienced", "encountered", "perceived", "noticed", "survived", "suffered",
        "endured", "enjoyed", "heard", "felt",
    ])

    /// The base form of a past the lexicon lacks, as far as the verb lists
    /// here need it: "compared" → compare, "referred" → refer, "praised" → praise.
    static func guessedLemma(_ word: String) -> String {
        guard word.hasSuffix("ed"), word.count > 4 else { return word }
        let listed = StatementTagger.stanceVerbs.union(StatementTagger.stanceVerbsWithParticle.keys).union(StatementTagger.eventlessVerbs)
        for cut in 1...3 where listed.contains(String(word.dropLast(cut))) { return String(word.dropLast(cut)) }
        return word
    }

    /// "to 141.60", "by 7%", "lower", "higher", "to a record low": the next words give where a figure went.
    /// Any verb moves a figure with "lower" or "higher" after it ("closed lower");
    /// with a figure after "to" or "by", only a verb of change (not "sold it to 40 buyers").
    func movesToFigure(after main: Int, byWord: Bool) -> Bool {
        var cursor = main + 1
        while cursor < tokens.count, isAdverb(tokens[cursor]) { cursor += 1 }
        guard cursor < tokens.count else { return false }
        let word = lowercased(cursor)
        if word == "lower" || word == "higher" { return true }
        guard !byWord, word == "to" || word == "by" || word == "from", cursor + 1 < tokens.count else { return false }
        let after = tokens[cursor + 1]
        return after.flags.contains(.number) || after.mark == UInt8(ascii: "$") || bytes[after.start] == 0xC2  // £
            || lowercased(cursor + 1) == "a" && cursor + 3 < tokens.count && ["low", "high"].contains(lowercased(cursor + 3))
    }
}
