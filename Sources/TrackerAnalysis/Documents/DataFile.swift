/// The rows of a tab-separated data file (the bundled lexicons and the
/// users' own): blank lines and `#` comments skipped, each row split at
/// tabs, with its 1-based line number for error messages.
enum DataFile {
    struct Row {
        var line: Int
        var fields: [String]
    }

    static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.hasSuffix("\r") ? line.dropLast() : line
            if content.hasPrefix("#") || content.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append(Row(line: number + 1, fields: content.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }
}
