import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerSources
import TrackerStore

extension DocumentFormat: ExpressibleByArgument {}

/// One input: a file path, or `-` for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A .txt, .md, .html or .pdf file, an http(s) URL, or - for standard input.", valueName: "FILE|URL|-"))
    var input: String

    @Option(
        name: .customLong("input-format"),
        help: "Read the input as text, markdown or html (default: from the extension; text for -).")
    var inputFormat: DocumentFormat?

    var displayName: String { input == "-" ? "<stdin>" : input }

    /// The input's bytes and format, or a user-facing error naming the file.
    func load() throws -> (bytes: [UInt8], format: DocumentFormat) {
        if input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return ([UInt8](data), inputFormat ?? .text)
        }
        let format = inputFormat ?? DocumentFormat(path: input) ?? .text
        return (try InputFile.read(path: input), format)
    }

    /// A PDF or a web address read through its source (pages kept for a PDF); `nil` for
    /// a text, Markdown or HTML file, standard input, or an input whose format is forced.
    func sourced(metadata: DocumentMetadata = DocumentMetadata()) throws -> SourcedDocument? {
        guard input != "-", inputFormat == nil, let source = DocumentSource(argument: input) else { return nil }
        if case let .pdf(path) = source { try InputFile.check(path: path) }
        let sources = DocumentSourceReader()
        defer { try? sources.shutdown() }  // closing idle connections at exit cannot lose data
        return try sources.read(source, metadata: metadata)
    }
}

/// Reading files with errors a user can act on.
enum InputFile {
    static func read(path: String) throws -> [UInt8] {
        try check(path: path)
        // Straight into one array: through Data the bytes were held twice.
        guard let bytes = DocumentFiles.bytes(atPath: path) else {
            throw CLIError("\(path): cannot be read (permission denied?)")
        }
        return bytes
    }

    /// Throws the user-facing error for a path that is missing or a folder.
    static func check(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        if isDirectory.boolValue { throw CLIError("\(path): is a directory; give a file") }
    }
}

/// A user-facing failure: printed as one line on standard error, exit code 1.
struct CLIError: ReportableError {
    var description: String
    init(_ description: String) { self.description = description }
}
