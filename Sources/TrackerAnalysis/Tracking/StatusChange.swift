/// A change of a commitment's status: the day, the new status, and what
/// caused it (the statement that was reported, or the deadline passing).
public struct StatusChange: Sendable, Hashable, Codable {
    /// The day of the change (written `2019-02-28` in JSON and text).
    public var date: CalendarDate
    /// The status from that day on.
    public var status: CommitmentStatus
    /// "pledged", "fulfils", "progresses", "contradicts", "reversed", "deadline passed".
    public var cause: String
    /// The statement that caused it; nil when the deadline passed.
    public var evidence: Evidence?

    /// A change to `status` on `date`, with its cause and the statement behind it (nil for a passed deadline).
    public init(date: CalendarDate, status: CommitmentStatus, cause: String, evidence: Evidence?) {
        self.date = date
        self.status = status
        self.cause = cause
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case date, status, cause, evidence
    }

    /// Reads a change whose day is ISO 8601 text; another form of day is an error, not a guess.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .date)
        guard let date = CalendarDate(iso: text), text.count == 10 else {
            throw DecodingError.dataCorruptedError(
                forKey: .date, in: container, debugDescription: "not a day (YYYY-MM-DD): \(text)")
        }
        self.date = date
        status = try container.decode(CommitmentStatus.self, forKey: .status)
        cause = try container.decode(String.self, forKey: .cause)
        evidence = try container.decodeIfPresent(Evidence.self, forKey: .evidence)
    }

    /// Writes the day as ISO 8601 text (`2019-02-28`), as before it was typed: the JSON is unchanged.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date.iso, forKey: .date)
        try container.encode(status, forKey: .status)
        try container.encode(cause, forKey: .cause)
        try container.encodeIfPresent(evidence, forKey: .evidence)
    }
}
