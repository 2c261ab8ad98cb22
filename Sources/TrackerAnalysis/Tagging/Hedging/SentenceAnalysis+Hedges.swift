/// Hedges: words, phrases and verbs that make a statement uncertain or leave a clause unasserted.
extension SentenceAnalysis {
    // MARK: Hedges

    /// Hedge words and phrases; those that open a clause of their own
    /// ("whether", "if", "unclear", "speculation") leave what follows unasserted.
    mutating func findHedges() {
        var index = 0
        var closedByComma: Int?
        while index < tokens.count {
            let token = tokens[index]
            if let phrases = lexicon.phrases(startingWith: token.key),
                let phrase = phrases.first(where: { !$0.classes.isDisjoint(with: [.hedge, .claimPhrase]) && matches($0, at: index) })
            {
                if phrase.classes.contains(.claimPhrase) {
                    accordingToAt = accordingToAt ?? (index, phrase.keys.count)
                } else {
                    hedges.append((index, index + phrase.keys.count, .hedgeWord))
                    unassertedFrom = min(unassertedFrom, index)
                }
                index += phrase.keys.count
                continue
            }
            if token.isVerbForm, index > 0, !token.classes.isDisjoint(with: [.hedge, .hedgeVerb, .cognition]), isComparisonMark(index - 1) {
                // "widened by more than expected", "as feared": a standard of comparison, no hedge.
                index += 1
                continue
            }
            if !token.classes.isDisjoint(with: [.hedge, .conditionalIf]), isHedgeWordWithoutDoubt(index) {
                // What an "if" or "whether" opens is still not asserted ("if you are willing to
                // lie"), up to the comma that closes it ("Asked if ..., the leader said").
                if !token.classes.isDisjoint(with: [.conditionalIf]) || token.key == Self.whetherKey, unassertedFrom == .max {
                    unassertedFrom = index
                    closedByComma = tokens.indices.dropFirst(index + 1).first { tokens[$0].mark == UInt8(ascii: ",") }
                }
                index += 1
                continue
            }
            if token.classes.contains(.hedge),
                !token.classes.contains(.hedgeFrame) || !(index + 1 < tokens.count && tokens[index + 1].key == K.to)
            {
                hedges.append((index, index + 1, .hedgeWord))
                if opensUnassertedClause(token) { unassertedFrom = min(unassertedFrom, index) }
            } else if token.classes.contains(.hedgeVerb), !token.classes.contains(.stative) || token.classes.contains(.gerund),
                !groups.contains(where: { $0.main == index })
            {
                hedges.append((index, index + 1, .hedgeWord))
                unassertedFrom = min(unassertedFrom, index)
            } else if token.classes.contains(.conditionalIf) {
                hedges.append((index, index + 1, .conditional))
                unassertedFrom = min(unassertedFrom, index)
            } else if token.key == K.clear || token.key == K.known || token.key == K.certain || token.key == K.sure,
                (max(0, index - 3)..<index).contains(where: { tokens[$0].classes.contains(.negator) })
            {
                hedges.append((index, index + 1, .hedgeWord))
                unassertedFrom = min(unassertedFrom, max(0, index - 3))
            }
            index += 1
        }
        if unassertedFrom < tokens.count {
            unassertedUntil =
                tokens.indices.dropFirst(unassertedFrom).first {
                    tokens[$0].mark == UInt8(ascii: ";") || (tokens[$0].mark == UInt8(ascii: "-") && bytes[tokens[$0].start] == 0xE2)
                } ?? .max
            if let closedByComma, hedges.allSatisfy({ $0.index > closedByComma }) {
                unassertedUntil = min(unassertedUntil, closedByComma)
            }
        }
        // The copula or verb that carries a clause-opening hedge is part of it
        // ("is unclear", "was never made clear", "remains unknown").
        for (hedge, _, _) in hedges where hedge >= unassertedFrom {
            for group in groups.indices
            where groups[group].main < hedge && hedge - groups[group].main <= 3
                && (groups[group].isCopula || hedge - groups[group].main == 1 || tokens[groups[group].main].classes.contains(.stative))
            {
                consume(group)
            }
        }
    }

