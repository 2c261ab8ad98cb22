/// The kinds of file the tracker reads.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text
    case markdown
    case html

    /// The format a file name's extension implies: `.txt`, `.md`/`.markdown`,
    /// `.html`/`.htm`; `nil` for anything else.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}
