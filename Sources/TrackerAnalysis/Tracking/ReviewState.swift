/// What a person did with a stored statement (the `review` column).
public enum ReviewState: String, Sendable, Codable, CaseIterable {
    /// As the analyzer left it.
    case unreviewed
    /// A person checked it and left it as it is.
    case confirmed
    /// A person changed it.
    case corrected
    /// A person rejected it: kept, and left out of queries, tracking and reports.
    case rejected
    /// A person added it (`tracker add-statement`).
    case added

    /// Whether a person has looked at it (anything but `unreviewed`).
    public var isReviewed: Bool { self != .unreviewed }
}
