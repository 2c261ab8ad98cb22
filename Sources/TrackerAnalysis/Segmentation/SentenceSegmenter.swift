/// Splits cleaned English news text into sentences, in one pass over its UTF-8
/// bytes.
///
/// A sentence ends at a paragraph break; at a line break, unless the next line
/// starts in lower case or the line ends with a comma or a title (hard-wrapped
/// prose); and at `.`, `?`, `!`, `…` followed by space and the start of a
/// sentence, with closing quotes and brackets kept in the sentence they
/// close. Abbreviations decide the ambiguous full stops: titles never end a
/// sentence before a name ("Mr. Smith"), "No." and month abbreviations not
/// before a number, "U.S." and "Inc." only before a sentence opener ("the
/// U.S. The ..."), and a list marker ("1. ") never does. A run longer than
/// ``longestSentence`` bytes is cut at a space, so that no input (a megabyte
/// with no punctuation, one endless line) makes a sentence that later stages
/// would take quadratic time over. Every decision has a rule id
/// (``SegmentationRule``).
public struct SentenceSegmenter: Sendable {
    /// The abbreviations that may not end a sentence.
    public var abbreviations: AbbreviationTable

    /// The most UTF-8 bytes a sentence may have: about 500 words, far beyond
    /// any sentence of news prose. A longer run is cut at its last space
    /// before the limit (rule `segment.length-limit`).
    public static let longestSentence = 3_000

    /// A segmenter with the bundled abbreviations, or others.
    public init(abbreviations: AbbreviationTable = .standard) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `text`, in order.
    public func sentences(in text: String) -> [SentenceSpan] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, table: abbreviations, explaining: false)
            scanner.run()
            return scanner.spans()
        }
    }

    /// Every boundary and non-boundary decision, for `--explain`.
    public func decisions(in text: String) -> [SegmentationDecision] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, table: abbreviations, explaining: true)
            scanner.run()
            return scanner.explainedDecisions()
        }
    }

    /// Each non-blank line as one sentence (no segmentation), for
    /// sentence-per-line data sets. A line longer than ``longestSentence``
    /// bytes is cut as ``sentences(in:)`` cuts a long run.
    public func lines(in text: String) -> [SentenceSpan] {
        let spans = wholeLines(in: text)
        guard spans.contains(where: { $0.utf8End - $0.utf8Start > Self.longestSentence }) else { return spans }
        var text = text
        return text.withUTF8 { bytes in
            spans.flatMap { span -> [SentenceSpan] in
                let cuts = LongRun.cuts(from: span.utf8Start, to: span.utf8End, in: bytes)
                guard !cuts.isEmpty else { return [span] }
                var pieces: [SentenceSpan] = []
                var counter = ScalarCounter(bytes: bytes, from: span.utf8Start, scalarOffset: span.start)
                var start = (bytes: span.utf8Start, scalars: span.start)
                for cut in cuts {
                    let end = counter.scalarOffset(ofByte: cut.end)
                    pieces.append(
                        SentenceSpan(
                            start: start.scalars, end: end, utf8Start: start.bytes, utf8End: cut.end,
                            rule: .lengthLimit))
                    start = (cut.next, counter.scalarOffset(ofByte: cut.next))
                }
                pieces.append(
                    SentenceSpan(
                        start: start.scalars, end: span.end, utf8Start: start.bytes, utf8End: span.utf8End,
                        rule: span.rule))
                return pieces
            }
        }
    }

    /// One span per input line, in order, none dropped or split: empty and
    /// blank lines give an empty span where they start; a final line break
    /// ends the last line rather than starting an empty one. What
    /// `--one-sentence-per-line` answers row for row.
    public func everyLine(in text: String) -> [SentenceSpan] {
        wholeLines(in: text, keepingEmpty: true)
    }

    private func wholeLines(in text: String, keepingEmpty: Bool = false) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        var scalarOffset = 0
        var byteOffset = 0
        // Split on the scalar, not the Character: "\r\n" is one Character and
        // would otherwise join a Windows file's lines into one.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        if keepingEmpty, lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            let leading = line.prefix(while: { $0 == " " || $0 == "\t" })
            let content = line.dropFirst(leading.count).trimmingWhitespace()
            if content.isEmpty, keepingEmpty {
                spans.append(
                    SentenceSpan(
                        start: scalarOffset, end: scalarOffset, utf8Start: byteOffset, utf8End: byteOffset,
                        rule: .oneSentencePerLine))
            } else if !content.isEmpty {
                let startScalars = scalarOffset + leading.unicodeScalars.count
                let startBytes = byteOffset + leading.utf8.count
                spans.append(
                    SentenceSpan(
                        start: startScalars, end: startScalars + content.unicodeScalars.count,
                        utf8Start: startBytes, utf8End: startBytes + content.utf8.count,
                        rule: .oneSentencePerLine))
            }
            scalarOffset += line.unicodeScalars.count + 1
            byteOffset += line.utf8.count + 1
        }
        return spans
    }
}

