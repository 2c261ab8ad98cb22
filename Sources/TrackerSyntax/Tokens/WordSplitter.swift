/// Splits a sentence's text into words the way the English Web Treebank does.
///
/// Contractions come apart ("don't" → "do" "n't", "it's" → "it" "'s",
/// "they're" → "they" "'re"), punctuation stands alone, a hyphen between two
/// words is a word of its own ("long-term" → "long" "-" "term") unless the
/// first part is a prefix ("e-mail", "re-elect"), as EWT writes them.
/// Numbers keep their decimal point and thousands commas ("1.5", "1,000"),
/// abbreviations keep their periods ("U.S.", "Mr."), and web addresses stay whole.
public struct WordSplitter: Sendable {
    /// Words EWT keeps whole before a hyphen.
    static let hyphenPrefixes: Set<String> = [
        "e", "re", "co", "pre", "non", "anti", "ex", "mis", "counter", "un", "semi", "multi",
        "post", "sub", "inter", "over", "under", "mid", "pro", "de", "bi", "tri",
    ]
    /// Abbreviations whose final period belongs to the word.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "gen",
        "sen", "rep", "gov", "prof", "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
        "oct", "nov", "dec", "mt", "ft", "col", "capt", "lt", "sgt", "rev", "est", "approx",
    ]
    static let clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]

    /// A splitter.
    public init() {}

    /// The words of `text`; ranges are UTF-8 offsets in `text` plus `base`.
    public func words(in text: String, base: Int = 0) -> [SplitWord] {
        var scalars: [(Unicode.Scalar, Int)] = []
        scalars.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append((scalar, offset))
            offset += UTF8.width(scalar)
        }
        let end = offset
        var words: [SplitWord] = []
        var i = 0
        while i < scalars.count {
            if Self.isWhitespace(scalars[i].0) { i += 1; continue }
            var j = i
            while j < scalars.count, !Self.isWhitespace(scalars[j].0) { j += 1 }
            let chunkEnd = j < scalars.count ? scalars[j].1 : end
            var rest = j
            while rest < scalars.count, Self.isWhitespace(scalars[rest].0) { rest += 1 }
            split(Array(scalars[i..<j]), chunkEnd: chunkEnd, base: base, isLast: rest == scalars.count, into: &words)
            i = j
        }
        // A word is followed by a space unless the next word starts where it ends.
        for k in words.indices.dropLast() where words[k].range.upperBound == words[k + 1].range.lowerBound {
            words[k].noSpaceAfter = true
        }
        return words
    }

    /// Splits one whitespace-free chunk.
    private func split(_ chunk: [(Unicode.Scalar, Int)], chunkEnd: Int, base: Int, isLast: Bool, into words: inout [SplitWord]) {
        func offset(_ k: Int) -> Int { k < chunk.count ? chunk[k].1 : chunkEnd }
        func string(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            for k in r { s.append(chunk[k].0) }
            return String(s)
        }
        func emit(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            words.append(SplitWord(form: string(r), range: (base + offset(r.lowerBound))..<(base + offset(r.upperBound))))
        }
        // Read on the scalars, not on a String of the chunk: Foundation's substring
        // search cost 4% of `annotate` (perf, 2026-12-04), for every chunk of text.
        if Self.contains(chunk, "://") || Self.hasPrefix(chunk, "www.")
            || (chunk.contains { $0.0 == "@" } && chunk.contains { $0.0 == "." })
        {
            // Web and mail addresses stay whole, bar a final sentence mark.
            var last = chunk.count
            while last > 1, Self.isAddressEndMark(chunk[last - 1].0) { last -= 1 }
            emit(0..<last)
            for k in last..<chunk.count { emit(k..<(k + 1)) }
            return
        }
        var lo = 0
        var hi = chunk.count
        var tail: [Range<Int>] = []
        // Leading punctuation: quotes, brackets, currency, each a word.
        while lo < hi, Self.isLeadingMark(chunk[lo].0) {
            emit(lo..<(lo + 1)); lo += 1
        }
        // Trailing punctuation, kept back to emit after the word.
        while lo < hi {
            let c = chunk[hi - 1].0
            if c == ".", hi - lo >= 3, chunk[hi - 2].0 == ".", chunk[hi - 3].0 == "." {
                var start = hi - 3
                while start > lo, chunk[start - 1].0 == "." { start -= 1 }
                tail.insert(start..<hi, at: 0); hi = start; continue
            }
            if c == "." {
                let body = string(lo..<(hi - 1))
                let lower = body.lowercased()
                let keeps =
                    body.contains(".") && body.unicodeScalars.allSatisfy { Self.isAlphabetic($0) || $0 == "." }
                    || (Self.abbreviations.contains(lower) && !body.isEmpty)
                    || (!isLast && body.unicodeScalars.count == 1 && Self.isUppercase(body.unicodeScalars.first!))
                if keeps { break }
                tail.insert((hi - 1)..<hi, at: 0); hi -= 1; continue
            }
            if Self.isTrailingMark(c) || (c == "'" || c == "’") && !Self.isPluralPossessive(chunk, lo, hi) {
                tail.insert((hi - 1)..<hi, at: 0); hi -= 1; continue
            }
            break
        }
        if lo < hi { splitWord(lo..<hi, chunk: chunk, string: string, emit: emit) }
        for r in tail { emit(r) }
    }

    /// Splits clitics, hyphens and inner punctuation off a word without outer punctuation.
    private func splitWord(_ r: Range<Int>, chunk: [(Unicode.Scalar, Int)], string: (Range<Int>) -> String, emit: (Range<Int>) -> Void) {
        // Possessive plural: "parents'" → "parents" "'".
        if Self.isPluralPossessive(chunk, r.lowerBound, r.upperBound) {
            splitWord(r.lowerBound..<(r.upperBound - 1), chunk: chunk, string: string, emit: emit)
            emit((r.upperBound - 1)..<r.upperBound)
            return
        }
        for clitic in Self.clitics where Self.endsWith(clitic, chunk, r) {
            let cut = r.upperBound - clitic.count
            splitWord(r.lowerBound..<cut, chunk: chunk, string: string, emit: emit)
            emit(cut..<r.upperBound)
            return
        }
        // Inner hyphens and slashes between letters: "long-term" → "long" "-" "term".
        var k = r.lowerBound + 1
        while k < r.upperBound - 1 {
            let c = chunk[k].0
            if c == "-" || c == "/" || c == "–" || c == "—" {
                let left = string(r.lowerBound..<k)
                let leftLetters = Self.isAlphabetic(chunk[k - 1].0)
                let rightLetters = Self.isAlphabetic(chunk[k + 1].0)
                let isPrefix = c == "-" && Self.hyphenPrefixes.contains(left.lowercased())
                let dashes = c == "–" || c == "—"
                if (leftLetters && rightLetters && !isPrefix) || dashes || (c == "-" && (leftLetters || rightLetters)) && !isPrefix {
                    emit(r.lowerBound..<k)
                    emit(k..<(k + 1))
                    splitWord((k + 1)..<r.upperBound, chunk: chunk, string: string, emit: emit)
                    return
                }
            }
            k += 1
        }
        // A number with its unit sign: "5%" → "5" "%".
        if r.count > 1, chunk[r.upperBound - 1].0 == "%" {
            emit(r.lowerBound..<(r.upperBound - 1)); emit((r.upperBound - 1)..<r.upperBound); return
        }
        emit(r)
    }

    private static func isPluralPossessive(_ chunk: [(Unicode.Scalar, Int)], _ lo: Int, _ hi: Int) -> Bool {
        hi - lo >= 3 && (chunk[hi - 1].0 == "'" || chunk[hi - 1].0 == "’") && (chunk[hi - 2].0 == "s" || chunk[hi - 2].0 == "S")
            && Self.isAlphabetic(chunk[lo].0)
    }

    private static func isLeadingMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "“", "‘", "«", "(", "[", "{", "<", "$", "£", "€", "¥", "#", "*", "¿", "¡", "–", "—": true
        default: false
        }
    }

    private static func isTrailingMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "”", "’", "»", ")", "]", "}", ">", ",", ";", ":", "!", "?", "%", "*", "…": true
        default: false
        }
    }

    /// A sentence mark after a web or mail address, not part of it.
    private static func isAddressEndMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ".", ",", ";", ":", "!", "?", ")": true
        default: false
        }
    }

    // Unicode's properties for ASCII answered without the property tables
    // (`_swift_stdlib_getBinaryProperties` was 3.4% of `annotate`, nearly all
    // of it asked here): in ASCII, White_Space is tab to carriage return and
    // space, Alphabetic the 52 letters, Uppercase A to Z.

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }

    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x61...0x7A).contains(c.value | 0x20) : c.properties.isAlphabetic
    }

    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (0x41...0x5A).contains(c.value) : c.properties.isUppercase
    }

    /// Whether `chunk` holds the ASCII `needle`.
    static func contains(_ chunk: [(Unicode.Scalar, Int)], _ needle: String) -> Bool {
        let pattern = Array(needle.unicodeScalars)
        guard chunk.count >= pattern.count else { return false }
        return (0...(chunk.count - pattern.count)).contains { start in
            pattern.indices.allSatisfy { chunk[start + $0].0 == pattern[$0] }
        }
    }

    /// Whether `chunk` starts with the ASCII `prefix`.
    static func hasPrefix(_ chunk: [(Unicode.Scalar, Int)], _ prefix: String) -> Bool {
        let pattern = Array(prefix.unicodeScalars)
        return chunk.count >= pattern.count && pattern.indices.allSatisfy { chunk[$0].0 == pattern[$0] }
    }

    /// Whether the word `chunk[r]` is longer than the clitic and ends with it,
    /// in any case and with either apostrophe ("DON’T" ends with "n't").
    static func endsWith(_ clitic: String, _ chunk: [(Unicode.Scalar, Int)], _ r: Range<Int>) -> Bool {
        let pattern = Array(clitic.unicodeScalars)
        guard r.count > pattern.count else { return false }
        let start = r.upperBound - pattern.count
        return pattern.indices.allSatisfy { k in
            var c = chunk[start + k].0
            if c == "’" { c = "'" } else if isUppercase(c), c.isASCII { c = Unicode.Scalar(c.value | 0x20)! }
            return c == pattern[k]
        }
    }
}
