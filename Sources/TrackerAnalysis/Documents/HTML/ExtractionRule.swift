/// Why a block of a web page was left out of the article text. The raw values
/// are stable rule ids, shown by `tracker segment --explain`.
public enum ExtractionRule: String, Sendable, CaseIterable, Codable {
    /// Not inside the element that scored highest as the article (nor a sibling joined to it).
    case outsideContent = "extract.outside-content"
    /// Mostly link text: a menu, a list of headlines, tag links.
    case linkDensity = "extract.link-density"
    case navigation = "extract.navigation"
    case footer = "extract.footer"
    case header = "extract.header"
    case sidebar = "extract.sidebar"
    case comments = "extract.comments"
    case share = "extract.share"
    case related = "extract.related"
    case cookieBanner = "extract.cookie-banner"
    case byline = "extract.byline"
    case caption = "extract.caption"
    case advert = "extract.advert"
    case newsletter = "extract.newsletter"
    case form = "extract.form"
    case hidden = "extract.hidden"
    /// Page furniture named by a class or id word with no more specific rule (widget, popup, tags ...).
    case widget = "extract.widget"
    /// The page's headline (kept as the document's title, not as a sentence).
    case headline = "extract.headline"
}
