/// A human decision about a commitment and an outcome: linked (with a
/// relation) or unlinked. Human decisions win over automatic links.
public struct HumanLink: Sendable, Hashable {
    /// The commitment's statement id.
    public var commitmentID: Int64
    /// The outcome's statement id.
    public var outcomeID: Int64
    /// How the outcome bears on the commitment; nil reads as `fulfils` for a link and means nothing for an unlink.
    public var relation: OutcomeRelation?
    /// True: link them whatever the score; false: never link them.
    public var linked: Bool
    /// What the person wrote about the decision, if anything.
    public var note: String?

    /// A person's decision on one commitment and one outcome.
    public init(commitmentID: Int64, outcomeID: Int64, relation: OutcomeRelation?, linked: Bool, note: String?) {
        self.commitmentID = commitmentID
        self.outcomeID = outcomeID
        self.relation = relation
        self.linked = linked
        self.note = note
    }
}
