/// The status of a commitment as of a date (ANNOTATION.md).
public enum CommitmentStatus: String, Sendable, Codable, CaseIterable {
    case kept
    case inProgress = "in progress"
    case partlyKept = "partly kept"
    case broken
    case overdue
    case pending
    case disputed
}
