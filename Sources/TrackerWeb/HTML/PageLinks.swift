/// Where a page's links point: the server's routes, or the files of a static
/// site (one flat folder, so every link is a plain relative file name that
/// resolves wherever the folder is published).
struct PageLinks: Sendable {
    enum Style: Sendable { case server, site }

    var style: Style

    /// The server's routes.
    static let server = PageLinks(style: .server)
    /// A static site's files.
    static let site = PageLinks(style: .site)

    /// Whether pages carry forms and the script (the server) or are read-only (a site).
    var isEditable: Bool { style == .server }

    /// The list of documents.
    var documents: String { style == .server ? "/documents" : "index.html" }

    /// The status page.
    var status: String { style == .server ? "/status" : "status.html" }

    /// A document's page, at a statement when given.
    func document(_ id: Int64, statement: Int64? = nil) -> String {
        (style == .server ? "/documents/\(id)" : "document-\(id).html") + (statement.map { "#st-\($0)" } ?? "")
    }

    /// A party's page.
    func party(_ name: String) -> String {
        style == .server ? "/parties/\(PathComponent.encode(name))" : "party-\(Self.fileSlug(name)).html"
    }

    /// The list of topics.
    var topics: String { style == .server ? "/topics" : "topics.html" }

    /// A topic's page, by its key (`troop-withdrawal`).
    func topic(_ key: String) -> String {
        style == .server ? "/topics/\(PathComponent.encode(key))" : "topic-\(Self.fileSlug(key)).html"
    }

    /// A bundled static file (stylesheet, script).
    func asset(_ name: String) -> String { style == .server ? "/static/\(name)" : name }

    /// A name as a file name: letters and digits kept (lower-cased), every other
    /// run of characters one `-`; a name of nothing but punctuation gets its
    /// characters' code points, so two parties never share a file by accident
    /// of spelling.
    static func fileSlug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                slug += "u\(String(scalar.value, radix: 16))"
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
        return slug.isEmpty ? name.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-") : slug
    }
}
