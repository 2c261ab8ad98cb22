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
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "[", "]", "`", "\\", "*", "_", "|": out += "\\" + String(scalar)
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            default:
                if TerminalEscaping.isControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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
