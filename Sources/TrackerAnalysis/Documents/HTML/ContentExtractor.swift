/// Finds a page's article among its menus, banners, comments and link lists,
/// in the manner of Readability (paragraphs score their ancestors; the best
/// scoring element, with the siblings that look like it, is the article) and
/// trafilatura (boilerplate named by tags and class words is pruned, and a
/// block that is mostly links is not prose).
struct ContentExtractor {
    /// The article's blocks in page order, and every block left out with the rule that left it out.
    struct Result {
        var blocks: [HTMLPage.Block]
        var dropped: [(text: String, rule: ExtractionRule)]
    }

    /// Readability's figures: a paragraph shorter than 25 characters is not
    /// evidence of content; a block over half links is navigation.
    static let minimumParagraph = 25
    static let maximumLinkDensity = 0.5
    /// Below this many characters of article, the first pass's class-word
    /// pruning was too eager (Readability retries under 500): run again without it.
    static let minimumArticle = 500

    let page: HTMLPage

    func extract() -> Result {
        let strict = extract(ignoringSoftMarks: false)
        if strict.characters >= Self.minimumArticle { return strict.result }
        let lenient = extract(ignoringSoftMarks: true)
        return lenient.characters > strict.characters ? lenient.result : strict.result
    }

    // MARK: Passes

