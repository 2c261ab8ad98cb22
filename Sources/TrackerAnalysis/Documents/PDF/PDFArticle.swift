/// The article text of a PDF's text layer: running headers and footers and
/// page numbers dropped, a block's lines joined into one paragraph, words
/// hyphenated at a line end joined again, a paragraph that runs on to the
/// next column or page kept whole, and the page each part of the text came from.
///
/// Rules (ids shown by `tracker segment --explain`):
/// - `pdf.running-line`: a line in the top or bottom margin repeated, digits
///   aside, at the same height on at least half the pages (and on two or more).
/// - `pdf.page-number`: a margin line that is only a page number ("7",
///   "Page 7", "7 of 12", "– 7 –", "vii").
/// - `pdf.hyphenation`: "sustain-" at a line's end and "able" starting the
///   next give "sustainable", unless the document writes the hyphenated
///   form elsewhere ("state-owned") and never the joined one; before a
///   capital or a digit the hyphen stays ("Franco-German", "40-50").
public struct PDFArticle: Sendable {
    /// Where a page's text starts in ``text``.
    public struct PageStart: Sendable, Hashable {
        /// The page number, from 1.
        public var page: Int
        /// Offset in Unicode scalars of ``PDFArticle/text`` (the unit of sentence offsets).
        public var offset: Int

        /// A page starting at this offset.
        public init(page: Int, offset: Int) {
            self.page = page
            self.offset = offset
        }
    }

    /// Rule id of a running header or footer.
    public static let runningLineRule = "pdf.running-line"
    /// Rule id of a page number.
    public static let pageNumberRule = "pdf.page-number"
    /// Rule id of a hyphenated word joined across a line break.
    public static let hyphenationRule = "pdf.hyphenation"

    /// Paragraphs separated by a blank line.
    public private(set) var text = ""
    /// The pages with text, in order, where each starts.
    public private(set) var pageStarts: [PageStart] = []
    /// Lines dropped, with the rule that dropped each.
    public private(set) var dropped: [BoilerplateFilter.RemovedLine] = []
    /// Words joined across a line end ("sustain-" + "able").
    public private(set) var joinedWords = 0

    /// The margins where running lines and page numbers sit: the top and bottom 8% of a
    /// page (63 pt of a US Letter page, 67 pt of A4). Headers and footers sit about half an
    /// inch (36 pt) from the edge; body text starts an inch (72 pt) in, outside the band.
    static let marginShare = 0.08
    /// Heights within 3 pt count as the same position (one line of 9 pt type is about 11 pt).
    static let heightTolerance = 3.0

    /// The article text of `layout`.
    public init(layout: PDFLayout) {
        let furniture = Self.furniture(in: layout)
        var paragraphs: [(page: Int, lines: [String], lineStarts: [(page: Int, index: Int)])] = []
        for page in layout.pages {
            var kept: [PDFLayout.Block] = []
            for block in page.blocks {
                var lines: [PDFLayout.Line] = []
                for line in block.lines {
                    if let rule = furniture[Self.key(page: page.number, line: line)] {
                        dropped.append(BoilerplateFilter.RemovedLine(text: line.text, rule: rule))
                        continue
                    }
                    lines.append(line)
                }
                if !lines.isEmpty { kept.append(PDFLayout.Block(lines: lines)) }
            }
            for block in Self.readingOrder(kept) {
                let lines = block.lines.map(\.text)
                guard let first = lines.first else { continue }
                // A paragraph left open (no final stop) that the next block goes on in lower case
                // runs on across a column or a page break.
                if let last = paragraphs.last?.lines.last, Self.runsOn(from: last, to: first) {
                    let index = paragraphs.count - 1
                    if page.number != paragraphs[index].lineStarts.last?.page {
                        paragraphs[index].lineStarts.append((page.number, paragraphs[index].lines.count))
                    }
                    paragraphs[index].lines += lines
                } else {
                    paragraphs.append((page.number, lines, [(page.number, 0)]))
                }
            }
        }
        let vocabulary = Self.vocabulary(of: layout)
        var scalars = 0
        var parts: [String] = []
        for paragraph in paragraphs {
            if !parts.isEmpty { scalars += 2 }
            var joined = ""
            var pending = paragraph.lineStarts[...]
            for (index, line) in paragraph.lines.enumerated() {
                if let next = pending.first, next.index == index {
                    pending = pending.dropFirst()
                    let separator = joined.isEmpty ? 0 : 1
                    if pageStarts.last?.page != next.page {
                        pageStarts.append(PageStart(page: next.page, offset: scalars + joined.unicodeScalars.count + separator))
                    }
                }
                if joined.isEmpty {
                    joined = line
                } else if Self.append(line, to: &joined, vocabulary: vocabulary) {
                    joinedWords += 1
                }
            }
            parts.append(joined)
            scalars += joined.unicodeScalars.count
        }
        text = parts.joined(separator: "\n\n")
    }

