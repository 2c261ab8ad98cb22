/// The version of the analysis, stored with every document it analysed so
/// that `tracker reanalyze` knows what is stale. It follows the analysis's
/// content: a release number (bumped by hand when the code of a rule changes)
/// followed by a hash of every rule id and every bundled data file, so that a
/// changed lexicon, verb list or actor dictionary re-analyses every document
/// without anyone remembering to bump it.
public enum AnalyzerVersion {
    /// Bumped by hand when a rule's code changes without its id or data changing.
    public static let release = "0.7.0"

    /// The bundled analyzer's version, e.g. `0.3.0+5f0c9e1d2a7b3c48`.
    public static let current: String = version(adding: [])

    /// The version of the bundled analyzer with the user's own data files
    /// (`--cues`, `--verbs`, `--actors`) added, in the order given: another
    /// file, or the same file changed, is another analyzer.
    public static func version(adding userFiles: [[UInt8]]) -> String {
        version(bundled: BundledData.files, adding: userFiles)
    }

    /// The version with `bundled` standing for the bundled data files (a test
    /// changes one to see the version follow it).
    static func version(bundled: [BundledData.File], adding userFiles: [[UInt8]]) -> String {
        var hash = ContentHash()
        // Rule ids name what the code can decide: a rule added, removed or renamed changes them.
        for id in TaggingRule.allCases.map(\.rawValue) + SegmentationRule.allCases.map(\.rawValue) {
            hash.add(Array(id.utf8))
        }
        for file in bundled {
            hash.add(Array(file.name.utf8))
            hash.add(file.bytes)
        }
        for bytes in userFiles { hash.add(bytes) }
        return release + "+" + hash.hex
    }
}
