/// Commitments carried by a noun: "its pledge to cut", "no plans for".
extension SentenceAnalysis {
    // MARK: Cue nouns and phrases

    /// "made a commitment to", "no commitment to halt", "its pledge to cut".
    mutating func commitmentNouns() {
        for index in tokens.indices where tokens[index].classes.contains(.commitmentNoun) {
            guard index + 1 < tokens.count else { continue }
            if tokens[index + 1].key == K.forWord, index > 0, tokens[index - 1].key == K.no {
                // "no plans for a meeting": no commitment, with a noun for its action.
                var statement = makeStatement(.commitment, polarity: .negated, rule: .commitmentNoun, confidence: 0.75, actionFrom: nil)
                statement.action = text(from: index + 2, to: clauseEnd(from: index + 1))
                statement.cues = [
                    cue(at: index - 1, kind: "negation", rule: .negatedGroup), cue(at: index, kind: "commitment", rule: .commitmentNoun),
                ]
                statements.append(statement)
                continue
            }
            guard tokens[index + 1].key == K.to,
                let complement = groups.firstIndex(where: { $0.first == index + 2 && $0.isInfinitive })
            else { continue }
            if index >= unassertedFrom, index < unassertedUntil { continue }
            if statements.contains(where: { $0.kind == .commitment && $0.cues.contains { $0.start == tokenStarts[index] } }) { continue }
            // Negation: "no commitment", or the governing group is negated ("has not made any commitment").
            var negator: Int?
            var cursor = index - 1
            while cursor >= 0, cursor >= index - 5 {
                let token = tokens[cursor]
                if token.classes.contains(.negator) { negator = cursor; break }
                if token.flags.contains(.punctuation) { break }
                cursor -= 1
            }
            // "fell short of its target to cut emissions": the shortfall says what became of the
            // target, and is kept (a failure, which tracking reads with the target's words).
            if statements.contains(where: {
                $0.rules.first == RuleID(.shortfall) && $0.cues.contains { $0.start < tokenStarts[index] }
                    && tokenStarts[index] - ($0.cues.last?.start ?? 0) < 40
            }) {
                continue
            }
            let weight = Double(tokens[index].weight)
            guard weight >= 0.8 || negator != nil || groups.contains(where: { $0.main < index && index - $0.main <= 4 }) else { continue }
            consume(complement)
            // A group governing the noun ("has not made") becomes part of this statement.
            if let governing = groups.lastIndex(where: { $0.main < index && index - $0.main <= 4 && !$0.consumed }) {
                consume(governing)
                let governingStart = tokenStarts[groups[governing].main]
                statements.removeAll { $0.cues.contains { $0.start == governingStart } }
            }
            // "withdrew from its pledge to suspend": the pledge is taken back.
            let withdrawn =
                groups.last { $0.main < index && index - $0.main <= 4 }.map { group in
                    StatementTagger.withdrawingVerbs.contains(lexicon.lemma(tokens[group.main].lemma) ?? "")
                } ?? false
            var statement = makeStatement(
                .commitment, polarity: negator == nil && !withdrawn ? .affirmed : .negated,
                rule: .commitmentNoun, confidence: 0.85, actionFrom: groups[complement].main)
            if withdrawn { statement.rules.append(RuleID(.withdrawn)) }
            statement.cues.append(cue(at: index, kind: "commitment", rule: .commitmentNoun))
            if let negator { statement.cues.insert(cue(at: negator, kind: "negation", rule: .negatedGroup), at: 0) }
            statements.append(statement)
            coordinatedActions(after: complement, kind: .commitment, template: statements.count - 1)
        }
    }
}
