/// A table the analyzer builds from bundled data files: its `bundled()`
/// parser, which stops with the file, line and reason on a malformed line,
/// and its `standard` copy, parsed once. One protocol for every such table,
/// so that a test loads each of them and checks that every file in
/// ``BundledData/files`` is read by one.
public protocol BundledTable: Sendable {
    /// The names of the bundled files the table is built from (in `Resources/`).
    static var bundledFileNames: [String] { get }
    /// The table parsed from its bundled files; a malformed line is an error naming file and line.
    static func bundled() throws(RuleFileError) -> Self
    /// The bundled table, parsed once (a malformed bundled file stops the program: the build is broken).
    static var standard: Self { get }
}

extension BundledData {
    /// Every table built from bundled files.
    public static let tables: [any BundledTable.Type] = [
        AbbreviationTable.self, BoilerplateFilter.self, Lexicon.self, ActorDictionary.self, ActionGroups.self,
        TopicList.self, PublisherCountries.self, OutcomeVerbs.self,
    ]
}

extension AbbreviationTable: BundledTable {
    /// `abbreviations.tsv`.
    public static let bundledFileNames = ["abbreviations.tsv"]
}

extension BoilerplateFilter: BundledTable {
    /// `boilerplate.tsv`.
    public static let bundledFileNames = ["boilerplate.tsv"]
}

extension Lexicon: BundledTable {
    /// `lexicon.tsv` (cue words) and `verbs.tsv` (verb forms).
    public static let bundledFileNames = ["lexicon.tsv", "verbs.tsv"]
}

extension ActorDictionary: BundledTable {
    /// `actors.json`.
    public static let bundledFileNames = ["actors.json"]
}

extension ActionGroups: BundledTable {
    /// `actions.tsv`.
    public static let bundledFileNames = ["actions.tsv"]
}

extension TopicList: BundledTable {
    /// `topics.tsv`.
    public static let bundledFileNames = ["topics.tsv"]
}

extension PublisherCountries: BundledTable {
    /// `publishers.tsv`.
    public static let bundledFileNames = ["publishers.tsv"]
}

extension OutcomeVerbs: BundledTable {
    /// `outcome-verbs.tsv`.
    public static let bundledFileNames = ["outcome-verbs.tsv"]
}
