import ArgumentParser
import Foundation
import TrackerStore

/// Where a command's text goes: standard output, or the file `--out` names,
/// written whole through a temporary file (``SafeFileWriter``) once the path
/// has passed ``OutputDestination``'s checks. Every write is checked;
/// ``close()`` reports the first failure.
struct OutputSink {
    private var standard = StandardOutput()
    private let file: SafeFileWriter?

    /// Standard output when `path` is nil; else the checked file.
    init(path: String?, destination: OutputDestination) throws {
        file = try path.map { path throws(OutputError) in try destination.file(path) }
    }

    mutating func write(_ text: String) {
        if let file { file.write(text) } else { standard.write(text) }
    }

    /// Flushes standard output, or commits the file into place.
    mutating func close() throws {
        if let file { try file.commit() } else { try standard.flush() }
    }
}

/// `--force`, shared by the commands that write files.
struct ForceOption: ParsableArguments {
    @Flag(
        help:
            "Replace an existing output file, or write into a folder that is not empty (files of the same name are replaced; nothing is deleted). Never the database, a folder in place of a file, or a device."
    )
    var force = false
}
