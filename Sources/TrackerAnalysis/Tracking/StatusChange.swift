/// A change of a commitment's status: the day, the new status, and what
/// caused it (the statement that was reported, or the deadline passing).
public struct StatusChange: Sendable, Hashable, Codable {
    /// The day of the change, ISO 8601 (`2019-02-28`).
    public var date: String
    /// The status from that day on.
    public var status: CommitmentStatus
    /// "pledged", "fulfils", "progresses", "contradicts", "reversed", "deadline passed".
    public var cause: String
    /// The statement that caused it; nil when the deadline passed.
    public var evidence: Evidence?

    /// A change to `status` on `date`, with its cause and the statement behind it (nil for a passed deadline).
    public init(date: String, status: CommitmentStatus, cause: String, evidence: Evidence?) {
        self.date = date
        self.status = status
        self.cause = cause
        self.evidence = evidence
    }
}
