import ArgumentParser
struct IngestCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "ingest") }
struct DocumentsCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "documents") }
