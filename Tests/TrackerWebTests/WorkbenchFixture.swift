import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrackerAnalysis
import TrackerStore
import TrackerWeb

/// A workbench over an in-memory database holding one hostile article:
/// markup and event handlers in its title, source and text, which every
/// page must show as text.
struct WorkbenchFixture {
    static let hostileTitle = "<script>alert('title')</script>Border talks"
    static let hostileSource = "Wire\" onerror=\"alert(1)"
    static let hostileText = """
        Peru pledged to withdraw its troops from five border posts by the end of June.

        Ecuador said <script>alert('text')</script> the talks would resume in Quito.

        Peru withdrew its troops from two border posts <img src=x onerror=alert(2)> on Friday.
        """

    let store: TrackerDatabase

    init() throws {
        store = try TrackerDatabase.inMemory()
        let metadata = DocumentMetadata(title: Self.hostileTitle, date: CalendarDate(iso: "2026-03-02"), source: Self.hostileSource)
        let document = try DocumentReader().read(Array(Self.hostileText.utf8), format: .text, path: "hostile.txt", metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "hostile.txt", analyzerVersion: "test")
    }

    func workbench(token: String? = nil) throws -> Workbench {
        try Workbench(store: store, configuration: WorkbenchConfiguration(token: token))
    }

    /// The first statement of the article and its document, as the store has them.
    func firstStatement() throws -> ExportedStatement {
        var statements: [ExportedStatement] = []
        try store.exportSentences(documents: [1], withoutStatements: true) { statements += $0.statements }
        return try #require(statements.first)
    }
}

/// A browser's view of one session: the cookies the workbench set, sent back.
struct Session {
    var cookies: [String: String] = [:]

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")]
    }

    /// The cookies and the form's content type, for a POST.
    var formHeaders: HTTPFields {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        return headers
    }

    var csrf: String { cookies["tracker_session"] ?? "" }

    mutating func remember(_ response: TestResponse) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
    }
}

/// A form body, percent-encoded.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics
    let text = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    return ByteBuffer(string: text)
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
