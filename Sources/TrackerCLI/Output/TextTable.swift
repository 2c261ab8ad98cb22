/// A listing for a terminal of `width` columns: a table whose widest columns
/// wrap (words kept whole where they fit) when the rows are too wide, or,
/// when even that leaves a wrapped column narrower than `minimumWrapWidth`,
/// one record per block ("column  value" lines, values wrapped). Nothing is
/// cut: every column and every word of every cell is shown.
struct TextTable {
    /// A wrapped column narrower than this (in characters) is hard to read:
    /// a sentence of 25 words would take 15 lines.
    static let minimumWrapWidth = 24
    static let gap = "  "

    var columns: [String]
    var rows: [[String]]
    var width: Int

    init(columns: [String], rows: [[String]], width: Int) {
        self.columns = columns
        self.rows = rows.map { $0.map { $0.replacingNewlines() } }
        self.width = max(width, 20)
    }

    var rendered: String {
        guard !rows.isEmpty else { return table(widths: columns.map(\.count)) + "(none)\n" }
        var widths = columns.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        let available = width - Self.gap.count * (columns.count - 1)
        if widths.reduce(0, +) <= available { return table(widths: widths) }
        // The cap that makes the row fit when every column wider than it wraps at it.
        guard let cap = Self.cap(widths, toFit: available), cap >= Self.minimumWrapWidth else { return blocks() }
        return table(widths: widths.map { min($0, cap) })
    }

    /// The largest width such that the columns, each cut to it, fit in `available`.
    static func cap(_ widths: [Int], toFit available: Int) -> Int? {
        var cap = widths.max() ?? 0
        while cap > 0, widths.reduce(0, { $0 + min($1, cap) }) > available { cap -= 1 }
        return cap > 0 ? cap : nil
    }

    private func table(widths: [Int]) -> String {
        func lines(_ values: [String]) -> String {
            let wrapped = values.enumerated().map { index, value in Self.wrap(value, width: widths[index]) }
            let height = wrapped.map(\.count).max() ?? 1
            var out = ""
            for line in 0..<height {
                let parts = wrapped.enumerated().map { index, cellLines -> String in
                    let text = line < cellLines.count ? cellLines[line] : ""
                    return index == wrapped.count - 1 ? text : text + String(repeating: " ", count: widths[index] - text.count)
                }
                out += Self.trimmedTrailingSpaces(parts.joined(separator: Self.gap)) + "\n"
            }
            return out
        }
        var out = lines(columns)
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: Self.gap) + "\n"
        for row in rows { out += lines(row) }
        return out
    }

    private func blocks() -> String {
        let labelWidth = columns.map(\.count).max() ?? 0
        let valueWidth = max(width - labelWidth - Self.gap.count, 10)
        var out: [String] = []
        for row in rows {
            var block = ""
            for (index, column) in columns.enumerated() {
                let value = index < row.count ? row[index] : ""
                let lines = Self.wrap(value, width: valueWidth)
                for (number, line) in lines.enumerated() {
                    let label = number == 0 ? column : ""
                    block +=
                        Self.trimmedTrailingSpaces(label + String(repeating: " ", count: labelWidth - label.count) + Self.gap + line) + "\n"
                }
            }
            out.append(block)
        }
        return out.joined(separator: "\n")
    }

    /// `text` in lines of at most `width` characters, broken at spaces where
    /// a word fits, inside a word longer than a line.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !line.isEmpty, line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line = String(word)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func trimmedTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}
