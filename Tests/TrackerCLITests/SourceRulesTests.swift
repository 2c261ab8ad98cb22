import Foundation
import Testing

/// Rules the sources keep, checked by reading them: I/O that can crash or
/// fail silently is not allowed anywhere.
@Suite struct SourceRulesTests {
    /// Patterns no source line may hold, with why.
    static let forbidden: [(pattern: String, why: String)] = [
        ("try!", "a failed write or read would crash the process (signal 4) instead of printing one line"),
        (".write(Data(", "FileHandle.write(_: Data) traps on a failed write (full disk, closed pipe); use DescriptorWriter"),
        ("FileHandle.standardOutput", "standard output goes through StandardOutput, whose writes are checked"),
    ]

    /// Lines allowed to hold a pattern anyway, as "path: pattern" (none so far).
    static let exceptions: Set<String> = []

    @Test func noUncheckedIOInTheSources() throws {
        let sources = TrackerProcess.projectRoot.appendingPathComponent("Sources")
        let files = (FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50, "the sources were found")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for rule in Self.forbidden where code.contains(rule.pattern) && !Self.exceptions.contains("\(file): \(rule.pattern)") {
                    found.append("Sources/\(file):\(number + 1): \(rule.pattern) — \(rule.why)")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