    private func extract(ignoringSoftMarks: Bool) -> (result: Result, characters: Int) {
        let elements = page.elements
        let count = elements.count
        // Marks inherited from ancestors (parents come before children in `elements`).
        var inherited = [ExtractionRule?](repeating: nil, count: count)
        for index in 0..<count {
            let element = elements[index]
            let own = ignoringSoftMarks && element.softMark ? nil : element.mark
            inherited[index] = own ?? (element.parent >= 0 ? inherited[element.parent] : nil)
        }
        func mark(of owner: Int) -> ExtractionRule? { owner >= 0 ? inherited[owner] : nil }

        // Totals per element over the unmarked text below it.
        var characters = [Int](repeating: 0, count: count)
        var links = [Int](repeating: 0, count: count)
        var commas = [Int](repeating: 0, count: count)
        for block in page.blocks where block.owner >= 0 && mark(of: block.owner) == nil {
            characters[block.owner] += block.characters
            links[block.owner] += block.linkCharacters
            commas[block.owner] += block.commas
        }
        for index in stride(from: count - 1, through: 0, by: -1) where elements[index].parent >= 0 {
            let parent = elements[index].parent
            characters[parent] += characters[index]
            links[parent] += links[index]
            commas[parent] += commas[index]
        }
        func linkDensity(_ index: Int) -> Double {
            characters[index] == 0 ? 0 : Double(links[index]) / Double(characters[index])
        }

        // Each paragraph scores its ancestors: the parent in full, the grandparent a half, then a third of the level.
        var score = [Double](repeating: 0, count: count)
        var scored = [Bool](repeating: false, count: count)
        for block in page.blocks where block.owner >= 0 && mark(of: block.owner) == nil {
            guard
                block.kind == .paragraph || block.kind == .cell || block.kind == .preformatted
                    || block.kind == .listItem, block.characters >= Self.minimumParagraph
            else { continue }
            let points = 1 + Double(block.commas) + Double(min(block.characters / 100, 3))
            var ancestor = elements[block.owner].parent
            var level = 0
            while ancestor >= 0, level < 5 {
                if !scored[ancestor] {
                    scored[ancestor] = true
                    score[ancestor] = Self.tagWeight(elements[ancestor].tag) + Double(elements[ancestor].classWeight)
                }
                score[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                ancestor = elements[ancestor].parent
                level += 1
            }
        }
        var candidates: [(index: Int, score: Double)] = []
        for index in 0..<count where scored[index] {
            candidates.append((index, score[index] * (1 - linkDensity(index))))
        }
        candidates.sort { $0.score > $1.score }

        var selected = [Bool](repeating: false, count: count)
        if var top = candidates.first?.index, let topScore = candidates.first?.score {
            top = Self.commonAncestor(of: top, among: candidates, topScore: topScore, elements: elements)
            selected[top] = true
            // Siblings that look like article too (Readability's sibling pass).
            let parent = elements[top].parent
            if parent >= 0 {
                let threshold = max(10, topScore * 0.2)
                for index in (parent + 1)..<count where elements[index].parent == parent && index != top {
                    guard mark(of: index) == nil else { continue }
                    var bonus = 0.0
                    if !elements[top].className.isEmpty, elements[index].className == elements[top].className {
                        bonus = topScore * 0.2
                    }
                    let siblingScore = (scored[index] ? score[index] * (1 - linkDensity(index)) : 0) + bonus
                    var append = siblingScore >= threshold
                    if !append, elements[index].tag == "p" {
                        let length = characters[index]
                        let density = linkDensity(index)
                        append =
                            (length > 80 && density < 0.25)
                            || (length > 0 && length <= 80 && density == 0 && Self.endsSentence(index, page))
                    }
                    if append { selected[index] = true }
                }
            }
        } else {
            // Nothing scored (no paragraph of 25 characters): the whole page, less its marked parts.
            for index in 0..<count where elements[index].parent < 0 { selected[index] = true }
        }
        var inside = [Bool](repeating: false, count: count)
        for index in 0..<count {
            inside[index] = selected[index] || (elements[index].parent >= 0 && inside[elements[index].parent])
        }
        // Lists, tables and boxes inside the article that are mostly links (and not prose: under 10 commas).
        var linkBox = [Bool](repeating: false, count: count)
        for index in 0..<count where inside[index] {
            let parent = elements[index].parent
            if parent >= 0, linkBox[parent] {
                linkBox[index] = true
            } else if ["ul", "ol", "table", "div", "section", "dl"].contains(elements[index].tag),
                commas[index] < 10, linkDensity(index) > Self.maximumLinkDensity
            {
                linkBox[index] = true
            }
        }

        var result = Result(blocks: [], dropped: [])
        var total = 0
        var seenParagraph = false
        for block in page.blocks {
            let owner = block.owner
            let rule: ExtractionRule?
            if let marked = mark(of: owner) {
                rule = marked
            } else if owner < 0 || !inside[owner] {
                rule = .outsideContent
            } else if linkBox[owner] || block.linkDensity > Self.maximumLinkDensity {
                rule = .linkDensity
            } else if block.kind == .headline, !seenParagraph {
                rule = .headline
            } else {
                rule = nil
            }
            if let rule {
                result.dropped.append((block.text, rule))
            } else {
                result.blocks.append(block)
                total += block.characters
                if block.kind == .paragraph { seenParagraph = true }
            }
        }
        return (result, total)
    }

    // MARK: Helpers

    /// Readability's tag weights: a `<div>` is the likeliest container, headings and lists the least.
    static func tagWeight(_ tag: String) -> Double {
        switch tag {
        case "div", "article", "main": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// When three of the other best five candidates (each scoring at least
    /// three quarters of the best) sit under one ancestor of the best, the
    /// article is split across them: that ancestor is the article.
    static func commonAncestor(
        of top: Int, among candidates: [(index: Int, score: Double)], topScore: Double,
        elements: [HTMLPage.Element]
    ) -> Int {
        let close = candidates.dropFirst().prefix(4).filter { $0.score >= topScore * 0.75 }.map(\.index)
        guard close.count >= 3 else { return top }
        var ancestor = elements[top].parent
        while ancestor >= 0, elements[ancestor].tag != "body" {
            let holding = close.filter { Self.isDescendant($0, of: ancestor, elements: elements) }.count
            if holding >= 3 { return ancestor }
            ancestor = elements[ancestor].parent
        }
        return top
    }

    static func isDescendant(_ index: Int, of ancestor: Int, elements: [HTMLPage.Element]) -> Bool {
        var current = index
        while current >= 0 {
            if current == ancestor { return true }
            current = elements[current].parent
        }
        return false
    }

    /// Whether the last block owned by an element ends like a sentence.
    static func endsSentence(_ element: Int, _ page: HTMLPage) -> Bool {
        guard let block = page.blocks.last(where: { $0.owner == element }), let last = block.text.last else { return false }
        return ".!?\u{201D}\"".contains(last)
    }
}
