import ArgumentParser
import TrackerAnalysis
import TrackerStore

struct DocumentsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Fix a stored document's date, title, source, URL or country, and re-analyse it.",
        discussion: """
            The document is analysed again against its new metadata (a new date re-resolves \
            every relative time and deadline, and so the statuses that depend on them), in one \
            transaction; statements a person corrected, confirmed, rejected or added are kept, \
            as 'tracker reanalyze' keeps them. Fields not given stay as they are.

            Examples:
              tracker documents set 12 --date 2019-01-19
              tracker documents set 12 --title "Talks resume" --source "Reuters" --country Peru
            """
    )

    @Argument(help: "The document's id (see 'tracker documents').") var id: Int64
    @OptionGroup var metadata: MetadataOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var analysis: AnalysisOptions

    func validate() throws {
        let given = metadata.metadata
        if given.date == nil, given.title == nil, given.source == nil, given.url == nil, given.country == nil {
            throw ValidationError("Give at least one of --date, --title, --source, --url, --country.")
        }
    }

    func run() throws {
        let store = try database.openExisting()
        var document = try store.cleanedDocument(id)
        var given = metadata.metadata
        given.language = document.metadata.language
        document.metadata = document.metadata.overridden(by: given)
        let analyzer = DocumentAnalyzer(tagger: try analysis.tagger())
        let outcome = try store.reanalyze(
            document: id, with: analyzer.analyze(document), analyzerVersion: AnalyzerVersion.current,
            actors: analyzer.tagger.actors, storingMetadata: true)
        Diagnostics.info(
            "document \(id) updated (date \(document.metadata.date?.iso ?? "none")): \(outcome.removed) automatic "
                + "statements replaced by \(outcome.added); \(outcome.kept) reviewed or added by people kept")
    }
}
