/// HTML to plain article text in one linear pass over the bytes.
///
/// Scripts, styles, navigation, footers, asides, forms and figure captions are
/// dropped with their content; block elements (paragraphs, headings, list
/// items, table rows, ...) become paragraph breaks; character references are
/// decoded. The page's `<title>`, `<meta>` date, site name and canonical URL
/// fill the metadata. Nesting depth never costs more than a counter, so
/// deeply nested or unclosed markup stays linear.
public enum HTMLText {
    /// The article text and metadata of a page.
    public struct Extracted: Sendable {
        /// Text blocks in document order; empty strings separate paragraphs.
        public var lines: [String]
        /// The title, date, site name and canonical URL the page declares.
        public var metadata: DocumentMetadata
    }

    /// The text and metadata of `html`, in time linear in its length.
    public static func extract(_ html: String) -> Extracted {
        var parser = Parser(bytes: Array(html.utf8))
        parser.run()
        let text = String(decoding: parser.output, as: UTF8.self)
        var metadata = DocumentMetadata()
        let title = String(decoding: parser.title, as: UTF8.self).trimmingWhitespace()
        metadata.title = title.isEmpty ? parser.firstHeading : String(title)
        metadata.date = parser.date
        metadata.source = parser.siteName
        metadata.url = parser.url
        if let language = parser.language { metadata.language = language }
        let lines = text.lineSlices().map { String($0.trimmingWhitespace()) }
        return Extracted(lines: lines, metadata: metadata)
    }