// MARK: - The scanner

private let newline: UInt8 = 0x0A
private let space: UInt8 = 0x20
private let period = UInt8(ascii: ".")

/// How the next word after a candidate boundary begins.
private enum WordStart {
    case upper, lower, digit, openQuote, openBracket, currency, other, end

    var canStartSentence: Bool {
        switch self {
        case .upper, .digit, .openQuote, .openBracket, .currency: return true
        case .lower, .other, .end: return false
        }
    }
}

/// Bytes that need a look: line feed, `.`, `?`, `!` and the lead byte of `…`.
private let interesting: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in [newline, period, UInt8(ascii: "?"), UInt8(ascii: "!"), 0xE2] { table[Int(byte)] = true }
    return table
}()

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: AbbreviationTable
    let explaining: Bool
    var byteSpans: [(start: Int, end: Int, rule: SegmentationRule)] = []
    var byteDecisions: [(offset: Int, rule: SegmentationRule)] = []
    var sentenceStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>, table: AbbreviationTable, explaining: Bool) {
        self.bytes = bytes
        self.table = table
        self.explaining = explaining
    }

    mutating func run() {
        let count = bytes.count
        sentenceStart = skipSpace(from: 0, crossingLines: true)
        var index = sentenceStart
        while index < count {
            let byte = bytes[index]
            guard interesting[Int(byte)] else {
                index += 1
                continue
            }
            if byte == newline {
                index = lineBreak(at: index)
            } else if byte == 0xE2 {
                if isEllipsis(at: index) {
                    index = terminal(at: index)
                } else {
                    index += 1
                }
            } else {
                index = terminal(at: index)
            }
        }
        emit(until: count, next: count, rule: .endOfText)
    }

    // MARK: Line breaks

    /// At a line feed: a paragraph break always ends the sentence; a single
    /// line break does unless the text is hard-wrapped prose.
    private mutating func lineBreak(at index: Int) -> Int {
        var cursor = index
        var lineFeeds = 0
        while cursor < bytes.count {
            if bytes[cursor] == newline {
                lineFeeds += 1
                cursor += 1
            } else if let width = spaceWidth(at: cursor) {
                cursor += width
            } else {
                break
            }
        }
        if lineFeeds >= 2 {
            emit(until: index, next: cursor, rule: .paragraphBreak)
            return cursor
        }
        let previous = lastNonSpace(before: index)
        if wordStart(at: cursor) == .lower || previous.map({ bytes[$0] == UInt8(ascii: ",") }) == true
            || previous.map({ endsWithTitle(periodAt: $0) }) == true
        {
            note(index, .hardWrappedLine)
            return cursor
        }
        emit(until: index, next: cursor, rule: .lineBreak)
        return cursor
    }

    private func endsWithTitle(periodAt index: Int) -> Bool {
        guard bytes[index] == period else { return false }
        let wordStart = startOfWord(endingAt: index)
        let cls = table.wordClass(bytes[wordStart..<index])
        return cls == .title || cls == .latin
    }

    // MARK: Terminal punctuation

    /// At `.`, `?`, `!` or `…`: decides whether the sentence ends here and
    /// returns where scanning goes on.
    private mutating func terminal(at index: Int) -> Int {
        var cursor = index
        var periods = 0
        var strong = false  // ? or !
        var ellipsis = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == period {
                periods += 1
                cursor += 1
            } else if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                strong = true
                cursor += 1
            } else if isEllipsis(at: cursor) {
                ellipsis = true
                cursor += 3
            } else {
                break
            }
        }
        let punctuationEnd = cursor
        while cursor < bytes.count, let width = closerWidth(at: cursor) { cursor += width }
        let closed = cursor > punctuationEnd
        // Invisible marks (a right-to-left mark after the full stop) stay with the sentence.
        while cursor < bytes.count, let width = invisibleWidth(at: cursor) { cursor += width }
        let closersEnd = cursor
        if closersEnd < bytes.count, spaceWidth(at: closersEnd) == nil, bytes[closersEnd] != newline {
            if explaining, !strong { note(index, .noSpaceAfter) }
            return closersEnd
        }
        let nextWord = skipSpace(from: closersEnd, crossingLines: true)
        let start = wordStart(at: nextWord)
        if start == .end {
            return closersEnd
        }
        if start == .lower {
            note(index, .lowercaseContinues)
            return closersEnd
        }
        if strong || ellipsis || periods >= 2 || closed {
            guard start.canStartSentence else {
                note(index, .notSentenceStart)
                return closersEnd
            }
            emit(
                until: closersEnd, next: nextWord,
                rule: gapRule(closersEnd, nextWord, ellipsis || periods >= 2 ? .ellipsis : .terminalPunctuation))
            return nextWord
        }
        // A single full stop: what does the word before it say?
        let wordStart = startOfWord(endingAt: index)
        let word = bytes[wordStart..<index]
        guard start.canStartSentence else {
            note(index, .notSentenceStart)
            return closersEnd
        }
        if wordStart == sentenceStart, isListMarker(word) {
            note(index, .listMarker)
            return closersEnd
        }
        switch classify(word) {
        case .title:
            note(index, .abbreviation)
            return closersEnd
        case .latin:
            note(index, .abbreviation)
            return closersEnd
        case .beforeNumber where start == .digit:
            note(index, .abbreviation)
            return closersEnd
        case .final, .initial:
            if start == .upper, isOpener(at: nextWord) {
                emit(until: closersEnd, next: nextWord, rule: gapRule(closersEnd, nextWord, .abbreviationBeforeOpener))
                return nextWord
            }
            note(index, word.count == 1 ? .initial : .abbreviation)
            return closersEnd
        case .beforeNumber, .plain:
            emit(until: closersEnd, next: nextWord, rule: gapRule(closersEnd, nextWord, .terminalPunctuation))
            return nextWord
        }
    }

    /// A paragraph break between the punctuation and the next sentence is the
    /// stronger reason, and the one reported.
    private func gapRule(_ from: Int, _ to: Int, _ rule: SegmentationRule) -> SegmentationRule {
        var lineFeeds = 0
        for index in from..<to where bytes[index] == newline { lineFeeds += 1 }
        return lineFeeds >= 2 ? .paragraphBreak : rule
    }

    private enum FullStopWord { case title, beforeNumber, final, latin, initial, plain }

    private func classify(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> FullStopWord {
        // A capital letter alone is an initial ("P. J. Harrington"), even where
        // its lower-case form is listed ("p." for page).
        if word.count == 1, let only = word.first, only >= 0x41, only <= 0x5A { return .initial }
        if let cls = table.wordClass(word) {
            switch cls {
            case .title: return .title
            case .beforeNumber: return .beforeNumber
            case .final: return .final
            case .latin: return .latin
            case .opener: return .plain
            }
        }
        // Dotted letters not in the table ("N.Y", "D.P.R.K"): abbreviations that may end a sentence.
        if word.contains(period), word.allSatisfy({ $0 == period || isASCIILetter($0) }),
            word.split(separator: period).allSatisfy({ $0.count <= 2 })
        {
            return .final
        }
        return .plain
    }

    /// "1", "12", "a", "B" at the start of a line: an ordered-list marker.
    private func isListMarker(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard (1...3).contains(word.count) else { return false }
        if word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
        return word.count == 1 && word.allSatisfy(isASCIILetter)
    }

    private func isOpener(at index: Int) -> Bool {
        var end = index
        while end < bytes.count, isASCIILetter(bytes[end]) { end += 1 }
        return end > index && table.isOpener(bytes[index..<end])
    }

    // MARK: Emitting

    private mutating func emit(until end: Int, next: Int, rule: SegmentationRule) {
        var trimmedEnd = end
        while trimmedEnd > sentenceStart, isTrailingSpace(before: trimmedEnd) {
            trimmedEnd -= bytes[trimmedEnd - 1] < 0x80 ? 1 : (bytes[trimmedEnd - 1] == 0xA0 ? 2 : 3)
        }
        if trimmedEnd > sentenceStart {
            for cut in LongRun.cuts(from: sentenceStart, to: trimmedEnd, in: bytes) {
                byteSpans.append((sentenceStart, cut.end, .lengthLimit))
                if explaining { byteDecisions.append((cut.end - 1, .lengthLimit)) }
                sentenceStart = cut.next
            }
            byteSpans.append((sentenceStart, trimmedEnd, rule))
            if explaining { byteDecisions.append((max(sentenceStart, trimmedEnd - 1), rule)) }
        }
        sentenceStart = max(next, trimmedEnd)
    }

    private mutating func note(_ offset: Int, _ rule: SegmentationRule) {
        if explaining { byteDecisions.append((offset, rule)) }
    }

    // MARK: Bytes

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// Width of a space character at `index` (ASCII space or tab, no-break
    /// space, the general-punctuation spaces), or `nil`.
    private func spaceWidth(at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == space || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
            (0x80...0x8A).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF
        {
            return 3
        }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return nil
    }

    private func isTrailingSpace(before end: Int) -> Bool {
        let byte = bytes[end - 1]
        if byte == space || byte == 0x09 || byte == newline || byte == 0x0B || byte == 0x0C || byte == 0x0D { return true }
        if byte == 0xA0, end >= 2, bytes[end - 2] == 0xC2 { return true }
        if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
            (0x80...0x8A).contains(byte) || byte == 0xAF
        {
            return true
        }
        return false
    }

    private func skipSpace(from start: Int, crossingLines: Bool) -> Int {
        var cursor = start
        while cursor < bytes.count {
            if crossingLines, bytes[cursor] == newline {
                cursor += 1
            } else if let width = spaceWidth(at: cursor) {
                cursor += width
            } else {
                break
            }
        }
        return cursor
    }

    private func lastNonSpace(before index: Int) -> Int? {
        var cursor = index
        while cursor > sentenceStart, isTrailingSpace(before: cursor) {
            cursor -= bytes[cursor - 1] < 0x80 ? 1 : (bytes[cursor - 1] == 0xA0 ? 2 : 3)
        }
        return cursor > sentenceStart ? cursor - 1 : nil
    }

    /// The start of the run of ASCII letters, digits and dots that ends at `end`.
    private func startOfWord(endingAt end: Int) -> Int {
        var cursor = end
        while cursor > sentenceStart {
            let byte = bytes[cursor - 1]
            guard isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == period else { break }
            cursor -= 1
        }
        return cursor
    }

    private func isEllipsis(at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    }

    /// Width of a closing quote or bracket at `index`, or `nil`.
    private func closerWidth(at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]")
        {
            return 1
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99 || bytes[index + 2] == 0xBA
        {
            return 3
        }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB { return 2 }
        return nil
    }

    /// Width of an invisible formatting mark at `index` (zero-width space,
    /// non-joiner and joiner, the directional marks, embeddings, overrides
    /// and isolates, word joiner, byte-order mark), or `nil`.
    private func invisibleWidth(at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0xD8, index + 1 < bytes.count, bytes[index + 1] == 0x9C { return 2 }  // U+061C
        guard byte == 0xE2 || byte == 0xEF, index + 2 < bytes.count else { return nil }
        let second = bytes[index + 1], third = bytes[index + 2]
        switch (byte, second) {
        case (0xE2, 0x80): return (0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third) ? 3 : nil
        case (0xE2, 0x81): return (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third) ? 3 : nil
        case (0xEF, 0xBB): return third == 0xBF ? 3 : nil
        default: return nil
        }
    }

    /// How the text at `index` begins, for the boundary decision; invisible
    /// formatting marks before it do not count.
    private func wordStart(at start: Int) -> WordStart {
        var index = start
        while index < bytes.count, let width = invisibleWidth(at: index) { index += width }
        guard index < bytes.count else { return .end }
        let byte = bytes[index]
        switch byte {
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case 0x30...0x39: return .digit
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .openQuote
        case UInt8(ascii: "("), UInt8(ascii: "["): return .openBracket
        case UInt8(ascii: "$"): return .currency
        case 0..<0x80: return .other
        default: break
        }
        guard let scalar = decodeScalar(at: index) else { return .other }
        switch scalar {
        case "\u{201C}", "\u{2018}", "\u{00AB}", "\u{201E}", "\u{2039}": return .openQuote
        case "\u{00A3}", "\u{20AC}", "\u{00A5}", "\u{20B9}": return .currency
        default: break
        }
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isAlphabetic || properties.numericType != nil { return .upper }
        return .other
    }

    private func decodeScalar(at index: Int) -> Unicode.Scalar? {
        TrackerAnalysis.decodeScalar(at: index, in: bytes)
    }

    // MARK: Offsets

    func spans() -> [SentenceSpan] {
        var counter = ScalarCounter(bytes: bytes)
        return byteSpans.map { span in
            let start = counter.scalarOffset(ofByte: span.start)
            let end = counter.scalarOffset(ofByte: span.end)
            return SentenceSpan(start: start, end: end, utf8Start: span.start, utf8End: span.end, rule: span.rule)
        }
    }

    func explainedDecisions() -> [SegmentationDecision] {
        var counter = ScalarCounter(bytes: bytes)
        return byteDecisions.sorted { $0.offset < $1.offset }.map {
            SegmentationDecision(offset: counter.scalarOffset(ofByte: $0.offset), rule: $0.rule)
        }
    }
}