    /// The page the text at `offset` (Unicode scalars) came from.
    public func page(at offset: Int) -> Int? {
        pageStarts.last { $0.offset <= offset }?.page ?? pageStarts.first?.page
    }

    // MARK: Reading order

    /// Blocks in reading order by recursive XY-cut: columns first (a vertical gap no block
    /// crosses splits the page, left part first), then bands (a horizontal gap splits it,
    /// top first), each part ordered the same way. A title across both columns stops the
    /// vertical cut, so it is read first and its columns after it. Poppler's own order reads
    /// two columns row by row when their paragraphs start at the same heights.
    static func readingOrder(_ blocks: [PDFLayout.Block]) -> [PDFLayout.Block] {
        guard blocks.count > 1 else { return blocks }
        let boxes = blocks.map(box(of:))
        let indices = Array(blocks.indices)
        if let parts = cut(indices, low: { boxes[$0].xMin }, high: { boxes[$0].xMax }), parts.count > 1 {
            return parts.flatMap { readingOrder($0.map { blocks[$0] }) }
        }
        if let bands = cut(indices, low: { boxes[$0].yMin }, high: { boxes[$0].yMax }), bands.count > 1 {
            // Bands of two columns whose paragraphs break at the same heights are one region
            // again when their gutters line up: its columns are read one after the other.
            var regions: [(members: [Int], gutter: ClosedRange<Double>?)] = []
            for band in bands {
                let gutter = Self.gutter(band, boxes)
                // A shared gutter of some width: the merged region's vertical cut is sure to succeed.
                if let last = regions.last, let previous = last.gutter, let gutter,
                    max(previous.lowerBound, gutter.lowerBound) < min(previous.upperBound, gutter.upperBound)
                {
                    regions[regions.count - 1] = (
                        last.members + band, max(previous.lowerBound, gutter.lowerBound)...min(previous.upperBound, gutter.upperBound)
                    )
                } else {
                    regions.append((band, gutter))
                }
            }
            if regions.count > 1 {
                return regions.flatMap { readingOrder($0.members.map { blocks[$0] }) }
            }
        }
        return indices.sorted { (boxes[$0].yMin, boxes[$0].xMin) < (boxes[$1].yMin, boxes[$1].xMin) }.map { blocks[$0] }
    }

    /// The first gap between columns of `band`, from the left column's right edge to the
    /// next one's left edge; `nil` for a band of one column.
    private static func gutter(_ band: [Int], _ boxes: [PDFLayout.Box]) -> ClosedRange<Double>? {
        guard let columns = cut(band, low: { boxes[$0].xMin }, high: { boxes[$0].xMax }), columns.count > 1 else { return nil }
        let left = columns[0].map { boxes[$0].xMax }.max() ?? 0
        let right = columns[1].map { boxes[$0].xMin }.min() ?? left
        return left...max(left, right)
    }

