/// A piece of evidence: a stored statement with where and when it was said.
public struct Evidence: Sendable, Hashable, Codable {
    /// The stored statement's id.
    public var statementID: Int64
    /// The id of the stored document it was said in (0 when not known).
    public var documentID: Int64
    /// The document's headline; nil when it has none or it was not read.
    public var documentTitle: String?
    /// The document's date, ISO 8601 (`2019-02-28`); nil when the document is undated.
    public var date: String?
    /// Who the statement is attributed to (its first source actor's name); nil when it names none.
    public var source: String?
    /// The sentence as written in the article: untrusted text, to escape wherever it is rendered.
    public var sentence: String
    /// `unreviewed`, or what a person did: `confirmed`, `corrected`, `added`.
    public var review: String = "unreviewed"

    /// Evidence of one statement; `review` is `unreviewed` unless a person looked at it.
    public init(
        statementID: Int64, documentID: Int64, documentTitle: String?, date: String?, source: String?,
        sentence: String, review: String = "unreviewed"
    ) {
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
