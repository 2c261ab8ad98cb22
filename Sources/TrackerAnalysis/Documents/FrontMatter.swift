/// The YAML front matter of a Markdown file: a block between `---` lines at the
/// very top, read as flat `key: value` pairs (the subset articles use).
///
/// Nested YAML is not needed for `title`, `date`, `source` and `url`; keys it
/// does not know are kept in `fields` and otherwise ignored.
public struct FrontMatter: Sendable, Hashable {
    /// Every `key: value` pair, keys in lower case.
    public var fields: [String: String]

    /// Splits `text` into front matter and body. Text without front matter
    /// comes back whole as the body. An opening `---` that is never closed is
    /// reported as a warning and the whole text is kept as the body, so that
    /// nothing is lost.
    public static func split(
        _ text: String, path: String
    )
        -> (frontMatter: FrontMatter?, body: Substring, warnings: [DocumentWarning])
    {
        guard text.hasPrefix("---\n") || text == "---" else { return (nil, text[...], []) }
        var fields: [String: String] = [:]
        var cursor = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        while cursor < text.endIndex {
            let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[cursor..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            let trimmed = line.trimmingWhitespace()
            if trimmed == "---" || trimmed == "..." {
                return (FrontMatter(fields: fields), text[next...], [])
            }
            if let colon = line.firstIndex(of: ":"), !trimmed.hasPrefix("#") {
                let key = line[..<colon].trimmingWhitespace().lowercased()
                let value = unquoted(line[line.index(after: colon)...].trimmingWhitespace())
                if !key.isEmpty { fields[key] = value }
            }
            cursor = next
        }
        let warning = DocumentWarning(
            rule: "input.broken-front-matter",
            message: "\(path): front matter opened with '---' is never closed; read as body text")
        return (nil, text[...], [warning])
    }

    /// The metadata these fields give, and a warning for a date that is not
    /// `YYYY-MM-DD`.
    public func metadata(path: String) -> (DocumentMetadata, [DocumentWarning]) {
        var metadata = DocumentMetadata()
        var warnings: [DocumentWarning] = []
        metadata.title = fields["title"].flatMap(\.nonEmpty)
        metadata.source = (fields["source"] ?? fields["publisher"]).flatMap(\.nonEmpty)
        metadata.country = fields["country"].flatMap(\.nonEmpty)
        metadata.url = fields["url"].flatMap(\.nonEmpty)
        if let language = fields["language"] ?? fields["lang"], !language.isEmpty { metadata.language = language }
        if let date = fields["date"], !date.isEmpty {
            if let parsed = CalendarDate(iso: date) {
                metadata.date = parsed
            } else {
                warnings.append(
                    DocumentWarning(
                        rule: "input.bad-date",
                        message: "\(path): front matter date '\(date)' is not YYYY-MM-DD; ignored"))
            }
        }
        return (metadata, warnings)
    }

    private static func unquoted(_ value: Substring) -> String {
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            return String(value.dropFirst().dropLast())
        }
        return String(value)
    }
}

extension Substring {
    /// The text without leading and trailing white space (spaces, tabs, line
    /// breaks, no-break and other Unicode spaces). Works on scalars, not
    /// grapheme clusters: it runs on every line of every document.
    func trimmingWhitespace() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceOrLineBreak { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isSpaceOrLineBreak { end = scalars.index(before: end) }
        return Substring(scalars[start..<end])
    }
}

extension String {
    func trimmingWhitespace() -> Substring { self[...].trimmingWhitespace() }

    /// The lines of the text (split at line feeds), found on the UTF-8 bytes.
    func lineSlices() -> [Substring] {
        utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }
}

extension Unicode.Scalar {
    var isSpaceOrLineBreak: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
