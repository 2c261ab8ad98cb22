/// Per-file metadata for a batch ingest, from a CSV sheet with a header row
/// naming some of `path,date,title,source,url,country` (RFC 4180 quoting).
public struct MetadataSheet: Sendable {
    /// Metadata by path, as written in the sheet.
    public private(set) var rows: [String: DocumentMetadata] = [:]

    /// The columns a sheet may have; `path` is required.
    public static let columns = ["path", "date", "title", "source", "url", "country"]

    /// Reads a sheet; a bad header, a bad date or a row with too many fields is an error naming its line.
    public init(csv text: String, path: String) throws(RuleFileError) {
        let records = Self.records(text)
        guard let header = records.first?.fields.map({ $0.lowercased().trimmedString }), header.contains("path") else {
            throw RuleFileError(
                path: path, line: 1, message: "expected a header row with 'path' and any of \(Self.columns.joined(separator: ","))")
        }
        if let unknown = header.first(where: { !Self.columns.contains($0) }) {
            throw RuleFileError(
                path: path, line: 1, message: "unknown column '\(unknown)'; expected \(Self.columns.joined(separator: ","))")
        }
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            guard record.fields.count <= header.count else {
                throw RuleFileError(path: path, line: record.line, message: "\(record.fields.count) fields, the header has \(header.count)")
            }
            var metadata = DocumentMetadata()
            var file: String?
            for (column, value) in zip(header, record.fields) {
                let value = value.trimmedString
                guard !value.isEmpty else { continue }
                switch column {
                case "path": file = value
                case "date":
                    guard let date = CalendarDate(iso: value), value.count == 10 else {
                        throw RuleFileError(path: path, line: record.line, message: "'\(value)' is not a date (YYYY-MM-DD)")
                    }
                    metadata.date = date
                case "title": metadata.title = value
                case "source": metadata.source = value
                case "url": metadata.url = value
                default: metadata.country = value
                }
            }
            guard let file else { throw RuleFileError(path: path, line: record.line, message: "no path") }
            rows[file] = metadata
        }
    }

    /// The CSV's records with the line each starts on; quoted fields may hold commas, quotes ("") and line breaks.
    static func records(_ text: String) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r": break
            case "\n":
                fields.append(field)
                records.append((recordLine, fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return records
    }
}
