import ArgumentParser
import TrackerStore

struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List the stored documents.",
        discussion: """
            Examples:
              tracker documents
              tracker documents --format csv > documents.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "table, json, csv or markdown.")
    var format: ListFormat = .table

    @Option(help: "List at most this many.")
    var limit: Int?

    func run() throws {
        let store = try database.openForReading()
        let documents = try store.documents(limit: limit)
        let table = ListTable(
            columns: ["id", "published", "title", "source", "format", "sentences", "words", "path"],
            rows: documents.map { document in
                [.int(Int(document.id)), .text(document.published), .text(document.title), .text(document.source),
                 .text(document.format), .int(document.sentenceCount), .int(document.wordCount), .text(document.path)]
            })
        var out = StandardOutput()
        out.write(table.rendered(as: format))
        try out.flush()
    }
}
