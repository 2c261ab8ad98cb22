import Foundation
import TrackerAnalysis

/// Progress of a long job on standard error: one line rewritten in place on a
/// terminal, a plain line every tenth of the way otherwise.
struct Progress {
    let total: Int
    let label: String
    private let isTerminal = isatty(2) == 1
    private var lastReported = -1
    private var active: Bool

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        self.active = total > 1
    }

    mutating func update(done: Int, detail: String = "") {
        guard active else { return }
        if isTerminal {
            let line = "\r\(label) \(done)/\(total) \(TerminalEscaping.escaped(detail))"
            Diagnostics.emit((line.count > 100 ? String(line.prefix(100)) : line) + "\u{1B}[K")
        } else {
            let step = max(1, total / 10)
            guard done == total || done / step != lastReported / step else { return }
            Diagnostics.emit("\(label) \(done)/\(total)\n")
        }
        lastReported = done
    }

    func finish() {
        if active, isTerminal { Diagnostics.emit("\n") }
    }
}
