internal import CLibXML2

/// Parses HTML with libxml2 (which repairs broken markup as browsers do) and
/// walks the tree once, without recursion, into an ``HTMLPage``.
enum HTMLPageBuilder {
    /// libxml2 sets up its globals once, before any thread parses.
    private static let parserReady: Bool = {
        xmlInitParser()
        return true
    }()

    /// Elements whose content is never text a reader sees.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "select", "textarea", "button", "input", "picture", "source",
    ]

    /// Elements that start and end a block of text.
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "td", "th", "thead", "tbody", "tfoot", "section", "article", "main", "header", "footer", "nav", "aside",
        "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "hr", "center", "details",
        "summary", "body", "html", "caption", "dialog", "menu", "legend",
    ]

    static func build(_ html: String) -> HTMLPage {
        _ = parserReady
        var bytes = Array(html.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return HTMLPage() }
        // HUGE lifts libxml2's nesting limit (256), past which it would drop the rest of the page.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        let count = Int32(bytes.count)
        let document: htmlDocPtr? = bytes.withUnsafeMutableBytes { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, count, nil, "UTF-8", options)
            }
        }
        guard let document else { return HTMLPage() }
        defer { xmlFreeDoc(document) }
        var walker = Walker()
        walker.walk(document)
        return walker.page
    }

    private struct Open {
        var element: Int?
        var isBlock: Bool
        var isLink: Bool
        var isPre: Bool
    }

    private struct Walker {
        var page = HTMLPage()
        var stack: [Open] = []
        /// The innermost registered element (parent of the next one), and the innermost block owner.
        var registered: [Int] = []
        var text: [UInt8] = []
        var characters = 0
        var linkCharacters = 0
        var commas = 0
        var pendingSpace = false
        var linkDepth = 0
        var preDepth = 0
        /// Pages repeat a few class names many times: each is read once.
        var wordsByClass: [String: ClassHints.Words] = [:]

        mutating func walk(_ document: htmlDocPtr) {
            var current = document.pointee.children
            while let node = current {
                var descend = false
                switch node.pointee.type {
                case XML_ELEMENT_NODE: descend = open(node)
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: appendText(node.pointee.content)
                default: break
                }
                if descend, let child = node.pointee.children {
                    current = child
                    continue
                }
                if descend { close() }
                // Next sibling, or climb, closing each element left.
                var climbing: xmlNodePtr? = node
                current = nil
                while let at = climbing {
                    if let next = at.pointee.next {
                        current = next
                        break
                    }
                    guard let parent = at.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                    close()
                    climbing = parent
                }
            }
            flush()
        }

        // MARK: Elements

        /// Registers an element; `false` when its subtree is skipped.
        private mutating func open(_ node: xmlNodePtr) -> Bool {
            guard let namePointer = node.pointee.name else { return false }
            let tag = String(cString: namePointer)
            var classAndID = ""
            var role: String?
            var hidden = false
            var attributes: [String: String] = [:]
            var property = node.pointee.properties
            while let attribute = property {
                property = attribute.pointee.next
                guard let name = attribute.pointee.name else { continue }
                let key = String(cString: name)
                let value = attribute.pointee.children.flatMap { $0.pointee.content }.map { String(cString: $0) } ?? ""
                switch key {
                case "class", "id":
                    classAndID += classAndID.isEmpty ? value : " " + value
                case "role": role = value
                case "hidden": hidden = true
                case "aria-hidden": if value == "true" { hidden = true }
                case "style":
                    let compact = value.lowercased().filter { $0 != " " }
                    if compact.contains("display:none") || compact.contains("visibility:hidden") { hidden = true }
                default: break
                }
                attributes[key] = value
            }
            switch tag {
            case "meta":
                let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? attributes["http-equiv"]
                if let key, let content = attributes["content"], !content.isEmpty {
                    page.head.metas.append((key.lowercased(), content))
                }
                return false
            case "link":
                if attributes["rel"]?.lowercased() == "canonical", page.head.canonical == nil {
                    page.head.canonical = attributes["href"]
                }
                return false
            case "html":
                if let lang = attributes["lang"] ?? attributes["xml:lang"], !lang.isEmpty { page.head.language = lang }
            case "time":
                if let value = attributes["datetime"], !value.isEmpty { page.head.times.append(value) }
            case "title":
                if page.head.title == nil { page.head.title = Self.textContent(of: node) }
                return false
            case "script":
                if attributes["type"]?.lowercased() == "application/ld+json" {
                    page.head.jsonLD.append(Self.textContent(of: node))
                }
                return false
            case "br":
                if !text.isEmpty { text.append(0x0A) }
                pendingSpace = false
                return false
            default: break
            }
            if attributes["itemprop"] == "datePublished", let value = attributes["content"] ?? attributes["datetime"] {
                page.head.metas.append(("itemprop:datepublished", value))
            }
            if HTMLPageBuilder.skippedTags.contains(tag) { return false }

            let words: ClassHints.Words
            if let known = wordsByClass[classAndID] {
                words = known
            } else {
                words = ClassHints.words(classAndID)
                wordsByClass[classAndID] = words
            }
            let verdict = ClassHints.verdict(tag: tag, role: role, words: words)
            let isBlock = HTMLPageBuilder.blockTags.contains(tag)
            var mark = verdict.rule
            var soft = verdict.soft
            if hidden {
                mark = .hidden
                soft = false
            }
            var element: Int?
            if isBlock || mark != nil {
                flush()
                element = page.elements.count
                page.elements.append(
                    HTMLPage.Element(
                        tag: tag, parent: registered.last ?? -1, mark: mark, softMark: soft,
                        classWeight: verdict.weight, className: classAndID))
                registered.append(element!)
            }
            let isLink = tag == "a"
            let isPre = tag == "pre"
            if isLink { linkDepth += 1 }
            if isPre { preDepth += 1 }
            stack.append(Open(element: element, isBlock: isBlock, isLink: isLink, isPre: isPre))
            return true
        }

        private mutating func close() {
            guard let top = stack.popLast() else { return }
            if top.isLink { linkDepth -= 1 }
            if top.isPre { preDepth -= 1 }
            if top.element != nil {
                flush()
                registered.removeLast()
            }
        }

        // MARK: Text

        private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>?) {
            guard var cursor = content else { return }
            while cursor.pointee != 0 {
                let byte = cursor.pointee
                cursor += 1
                if preDepth == 0, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                    continue
                }
                // A no-break space (&nbsp;, C2 A0) is a space in running text.
                if byte == 0xC2, cursor.pointee == 0xA0 {
                    cursor += 1
                    pendingSpace = true
                    continue
                }
                if byte == 0x0D { continue }
                if pendingSpace {
                    if let last = text.last, last != 0x0A {
                        text.append(0x20)
                        characters += 1
                        if linkDepth > 0 { linkCharacters += 1 }
                    }
                    pendingSpace = false
                }
                text.append(byte)
                if byte & 0xC0 != 0x80 {
                    characters += 1
                    if linkDepth > 0 { linkCharacters += 1 }
                }
                if byte == UInt8(ascii: ",") { commas += 1 }
            }
        }

        /// Ends the current block: its text becomes a ``HTMLPage/Block`` owned by the innermost registered element.
        private mutating func flush() {
            defer {
                text.removeAll(keepingCapacity: true)
                characters = 0
                linkCharacters = 0
                commas = 0
                pendingSpace = false
            }
            while let last = text.last, last == 0x0A || last == 0x20 { text.removeLast() }
            guard !text.isEmpty else { return }
            let owner = registered.last ?? -1
            let tag = owner >= 0 ? page.elements[owner].tag : ""
            let kind: HTMLPage.BlockKind
            switch tag {
            case "h1": kind = .headline
            case "h2", "h3", "h4", "h5", "h6": kind = .heading
            case "p", "div", "blockquote", "section", "article", "main", "dd", "center", "address": kind = .paragraph
            case "li", "dt": kind = .listItem
            case "td", "th": kind = .cell
            case "pre": kind = .preformatted
            default: kind = .other
            }
            // No leading space: one is only added after text, and a <br> only after text.
            page.blocks.append(
                HTMLPage.Block(
                    text: String(decoding: text, as: UTF8.self), characters: characters,
                    linkCharacters: linkCharacters, commas: commas, owner: owner, kind: kind))
        }

        /// The concatenated text of a node's children (a `<title>`, a JSON-LD script).
        static func textContent(of node: xmlNodePtr) -> String {
            var text = ""
            var child = node.pointee.children
            while let current = child {
                if let content = current.pointee.content { text += String(cString: content) }
                child = current.pointee.next
            }
            return text
        }
    }
}