    /// The groups of `indices` separated by gaps along one axis (no member of a group
    /// overlaps the next group's span), in order along that axis; `nil` when there is no gap.
    private static func cut(_ indices: [Int], low: (Int) -> Double, high: (Int) -> Double) -> [[Int]]? {
        let sorted = indices.sorted { low($0) < low($1) }
        var parts: [[Int]] = []
        var reach = -Double.infinity
        for index in sorted {
            if parts.isEmpty || low(index) > reach {
                parts.append([index])
            } else {
                parts[parts.count - 1].append(index)
            }
            reach = max(reach, high(index))
        }
        return parts.count > 1 ? parts : nil
    }

    private static func box(of block: PDFLayout.Block) -> PDFLayout.Box {
        var box = block.lines[0].box
        for line in block.lines.dropFirst() {
            box.xMin = min(box.xMin, line.box.xMin)
            box.yMin = min(box.yMin, line.box.yMin)
            box.xMax = max(box.xMax, line.box.xMax)
            box.yMax = max(box.yMax, line.box.yMax)
        }
        return box
    }

    // MARK: Furniture

    private struct LineKey: Hashable {
        var page: Int
        var top: Double
        var text: String
    }

    private static func key(page: Int, line: PDFLayout.Line) -> LineKey {
        LineKey(page: page, top: line.box.yMin, text: line.text)
    }

    /// The margin lines to drop, by page, height and text, with their rule.
    private static func furniture(in layout: PDFLayout) -> [LineKey: String] {
        var result: [LineKey: String] = [:]
        // Margin lines by their text with digits blanked ("Page 3 of 12" and "Page 4 of 12" are one).
        var seen: [String: [(page: Int, top: Double)]] = [:]
        var margins: [(LineKey, String)] = []
        for page in layout.pages {
            let band = max(page.height, 1) * marginShare
            for block in page.blocks {
                for line in block.lines where line.box.yMin < band || line.box.yMax > page.height - band {
                    let shape = shapeOf(line.text)
                    let lineKey = Self.key(page: page.number, line: line)
                    if isPageNumber(line.text) {
                        result[lineKey] = pageNumberRule
                        continue
                    }
                    seen[shape, default: []].append((page.number, line.box.yMin))
                    margins.append((lineKey, shape))
                }
            }
        }
        let pagesWithText = layout.pages.filter { !$0.blocks.isEmpty }.count
        let needed = max(2, (pagesWithText + 1) / 2)
        for (key, shape) in margins {
            guard let places = seen[shape] else { continue }
            let samePlace = Set(places.filter { abs($0.top - key.top) <= heightTolerance }.map(\.page))
            if samePlace.count >= needed { result[key] = runningLineRule }
        }
        return result
    }

    /// Lower case, digits as `#`, single spaces.
    static func shapeOf(_ line: String) -> String {
        String(line.lowercased().map { $0.isNumber ? "#" : $0 })
    }