/// Converts increasing UTF-8 offsets to Unicode scalar offsets in one pass.
struct ScalarCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A counter that starts at a known place: `byteOffset` is the start of
    /// a scalar, `scalarOffset` scalars from the start of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, from byteOffset: Int, scalarOffset: Int) {
        self.bytes = bytes
        self.byteOffset = byteOffset
        self.scalarOffset = scalarOffset
    }

    /// Offsets must be asked for in non-decreasing order.
    mutating func scalarOffset(ofByte target: Int) -> Int {
        precondition(target >= byteOffset, "offsets must increase")
        while byteOffset < target {
            if bytes[byteOffset] & 0xC0 != 0x80 { scalarOffset += 1 }
            byteOffset += 1
        }
        return scalarOffset
    }
}

/// Where a run of more than ``SentenceSegmenter/longestSentence`` bytes is cut.
enum LongRun {
    /// The cuts of `start..<end`, in order: each piece ends at `end` (spaces
    /// trimmed) and the next begins at `next`. Empty for a run within the
    /// limit. A piece ends at the last ASCII space or line break in the second
    /// half of its allowance; a run with none there (no spaces at all) is cut
    /// between two characters, never inside one or before a combining mark.
    static func cuts(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [(end: Int, next: Int)] {
        let limit = SentenceSegmenter.longestSentence
        guard end - start > limit else { return [] }
        var cuts: [(end: Int, next: Int)] = []
        var pieceStart = start
        while end - pieceStart > limit {
            let allowance = pieceStart + limit
            var space = allowance
            while space > pieceStart + limit / 2, !isBreakingSpace(bytes[space]) { space -= 1 }
            var cut: (end: Int, next: Int)
            if isBreakingSpace(bytes[space]) {
                var pieceEnd = space
                while pieceEnd > pieceStart, isBreakingSpace(bytes[pieceEnd - 1]) { pieceEnd -= 1 }
                var next = space
                while next < end, isBreakingSpace(bytes[next]) { next += 1 }
                cut = (pieceEnd, next)
            } else {
                let at = characterStart(atOrBefore: allowance, after: pieceStart, in: bytes)
                cut = (at, at)
            }
            guard cut.next < end, cut.end > pieceStart else { break }
            cuts.append(cut)
            pieceStart = cut.next
        }
        return cuts
    }

    private static func isBreakingSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }

    /// The nearest place at or before `index` that starts a scalar which does
    /// not attach to the one before it (no combining mark, variation selector
    /// or skin tone, nothing after a zero-width joiner); `index` moved only to
    /// a scalar start when there is none within 64 bytes.
    private static func characterStart(atOrBefore index: Int, after floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var scalarStart = index
        while scalarStart > floor + 1, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
        var cursor = scalarStart
        while cursor > max(floor + 1, scalarStart - 64) {
            if !attachesToPrevious(at: cursor, in: bytes) { return cursor }
            cursor -= 1
            while cursor > floor + 1, bytes[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        }
        return scalarStart
    }

    private static func attachesToPrevious(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // After a zero-width joiner (E2 80 8D).
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, bytes[index - 1] == 0x8D { return true }
        guard bytes[index] >= 0x80, let scalar = decodeScalar(at: index, in: bytes) else { return false }
        if (0x1F3FB...0x1F3FF).contains(scalar.value) || scalar.value == 0x200D { return true }
        return scalar.properties.isGraphemeExtend
    }
}

/// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8 text.
private func decodeScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard index + length <= bytes.count else { return nil }
    var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
    for offset in 1..<max(length, 1) where length > 1 {
        value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
    }
    return Unicode.Scalar(value)
}
