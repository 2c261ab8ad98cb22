import ArgumentParser
import TrackerStore

struct DocumentsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a stored document with its sentences and statements.",
        discussion: """
            In one transaction. Human corrections stay in the correction log (see 'tracker export').

            Example:
              tracker documents remove 12
            """
    )

    @Argument(help: "The document's id (see 'tracker documents').") var id: Int64
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        let statements = try store.removeDocument(id)
        Diagnostics.info("document \(id) removed with its \(statements) statements")
    }
}
