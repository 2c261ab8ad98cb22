import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many columns a table may use: `COLUMNS` when set, else the width of
/// the terminal standard output goes to, else 100 (a file or a pipe).
enum TerminalWidth {
    static let fallback = 100

    static var current: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return columns
        }
        return terminal ?? fallback
    }

    /// The width of the terminal on standard output, if it is one.
    static var terminal: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
