extension StatementTagger {
    /// The normalised form of an action given as words ("halted all missile
    /// tests" → "halt test"): the verb's lemma, a particle ("shut down"), and
    /// the head of its object, as the tagger normalises the actions it finds.
    /// Nil when the words hold no verb. Used for statements people add.
    public func normalizeAction(_ action: String) -> String? {
        var text = action
        return text.withUTF8 { bytes -> String? in
            var tokens: [Token] = []
            tokenizer.tokenize(bytes, 0..<bytes.count, into: &tokens)
            guard let verb = tokens.firstIndex(where: { $0.isWord && $0.isVerbForm }) else { return nil }
            let span = SentenceSpan(
                start: 0, end: action.unicodeScalars.count, utf8Start: 0, utf8End: bytes.count,
                rule: .oneSentencePerLine)
            let analysis = SentenceAnalysis(bytes: bytes, span: span, tokens: tokens, lexicon: tokenizer.lexicon)
            return analysis.normalizedAction(from: verb)
        }
    }
}
