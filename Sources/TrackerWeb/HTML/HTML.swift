/// A piece of HTML. Interpolating a `String` (or anything printable) escapes
/// it; only another `HTML` value goes in as markup. So text from an article,
/// a name or a URL parameter can never become markup by accident.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Markup written by the workbench itself (a literal in the source).
    public init(stringLiteral value: String) { markup = value }

    /// Markup assembled from literals, escaped text and other markup.
    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    /// Markup trusted as is: only for markup built from other `HTML` values.
    init(trusted markup: String) { self.markup = markup }

    /// The markup.
    public var description: String { markup }

    /// The pieces joined, with `separator` (a literal, never article text) between them.
    static func joined(_ pieces: some Sequence<HTML>, separator: StaticString = "") -> HTML {
        HTML(trusted: pieces.map(\.markup).joined(separator: "\(separator)"))
    }

    /// Builds markup: literals go in as written, values are escaped.
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        /// Space for a literal of `literalCapacity` bytes and `interpolationCount` values.
        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// A literal part, written by the workbench.
        public mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: some StringProtocol) { markup += HTML.escape(text) }

        /// A number or other value: its description, escaped.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) { markup += HTML.escape(value.description) }

        /// Markup: as is.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }

        /// A list of markup: as is, one after the other.
        public mutating func appendInterpolation(_ list: [HTML]) { markup += list.map(\.markup).joined() }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in
    /// element content and in quoted attribute values alike.
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and newlines have no business in a page.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
