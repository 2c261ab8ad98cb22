/// A human decision about a commitment and an outcome: linked (with a
/// relation) or unlinked. Human decisions win over automatic links.
public struct HumanLink: Sendable, Hashable {
    public var commitmentID: Int64
    public var outcomeID: Int64
    public var relation: OutcomeRelation?
    public var linked: Bool
    public var note: String?

    public init(commitmentID: Int64, outcomeID: Int64, relation: OutcomeRelation?, linked: Bool, note: String?) {
        self.commitmentID = commitmentID
        self.outcomeID = outcomeID
        self.relation = relation
        self.linked = linked
        self.note = note
    }
}
