/// Complements and subjects of verb groups, found from word windows.
extension SentenceAnalysis {
    // MARK: Complements and subjects

    /// The verb group that completes the group at `index`: "to" + verb, or
    /// the first group of a "that" clause, within a few tokens.
    func complementGroup(after index: Int) -> Int? {
        guard index + 1 < groups.count else { return nil }
        let main = groups[index].main
        let next = groups[index + 1]
        let gap = next.first - main
        if next.isInfinitive, gap <= 4 { return index + 1 }
        if gap <= 8 {
            // "agreed that Peru would ...", "promised Kyiv that Germany would ..."
            for cursor in (main + 1)..<next.first where tokens[cursor].key == K.that || tokens[cursor].mark == UInt8(ascii: ",") {
                return tokens[cursor].key == K.that ? index + 1 : nil
            }
        }
        return nil
    }

    /// The tokens of the group's subject: back from the group to the start
    /// of its clause.
    func subjectRange(of group: VerbGroup) -> Range<Int> {
        var start = group.first
        while start > 0 {
            let previous = tokens[start - 1]
            if previous.flags.contains(.punctuation),
                !StatementTagger.inClauseMarks.contains(previous.mark) || bytes[previous.start] == 0xE2
            {
                break
            }
            if previous.classes.contains(.subordinator) || previous.key == K.that || previous.key == K.which { break }
            // "Washington and Pyongyang have stalled": "and" inside the subject;
            // ", and both countries have ..." starts a new clause.
            if previous.classes.contains(.conjunction),
                start - 2 < 0 || tokens[start - 2].flags.contains(.punctuation)
                    || previous.key == K.but || groups.contains(where: { $0.main == start - 2 })
            {
                break
            }
            if previous.isVerbForm, groups.contains(where: { $0.main == start - 1 }) { break }
            start -= 1
        }
        return start..<group.first
    }

    /// Whether the subject can act: a name, an actor pronoun, a body. Only
    /// the subject's first noun phrase counts ("Relations between Beijing and
    /// Canberra" is about relations), and a capital at the start of the
    /// sentence says nothing unless a second capitalised word follows it.
    func isAgentive(_ subject: Range<Int>) -> Bool {
        if subject.isEmpty { return true }  // "and will ..." shares the earlier subject
        let headEnd = firstPreposition(in: subject)
        // A known actor (or a demonym: "Ukrainian troops") heading the subject can act.
        if mentions.contains(where: { $0.tokens.lowerBound >= subject.lowerBound && $0.tokens.upperBound <= headEnd }) {
            return true
        }
        for index in subject.lowerBound..<headEnd {
            let token = tokens[index]
            if token.classes.contains(.pronounAgent) || token.classes.contains(.agentNoun) { return true }
            if token.flags.contains(.capitalized), token.isWord,
                token.classes.isDisjoint(with: [.determiner, .preposition, .conjunction, .adverb, .negator]),
                !(index == 0 && token.classes.contains(.quantityNoun))
            {
                let sentenceInitial = index == 0 || tokens[index - 1].flags.contains(.openQuote)
                if !sentenceInitial || token.flags.contains(.allCaps) || headEnd - subject.lowerBound == 1 && !endsWithS(token)
                    || (index + 1 < headEnd && tokens[index + 1].flags.contains(.capitalized))
                {
                    return true
                }
            }
        }
        return false
    }

    func subjectIsQuantity(_ subject: Range<Int>) -> Bool {
        subject.contains { tokens[$0].classes.contains(.quantityNoun) }
    }

    /// "No venue has been announced", "Nothing was agreed", and the
    /// assessments "little progress has been made", "not much was agreed".
    func subjectIsNegated(_ subject: Range<Int>) -> Bool {
        guard let first = subject.first else { return false }
        let token = tokens[first]
        return token.classes.contains(.negator) && token.key != K.not || token.key == K.little
            || token.key == K.not && first + 1 < tokens.count
                && (tokens[first + 1].key == K.much || tokens[first + 1].key == K.very
                    || ["everyone", "everybody", "all", "every"].contains(lowercased(first + 1)))
    }

    /// The tokens of a quotation that opens the sentence and closes just
    /// before the reporting group (", said X" / "X said" after it), or nil.
    func quotationBefore(_ group: VerbGroup) -> Range<Int>? {
        guard let open = tokens.indices.first(where: { tokens[$0].isWord || tokens[$0].flags.contains(.openQuote) }),
            tokens[open].flags.contains(.openQuote),
            let close = (0..<group.first).last(where: { tokens[$0].flags.contains(.closeQuote) }),
            close > open, group.first - close <= 5
        else { return nil }
        return (open + 1)..<close
    }

    mutating func consume(_ index: Int) {
        groups[index].consumed = true
    }

    mutating func markHedged(_ index: Int) {
        hedges.append((groups[index].first, groups[index].main + 1, .hedgedCertainty))
    }
}
