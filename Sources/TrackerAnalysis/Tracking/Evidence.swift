/// A piece of evidence: a stored statement with where and when it was said.
public struct Evidence: Sendable, Hashable, Codable {
    /// The stored statement's id.
    public var statementID: Int64
    /// The id of the stored document it was said in (0 when not known).
    public var documentID: Int64
    /// The document's headline; nil when it has none or it was not read.
    public var documentTitle: String?
    /// The document's date (written `2019-02-28` in JSON and text); nil when the document is undated.
    public var date: CalendarDate?
    /// Who the statement is attributed to (its first source actor's name); nil when it names none.
    public var source: String?
    /// The sentence as written in the article: untrusted text, to escape wherever it is rendered.
    public var sentence: String
    /// `unreviewed`, or what a person did: `confirmed`, `corrected`, `added`.
    public var review: ReviewState = .unreviewed

    /// Evidence of one statement; `review` is `unreviewed` unless a person looked at it.
    public init(
        statementID: Int64, documentID: Int64, documentTitle: String?, date: CalendarDate?, source: String?,
        sentence: String, review: ReviewState = .unreviewed
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
    public var isReviewed: Bool { review.isReviewed }

    enum CodingKeys: String, CodingKey {
        case statementID, documentID, documentTitle, date, source, sentence, review
    }

    /// Reads evidence whose date is ISO 8601 text; another form of day is an error, not a guess.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statementID = try container.decode(Int64.self, forKey: .statementID)
        documentID = try container.decode(Int64.self, forKey: .documentID)
        documentTitle = try container.decodeIfPresent(String.self, forKey: .documentTitle)
        if let text = try container.decodeIfPresent(String.self, forKey: .date) {
            guard let day = CalendarDate(iso: text), text.count == 10 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .date, in: container, debugDescription: "not a day (YYYY-MM-DD): \(text)")
            }
            date = day
        }
        source = try container.decodeIfPresent(String.self, forKey: .source)
        sentence = try container.decode(String.self, forKey: .sentence)
        review = try container.decode(ReviewState.self, forKey: .review)
    }

    /// Writes the date as ISO 8601 text (`2019-02-28`), as before it was typed: the JSON is unchanged.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statementID, forKey: .statementID)
        try container.encode(documentID, forKey: .documentID)
        try container.encodeIfPresent(documentTitle, forKey: .documentTitle)
        try container.encodeIfPresent(date?.iso, forKey: .date)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(review, forKey: .review)
    }
}
