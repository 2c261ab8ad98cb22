public import TrackerAnalysis

/// Why a document could not be read from where it was: one line for the user, naming the place.
public enum SourceError: ReportableError, Equatable {
    /// `pdftotext` (poppler) is not installed.
    case missingTool(tool: String, package: String)
    /// A PDF that poppler cannot read at all.
    case unreadablePDF(path: String, detail: String)
    /// The server could not be reached, or answered too slowly.
    case unreachable(url: String, detail: String)
    /// The server answered with an error status.
    case httpStatus(url: String, status: Int)
    /// More redirects than allowed.
    case tooManyRedirects(url: String, limit: Int)
    /// A body larger than allowed.
    case tooLarge(url: String, limit: Int)
    /// A feed that is not RSS or Atom XML.
    case notAFeed(url: String, detail: String)
    /// Not an http or https URL.
    case badURL(String)

    /// One line naming the file or URL and what is wrong.
    public var description: String {
        switch self {
        case let .missingTool(tool, package):
            "\(tool): not found; PDF files are read with poppler's pdftotext (apt-get install \(package), or set TRACKER_PDFTOTEXT)"
        case let .unreadablePDF(path, detail):
            "\(path): not a readable PDF (\(detail))"
        case let .unreachable(url, detail):
            "\(url): unreachable (\(detail))"
        case let .httpStatus(url, status):
            "\(url): the server answered HTTP \(status)"
        case let .tooManyRedirects(url, limit):
            "\(url): more than \(limit) redirects"
        case let .tooLarge(url, limit):
            "\(url): larger than the limit of \(limit / 1_048_576) MiB"
        case let .notAFeed(url, detail):
            "\(url): not an RSS or Atom feed (\(detail))"
        case let .badURL(text):
            "\(text): not an http or https URL"
        }
    }
}
