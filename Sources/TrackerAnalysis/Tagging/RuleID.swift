/// The stable id of a rule that made a statement or used a cue
/// (`commitment.commit-verb`, `holder.announcer`, `time.deadline-by`), as
/// stored with the statement, exported and shown by `annotate --explain`.
///
/// The statement tagger's rules are the cases of ``TaggingRule``; roles,
/// quotations, times and cues add ids of their own, so a stored id is any
/// such id, kept as written: an id a newer analyzer added reads back as
/// itself, never as a guess. In JSON it is the plain string, so exports are
/// the same bytes as when ids were strings.
public struct RuleID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The id as stored (`family.name`).
    public let rawValue: String

    /// The rule with id `rawValue`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id of a statement-tagger rule.
    public init(_ rule: TaggingRule) {
        rawValue = rule.rawValue
    }

    /// The statement-tagger rule this id names, if it names one.
    public var taggingRule: TaggingRule? { TaggingRule(rawValue: rawValue) }

    /// The family before the first dot (`commitment`, `claim`, `holder`, ...).
    public var family: Substring { rawValue.prefix { $0 != "." } }

    /// The id, as written.
    public var description: String { rawValue }

    /// Reads the id from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the id as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Ordered by the id's text.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
