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

    /// A gold line; only the text and kinds are required.
    public init(id: String? = nil, text: String, kinds: [StatementKind], polarity: [String: Polarity]? = nil,
                scored: [StatementKind]? = nil, holder: String? = nil, source: String? = nil) {
        self.id = id
        self.text = text
        self.kinds = kinds
        self.polarity = polarity
        self.scored = scored
        self.holder = holder
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, text, kinds, polarity, scored, holder, source
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
    }
}
