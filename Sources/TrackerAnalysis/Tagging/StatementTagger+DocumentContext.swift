extension StatementTagger {
    /// What the tagger needs to know about the document: its date (for
    /// dated roles such as "the US president") and its publisher (the source
    /// of "our correspondent adds").
    public struct DocumentContext: Sendable {
        /// The publication date; relative times resolve against it, and stay unresolved without it.
        public var date: CalendarDate?
        /// The publisher, the source of "our correspondent".
        public var publication: String?
        /// The document's country (an actor id or name): the state of "the
        /// government" or "ministers" when the text names none. Default: the
        /// publisher's (``PublisherCountries``), else none.
        public var country: String?

        /// A context with the date, publisher and country given.
        public init(date: CalendarDate? = nil, publication: String? = nil, country: String? = nil) {
            self.date = date
            self.publication = publication
            self.country = country
        }

        /// The country's actor id: as given (by id or by any name of the
        /// dictionary's), else the publisher's.
        func countryID(in dictionary: ActorDictionary) -> String? {
            if let country {
                if dictionary.entry(id: country) != nil { return country }
                let slug = ActorDictionary.slug(country)
                if dictionary.entry(id: slug) != nil { return slug }
                return dictionary.id(named: country)
            }
            return publication.flatMap { PublisherCountries.standard.country(of: $0) }
        }
    }
}
