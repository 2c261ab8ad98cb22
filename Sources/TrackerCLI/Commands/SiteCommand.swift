import ArgumentParser
import TrackerStore
import TrackerWeb

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the workbench's pages as a static HTML site, ready to publish.",
        discussion: """
            index.html (the documents), status.html, a page per document and per actor, and \
            the stylesheet, in one folder: the server's pages without forms or script, every \
            link a relative file name. --out must be a new or empty folder, or one an earlier \
            run wrote; any other folder needs --force (files of the same name are replaced, \
            nothing is deleted).

            Examples:
              tracker site --out site --db work.sqlite
              tracker site --out docs/site --as-of 2026-08-14 --force
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOptions
    @Option(help: ArgumentHelp("The folder to write the site into.", valueName: "DIR")) var out: String
    @OptionGroup var overwrite: ForceOption

    func run() throws {
        let store = try database.openForReading()
        let site = StaticSite(store: store, asOf: try asOf.resolve(store).day)
        // An earlier run's files are refreshed in place without --force; anything else in the folder needs it.
        let files = try site.files()
        let folder = try OutputDestination(force: overwrite.force, protecting: [database.path])
            .folder(out, refreshing: Set(files.map(\.name)))
        try StaticSite.write(files, to: folder)
        Diagnostics.info("wrote \(files.count) files to \(out)/ (as of \(site.asOf.iso))")
    }
}
