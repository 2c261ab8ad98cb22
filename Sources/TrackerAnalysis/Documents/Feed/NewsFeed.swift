internal import CLibXML2

/// An RSS 2.0 or Atom feed: its items' links, titles and dates.
///
/// RSS: `rss > channel > item` with `link`, `title`, `pubDate` (RFC 822:
/// "Sat, 19 Jan 2019 10:00:00 GMT") or `dc:date`. Atom: `feed > entry` with
/// `link rel="alternate" href` (or a link without `rel`), `title`,
/// `published`, else `updated` (ISO 8601). Dates are the day as written, not
/// moved to another time zone, as for web pages.
public struct NewsFeed: Sendable, Hashable {
    /// One item of a feed.
    public struct Item: Sendable, Hashable {
        /// The article's URL, resolved against the feed's URL when relative.
        public var link: String
        /// Its title, if the feed gives one.
        public var title: String?
        /// Its publication date, if the feed gives one.
        public var date: CalendarDate?

        /// An item with these values.
        public init(link: String, title: String? = nil, date: CalendarDate? = nil) {
            self.link = link
            self.title = title
            self.date = date
        }
    }

    /// Which kind of feed it was.
    public enum Kind: String, Sendable {
        /// RSS 2.0 (or 0.9x, or RDF 1.0 items).
        case rss
        /// Atom 1.0.
        case atom
    }

    /// RSS or Atom.
    public var kind: Kind
    /// The feed's title.
    public var title: String?
    /// Its items with a link, in the feed's order.
    public var items: [Item]

    /// Why bytes are not a feed.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Not well-formed XML.
        case notXML(String)
        /// XML whose root is neither `rss`, `rdf:RDF` nor `feed`.
        case unknownRoot(String)

        /// One line.
        public var description: String {
            switch self {
            case let .notXML(detail): "not XML: \(detail)"
            case let .unknownRoot(name): "XML, but its root element is <\(name)>, not <rss> or <feed>"
            }
        }
    }

    /// Reads a feed; item links are resolved against `base` (the feed's URL).
    public init(xml bytes: [UInt8], base: String? = nil) throws(ParseError) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw .notXML("empty") }
        _ = Self.parserReady
        // No RECOVER: a feed must be well-formed XML; NONET: no DTD is ever fetched; NOENT is
        // not set, so no external entity is expanded (a feed is untrusted input).
        let options = Int32(
            XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue
                | XML_PARSE_NOCDATA.rawValue)
        var input = bytes
        let count = Int32(input.count)
        let parsed: xmlDocPtr? = input.withUnsafeMutableBytes { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, count, nil, nil, options)
            }
        }
        guard let document = parsed else {
            let detail = xmlGetLastError().flatMap { $0.pointee.message }.map { String(cString: $0) }
            throw .notXML(detail.map { $0.split(separator: "\n").first.map(String.init) ?? $0 } ?? "unreadable")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .notXML("no root element") }
        let rootName = Self.localName(root)
        switch rootName {
        case "rss", "RDF":
            kind = .rss
            let channel = Self.children(of: root).first { Self.localName($0) == "channel" }
            title = channel.flatMap { Self.child($0, "title") }.map(Self.text)
            // RSS 2.0 puts items in the channel; RSS 1.0 (RDF) beside it.
            let holders = [channel, root].compactMap { $0 }
            items = holders.flatMap { Self.children(of: $0) }.filter { Self.localName($0) == "item" }.compactMap { node in
                let link = Self.child(node, "link").map(Self.text) ?? Self.child(node, "guid").map(Self.text)
                guard let link, !link.isEmpty else { return nil }
                let date = (Self.child(node, "pubDate") ?? Self.child(node, "date")).map(Self.text).flatMap(PageDate.parse)
                return Item(link: Self.resolve(link, against: base), title: Self.child(node, "title").map(Self.text), date: date)
            }
        case "feed":
            kind = .atom
            title = Self.child(root, "title").map(Self.text)
            items = Self.children(of: root).filter { Self.localName($0) == "entry" }.compactMap { node in
                let links = Self.children(of: node).filter { Self.localName($0) == "link" }
                let chosen = links.first { (Self.attribute($0, "rel") ?? "alternate") == "alternate" } ?? links.first
                guard let href = chosen.flatMap({ Self.attribute($0, "href") }), !href.isEmpty else { return nil }
                let date = (Self.child(node, "published") ?? Self.child(node, "updated")).map(Self.text).flatMap(PageDate.parse)
                return Item(link: Self.resolve(href, against: base), title: Self.child(node, "title").map(Self.text), date: date)
            }
        default:
            throw .unknownRoot(rootName)
        }
    }

    /// libxml2 sets up its globals once, before any thread parses.
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    private static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let at = child {
            if at.pointee.type == XML_ELEMENT_NODE { result.append(at) }
            child = at.pointee.next
        }
        return result
    }

    private static func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        children(of: node).first { localName($0) == name }
    }

    /// The element's text (its text and CDATA descendants), whitespace collapsed.
    private static func text(_ node: xmlNodePtr) -> String {
        var pieces = ""
        var stack: [xmlNodePtr] = []
        if let first = node.pointee.children { stack.append(first) }
        // Depth first in document order: a node's sibling waits under its children.
        while let at = stack.popLast() {
            if let next = at.pointee.next { stack.append(next) }
            if at.pointee.type == XML_TEXT_NODE || at.pointee.type == XML_CDATA_SECTION_NODE, let content = at.pointee.content {
                pieces += String(cString: content)
            } else if at.pointee.type == XML_ELEMENT_NODE, let first = at.pointee.children {
                stack.append(first)
            }
        }
        return pieces.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let at = property {
            property = at.pointee.next
            guard let key = at.pointee.name, String(cString: key) == name else { continue }
            return at.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
        }
        return nil
    }

    /// `link` as an absolute URL: as it is when it has a scheme, else joined to `base`'s
    /// origin (`/path`) or folder (`path`).
    static func resolve(_ link: String, against base: String?) -> String {
        let link = String(link.trimmingWhitespace())
        guard !link.contains("://"), let base, let scheme = base.range(of: "://") else { return link }
        let afterScheme = base[scheme.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        let origin = base[..<hostEnd]
        if link.hasPrefix("//") { return String(base[..<scheme.lowerBound]) + ":" + link }
        if link.hasPrefix("/") { return String(origin) + link }
        let path = base[hostEnd...]
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
        return String(origin) + folder + link
    }
}
