/// The tense of the clause around a time expression: it decides which way an
/// underspecified time resolves ("in February" before or after the reference date).
public enum Tense: String, Sendable, Codable {
    case past, present, future
}

/// A time expression found in text, with its value normalised against a reference date.
///
/// "by the end of February" in an article of 2019-01-19 is a `deadline` of
/// `2019-02-28`; "since the summit" is a `since` anchored on an event, with no value.
public struct TimeExpression: Sendable, Hashable, Codable {
    /// What the time is to the statement around it.
    public enum Role: String, Sendable, Codable {
        /// The latest time something is due ("by 2030", "within 60 days", "in February" of a plan).
        case deadline
        /// When something happens or happened ("on Friday", "last June").
        case occurred
        /// A starting point ("since 2017", "since the summit", "for months").
        case since
        /// An end point of a state ("until March", "through 2025").
        case until
    }

    /// The expression as written, including its preposition ("by the end of February").
    public var text: String
    /// Offsets in Unicode scalars within the searched text.
    public var start: Int
    /// One past the expression's last Unicode scalar.
    public var end: Int
    /// ISO 8601 at the text's precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-QN`;
    /// `nil` when only an event anchors it ("since the summit") or it has no date ("for months").
    public var value: String?
    /// The event a `since` or `until` refers to: "the summit" for "since the summit".
    public var anchor: String?
    /// What the time is to its statement.
    public var role: Role

    /// ``value`` read as a date; nil when it has none. The scanner writes only the forms
    /// ``PartialDate`` reads, so a value it cannot read is the scanner's bug (an assertion in debug builds).
    public var date: PartialDate? {
        guard let value else { return nil }
        do {
            return try PartialDate(iso: value)
        } catch {
            assertionFailure(error.description)
            return nil
        }
    }

    /// An expression with its text, offsets, value, anchor and role.
    public init(text: String, start: Int, end: Int, value: String?, anchor: String? = nil, role: Role) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.anchor = anchor
        self.role = role
    }
}