    /// A hedge word or "if" that doubts nothing (on the BBC development articles, 9 of the 42
    /// uncertainties found where the labels had none):
    /// - an indirect question, "asked if he would", "asked whether he was": what was asked;
    /// - a generic "you", "if you look at the bigger picture", "unless you have a streak of
    ///   determination": a figure of speech, no condition on the claim;
    /// - an attributive "potential", "uncertain" or "question" ("a potential conflict of
    ///   interest", "an uncertain climate", "a question and answer session"), or "potential" as a
    ///   noun ("fulfil their potential"): a description of a thing, no doubt about the sentence.
    mutating func isHedgeWordWithoutDoubt(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.classes.contains(.conditionalIf) || token.key == Self.whetherKey {
            if index > 0, Self.askWords[tokens[index - 1].key] != nil { return true }
            if token.classes.contains(.conditionalIf), index + 1 < tokens.count, Self.genericYou[tokens[index + 1].key] != nil {
                return true
            }
            return false
        }
        guard Self.describingHedges[token.key] != nil else { return false }
        let syntax = syntax()
        if let relation = syntax.relation(index), relation == .amod || relation == .compound { return true }
        return syntax.tag(index) == .noun && index > 0 && Self.possessives[tokens[index - 1].key] != nil
    }

    static let whetherKey = Lexicon.key(Array("whether".utf8))
    /// The forms of "ask" before an indirect question.
    static let askWords = KeyTable<Bool>(words: ["ask", "asks", "asked", "asking"])
    /// "you" and "one" as anyone at all.
    static let genericYou = KeyTable<Bool>(words: ["you", "one"])
    /// Possessive determiners: "their potential".
    static let possessives = KeyTable<Bool>(words: ["my", "your", "his", "her", "its", "our", "their"])
    /// Hedge words that describe a thing when they modify a noun.
    static let describingHedges = KeyTable<Bool>(words: ["potential", "uncertain", "question"])

    /// "whether", "unclear", "speculation", "doubt" govern a clause; adverbs
    /// such as "reportedly" and "likely" only qualify their own.
    func opensUnassertedClause(_ token: Token) -> Bool {
        if isAdverb(token) { return false }
        return !token.classes.contains(.adverb) && !token.classes.contains(.hedgeFrame)
    }

    /// Marks statements under a qualifying hedge uncertain, and makes the
    /// sentence's uncertainty a statement when nothing else carries it.
    mutating func applyHedges() {
        guard !hedges.isEmpty else { return }
        var carried = false
        for hedge in hedges where hedge.rule == .hedgeWord || hedge.rule == .hedgedCertainty {
            // The statement whose verb is nearest after the hedge (or before it) in the same clause.
            let target = statements.indices.filter { statements[$0].kind != .uncertainty }.min { a, b in
                distance(hedge.index, statements[a]) < distance(hedge.index, statements[b])
            }
            if let target, distance(hedge.index, statements[target]) <= 6, hedge.index < unassertedFrom || hedge.rule == .hedgedCertainty {
                statements[target].certainty = .uncertain
                if hedge.rule == .hedgeWord {
                    statements[target].cues.append(cue(from: hedge.index, to: hedge.end, kind: "hedge", rule: .hedgeWord))
                }
                statements[target].rules.append(RuleID(.hedgedCertainty))
                carried = true
            }
        }
        let clauseHedges = hedges.filter { $0.index >= unassertedFrom && $0.rule != .hedgedCertainty }
        if (!carried || !clauseHedges.isEmpty), !statements.contains(where: { $0.kind == .uncertainty }),
            let first = (clauseHedges.first ?? hedges.first(where: { $0.rule != .hedgedCertainty }))
        {
            var statement = makeStatement(
                .uncertainty, polarity: .affirmed, rule: first.rule, confidence: 0.8,
                actionFrom: nil)
            statement.certainty = .uncertain
            statement.cues.append(cue(from: first.index, to: first.end, kind: "hedge", rule: first.rule))
            statements.append(statement)
        }
    }

    func distance(_ tokenIndex: Int, _ statement: Statement) -> Int {
        guard let cue = statement.cues.last(where: { $0.kind != "negation" && $0.kind != "hedge" }) else { return .max }
        let position = token(startingAt: cue.start) ?? 0
        return abs(position - tokenIndex)
    }

    mutating func addUncertainty(at index: Int, rule: TaggingRule) {
        var statement = makeStatement(.uncertainty, polarity: .affirmed, rule: rule, confidence: 0.75, actionFrom: nil)
        statement.certainty = .uncertain
        statement.cues.append(cue(at: index, kind: "hedge", rule: rule))
        statements.append(statement)
    }
}
