/// The bounds a user's template is checked against before the Mustache
/// parser sees it: its size, and how deep it nests its sections (found in
/// one pass over the text; the parser recurses once per level, so 10,000
/// nested sections would overflow the stack).
enum TemplateNesting {
    /// The bundled templates nest 4 deep (parties, commitments, reports,
    /// evidence); 100 leaves room for any layout a person writes.
    static let maximumDepth = 100
    /// The largest template read, in bytes: 64 KiB holds about 4,000 tags, 30 times the bundled status layout.
    static let maximumBytes = 64 * 1024

    /// The depth at which `text` first goes past `limit`, or nil. Follows
    /// `{{=<% %>=}}` delimiter changes; sections are `#`, `^`, `$` and `<` tags,
    /// closed by `/`. Linear in the length of the text.
    static func depthExceeding(_ limit: Int, in text: String) -> Int? {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var depth = 0
        var index = 0
        while let start = find(open, in: bytes, from: index) {
            var tagStart = start + open.count
            var closing = close
            // A triple mustache `{{{name}}}` ends with one more brace.
            if open == Array("{{".utf8), tagStart < bytes.count, bytes[tagStart] == UInt8(ascii: "{") {
                closing = Array("}".utf8) + close
                tagStart += 1
            }
            guard let end = find(closing, in: bytes, from: tagStart) else { return nil }
            let tag = bytes[tagStart..<end].drop { $0 == UInt8(ascii: " ") }
            switch tag.first {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                if depth > limit { return depth }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "="):
                // `{{=<% %>=}}`: the new opening and closing delimiters, separated by spaces.
                let inner = tag.dropFirst().prefix { $0 != UInt8(ascii: "=") }
                let parts = inner.split(separator: UInt8(ascii: " "))
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            default: break
            }
            index = end + closing.count
        }
        return nil
    }

    /// The first position of `needle` in `bytes` at or after `from`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, from + needle.count <= bytes.count else { return nil }
        var position = from
        while position + needle.count <= bytes.count {
            if bytes[position] == needle[0], bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }
}
