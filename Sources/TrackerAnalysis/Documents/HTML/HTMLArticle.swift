/// A web page's article: its text as lines (blank lines between paragraphs),
/// what the page says about itself, and every block left out with its rule.
public struct HTMLArticle: Sendable {
    /// The article's blocks as lines; an empty string ends a paragraph.
    public var lines: [String]
    /// What the page says about itself: title, date, publisher, URL, language, author, when it says.
    public var metadata: DocumentMetadata
    /// Blocks left out of the article, each with the rule (`extract.*`) that left it out.
    public var dropped: [BoilerplateFilter.RemovedLine]

    /// Parses `html` (libxml2, forgiving) and extracts the main content and metadata.
    public init(html: String) {
        let page = HTMLPageBuilder.build(html)
        let result = ContentExtractor(page: page).extract()
        var lines: [String] = []
        lines.reserveCapacity(result.blocks.count * 2)
        for block in result.blocks {
            for line in block.text.lineSlices() {
                let trimmed = line.trimmingWhitespace()
                if !trimmed.isEmpty { lines.append(String(trimmed)) }
            }
            lines.append("")
        }
        self.lines = lines
        self.dropped = result.dropped.map { BoilerplateFilter.RemovedLine(text: $0.text, rule: $0.rule.rawValue) }
        let headline = page.blocks.first { $0.kind == .headline }?.text
        // A dateline is near the top: the first blocks of the page and of the article.
        let dateline =
            page.blocks.prefix(60).filter { $0.characters <= 160 }.map(\.text)
            + result.blocks.prefix(2).map { String($0.text.prefix(120)) }
        self.metadata = PageMetadata.read(page.head, headline: headline, datelineText: dateline)
    }
}
