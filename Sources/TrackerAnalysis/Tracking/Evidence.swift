/// A piece of evidence: a stored statement with where and when it was said.
public struct Evidence: Sendable, Hashable, Codable {
    public var statementID: Int64
    public var documentID: Int64
    public var documentTitle: String?
    public var date: String?
    public var source: String?
    public var sentence: String
    /// `unreviewed`, or what a person did: `confirmed`, `corrected`, `added`.
    public var review: String = "unreviewed"

    public init(statementID: Int64, documentID: Int64, documentTitle: String?, date: String?, source: String?,
                sentence: String, review: String = "unreviewed") {
        self.statementID = statementID
        self.documentID = documentID
        self.documentTitle = documentTitle
        self.date = date
        self.source = source
        self.sentence = sentence
        self.review = review
    }

    /// Whether a person reviewed (confirmed, corrected) or added the statement.
    public var isReviewed: Bool { review != "unreviewed" }
}
