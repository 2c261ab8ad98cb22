/// Splits a sentence's UTF-8 bytes into tokens and looks each word up in the
/// lexicon. Contractions are split ("hasn't" → "has" "n't", "it's" → "it"
/// "'s", "won't" → "wo" "n't"); quotes are marked opening or closing.
public struct Tokenizer: Sendable {
    /// The words and their classes.
    public let lexicon: Lexicon

    /// A tokenizer over this lexicon (the bundled one by default).
    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Tokens of `bytes[range]`, appended to `tokens` (cleared first).
    public func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            if isWordByte(bytes, index, end) {
                index = word(bytes, from: index, end: end, into: &tokens)
                continue
            }
            // Multi-byte marks: curly quotes, dashes, ellipsis, no-break space.
            let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let stop = min(index + width, end)
            if byte == 0xC2, stop - index == 2, bytes[index + 1] == 0xA0 {
                index = stop
                continue
            }
            var flags: Token.Flags = .punctuation
            var mark: UInt8 = byte < 0x80 ? byte : 0
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let previousIsSpace =
                    index == range.lowerBound || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x0A
                    || bytes[index - 1] == UInt8(ascii: "(")
                flags.insert(previousIsSpace ? .openQuote : .closeQuote)
            } else if byte == 0xE2, stop - index == 3, bytes[index + 1] == 0x80 {
                switch bytes[index + 2] {
                case 0x9C, 0x98: flags.insert(.openQuote); mark = UInt8(ascii: "\"")
                case 0x9D, 0x99: flags.insert(.closeQuote); mark = UInt8(ascii: "\"")
                case 0x93, 0x94: mark = UInt8(ascii: "-")
                case 0xA6: mark = UInt8(ascii: ".")
                default: break
                }
            }
            tokens.append(Token(start: index, end: stop, flags: flags, mark: mark, key: 0, classes: [], lemma: -1, weight: 0))
            index = stop
        }
    }

    /// Letters, digits, and bytes of non-ASCII letters start a word.
    private func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        if byte == 0xE2 || byte == 0xC2 { return false }  // punctuation blocks, no-break space
        return byte >= 0xC3
    }

    private func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, into tokens: inout [Token]) -> Int {
        var index = start
        var apostrophes: [Int] = []
        var hasLetter = false
        var hasDigit = false
        while index < end {
            let byte = bytes[index]
            if (byte >= 0x30 && byte <= 0x39) {
                hasDigit = true
                index += 1
            } else if byte < 0x80, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
                hasLetter = true
                index += 1
            } else if byte >= 0xC3, byte != 0xE2 {
                hasLetter = true
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: "'")), index + 1 < end, isWordByte(bytes, index + 1, end),
                byte != UInt8(ascii: ",") || (hasDigit && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39)
            {
                if byte == UInt8(ascii: "'") { apostrophes.append(index) }
                index += 1
            } else if byte == 0xE2, index + 3 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99,
                isWordByte(bytes, index + 3, end)
            {
                apostrophes.append(index)
                index += 3
            } else if byte == UInt8(ascii: "%") && hasDigit {
                index += 1
                break
            } else {
                break
            }
        }
        let stop = min(index, end)
        // Split a contraction's clitic off.
        if let apostrophe = apostrophes.last {
            let width = bytes[apostrophe] == UInt8(ascii: "'") ? 1 : 3
            let tail = lowercased(bytes, apostrophe + width, stop)
            if tail == "t", apostrophe - 1 > start, bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "n") {
                append(bytes, start, apostrophe - 1, hasLetter: true, hasDigit: false, into: &tokens)
                append(bytes, apostrophe - 1, stop, hasLetter: true, hasDigit: false, clitic: true, into: &tokens)
                return stop
            }
            if ["s", "ll", "re", "ve", "d", "m"].contains(tail), apostrophe > start {
                append(bytes, start, apostrophe, hasLetter: true, hasDigit: false, into: &tokens)
                append(bytes, apostrophe, stop, hasLetter: true, hasDigit: false, clitic: true, into: &tokens)
                return stop
            }
        }
        append(bytes, start, stop, hasLetter: hasLetter, hasDigit: hasDigit, into: &tokens)
        return stop
    }

    private func append(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hasLetter: Bool, hasDigit: Bool,
        clitic: Bool = false, into tokens: inout [Token]
    ) {
        var flags: Token.Flags = hasLetter && !hasDigit ? .word : hasDigit && !hasLetter ? .number : [.word, .number]
        if clitic { flags.insert(.clitic) }
        let first = bytes[start]
        if first >= 0x41, first <= 0x5A {
            flags.insert(.capitalized)
            if end - start > 1, (start..<end).allSatisfy({ !(bytes[$0] >= 0x61 && bytes[$0] <= 0x7A) }) { flags.insert(.allCaps) }
        } else if first >= 0xC3, first < 0xE0 {
            // Latin-1 capitals (À–Þ) start with C3 80–9E.
            if first == 0xC3, start + 1 < end, bytes[start + 1] < 0x9F {
                flags.insert(.capitalized)
            } else if first > 0xC3, start + 1 < end {
                // Other two-byte letters (Š, Ł, Ř, Greek, Cyrillic): ask Unicode.
                let value = UInt32(first & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
                if let scalar = Unicode.Scalar(value), scalar.properties.isUppercase { flags.insert(.capitalized) }
            }
        }
        let key = Lexicon.key(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        var entry = lexicon.entry(key)
        if entry == nil, hasLetter, let hyphen = (start..<end).last(where: { bytes[$0] == UInt8(ascii: "-") }), hyphen + 1 < end {
            // "test-fired", "co-sponsored": the last part's verb classes.
            if let last = lexicon.entry(Lexicon.key(UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)..<end]))),
                !last.classes.isDisjoint(with: .verbForms)
            {
                entry = last
            }
        }
        if entry == nil, hasLetter, !hasDigit, !flags.contains(.capitalized), end - start >= 5,
            bytes[end - 2] == UInt8(ascii: "e"), bytes[end - 1] == UInt8(ascii: "d"), bytes[end - 3] != UInt8(ascii: "e")
        {
            // An unknown "-ed" word: most likely the past of a verb the lexicon lacks.
            entry = Lexicon.Entry(classes: [.past, .participle, .action], lemma: -1, weight: 0.5)
        }
        tokens.append(
            Token(
                start: start, end: end, flags: flags, mark: 0, key: key,
                classes: entry?.classes ?? [], lemma: entry?.lemma ?? -1, weight: entry?.weight ?? 0))
    }

    private func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end, end - start <= 3 else { return "" }
        return String(decoding: (start..<end).map { bytes[$0] | 0x20 }, as: UTF8.self)
    }
}
