/// Text from documents and files made inert in Markdown: rendered by any
/// Markdown tool (Python-Markdown, MkDocs, GitHub) it shows as the same
/// text and never as HTML, a link, an image or a code span.
///
/// - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;`: no tag (`<script>`,
///   `<img onerror=...>`), no autolink (`<javascript:...>`), and an entity in
///   the data (`&lt;script&gt;` decoded from an `.html` page) stays text.
/// - `[`, `]`, `` ` ``, `\`, `*`, `_` are backslash-escaped: no link or image
///   (`[x](javascript:...)`), no reference definition, no code span, no
///   emphasis that runs past the value.
/// - `|` is escaped so a table cell holds; line breaks become spaces so a
///   value stays on its line (no heading, list or fence of its own).
/// - Control characters are dropped (they mean nothing in a report).
public enum MarkdownEscaping {
    /// `text` escaped for the body of a Markdown line or table cell.
    public static func escaped(_ text: String) -> String {
        var contiguous = text
        let escaped: String? = contiguous.withUTF8 { bytes in
            // Read as UTF-8 bytes, not scalars: a status report escapes 16 MB of values at a million
            // statements, most of which need nothing (returned as they are). C1 controls (U+0080–U+009F) are
            // C2 80–C2 9F, the line and paragraph separators E2 80 A8 and E2 80 A9; every other byte of a
            // multi-byte scalar is 0x80 or more and copied as it is.
            guard bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || Self.special[Int($0)] })
            else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
                case 0xC2 where next >= 0x80 && next <= 0x9F:
                    index += 2
                    continue
                case 0xE2 where next == 0x80 && index + 2 < bytes.count && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    out.append(UInt8(ascii: " "))
                    index += 3
                    continue
                case _ where byte < 0x20 || byte == 0x7F: break
                case _ where Self.special[Int(byte)]: out += [UInt8(ascii: "\\"), byte]
                default: out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// The ASCII bytes escaped with a backslash (and `&`, `<`, `>`, made entities), by byte value.
    private static let special: [Bool] = (0..<256).map { byte in
        byte < 0x80 && "&<>[]`\\*_|".utf8.contains(UInt8(byte))
    }

    /// `text` as an inline code span: backticks, line breaks and control
    /// characters are dropped so the span cannot close early or run on.
    public static func codeSpan(_ text: String) -> String {
        var out = "`"
        for scalar in text.unicodeScalars where scalar != "`" {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { out += " "; continue }
            if TerminalEscaping.isControl(scalar) { continue }
            out.unicodeScalars.append(scalar)
        }
        return out + "`"
    }
}
