/// A time phrase without its leading preposition ("the end of February", "last
/// June", "June 12, 2018"), already normalised, ending before token `end`.
struct TimePhrase {
    /// The shape of a phrase, which decides the prepositions it may follow
    /// ("on Friday" but not "on February"; "in February" but not "in Friday").
    enum Form {
        /// A calendar day named by its month: "June 12, 2018", "12 December", "2024-07-01".
        case date
        /// A weekday: "Friday", "Thursday night".
        case weekday
        /// A month: "February", "March 2020", "early March".
        case month
        /// A year: "2017".
        case year
        /// A part of a year: "the third quarter", "the first half of 2019", "mid-2026".
        case period
        /// The last day of a period: "the end of February", "March-end".
        case end
        /// Counted from the reference date: "last June", "next year", "tomorrow", "two days ago".
        case relative
        /// "the summer", only as a deadline.
        case season
    }

    var end: Int
    var value: TimeValue
    var form: Form
    /// The phrase itself says the time is past ("last year", "two days ago", "yesterday").
    var pointsBack = false
}
