/// Headlines with a deadline, and the claim of a sentence no rule claimed.
extension SentenceAnalysis {
    // MARK: Headlines and the fallback

    /// "Second meeting by February-end": no verb, a deadline.
    mutating func headlineWithDeadline() {
        for index in tokens.indices where tokens[index].key == K.by && index + 1 < tokens.count {
            let next = tokens[index + 1]
            let wordEnd = (next.start..<next.end).first { bytes[$0] == UInt8(ascii: "-") } ?? next.end
            let bytesOfNext = UnsafeBufferPointer(rebasing: bytes[next.start..<wordEnd])
            let isTime =
                next.flags.contains(.number) || next.flags.contains(.capitalized) && MonthNames.index(of: bytesOfNext) != nil
                || next.key == Lexicon.key(Array("the".utf8)) && index + 2 < tokens.count && tokens[index + 2].key == K.end
            if isTime {
                var statement = makeStatement(.commitment, polarity: .affirmed, rule: .headlineDeadline, confidence: 0.6, actionFrom: nil)
                statement.action = text(from: 0, to: index)
                statement.cues.append(cue(from: index, to: min(tokens.count, index + 2), kind: "deadline", rule: .headlineDeadline))
                statements.append(statement)
                return
            }
        }
    }

    /// "US regulator to rule on pain drug", "Plan to give elderly care control": a headline
    /// with no finite verb, a noun and "to" + verb, announces what someone is to do.
    mutating func headlineInfinitive() {
        guard let group = groups.first(where: { $0.isInfinitive }), group.first >= 2 else { return }
        let before = tokens[group.first - 2]
        // (Not "Earnings: what to watch", "how to vote": a question word before "to".)
        guard before.isWord,
            before.classes.isDisjoint(with: [.preposition, .determiner, .auxBe, .auxHave, .conjunction, .negator, .wh, .pronoun])
        else { return }
        var statement = makeStatement(.commitment, polarity: .affirmed, rule: .headlineInfinitive, confidence: 0.55, actionFrom: group.main)
        statement.cues.append(cue(from: group.first - 1, to: group.first, kind: "commitment", rule: .headlineInfinitive))
        statements.append(statement)
        assignRoles()
    }

    /// "Jowell rejects 'Las Vegas' jibe", "Japan economy slides to recession": a headline with a
    /// subject and a finite verb of its own asserts what the article reports, a claim (22 of the
    /// 36 headlines of the BBC development articles are labelled a claim alone, and 11 more allow
    /// one). Not a verbless label ("David Blunkett in quotes"), a verb first ("Read all about it"), nor a
    /// verb with nothing after it ("Markets wrap", "Ceasefire talks, day three": a label).
    mutating func headlineClaim() {
        guard statements.isEmpty,
            let group = groups.first(where: {
                !$0.isInfinitive && $0.first > 0 && $0.modal.isEmpty
                    && !tokens[$0.main].classes.isDisjoint(with: [.thirdPerson, .base, .past])
                    && tokens[$0.first - 1].isWord && !tokens[$0.first - 1].classes.contains(.preposition)
                    && $0.main + 1 < tokens.count
                    && (tokens[$0.main + 1].isWord || !tokens[$0.main + 1].flags.isDisjoint(with: [.openQuote, .number]))
            })
        else { return }
        var statement = makeStatement(
            .claim, polarity: group.negated ? .negated : .affirmed, rule: .headline, confidence: 0.45, actionFrom: nil)
        statement.cues.append(cue(at: group.main, kind: "claim", rule: .headline))
        statements.append(statement)
    }

    /// A declarative sentence with a predicate that no rule claimed: it asserts something.
    mutating func fallbackClaim() {
        guard let group = groups.first(where: { !$0.isInfinitive }) else { return }
        var statement = makeStatement(
            .claim, polarity: group.negated ? .negated : .affirmed, rule: .fallbackAssertion,
            confidence: 0.5, actionFrom: nil)
        statement.cues.append(cue(at: group.main, kind: "claim", rule: .fallbackAssertion))
        statements.append(statement)
    }
}
