import Foundation
import TrackerAnalysis

/// Rows of a listing, rendered as a terminal table, JSON, CSV or Markdown.
struct ListTable {
    enum Cell {
        case text(String?)
        case int(Int)
        case number(Double)

        var plain: String {
            switch self {
            case let .text(value): return value ?? ""
            case let .int(value): return String(value)
            case let .number(value): return String(value)
            }
        }

        var json: String {
            switch self {
            case let .text(value): return value.map(JSONText.quoted) ?? "null"
            case let .int(value): return String(value)
            case let .number(value): return value.isFinite ? String(value) : "null"
            }
        }
    }

    var columns: [String]
    var rows: [[Cell]]

    func rendered(as format: ListFormat) -> String {
        switch format {
        case .table: return table()
        case .json: return json()
        case .csv: return csv()
        case .markdown: return markdown()
        }
    }

    /// Columns padded to their widest cell; long cells cut at 60 characters.
    private func table() -> String {
        let limit = 60
        let cells = rows.map { $0.map { cell -> String in
            let text = TerminalEscaping.escaped(cell.plain.replacingNewlines())
            return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
        } }
        var widths = columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                index == values.count - 1 ? value : value + String(repeating: " ", count: widths[index] - value.count)
            }.joined(separator: "  ") + "\n"
        }
        var out = line(columns)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { out += line(row) }
        if rows.isEmpty { out += "(none)\n" }
        return out
    }

    private func json() -> String {
        let objects = rows.map { row in
            "{" + zip(columns, row).map { "\(JSONText.quoted($0)):\($1.json)" }.joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",\n") + "]\n"
    }

    private func csv() -> String {
        var out = columns.map(CSV.field).joined(separator: ",") + "\r\n"
        for row in rows { out += row.map { CSV.field($0.plain) }.joined(separator: ",") + "\r\n" }
        return out
    }

    private func markdown() -> String {
        func field(_ value: String) -> String {
            MarkdownEscaping.escaped(value)
        }
        var out = "| " + columns.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { _ in " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { field($0.plain) }.joined(separator: " | ") + " |\n" }
        return out
    }
}

/// RFC 4180 fields: those with commas, quotes or line breaks are quoted.
enum CSV {
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
