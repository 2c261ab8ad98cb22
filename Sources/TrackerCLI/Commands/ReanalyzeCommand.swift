import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

struct ReanalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze",
        abstract: "Run the current analyzer again over stored documents, keeping every human decision.",
        discussion: """
            Each document's automatic statements are replaced by what this version of the \
            analyzer (\(AnalyzerVersion.current)) finds in the stored text, in one transaction \
            per document. Statements a person corrected, confirmed, rejected or added, and those \
            in human outcome links, are kept; a new automatic statement on a clause a person \
            already decided about is not written. By default only documents stored by another \
            analyzer are redone: the version follows the rules and the bundled data files, and \
            --cues, --verbs and --actors files make another version; --all redoes every one.

            Examples:
              tracker reanalyze
              tracker reanalyze --all --actors our-actors.json
              tracker reanalyze --document 12 --document 13
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var analysis: AnalysisOptions
    @Option(help: ArgumentHelp("Only these documents (repeatable).", valueName: "ID")) var document: [Int64] = []
    @Flag(help: "Redo documents already analysed by this version too.") var all = false

    func run() throws {
        let store = try database.openExisting()
        let version = try analysis.analyzerVersion()
        let ids = document.isEmpty ? try store.documentIDs(analyzedBy: all ? nil : version) : document
        let analyzer = DocumentAnalyzer(tagger: try analysis.tagger())
        var progress = Progress(total: ids.count, label: "reanalyze")
        var total = ReanalysisOutcome(documentID: 0)
        var resegmented = 0
        for (number, id) in ids.enumerated() {
            progress.update(done: number, detail: "document \(id)")
            let analyzed = analyzer.analyze(try store.cleanedDocument(id))
            let outcome = try store.reanalyze(
                document: id, with: analyzed, analyzerVersion: version,
                actors: analyzer.tagger.actors)
            total.removed += outcome.removed
            total.added += outcome.added
            total.suppressed += outcome.suppressed
            total.kept += outcome.kept
            total.sameIDs += outcome.sameIDs
            if outcome.resegmented { resegmented += 1 }
        }
        progress.update(done: ids.count)
        progress.finish()
        Diagnostics.info(
            "\(ids.count) documents reanalysed (\(resegmented) re-segmented): \(total.removed) automatic statements "
                + "replaced by \(total.added); \(total.kept) reviewed or added by people kept, \(total.suppressed) new ones left out "
                + "where a person had decided; \(total.sameIDs) found again kept their ids")
    }
}
