internal import CLibXML2

/// The text layer of a PDF as poppler lays it out (`pdftotext -bbox-layout`):
/// pages of blocks of lines, each line with its box in points from the page's
/// top left. Blocks come in poppler's reading order, which puts a left column
/// before a right one.
public struct PDFLayout: Sendable, Hashable {
    /// A rectangle on a page, in points, y growing downwards.
    public struct Box: Sendable, Hashable {
        /// Left edge.
        public var xMin: Double
        /// Top edge.
        public var yMin: Double
        /// Right edge.
        public var xMax: Double
        /// Bottom edge.
        public var yMax: Double

        /// A box with these edges.
        public init(xMin: Double, yMin: Double, xMax: Double, yMax: Double) {
            self.xMin = xMin
            self.yMin = yMin
            self.xMax = xMax
            self.yMax = yMax
        }
    }

    /// One line of words.
    public struct Line: Sendable, Hashable {
        /// Its words, joined by single spaces.
        public var text: String
        /// Where it is on its page.
        public var box: Box

        /// A line with this text and box.
        public init(text: String, box: Box) {
            self.text = text
            self.box = box
        }
    }

    /// Lines poppler groups together: a paragraph, a heading, a table cell.
    public struct Block: Sendable, Hashable {
        /// Its lines, top to bottom.
        public var lines: [Line]

        /// A block of these lines.
        public init(lines: [Line]) { self.lines = lines }
    }

    /// One page.
    public struct Page: Sendable, Hashable {
        /// Its number, from 1.
        public var number: Int
        /// Width in points.
        public var width: Double
        /// Height in points.
        public var height: Double
        /// Its blocks in reading order.
        public var blocks: [Block]

        /// A page with these blocks.
        public init(number: Int, width: Double, height: Double, blocks: [Block]) {
            self.number = number
            self.width = width
            self.height = height
            self.blocks = blocks
        }
    }

    /// The pages, in order.
    public var pages: [Page]
    /// The document's title from its information dictionary, when it has one.
    public var title: String?

    /// A layout of these pages.
    public init(pages: [Page], title: String? = nil) {
        self.pages = pages
        self.title = title
    }

    /// Whether any page carries a word: a scanned report has pages and no text.
    public var hasText: Bool { pages.contains { !$0.blocks.isEmpty } }

    /// Reads `pdftotext -bbox-layout` output (XHTML). Markup it cannot read gives no pages.
    public init(xhtml bytes: [UInt8]) {
        self.init(pages: [])
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        _ = Self.parserReady
        // NONET: the DOCTYPE names the XHTML DTD on the web; it is never fetched.
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        var input = bytes
        let count = Int32(input.count)
        let document: xmlDocPtr? = input.withUnsafeMutableBytes { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, count, nil, "UTF-8", options)
            }
        }
        guard let document else { return }
        defer { xmlFreeDoc(document) }
        var current = xmlDocGetRootElement(document)
        // Depth first without recursion: html > head/body > doc > page > flow > block > line > word.
        while let node = current {
            var descend = true
            if node.pointee.type == XML_ELEMENT_NODE {
                switch Self.name(of: node) {
                case "title":
                    let text = Self.text(of: node)
                    if !text.isEmpty { title = text }
                    descend = false
                case "page":
                    pages.append(
                        Page(
                            number: pages.count + 1, width: Self.number(node, "width"),
                            height: Self.number(node, "height"), blocks: []))
                case "block":
                    if !pages.isEmpty { pages[pages.count - 1].blocks.append(Block(lines: [])) }
                case "line":
                    let words = Self.words(of: node)
                    if !words.isEmpty, !pages.isEmpty {
                        if pages[pages.count - 1].blocks.isEmpty { pages[pages.count - 1].blocks.append(Block(lines: [])) }
                        let line = Line(
                            text: words,
                            box: Box(
                                xMin: Self.number(node, "xMin"), yMin: Self.number(node, "yMin"),
                                xMax: Self.number(node, "xMax"), yMax: Self.number(node, "yMax")))
                        let last = pages[pages.count - 1].blocks.count - 1
                        pages[pages.count - 1].blocks[last].lines.append(line)
                    }
                    descend = false
                default: break
                }
            }
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            var next: xmlNodePtr? = node
            current = nil
            while let at = next {
                if let sibling = at.pointee.next {
                    current = sibling
                    break
                }
                next = at.pointee.parent
                if next == nil || next?.pointee.type == XML_DOCUMENT_NODE { break }
            }
        }
        for index in pages.indices {
            pages[index].blocks.removeAll { $0.lines.isEmpty }
        }
    }

    /// libxml2 sets up its globals once, before any thread parses.
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// A numeric attribute (poppler writes `xMin="72.000000"`); 0 when absent.
    private static func number(_ node: xmlNodePtr, _ attribute: String) -> Double {
        var property = node.pointee.properties
        while let at = property {
            property = at.pointee.next
            guard let name = at.pointee.name, String(cString: name) == attribute else { continue }
            let value = at.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
            return Double(value) ?? 0
        }
        return 0
    }

    /// The text nodes directly under `node`, whitespace collapsed.
    private static func text(of node: xmlNodePtr) -> String {
        var pieces = ""
        var child = node.pointee.children
        while let at = child {
            if at.pointee.type == XML_TEXT_NODE || at.pointee.type == XML_CDATA_SECTION_NODE, let content = at.pointee.content {
                pieces += String(cString: content)
            }
            child = at.pointee.next
        }
        return pieces.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A line's `<word>` children joined by single spaces.
    private static func words(of line: xmlNodePtr) -> String {
        var words: [String] = []
        var child = line.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, name(of: node) == "word" {
                let word = text(of: node)
                if !word.isEmpty { words.append(word) }
            }
            child = node.pointee.next
        }
        return words.joined(separator: " ")
    }
}
