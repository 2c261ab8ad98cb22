/// Why a file cannot be read as a document. Each case names the file.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file holds NUL bytes: it is binary, not text.
    case binary(path: String, offset: Int)
    /// Nothing is left once the file is decoded and cleaned.
    case empty(path: String)
    /// A web page with text, but none of it article text (menus, banners, link lists only).
    case noMainContent(path: String)
    /// The extension is not one the tracker reads.
    case unsupportedFormat(path: String)
    /// A PDF without text to read: scanned pages (images only), or locked by a password.
    case noTextLayer(path: String, reason: String)

    /// One line naming the file and what is wrong.
    public var description: String {
        switch self {
        case let .binary(path, offset):
            return "\(path): binary file (NUL byte at offset \(offset)); only text, Markdown and HTML are read"
        case let .empty(path):
            return "\(path): empty document (no text left after cleaning), skipped"
        case let .noMainContent(path):
            return "\(path): no main content found (only navigation, banners or link lists), skipped"
        case let .unsupportedFormat(path):
            return "\(path): unsupported file type; expected .txt, .md or .html"
        case let .noTextLayer(path, reason):
            return "\(path): no text layer (\(reason))"
        }
    }
}

/// Something worth telling the user about a document that was still read.
public struct DocumentWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A stable id, e.g. `input.invalid-utf8`.
    public var rule: String
    /// The warning for the user, naming the file.
    public var message: String

    /// A warning with a rule id and a message.
    public init(rule: String, message: String) {
        self.rule = rule
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
