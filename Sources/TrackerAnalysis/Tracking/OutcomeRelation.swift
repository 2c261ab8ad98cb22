/// How an outcome bears on a commitment.
public enum OutcomeRelation: String, Sendable, Codable {
    case fulfils, contradicts, progresses
}
