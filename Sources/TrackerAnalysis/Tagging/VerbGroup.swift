/// A verb group: auxiliaries, modals, negators and adverbs around one main
/// verb ("has not yet made", "is going to continue", "may have resumed").
struct VerbGroup {
    /// Token indices: the first token of the group and its main verb.
    var first: Int
    var main: Int
    var last: Int
    var modal: WordClasses = []
    var modalIndex: Int?
    var negatorIndex: Int?
    var hasHave = false
    var hasBe = false
    var hasDo = false
    var pastAuxiliary = false
    /// "going to", "set to", "is to", "expected to": the frame word's index.
    var frameIndex: Int?
    var frameClasses: WordClasses = []
    /// Preceded by "to": an infinitive, a complement of something else.
    var isInfinitive = false
    /// The main verb is a form of "be" or "have" used on its own.
    var isCopula = false
    var consumed = false

    var negated: Bool { negatorIndex != nil }
}

extension SentenceAnalysis {
    /// Finds the verb groups of a sentence's tokens, left to right.
    func verbGroups(_ tokens: [Token]) -> [VerbGroup] {
        var groups: [VerbGroup] = []
        var index = 0
        let count = tokens.count
        var finiteInClause = false
        while index < count {
            let token = tokens[index]
            if token.flags.contains(.punctuation) && token.mark != UInt8(ascii: "-") || token.classes.contains(.subordinator)
                || token.classes.contains(.conjunction) || token.classes.contains(.wh) || token.key == K.that
            {
                finiteInClause = false
            }
            guard token.isWord, startsGroup(tokens, index) else {
                index += 1
                continue
            }
            // A bare present form after the clause already has its verb is a
            // noun ("closed eight coal plants", "launched the probe").
            // (Not after a subject pronoun: "said it expects to meet", "says he wants to stay"
            // open a clause of their own, whose verb is the "-s" form.)
            if finiteInClause, token.classes.isDisjoint(with: WordClasses.auxiliary),
                token.classes.isDisjoint(with: [.past, .participle, .gerund]), !(index > 0 && tokens[index - 1].key == K.to),
                !(index > 0 && tokens[index - 1].classes.contains(.pronounAgent) && token.classes.contains(.thirdPerson))
            {
                index += 1
                continue
            }
            var group = VerbGroup(first: index, main: -1, last: index)
            group.isInfinitive =
                index > 0 && tokens[index - 1].key == K.to
                && !(index > 1 && tokens[index - 2].classes.contains(.auxBe))
                || isQuotedInfinitive(index)
            var cursor = index
            var sawAuxiliary = false
            while cursor < count {
                let current = tokens[cursor]
                guard current.isWord else { break }
                let classes = current.classes
                if cursor > index, isNoLonger(at: cursor) {  // "has no longer", "is no longer functioning"
                    group.negatorIndex = group.negatorIndex ?? cursor
                    cursor += 2
                    continue
                }
                if cursor > index, classes.contains(.negator), !classes.contains(.determiner) || current.key == K.not {
                    if current.key == K.no || current.key == K.neither || current.key == K.nor { break }
                    if cursor + 1 < count, tokens[cursor + 1].key == K.only {  // "not only ... but also"
                        cursor += 2
                        continue
                    }
                    group.negatorIndex = group.negatorIndex ?? cursor
                    cursor += 1
                    continue
                }
                if cursor > index, isAdverb(current) {
                    cursor += 1
                    continue
                }
                if !classes.isDisjoint(with: [.future, .conditional, .hedgeModal, .modal]),
                    !current.flags.contains(.capitalized) || cursor == 0
                {
                    if !sawAuxiliary || group.modal.isEmpty {
                        group.modal.formUnion(classes.intersection([.future, .conditional, .hedgeModal, .modal]))
                        group.modalIndex = cursor
                    }
                    sawAuxiliary = true
                    cursor += 1
                    continue
                }
                // "be" + frame + "to" + verb: "is going to", "is set to", "is expected to", "is to".
                if group.hasBe, cursor + 1 < count, tokens[cursor + 1].key == K.to,
                    !classes.isDisjoint(with: [.futureFrame, .hedgeFrame])
                {
                    group.frameIndex = cursor
                    group.frameClasses = classes.intersection([.futureFrame, .hedgeFrame])
                    cursor += 2
                    continue
                }
                if group.hasBe, current.key == K.to, cursor + 1 < count, isVerbAfterTo(cursor + 1) {
                    group.frameIndex = cursor
                    group.frameClasses = .futureFrame
                    cursor += 1
                    continue
                }
                if classes.contains(.auxBe) || classes.contains(.auxHave) || classes.contains(.auxDo) {
                    // An auxiliary followed by something verbal stays an auxiliary;
                    // otherwise it is the main verb ("is ready", "has 40 posts").
                    if nextIsVerbal(tokens, after: cursor) {
                        if classes.contains(.auxHave),
                            !classes.contains(.auxBe) || tokens[nextNonAdverb(tokens, after: cursor)].classes.contains(.participle)
                        {
                            group.hasHave = true
                        } else if classes.contains(.auxBe) {
                            group.hasBe = true
                        } else if classes.contains(.auxDo) {
                            group.hasDo = true
                        }
                        if isPastAuxiliary(current) { group.pastAuxiliary = true }
                        sawAuxiliary = true
                        cursor += 1
                        continue
                    }
                    group.main = cursor
                    group.isCopula = true
                    // "is not a breach": the negator follows a copula.
                    var after = cursor + 1
                    while after < count, isAdverb(tokens[after]) { after += 1 }
                    if isNoLonger(at: after) {
                        group.negatorIndex = after
                    } else if after < count, tokens[after].key == K.no, index > 0, tokens[index - 1].key == K.there {
                        group.negatorIndex = after  // "there would be no super-casinos": nothing of it will be
                    } else if after < count, tokens[after].classes.contains(.negator),
                        !tokens[after].classes.contains(.determiner) || tokens[after].key == K.not,
                        !(after + 1 < count && tokens[after + 1].key == K.only)
                    {
                        group.negatorIndex = after
                    }
                    if isPastAuxiliary(current) { group.pastAuxiliary = true }
                    cursor += 1
                    break
                }
                // After "to" in a frame ("is going to reopen"), a lower-case word
                // is the verb even when the lexicon does not know it.
                if current.isVerbForm || (group.modalIndex == cursor - 1 && classes.isEmpty && !current.flags.contains(.capitalized))
                    || isUnlistedVerbAfterCommitment(cursor)
                    || (group.frameIndex != nil && cursor > 0 && tokens[cursor - 1].key == K.to
                        && !current.flags.contains(.capitalized) && classes.isDisjoint(with: [.determiner, .preposition, .pronoun]))
                {
                    group.main = cursor
                    cursor += 1
                    break
                }
                break
            }
            if group.main >= 0, group.negatorIndex == nil, index > 1, isNoLonger(at: index - 2) {
                group.negatorIndex = index - 2  // "no longer intends to"
            }
            if group.main >= 0, group.negatorIndex == nil, index > 0 {
                var before = index - 1
                while before > 0, isAdverb(tokens[before]), !tokens[before].classes.contains(.negator) { before -= 1 }
                let word = tokens[before]
                if word.classes.contains(.negator), !word.classes.contains(.determiner), word.key != K.nor,
                    !(before + 1 < count && tokens[before + 1].key == K.only)
                {
                    group.negatorIndex = before
                }
            }
            if group.main < 0 {
                // Only auxiliaries and modals: "It will." — nothing to tag.
                index = max(cursor, index + 1)
                continue
            }
            group.last = group.main
            if !group.isInfinitive { finiteInClause = true }
            groups.append(group)
            index = group.main + 1
        }
        return groups
    }

