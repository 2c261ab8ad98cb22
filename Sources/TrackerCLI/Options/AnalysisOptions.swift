import ArgumentParser
import TrackerAnalysis

/// The user's own cue and verb files, added to the bundled lexicon.
struct AnalysisOptions: ParsableArguments {
    @Option(
        name: .customLong("cues"),
        help: ArgumentHelp(
            "Extra cue words: lines 'phrase<TAB>classes<TAB>weight' as in Resources/lexicon.tsv (repeatable).",
            valueName: "FILE"))
    var cueFiles: [String] = []

    @Option(
        name: .customLong("verbs"),
        help: ArgumentHelp(
            "Extra verbs: lines 'lemma<TAB>classes<TAB>past<TAB>participle' as in Resources/verbs.tsv (repeatable).",
            valueName: "FILE"))
    var verbFiles: [String] = []

    @Option(
        name: .customLong("actors"),
        help: ArgumentHelp(
            "Extra actors and offices: a JSON or YAML (.yaml, .yml) file in the shape of Resources/actors.json (repeatable).",
            valueName: "FILE"))
    var actorFiles: [String] = []

    func actors() throws -> ActorDictionary {
        var dictionary = ActorDictionary.standard
        for path in actorFiles {
            dictionary = try dictionary.adding(file: try InputFile.read(path: path), path: path)
        }
        return dictionary
    }

    /// The version of the analyzer these options make: the bundled one's, or,
    /// with the user's files, one that changes whenever they do.
    func analyzerVersion() throws -> String {
        let files = cueFiles.map { ("cues", $0) } + verbFiles.map { ("verbs", $0) } + actorFiles.map { ("actors", $0) }
        guard !files.isEmpty else { return AnalyzerVersion.current }
        return AnalyzerVersion.version(adding: try files.map { option, path in Array(option.utf8) + (try InputFile.read(path: path)) })
    }

    func tagger() throws -> StatementTagger {
        guard !cueFiles.isEmpty || !verbFiles.isEmpty || !actorFiles.isEmpty else { return StatementTagger() }
        var lexicon = Lexicon.standard
        for path in cueFiles {
            try lexicon.addCues(String(decoding: try InputFile.read(path: path), as: UTF8.self), path: path)
        }
        for path in verbFiles {
            try lexicon.addVerbs(String(decoding: try InputFile.read(path: path), as: UTF8.self), path: path)
        }
        return StatementTagger(lexicon: lexicon, actors: try actors())
    }
}
