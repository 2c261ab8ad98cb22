/// What an element's tag, `role`, `class` and `id` say about it, in the manner
/// of Readability's "unlikely candidates" and trafilatura's boilerplate lists
/// (our own word lists). Words are matched on the lowercased class and id,
/// split at anything that is not a letter or digit ("post-comments" gives
/// "post", "comments"); stems also match inside a word ("sharebar").
enum ClassHints {
    struct Verdict: Equatable {
        var rule: ExtractionRule?
        /// The rule comes from a class or id word (or `<form>`), not from the tag or
        /// role: a second pass ignores it when the first finds too little text.
        var soft: Bool
        /// +25 when the words say "content", -25 when they say "boilerplate".
        var weight: Int
    }

    /// Tags that are page furniture by definition.
    static let tagRules: [String: ExtractionRule] = [
        "nav": .navigation, "menu": .navigation, "footer": .footer, "aside": .sidebar,
        "figure": .caption, "figcaption": .caption, "dialog": .widget, "form": .form,
    ]

    /// ARIA landmark roles that are not the article.
    static let roleRules: [String: ExtractionRule] = [
        "navigation": .navigation, "menu": .navigation, "menubar": .navigation, "banner": .header,
        "contentinfo": .footer, "complementary": .sidebar, "dialog": .widget, "alertdialog": .widget,
        "search": .navigation, "toolbar": .share,
    ]

    /// Stems that mark boilerplate even beside a content word ("article-comments" is comments).
    static let strongStems: [(String, ExtractionRule)] = [
        ("comment", .comments), ("disqus", .comments), ("reply", .comments),
        ("share", .share), ("sharing", .share), ("social", .share),
        ("related", .related), ("recommend", .related), ("outbrain", .related), ("taboola", .related),
        ("trending", .related), ("most-read", .related), ("mostread", .related), ("popular", .related),
        ("cookie", .cookieBanner), ("consent", .cookieBanner), ("gdpr", .cookieBanner),
        ("byline", .byline), ("dateline", .byline), ("caption", .caption),
        ("newsletter", .newsletter), ("subscri", .newsletter), ("signup", .newsletter), ("sign-up", .newsletter),
        ("advert", .advert), ("sponsor", .advert), ("promo", .advert), ("breadcrumb", .navigation),
        ("popup", .widget), ("modal", .widget),
    ]

    /// Whole words that mark boilerplate unless a content word is also present.
    static let weakWords: [String: ExtractionRule] = [
        "nav": .navigation, "navbar": .navigation, "navigation": .navigation, "menu": .navigation,
        "footer": .footer, "foot": .footer, "copyright": .footer, "header": .header, "masthead": .header,
        "sidebar": .sidebar, "rail": .sidebar, "widget": .widget, "tags": .widget, "tag": .widget,
        "author": .byline, "authors": .byline, "meta": .byline, "timestamp": .byline, "credit": .caption,
        "credits": .caption, "ad": .advert, "ads": .advert, "banner": .header, "toolbar": .share,
        "hidden": .hidden, "print": .widget, "pagination": .navigation, "pager": .navigation, "more": .related,
    ]

    static let wrapperTags: Set<String> = ["html", "body", "main", "article"]

    /// Words that say "this is the article".
    static let contentStems = ["article", "content", "entry", "main", "post", "story", "body", "text", "prose"]

    /// What the class and id words alone say: (strong rule, weak rule, a content word present).
    struct Words: Equatable {
        var strong: ExtractionRule?
        var weak: ExtractionRule?
        var content: Bool
    }

    static func verdict(tag: String, role: String?, words: Words) -> Verdict {
        var rule = tagRules[tag]
        if let role, let byRole = roleRules[role.lowercased()] { rule = rule ?? byRole }
        // A <form> often wraps a whole page (ASP.NET does): only a soft hint.
        let hard = rule != nil && tag != "form"
        var weight = 0
        if words.content { weight += 25 }
        if words.strong != nil || words.weak != nil { weight -= 25 }
        if hard { return Verdict(rule: rule, soft: false, weight: weight) }
        // The page's and the article's own wrappers carry page-wide classes ("has-sharebar"): words never drop them.
        if wrapperTags.contains(tag) { return Verdict(rule: nil, soft: true, weight: weight) }
        // A cookie or consent notice is never the article's wrapper: it holds in the second pass too.
        // (Holding every strong word there cost recall: F1 0.944 against 0.956.)
        if words.strong == .cookieBanner { return Verdict(rule: .cookieBanner, soft: false, weight: weight) }
        return Verdict(rule: words.strong ?? (words.content ? nil : words.weak) ?? rule, soft: true, weight: weight)
    }

    /// Reads the class and id words on bytes (ASCII letters lowered; other
    /// bytes of 0x80 and above count as letters): it runs on every element of every page.
    static func words(_ classAndID: String) -> Words {
        var result = Words(strong: nil, weak: nil, content: false)
        guard !classAndID.isEmpty else { return result }
        let lowered = classAndID.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for (stem, rule) in strongStemBytes where contains(lowered, stem) {
            result.strong = rule
            break
        }
        var start = 0
        func word(_ end: Int) {
            guard end > start else { return }
            let word = lowered[start..<end]
            if !result.content, contentStemBytes.contains(where: { word.starts(with: $0) || word.reversed().starts(with: $0.reversed()) }) {
                result.content = true
            }
            if result.weak == nil, word.count <= 12, let rule = weakWords[String(decoding: word, as: UTF8.self)] {
                result.weak = rule
            }
        }
        for (index, byte) in lowered.enumerated() {
            let isWordByte = byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if !isWordByte {
                word(index)
                start = index + 1
            }
        }
        word(lowered.count)
        return result
    }

    private static let strongStemBytes = strongStems.map { (Array($0.0.utf8), $0.1) }
    private static let contentStemBytes = contentStems.map { Array($0.utf8) }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
