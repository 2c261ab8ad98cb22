/// Outcomes reported with a figure: the deed is an achievement, and the amount
/// it states is a checkable figure, a claim as well.
extension SentenceAnalysis {
    // MARK: Figures in outcomes

    /// "took a 1.5bn euro charge", "sold the unit for $646m", "cut its rate to 4.5%":
    /// an achievement whose clause states an amount of money, a percentage or a
    /// magnitude also asserts that figure, a claim (annotation guide: figures are
    /// claims; a sentence carries `claim` as well when it asserts a fact of its own).
    /// On the BBC development articles, 28 of the 60 sentences tagged an achievement
    /// and no claim hold such an amount, and the labels ask for a claim on all 28
    /// (20 required, 8 acceptable). A count of things acted on ("laid off 11,000
    /// employees") is the deed's own size, not a figure asserted apart from it.
    mutating func claimOutcomeFigures() {
        guard !statements.contains(where: { $0.kind == .claim }) else { return }
        for statement in statements
        where statement.kind == .achievement && statement.rules.first.map(Self.figureBearingRules.contains) == true {
            guard let cue = statement.cues.last(where: { $0.kind == "achievement" }), let verb = token(startingAt: cue.start) else {
                continue
            }
            // A currency sign is a mark, but no end of the clause ("booked a £40m charge").
            var end = clauseEnd(from: verb)
            while end < tokens.count, isCurrencySign(tokens[end]) { end = clauseEnd(from: end) }
            guard let figure = ((verb + 1)..<end).first(where: isAmount) else { continue }
            var claim = makeStatement(.claim, polarity: .affirmed, rule: .outcomeFigure, confidence: 0.6, actionFrom: nil)
            claim.cues.append(self.cue(at: figure, kind: "claim", rule: .outcomeFigure))
            claim.clauseStart = statement.clauseStart
            statements.insert(claim, at: 0)
            return
        }
    }

    /// The rules of deeds reported as done (not "failed to", not a state reached).
    static let figureBearingRules: Set<RuleID> = [
        RuleID(.pastAction), RuleID(.perfectAction), RuleID(.passiveAction), RuleID(.realisedOutcome),
    ]

    /// A number that states an amount: with a currency sign before it or in it
    /// ("$646m", "£ 3bn", "€40"), a magnitude in it or after it ("1.5bn",
    /// "20 million"), or a percentage ("4.5%", "12 per cent", "60 percent").
    func isAmount(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.flags.contains(.number) else { return false }
        if index > 0, isCurrencySign(tokens[index - 1]) { return true }
        let word = lowercased(index)
        if word.hasPrefix("$") || word.hasPrefix("£") || word.hasPrefix("€") || word.hasSuffix("%") { return true }
        if word.hasSuffix("bn") || word.hasSuffix("m") && word.dropLast().allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
            return true
        }
        guard index + 1 < tokens.count else { return false }
        let next = lowercased(index + 1)
        if Self.magnitudeWords.contains(next) { return true }
        return next == "per" && index + 2 < tokens.count && lowercased(index + 2) == "cent"
    }

    /// "$", "£", "€" as a token of its own.
    func isCurrencySign(_ token: Token) -> Bool {
        guard token.flags.contains(.punctuation) || !token.isWord else { return false }
        let first = bytes[token.start]
        return first == UInt8(ascii: "$") || first == 0xC2 && token.end - token.start >= 2 && bytes[token.start + 1] == 0xA3
            || first == 0xE2 && token.end - token.start >= 3 && bytes[token.start + 1] == 0x82 && bytes[token.start + 2] == 0xAC
    }

    /// Words after a number that make it an amount.
    static let magnitudeWords: Set<String> = ["%", "percent", "million", "billion", "trillion", "bn", "m", "pence", "cents"]
}
