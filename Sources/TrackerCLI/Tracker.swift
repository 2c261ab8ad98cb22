import ArgumentParser

@main
struct Tracker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracker",
        abstract: "Track claims, commitments, achievements and uncertainties in news text.",
        discussion: """
            Read articles (text, Markdown, HTML), split them into sentences, store them in \
            SQLite and query what each party committed to.

            Examples:
              tracker segment Examples/climate-pledge.txt
              tracker ingest Examples/ --db tracker.sqlite
              tracker documents --format csv
            """,
        version: "0.1.0",
        subcommands: [SegmentCommand.self, IngestCommand.self, DocumentsCommand.self]
    )
}
