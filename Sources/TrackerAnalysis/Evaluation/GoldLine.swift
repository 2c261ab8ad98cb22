/// One labelled line of a gold file (`tracker evaluate`, and what `export
/// --format jsonl` of reviewed statements writes).
public struct GoldLine: Sendable, Codable, Hashable {
    /// The line's id in its file, if it has one.
    public var id: String?
    /// The sentence or paragraph.
    public var text: String
    /// The kinds it holds.
    public var kinds: [StatementKind]
    /// The polarity of each labelled kind (`{"commitment": "negated"}`).
    public var polarity: [String: Polarity]?
    /// The kinds this line labels; the others are unknown here and not
    /// counted. Default: all four.
    public var scored: [StatementKind]?
    /// Who commits or achieved (or whose action is uncertain), by any of its names.
    public var holder: String?
    /// Who says it, by any of its names.
    public var source: String?
    /// Kinds acceptable either way on this line: neither a miss nor a false alarm.
    public var optional: [StatementKind]?
    /// The document the line was taken from (a file name under the documents
    /// folder) and its span there, in Unicode scalars: the line is then scored
    /// in context, against the whole document's analysis.
    public var document: String?
    /// The line's first Unicode scalar in ``document``; read only with a document.
    public var start: Int?
    /// The offset just past the line's last Unicode scalar in ``document`` (the span is half-open).
    public var end: Int?

    /// A gold line; only the text and kinds are required.
    public init(
        id: String? = nil, text: String, kinds: [StatementKind], polarity: [String: Polarity]? = nil,
        scored: [StatementKind]? = nil, holder: String? = nil, source: String? = nil,
        optional: [StatementKind]? = nil, document: String? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.id = id
        self.text = text
        self.kinds = kinds
        self.polarity = polarity
        self.scored = scored
        self.holder = holder
        self.source = source
        self.optional = optional
        self.document = document
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey {
        case id, text, kinds, polarity, scored, holder, source, optional, document, start, end
    }

    /// Reads a line, tolerating the extra fields public data sets carry and
    /// `null` where a field is absent; a field of the wrong shape is an error,
    /// not a silently missing label.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        kinds = try container.decode([StatementKind].self, forKey: .kinds)
        polarity = try container.decodeIfPresent([String: Polarity].self, forKey: .polarity)
        scored = try container.decodeIfPresent([StatementKind].self, forKey: .scored)
        holder = try container.decodeIfPresent(String.self, forKey: .holder)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        optional = try container.decodeIfPresent([StatementKind].self, forKey: .optional)
        // An export's "document" is an object describing the stored document,
        // not a file to read: such a line is scored alone.
        document = try? container.decodeIfPresent(String.self, forKey: .document)
        start = document == nil ? nil : try container.decodeIfPresent(Int.self, forKey: .start)
        end = document == nil ? nil : try container.decodeIfPresent(Int.self, forKey: .end)
        if document != nil, !((start ?? -1) >= 0 && (end ?? -1) >= (start ?? 0)) {
            throw DecodingError.dataCorruptedError(
                forKey: .start, in: container,
                debugDescription: "a line with a document needs 0 <= start <= end")
        }
    }
}
