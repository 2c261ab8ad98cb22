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

    func rendered(as format: ListFormat, width: Int = TerminalWidth.current) -> String {
        switch format {
        case .table:
            // Text from articles and user files: control characters and escapes shown, not obeyed.
            let cells = rows.map { $0.map { TerminalEscaping.escaped($0.plain.replacingNewlines()) } }
            return TextTable(columns: columns, rows: cells, width: width).rendered
        case .json: return json()
        case .csv: return csv()
        case .markdown: return markdown()
        }
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
