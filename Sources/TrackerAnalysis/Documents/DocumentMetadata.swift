/// What is known about a document besides its text.
///
/// `date` is the publication date: the reference date against which every
/// relative time in the text ("last June", "on Friday") is resolved.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The headline, if known.
    public var title: String?
    /// The publication date, against which relative times resolve.
    public var date: CalendarDate?
    /// The publisher ("The Ledger"), also the source of "our correspondent".
    public var source: String?
    /// Where the document came from.
    public var url: String?
    /// The language code (`en` unless the document says otherwise); the rules are written for English.
    public var language: String
    /// Who wrote it, when the page says (a web page's author meta tag or JSON-LD).
    public var author: String?
    /// The country the document is about or from ("United Kingdom", "uk"):
    /// the state of "the government" when the text names none.
    public var country: String?

    /// Metadata with the fields given.
    public init(
        title: String? = nil, date: CalendarDate? = nil, source: String? = nil,
        url: String? = nil, language: String = "en", author: String? = nil, country: String? = nil
    ) {
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.language = language
        self.author = author
        self.country = country
    }

    /// These values, with each field that `overrides` sets taking precedence
    /// (flags given on the command line win over what the file says); the language stays the file's.
    public func overridden(by overrides: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(
            title: overrides.title ?? title,
            date: overrides.date ?? date,
            source: overrides.source ?? source,
            url: overrides.url ?? url,
            // No flag sets the language: the file's own (a page's lang) is kept.
            language: language,
            author: overrides.author ?? author,
            country: overrides.country ?? country
        )
    }
}
