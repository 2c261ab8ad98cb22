/// The data files compiled into the library (`Resources/`): one list, so that
/// the analyzer's version hashes every one of them and a test loads every one.
public enum BundledData {
    /// A bundled data file: its name in `Resources/` and its bytes.
    public struct File: Sendable {
        /// The file's name, e.g. `lexicon.tsv`.
        public var name: String
        /// The file's bytes, as built into the binary.
        public var bytes: [UInt8]

        /// The file's bytes read as UTF-8 text.
        public var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Every bundled data file, in a fixed order (the version hash depends on it).
    /// A file added to `Resources/` (and to Package.swift) belongs here too.
    public static let files: [File] = [
        File(name: "abbreviations.tsv", bytes: PackageResources.abbreviations_tsv),
        File(name: "boilerplate.tsv", bytes: PackageResources.boilerplate_tsv),
        File(name: "lexicon.tsv", bytes: PackageResources.lexicon_tsv),
        File(name: "verbs.tsv", bytes: PackageResources.verbs_tsv),
        File(name: "actors.json", bytes: PackageResources.actors_json),
        File(name: "actions.tsv", bytes: PackageResources.actions_tsv),
        File(name: "topics.tsv", bytes: PackageResources.topics_tsv),
        File(name: "publishers.tsv", bytes: PackageResources.publishers_tsv),
        File(name: "outcome-verbs.tsv", bytes: PackageResources.outcome_verbs_tsv),
    ]

    /// The result of parsing a bundled file, or a stop with the file, line and
    /// reason when it does not parse. The bundled files are part of the build,
    /// not input: a malformed line there is a broken build, and an analyzer
    /// that carried on without its lexicon or dictionary would store wrong
    /// statements silently. `BundledDataTests` parses every file, so such a
    /// build fails its tests before it ships.
    static func load<Value>(_ parse: () throws(RuleFileError) -> Value) -> Value {
        do {
            return try parse()
        } catch {
            fatalError("bundled data file \(error.description) (the build is broken; run 'swift test --filter BundledDataTests')")
        }
    }
}