    /// Elements whose content is never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "iframe",
        "template", "figcaption", "button", "select", "textarea", "object", "canvas", "video", "audio", "map",
    ]
    /// Elements read as raw text up to their closing tag (no markup inside).
    static let rawTextElements: Set<String> = ["script", "style", "textarea"]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "blockquote", "figure", "header", "main", "pre", "dd", "dt", "dl", "hr", "body",
        "html", "title", "address", "td", "th", "caption", "details", "summary",
    ]

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var output: [UInt8] = []
        var title: [UInt8] = []
        var firstHeading: String?
        var date: CalendarDate?
        var siteName: String?
        var url: String?
        var language: String?
        /// The element being dropped and how deeply it is nested in itself.
        var dropping: (name: String, depth: Int)?
        var inTitle = false
        var inPre = 0
        var headingStart: Int?
        var pendingSpace = false

        init(bytes: [UInt8]) {
            self.bytes = bytes
            output.reserveCapacity(bytes.count / 2)
        }

        mutating func run() {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    readMarkup()
                } else if byte == UInt8(ascii: "&") {
                    let decoded = HTMLEntities.decode(bytes, at: index)
                    emitText(decoded.bytes)
                    index = decoded.next
                } else {
                    emitText(byte)
                    index += 1
                }
            }
        }

        // MARK: Text

        private mutating func emitText(_ byte: UInt8) {
            if dropping != nil { return }
            if inTitle {
                title.append(byte)
                return
            }
            if inPre == 0, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C {
                pendingSpace = true
                return
            }
            if pendingSpace {
                if let last = output.last, last != 0x0A { output.append(0x20) }
                pendingSpace = false
            }
            output.append(byte)
        }

        private mutating func emitText(_ decoded: [UInt8]) {
            for byte in decoded { emitText(byte) }
        }

        private mutating func breakLine(paragraph: Bool) {
            guard dropping == nil, !inTitle else { return }
            pendingSpace = false
            output.append(0x0A)
            if paragraph { output.append(0x0A) }
        }

        // MARK: Markup

        private mutating func readMarkup() {
            let start = index
            if matches("<!--") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                return
            }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?") {
                index = find(">", from: index + 1).map { $0 + 1 } ?? bytes.count
                return
            }
            var cursor = index + 1
            let closing = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
            if closing { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart else {
                // A lone "<" in text ("a < b").
                emitText(bytes[start])
                index = start + 1
                return
            }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            let (attributes, end, selfClosing) = readAttributes(from: cursor)
            index = end
            if closing {
                closeElement(name)
            } else {
                openElement(name, attributes: attributes, selfClosing: selfClosing)
            }
        }

        private mutating func openElement(_ name: String, attributes: [String: String], selfClosing: Bool) {
            if let current = dropping {
                if current.name == name, !selfClosing { dropping = (name, current.depth + 1) }
                return
            }
            switch name {
            case "meta": readMeta(attributes)
            case "link":
                if attributes["rel"]?.lowercased() == "canonical", url == nil { url = attributes["href"] }
            case "time":
                if date == nil, let value = attributes["datetime"] { date = CalendarDate(iso: value) }
            case "html":
                if let lang = attributes["lang"], !lang.isEmpty { language = lang }
            case "br": breakLine(paragraph: false)
            case "title":
                if !selfClosing { inTitle = true }
                return
            case "pre": inPre += 1
            case "h1":
                if firstHeading == nil { headingStart = output.count + 2 }
            default: break
            }
            if HTMLText.droppedElements.contains(name), !selfClosing {
                if HTMLText.rawTextElements.contains(name) {
                    skipRawText(until: name)
                } else {
                    dropping = (name, 1)
                }
                return
            }
            if HTMLText.blockElements.contains(name) { breakLine(paragraph: true) }
        }

        private mutating func closeElement(_ name: String) {
            if let current = dropping {
                if current.name == name {
                    dropping = current.depth > 1 ? (name, current.depth - 1) : nil
                }
                return
            }
            switch name {
            case "title": inTitle = false
            case "pre": inPre = max(0, inPre - 1)
            case "h1":
                if firstHeading == nil, let start = headingStart, start <= output.count {
                    let heading = String(decoding: output[start...], as: UTF8.self).trimmingWhitespace()
                    if !heading.isEmpty { firstHeading = String(heading) }
                }
                headingStart = nil
            default: break
            }
            if HTMLText.blockElements.contains(name) { breakLine(paragraph: true) }
        }

        private mutating func readMeta(_ attributes: [String: String]) {
            let key = (attributes["name"] ?? attributes["property"] ?? attributes["itemprop"] ?? "").lowercased()
            guard let content = attributes["content"], !content.isEmpty else { return }
            switch key {
            case "date", "article:published_time", "pubdate", "publish-date", "datepublished", "dc.date":
                if date == nil { date = CalendarDate(iso: content) }
            case "og:site_name", "publisher", "dc.publisher":
                if siteName == nil { siteName = content }
            case "og:url":
                if url == nil { url = content }
            default: break
            }
        }

        /// Skips a `<script>` or `<style>` body: everything up to `</name`.
        private mutating func skipRawText(until name: String) {
            let closing = Array("</\(name)".utf8)
            var cursor = index
            while let found = find(closing, from: cursor, caseInsensitive: true) {
                let after = found + closing.count
                if after >= bytes.count || !isNameByte(bytes[after]) {
                    index = find(">", from: after).map { $0 + 1 } ?? bytes.count
                    return
                }
                cursor = after
            }
            index = bytes.count
        }

        /// Attributes of a start tag from `start` (just after the name) to its `>`.
        private func readAttributes(from start: Int) -> ([String: String], Int, Bool) {
            var attributes: [String: String] = [:]
            var cursor = start
            var selfClosing = false
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if byte == UInt8(ascii: ">") { return (attributes, cursor + 1, selfClosing) }
                if byte == UInt8(ascii: "/") {
                    selfClosing = true
                    cursor += 1
                    continue
                }
                if !isNameByte(byte) {
                    cursor += 1
                    continue
                }
                selfClosing = false
                let nameStart = cursor
                while cursor < bytes.count, isNameByte(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ":") { cursor += 1 }
                let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
                while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else {
                    attributes[name] = ""
                    continue
                }
                cursor += 1
                while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                guard cursor < bytes.count else { break }
                var value: [UInt8] = []
                let quote = bytes[cursor]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    cursor += 1
                    let valueStart = cursor
                    while cursor < bytes.count, bytes[cursor] != quote { cursor += 1 }
                    value = Array(bytes[valueStart..<min(cursor, bytes.count)])
                    cursor += 1
                } else {
                    let valueStart = cursor
                    while cursor < bytes.count, bytes[cursor] != 0x20, bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    value = Array(bytes[valueStart..<cursor])
                }
                attributes[name] = HTMLEntities.decodeAll(value)
            }
            return (attributes, bytes.count, selfClosing)
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }

        private func matches(_ literal: String) -> Bool {
            let literalBytes = Array(literal.utf8)
            return index + literalBytes.count <= bytes.count
                && bytes[index..<index + literalBytes.count].elementsEqual(literalBytes)
        }

        private func find(_ literal: String, from start: Int) -> Int? {
            find(Array(literal.utf8), from: start, caseInsensitive: false)
        }

        private func find(_ needle: [UInt8], from start: Int, caseInsensitive: Bool) -> Int? {
            guard let first = needle.first, needle.count <= bytes.count else { return nil }
            var cursor = start
            let last = bytes.count - needle.count
            while cursor <= last {
                if bytes[cursor] == first {
                    var matched = true
                    for offset in 1..<needle.count {
                        var byte = bytes[cursor + offset]
                        if caseInsensitive, byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                        if byte != needle[offset] {
                            matched = false
                            break
                        }
                    }
                    if matched { return cursor }
                }
                cursor += 1
            }
            return nil
        }
    }
}
