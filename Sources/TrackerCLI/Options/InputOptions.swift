import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

extension DocumentFormat: ExpressibleByArgument {}

/// One input: a file path, or `-` for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A .txt, .md or .html file, or - for standard input.", valueName: "FILE|-"))
    var input: String

    @Option(name: .customLong("input-format"),
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
}

/// Reading files with errors a user can act on.
enum InputFile {
    static func read(path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        if isDirectory.boolValue { throw CLIError("\(path): is a directory; give a file") }
        guard let bytes = DocumentFiles.bytes(atPath: path) else {
            throw CLIError("\(path): cannot be read (permission denied?)")
        }
        return bytes
    }
}

/// A user-facing failure: printed as one line on standard error, exit code 1.
struct CLIError: ReportableError {
    var description: String
    init(_ description: String) { self.description = description }
}
