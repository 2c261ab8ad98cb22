/// What an element's tag, `role`, `class` and `id` say about it, in the manner
/// of Readability's "unlikely candidates" and trafilatura's boilerplate lists
/// (our own word lists). Words are matched on the lowercased class and id,
/// split at anything that is not a letter or digit ("post-comments" gives
/// "post", "comments"); stems also match inside a word ("sharebar").
enum ClassHints {
    struct Verdict: Equatable {
        var rule: ExtractionRule?
        /// The rule comes from a class or id word, not from the tag or role:
        /// a second pass ignores it when the first finds too little text.
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

    /// Words that say "this is the article".
    static let contentStems = ["article", "content", "entry", "main", "post", "story", "body", "text", "prose"]

    static func verdict(tag: String, role: String?, classAndID: String) -> Verdict {
        var weight = 0
        var rule = tagRules[tag]
        if let role, let byRole = roleRules[role.lowercased()] { rule = rule ?? byRole }
        // A <form> often wraps a whole page (ASP.NET does): only a soft hint.
        let hard = rule != nil && tag != "form"
        guard !classAndID.isEmpty else { return Verdict(rule: rule, soft: !hard, weight: 0) }
        let lowered = classAndID.lowercased()
        let words = lowered.split { !$0.isLetter && !$0.isNumber }
        let content = words.contains { word in contentStems.contains { word.hasPrefix($0) || word.hasSuffix($0) } }
        var strong: ExtractionRule?
        for (stem, stemRule) in strongStems where lowered.contains(stem) {
            strong = stemRule
            break
        }
        var weak: ExtractionRule?
        for word in words {
            if let wordRule = weakWords[String(word)] {
                weak = wordRule
                break
            }
        }
        if content { weight += 25 }
        if strong != nil || weak != nil { weight -= 25 }
        if hard { return Verdict(rule: rule, soft: false, weight: weight) }
        return Verdict(rule: strong ?? (content ? nil : weak) ?? rule, soft: true, weight: weight)
    }
}
