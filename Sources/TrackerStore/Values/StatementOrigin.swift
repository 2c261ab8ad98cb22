/// Who made a stored statement or outcome link (the `origin` column).
public enum StatementOrigin: String, Sendable, Codable, CaseIterable {
    /// The analyzer (the tracking rules, for a link).
    case automatic
    /// A person.
    case human
}
