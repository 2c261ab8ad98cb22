import ArgumentParser
import TrackerStore

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List, fix or remove stored documents.",
        discussion: """
            Examples:
              tracker documents
              tracker documents --format csv > documents.csv
              tracker documents set 12 --date 2019-01-19 --source "BBC"
              tracker documents remove 12
            """,
        subcommands: [DocumentsListCommand.self, DocumentsSetCommand.self, DocumentsRemoveCommand.self],
        defaultSubcommand: DocumentsListCommand.self
    )
}

struct DocumentsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stored documents.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "table, json, csv or markdown.")
    var format: ListFormat = .table

    @Option(help: "List at most this many.")
    var limit: Int?

    func run() throws {
        let store = try database.openForReading()
        let documents = try store.documents(limit: limit)
        let table = ListTable(
            columns: ["id", "published", "title", "source", "country", "format", "sentences", "words", "path"],
            rows: documents.map { document in
                [
                    .int(Int(document.id)), .text(document.published?.iso), .text(document.title), .text(document.source),
                    .text(document.country), .text(document.format.rawValue), .int(document.sentenceCount), .int(document.wordCount),
                    .text(document.path),
                ]
            })
        var out = StandardOutput()
        out.write(table.rendered(as: format))
        try out.flush()
    }
}