    /// Whether the word at `index` can open a verb group here (a verb, an
    /// auxiliary or a modal, not a noun such as "the pledge" or "its plans").
    private func startsGroup(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        let classes = token.classes
        let isAuxiliary = !classes.isDisjoint(with: WordClasses.auxiliary)
        guard isAuxiliary || token.isVerbForm || isUnlistedVerbAfterCommitment(index) else { return false }
        // A word inside an actor's name is no verb: "Developed countries", "Moody's", "Turkish rescue teams".
        if mentions.contains(where: { $0.tokens.count > 1 && $0.tokens.contains(index) && $0.via != .pair }) { return false }
        if token.flags.contains(.clitic), classes.contains(.auxBe) {
            // "'s": "it's", "he's" are verbs; "Korea's network" is possessive.
            guard index > 0 else { return false }
            let previous = tokens[index - 1]
            return previous.classes.contains(.pronounAgent) || previous.key == K.that || previous.key == K.there
                || previous.key == K.what || previous.key == K.who
                || (index + 1 < tokens.count
                    && (tokens[index + 1].classes.contains(.participle)
                        || tokens[index + 1].classes.contains(.negator)
                        || tokens[index + 1].key == K.been))
        }
        // "Peru no longer intends to": "no longer" is an adverb, not a determiner before a noun.
        if index > 1, isNoLonger(at: index - 2), classes.isDisjoint(with: [.determiner, .preposition]) { return true }
        // Capitalised mid-sentence: a name ("Will Smith", "Theresa May").
        if token.flags.contains(.capitalized), index > 0, !tokens[index - 1].flags.contains(.openQuote) {
            return false
        }
        if index > 0 {
            let previous = tokens[index - 1]
            if previous.classes.contains(.determiner) && !previous.classes.contains(.pronoun)
                && !(isAuxiliary && !previous.classes.contains(.determiner))
            {
                return isAuxiliary && !classes.contains(.base)
            }
            if previous.flags.contains(.clitic), previous.classes.contains(.auxBe), !tokens[index].classes.contains(.participle),
                !tokens[index].classes.contains(.gerund), !isAuxiliary, index > 1, !tokens[index - 2].classes.contains(.pronounAgent)
            {
                return false  // "Korea's network"
            }
            if previous.classes.contains(.preposition), previous.key != K.to, !isAuxiliary, !classes.contains(.gerund) {
                return false  // "in talks", "for cuts"
            }
            if previous.flags.contains(.number) { return isAuxiliary }
        }
        // A bare base form or -s form with no auxiliary: a verb only after a
        // likely subject ("they plan", "Peru says"), never sentence-initially
        // as a noun ("Talks resumed" starts with a noun).
        if !isAuxiliary, !classes.contains(.past), !classes.contains(.participle) {
            if index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].flags.contains(.capitalized),
                tokens[index + 1].classes.contains(.past) || !tokens[index + 1].classes.isDisjoint(with: WordClasses.auxiliary)
            {
                return false  // "EFTA states signed", "Russian forces withdrew"
            }
            // "financing", "boosting"
            if classes.contains(.gerund), !classes.contains(.base), !classes.contains(.thirdPerson) { return false }
            guard index > 0 else { return false }  // a bare verb first: an instruction or a noun ("Talks")
            let previous = tokens[index - 1]
            if previous.key == K.to || isQuotedInfinitive(index) { return true }
            if previous.classes.contains(.pronounAgent) || previous.classes.contains(.wh) || previous.key == K.that {
                return true
            }
            if previous.classes.contains(.negator) || isAdverb(previous) { return true }
            let nounPhraseBefore = (max(0, index - 3)..<index).contains {
                tokens[$0].classes.contains(.determiner) && !tokens[$0].classes.contains(.pronoun)
                    || tokens[$0].classes.contains(.preposition) && tokens[$0].key != K.to
            }
            let endsClause = index + 1 >= tokens.count || tokens[index + 1].flags.contains(.punctuation)
            if classes.contains(.claim), endsClause, previous.isWord { return true }  // "..., our correspondent adds."
            if nounPhraseBefore, !previous.classes.contains(.agentNoun),
                !previous.flags.contains(.capitalized) || classes.isDisjoint(with: [.claim, .commit, .cognition])
            {
                return false
            }
            if previous.isWord, !previous.isVerbForm || previous.classes.contains(.agentNoun) || previous.classes.contains(.quantityNoun),
                previous.classes.isDisjoint(with: [.determiner, .preposition, .conjunction])
            {
                // "Peru says", "exports rise": a noun subject before the verb.
                return classes.contains(.thirdPerson) || previous.flags.contains(.capitalized) || endsWithS(previous)
            }
            return false
        }
        return true
    }

    /// "pledged to “turn these beliefs into reality”": "to", an opening quotation mark, the verb.
    func isQuotedInfinitive(_ index: Int) -> Bool {
        index > 1 && tokens[index - 1].flags.contains(.openQuote) && tokens[index - 2].key == K.to
            && tokens[index].classes.contains(.base)
    }

    /// A verb after "be to": a base form, or a lower-case word the lexicon lacks
    /// ("the union is to ballot its members").
    func isVerbAfterTo(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.classes.contains(.base) { return true }
        return token.isWord && token.classes.isEmpty && !token.flags.contains(.capitalized) && !token.flags.contains(.number)
    }

    /// "plans to lodge a complaint", "pledged to pedestrianise": after a verb of
    /// committing or refusing and "to", a lower-case word the lexicon lacks is the verb undertaken.
    func isUnlistedVerbAfterCommitment(_ index: Int) -> Bool {
        guard index > 1, tokens[index - 1].key == K.to, isVerbAfterTo(index), !tokens[index].classes.contains(.base) else { return false }
        let before = tokens[index - 2]
        // (Not "was trying to isolate": an effort, not an undertaking.)
        if let lemma = lexicon.lemma(before.lemma), Self.effortVerbs.contains(lemma) { return false }
        return before.classes.contains(.commit) || before.classes.contains(.refuse)
    }

    /// Verbs of trying: what follows them is attempted, not undertaken.
    static let effortVerbs: Set<String> = ["try", "attempt"]

    /// "no longer" starts at `index`: a negation of what goes on ("no longer intends to").
    func isNoLonger(at index: Int) -> Bool {
        index >= 0 && index + 1 < tokens.count && tokens[index].key == K.no && lowercased(index + 1) == "longer"
    }

    func endsWithS(_ token: Token) -> Bool {
        token.end - token.start > 2 && (bytes[token.end - 1]) | 0x20 == UInt8(ascii: "s")
    }

    private func nextNonAdverb(_ tokens: [Token], after index: Int) -> Int {
        var cursor = index + 1
        while cursor < tokens.count, isAdverb(tokens[cursor]) || tokens[cursor].classes.contains(.negator) && tokens[cursor].key != K.no {
            cursor += 1
        }
        return min(cursor, tokens.count - 1)
    }

    /// Whether a verb, auxiliary or frame follows (skipping negators and adverbs).
    private func nextIsVerbal(_ tokens: [Token], after index: Int) -> Bool {
        let next = nextNonAdverb(tokens, after: index)
        guard next > index, next < tokens.count else { return false }
        let token = tokens[next]
        guard token.isWord, !token.flags.contains(.capitalized) else { return false }
        if token.key == K.to, next + 1 < tokens.count, isVerbAfterTo(next + 1) { return true }
        if !token.classes.isDisjoint(with: [.futureFrame, .hedgeFrame]), next + 1 < tokens.count, tokens[next + 1].key == K.to {
            return true
        }
        if token.classes.contains(.auxBe) || token.classes.contains(.auxHave) { return !token.flags.contains(.clitic) }
        return token.classes.contains(.participle) || token.classes.contains(.gerund)
            || (token.classes.contains(.base) && tokens[index].classes.contains(.auxDo))
    }

    private func isPastAuxiliary(_ token: Token) -> Bool {
        token.key == K.was || token.key == K.were || token.key == K.had || token.key == K.did
    }

    func isAdverb(_ token: Token) -> Bool {
        if token.classes.contains(.adverb) { return true }
        guard token.isWord, token.classes.isDisjoint(with: WordClasses.verbForms), token.end - token.start > 4,
            token.classes.isDisjoint(with: [.hedge, .hedgeFrame, .futureFrame])
        else { return false }
        return bytes[token.end - 2] | 0x20 == UInt8(ascii: "l") && bytes[token.end - 1] | 0x20 == UInt8(ascii: "y")
            && !token.flags.contains(.capitalized)
    }
}
