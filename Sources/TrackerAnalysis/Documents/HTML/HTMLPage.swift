/// A parsed web page reduced to what content extraction needs: the block-level
/// elements (and inline ones that carry a boilerplate hint) as a tree in
/// document order, and the runs of text between block boundaries.
///
/// Built by ``HTMLPageBuilder`` from libxml2's tree; the tree itself is freed
/// as soon as this is built, so nothing here points into C memory.
struct HTMLPage: Sendable {
    struct Element: Sendable {
        var tag: String
        /// The nearest registered ancestor; `-1` for the outermost.
        var parent: Int
        /// Why this element is left out of the article when it does not hold it.
        var mark: ExtractionRule?
        /// Whether `mark` comes from a class or id word (soft: ignored in the
        /// second pass) rather than from the element's tag or role (or a cookie notice).
        var softMark: Bool
        /// Readability-style class and id weight: +25 for content words, -25 for boilerplate words.
        var classWeight: Int
        var className: String
    }

    enum BlockKind: Sendable, Equatable {
        case headline, heading, paragraph, listItem, cell, preformatted, other
    }

    struct Block: Sendable {
        var text: String
        /// Unicode scalars in `text`, and those inside links.
        var characters: Int
        var linkCharacters: Int
        var commas: Int
        /// The innermost registered element holding this text.
        var owner: Int
        var kind: BlockKind

        var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    }

    /// What the page says about itself, gathered while walking it.
    struct Head: Sendable {
        var title: String?
        /// `<meta>` tags as (name, property or itemprop, lowercased; content).
        var metas: [(key: String, content: String)] = []
        /// The bodies of `<script type="application/ld+json">`.
        var jsonLD: [String] = []
        var canonical: String?
        var language: String?
        /// `datetime` attributes of `<time>` elements, in document order.
        var times: [String] = []
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var head = Head()
}
