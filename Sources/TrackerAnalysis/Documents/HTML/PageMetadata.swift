/// A page's title, publication date, publisher, author, canonical URL and
/// language, from what it says about itself.
///
/// The publication date comes from the most deliberate statement of it:
/// JSON-LD `datePublished`, then publication meta tags (`article:published_time`,
/// `og:`/`dc.`/`dcterms.` dates, `itemprop="datePublished"`, ...), then the first
/// `<time datetime>`, then a date in the URL's path, then a dateline in words
/// near the top of the page. Modification dates are never taken for it.
enum PageMetadata {
    /// Meta names and properties that state the publication date, most specific first.
    static let publishedKeys = [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published",
        "itemprop:datepublished", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
        "parsely-pub-date", "sailthru.date", "publish-date", "publishdate", "publish_date", "pubdate",
        "publication_date", "date", "og:pubdate", "article.published", "originalpublicationdate",
    ]

    static func read(_ head: HTMLPage.Head, headline: String?, datelineText: [String]) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        var metas: [String: String] = [:]
        for (key, content) in head.metas where metas[key] == nil { metas[key] = content.trimmedString }
        let jsonLD = head.jsonLD.joined(separator: "\n")

        let canonical = [head.canonical, metas["og:url"]].compactMap { $0 }.first { $0.contains("://") }
        metadata.url = canonical
        metadata.title =
            metas["og:title"] ?? JSONLDScan.string(for: "headline", in: jsonLD) ?? headline
            ?? head.title?.trimmedString
        if metadata.title?.isEmpty == true { metadata.title = nil }
        metadata.source =
            metas["og:site_name"] ?? JSONLDScan.name(of: "publisher", in: jsonLD)
            ?? metas["application-name"] ?? metas["dc.publisher"] ?? metas["publisher"]
        metadata.author =
            metas["author"].flatMap { $0.contains("://") ? nil : $0 }
            ?? JSONLDScan.name(of: "author", in: jsonLD) ?? metas["dc.creator"] ?? metas["byl"].map(Self.withoutBy)
        if let language = head.language ?? metas["og:locale"] ?? metas["content-language"] ?? metas["language"],
            let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first, !primary.isEmpty
        {
            metadata.language = primary.lowercased()
        }
        metadata.date = date(metas: metas, jsonLD: jsonLD, head: head, url: canonical, datelineText: datelineText)
        return metadata
    }

    static func date(
        metas: [String: String], jsonLD: String, head: HTMLPage.Head, url: String?,
        datelineText: [String]
    ) -> CalendarDate? {
        for key in ["datePublished", "dateCreated"] {
            if let value = JSONLDScan.string(for: key, in: jsonLD), let date = PageDate.parse(value) { return date }
        }
        for key in publishedKeys {
            if let value = metas[key], let date = PageDate.parse(value) { return date }
        }
        for value in head.times {
            if let date = PageDate.parse(value) { return date }
        }
        if let url, let date = PageDate.inURL(url) { return date }
        for line in datelineText {
            if let date = PageDate.inWords(line) { return date }
        }
        return nil
    }

    private static func withoutBy(_ text: String) -> String {
        text.lowercased().hasPrefix("by ") ? String(text.dropFirst(3)) : text
    }
}

/// Reads single values out of JSON-LD without a JSON parser: pages' JSON-LD
/// is often invalid JSON (trailing commas, raw line breaks), and only a few
/// string fields are wanted.
enum JSONLDScan {
    /// The string value of the first `"key": "..."`.
    static func string(for key: String, in text: String) -> String? {
        var rest = Substring(text)
        while let found = rest.range(of: "\"\(key)\"") {
            rest = rest[found.upperBound...]
            let afterColon = rest.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            guard afterColon.first == ":" else { continue }
            let value = afterColon.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            if value.first == "\"", let decoded = quoted(value.dropFirst()), !decoded.isEmpty { return decoded }
        }
        return nil
    }

    /// A person or organisation's name: `"key": "Name"`, or the first `"name"`
    /// inside `"key": {...}` or `"key": [{...}]`.
    static func name(of key: String, in text: String) -> String? {
        guard let found = text.range(of: "\"\(key)\"") else { return nil }
        let rest = text[found.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        if rest.first == "\"" { return quoted(rest.dropFirst()) }
        guard rest.first == "{" || rest.first == "[" else { return nil }
        // Only inside this value: stop at its first closing brace.
        let scope = rest.prefix { $0 != "}" }
        return string(for: "name", in: String(scope))
    }

    /// The JSON string starting after its opening quote, unescaped.
    private static func quoted(_ text: Substring) -> String? {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\"": return result.trimmedString
            case "\\":
                guard let escaped = iterator.next() else { return nil }
                switch escaped {
                case "n", "r", "t": result.unicodeScalars.append(" ")
                case "u":
                    var code: UInt32 = 0
                    for _ in 0..<4 {
                        guard let digit = iterator.next(), let value = UInt32(String(digit), radix: 16) else { return nil }
                        code = code * 16 + value
                    }
                    if let decoded = Unicode.Scalar(code) { result.unicodeScalars.append(decoded) }
                default: result.unicodeScalars.append(escaped)
                }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return nil
    }
}

extension String {
    /// The text without leading and trailing white space, as a `String`.
    var trimmedString: String { String(trimmingWhitespace()) }
}