    /// "7", "Page 7", "p. 7", "7 of 12", "7/12", "– 7 –", or a roman numeral up to "xxx".
    static func isPageNumber(_ line: String) -> Bool {
        var words = line.lowercased().split { $0 == " " || $0 == "–" || $0 == "-" || $0 == "—" || $0 == "|" }.map(String.init)
        if let first = words.first, first == "page" || first == "p." || first == "pg." { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words = [words[0], words[2]] }
        if words.count == 1, let slash = words[0].firstIndex(of: "/") {
            words = [String(words[0][..<slash]), String(words[0][words[0].index(after: slash)...])]
        }
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            (word.count <= 4 && word.allSatisfy(\.isASCII) && word.allSatisfy(\.isNumber))
                || (words.count == 1 && word.count <= 6 && word.allSatisfy { "ivxl".contains($0) })
        }
    }

    // MARK: Paragraphs and hyphens

    /// A paragraph ends at a final stop; a next part starting in lower case goes on with it.
    static func runsOn(from last: String, to next: String) -> Bool {
        guard let end = last.last, let start = next.first else { return false }
        if ".!?:;\u{201D}\"".contains(end) { return false }
        return start.isLowercase
    }

    /// Punctuation around a word, left out when words are compared.
    static let wordMarks = ",.;:!?()\"'\u{201C}\u{201D}\u{2018}\u{2019}"

    /// Every word of the layout, lower case, hyphens kept, for deciding a line-end hyphen.
    private static func vocabulary(of layout: PDFLayout) -> Set<Substring> {
        var words: Set<Substring> = []
        for page in layout.pages {
            for block in page.blocks {
                for line in block.lines {
                    for word in line.text.lowercased().split(separator: " ") {
                        words.insert(word.trimmingMarks(wordMarks))
                    }
                }
            }
        }
        return words
    }

    /// Appends `line` to `paragraph`: after a space, or for `paragraph` ending "sustain-" and
    /// `line` starting "able", as "sustainable" (returns true). "state-" and "owned" give
    /// "state-owned" when the document writes the hyphenated form elsewhere and never the
    /// joined one, and "Franco-" and "German" give "Franco-German" (a capital or a digit next).
    /// Looks back only to the paragraph's last space, so a long paragraph costs no more per line.
    static func append(_ line: String, to paragraph: inout String, vocabulary: Set<Substring>) -> Bool {
        guard paragraph.hasSuffix("-"), let next = line.first else {
            paragraph += " " + line
            return false
        }
        let hyphen = paragraph.index(before: paragraph.endIndex)
        guard hyphen > paragraph.startIndex,
            paragraph[paragraph.index(before: hyphen)].isLetter
                || paragraph[paragraph.index(before: hyphen)].isNumber
        else {
            paragraph += " " + line
            return false
        }
        // "Franco-" + "German", "40-" + "50": a compound or a range, its hyphen kept.
        guard next.isLowercase else {
            paragraph += next.isLetter || next.isNumber ? line : " " + line
            return false
        }
        let wordStart = paragraph[..<hyphen].lastIndex(of: " ").map { paragraph.index(after: $0) } ?? paragraph.startIndex
        let head = String(paragraph[wordStart..<hyphen].lowercased().trimmingMarks(Self.wordMarks))
        let tail = String(line.prefix { $0 != " " }.lowercased().trimmingMarks(Self.wordMarks))
        // The document writes "state-owned" elsewhere and never "stateowned": the hyphen is the word's own.
        if vocabulary.contains(Substring(head + "-" + tail)), !vocabulary.contains(Substring(head + tail)) {
            paragraph += line
            return false
        }
        paragraph.removeLast()
        paragraph += line
        return true
    }
}

extension StringProtocol {
    fileprivate func trimmingMarks(_ set: String) -> Substring {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}

extension PDFArticle {
    /// A PDF's text layer as a document ready for analysis, with the article that
    /// says which page each part came from. `metadata` (from flags) wins over the
    /// PDF's own title. Stored as format `text`: what is kept is the text layer.
    ///
    /// - Throws: ``DocumentError/noTextLayer(path:reason:)`` when no page has a word,
    ///   ``DocumentError/empty(path:)`` when nothing is left once furniture is dropped.
    public static func document(
        layout: PDFLayout, path: String,
        metadata overrides: DocumentMetadata = DocumentMetadata()
    ) throws(DocumentError) -> (document: CleanedDocument, article: PDFArticle) {
        guard layout.hasText else {
            let reason =
                layout.pages.isEmpty
                ? "no pages"
                : "\(layout.pages.count == 1 ? "its page is" : "its \(layout.pages.count) pages are") images only, without text"
            throw .noTextLayer(path: path, reason: reason)
        }
        let article = PDFArticle(layout: layout)
        guard !article.text.isEmpty else { throw .empty(path: path) }
        var metadata = DocumentMetadata()
        let paragraphs = article.text.split(separator: "\n\n", maxSplits: 1).map(String.init)
        metadata.title = layout.title ?? DocumentReader.headline(of: paragraphs)
        let document = CleanedDocument(
            text: article.text, metadata: metadata.overridden(by: overrides), format: .text,
            removedLines: article.dropped)
        return (document, article)
    }
}
