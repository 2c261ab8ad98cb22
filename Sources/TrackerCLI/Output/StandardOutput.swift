import Foundation
import TrackerAnalysis
import TrackerStore

/// Buffered, checked writes to standard output (printing line by line is
/// slow for large documents). A failed write (full disk, closed pipe,
/// `/dev/full`) is reported by ``flush()``, which every command calls last.
struct StandardOutput {
    private var writer = DescriptorWriter(descriptor: 1, name: "standard output")

    mutating func write(_ text: String) {
        writer.write(text)
    }

    /// Queues what `json` holds and empties it for the next lines.
    mutating func write(_ json: inout JSONBuffer) {
        writer.write(bytes: json.bytes)
        json.removeAll()
    }

    mutating func flush() throws {
        try writer.flush()
    }
}

/// Messages on standard error, with control characters from file names and
/// data shown escaped. A failing standard error has nowhere to be reported,
/// so its writes are attempted once and never crash.
enum Diagnostics {
    static func warn(_ message: String) {
        emit("warning: \(TerminalEscaping.escaped(message))\n")
    }

    static func error(_ message: String) {
        emit("error: \(TerminalEscaping.escaped(message))\n")
    }

    static func info(_ message: String) {
        emit("\(TerminalEscaping.escaped(message))\n")
    }

    /// Writes `text` to standard error as it is (the caller escapes data in it).
    static func emit(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
