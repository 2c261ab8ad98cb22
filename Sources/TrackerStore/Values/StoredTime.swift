import GRDB
public import TrackerAnalysis

/// A stored statement's time expression, as queries list it (and as a person
/// gives one to an added statement, ``AddedTime``).
public struct StoredTime: Sendable, Hashable, Codable {
    /// As written ("by the end of June").
    public var text: String
    /// The date at the precision meant (`2025-06`, `2025-06-30`; ISO 8601 in JSON), when it has one.
    public var value: PartialDate?
    /// Deadline, occurred, since or until.
    public var role: TimeExpression.Role

    /// A time with its text, value and role.
    public init(text: String, value: PartialDate?, role: TimeExpression.Role) {
        self.text = text
        self.value = value
        self.role = role
    }

    /// What a listing shows: the value, or the text when there is none.
    public var shown: String { value?.iso ?? text }

    /// The time of a row with `time_text`, `time_value` and `time_role` columns; nil when it has none.
    init?(_ row: Row) throws {
        guard let text = row["time_text"] as String? else { return nil }
        self.init(text: text, value: try StoredValue.partialDate(row, "time_value"), role: try StoredValue.required(row, "time_role"))
    }
}
