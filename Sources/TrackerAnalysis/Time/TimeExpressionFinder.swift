/// Finds time expressions in text ("by the end of February", "last June", "since the
/// summit") and normalises them against a reference date.
///
/// Normalisation depends only on the text, the reference date (usually the
/// document's date) and the clause's tense, never on the machine's clock.
public struct TimeExpressionFinder: Sendable {
    public init() {}

    /// All time expressions in `text`, in order, normalised against `reference`.
    ///
    /// `tense` decides which way an underspecified time resolves: "in February" or
    /// "on Friday" is the most recent one in a past clause and the next one in a
    /// future clause.
    public func find(in text: String, reference: CalendarDate, tense: Tense) -> [TimeExpression] {
        guard TimeVocabulary.mayContainTime(text) else { return [] }
        return TimeExpressionScanner(text: text, reference: reference, tense: tense).expressions()
    }
}
