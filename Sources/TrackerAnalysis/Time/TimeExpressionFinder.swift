/// Finds time expressions in text ("by the end of February", "last June", "since the
/// summit") and normalises them against a reference date.
///
/// Normalisation depends only on the text, the reference date (usually the
/// document's date) and the clause's tense, never on the machine's clock.
public struct TimeExpressionFinder: Sendable {
    /// A finder; it holds no state.
    public init() {}

    /// All time expressions in `text`, in order, normalised against `reference`.
    ///
    /// `tense` decides which way an underspecified time resolves: "in February" or
    /// "on Friday" is the most recent one in a past clause and the next one in a
    /// future clause.
    public func find(in text: String, reference: CalendarDate, tense: Tense) -> [TimeExpression] {
        find(in: text, reference: reference, tenses: [tense])[tense] ?? []
    }

    /// The expressions of `text` as each of `tenses` resolves them, the text
    /// read and split into words once for all of them.
    public func find(in text: String, reference: CalendarDate, tenses: Set<Tense>) -> [Tense: [TimeExpression]] {
        guard !tenses.isEmpty, TimeVocabulary.mayContainTime(text) else { return [:] }
        // One pass (Array(text.unicodeScalars) counts them first, then copies).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        let tokens = TimeToken.tokens(in: scalars)
        var found: [Tense: [TimeExpression]] = [:]
        for tense in tenses {
            found[tense] = TimeExpressionScanner(scalars: scalars, tokens: tokens, reference: reference, tense: tense).expressions()
        }
        return found
    }
}
