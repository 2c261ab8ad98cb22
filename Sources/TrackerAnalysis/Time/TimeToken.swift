/// A word, number or punctuation mark of a text as the time-expression scanner
/// sees it, with its Unicode scalar offsets.
///
/// Words are runs of letters and digits ("June", "12th", "Q3"); everything else
/// but whitespace is a one-scalar mark, so "mid-2026" is `mid`, `-`, `2026` with
/// nothing between them, and "year's" is `year`, `'`, `s`.
struct TimeToken {
    enum Kind { case word, number, punctuation }

    let kind: Kind
    /// The word lower-cased; a number's digits; a mark as itself.
    let lower: String
    /// Offsets in Unicode scalars within the scanned text.
    let start: Int
    let end: Int
    /// Starts with an upper-case letter.
    let isCapitalized: Bool
    /// Whitespace, or the start of the text, comes directly before it.
    let followsSpace: Bool
    /// The value of a number of at most nine digits.
    let number: Int?
    /// How many digits a number has (0 for words and marks).
    let digitCount: Int
    /// A word of one to twelve ASCII letters packed five bits a letter (see
    /// ``key(_:)``); 0 for any other token.
    let key: UInt64
    /// Has a digit or is a word without which there is no time expression
    /// (``TimeVocabulary/isTrigger(_:)``): every expression holds one.
    let isTrigger: Bool

    /// The tokens of `scalars`, in order.
    static func tokens(in scalars: [Unicode.Scalar]) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var followsSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                followsSpace = true
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                var digits = 0
                var ascii = true
                var key: UInt64 = 0
                while index < scalars.count, isWordScalar(scalars[index]) {
                    let value = scalars[index].value
                    if isDigit(scalars[index]) { digits += 1 }
                    if value >= 128 { ascii = false }
                    if index - start < 12 { key = key << 5 | UInt64((value | 0x20) &- 96) & 31 }
                    index += 1
                }
                if !ascii || digits > 0 || index - start > 12 { key = 0 }
                let isNumber = digits == index - start
                let lower =
                    ascii
                    ? asciiLowercased(scalars[start..<index])
                    : String(String.UnicodeScalarView(scalars[start..<index])).lowercased()
                var value: Int?
                if isNumber, digits <= 9 {
                    value = scalars[start..<index].reduce(0) { $0 * 10 + Int($1.value - 48) }
                }
                let isCapitalized = scalar.isASCII ? (65...90).contains(scalar.value) : scalar.properties.isUppercase
                tokens.append(
                    TimeToken(
                        kind: isNumber ? .number : .word, lower: lower,
                        start: start, end: index, isCapitalized: isCapitalized,
                        followsSpace: followsSpace, number: value, digitCount: isNumber ? digits : 0, key: key,
                        isTrigger: digits > 0 || TimeVocabulary.isTrigger(key)))
            } else {
                index += 1
                tokens.append(
                    TimeToken(
                        kind: .punctuation, lower: String(scalar), start: start, end: index,
                        isCapitalized: false, followsSpace: followsSpace, number: nil, digitCount: 0, key: 0,
                        isTrigger: false))
            }
            followsSpace = false
        }
        return tokens
    }

    /// A lower-case ASCII word packed as ``key`` packs it.
    static func key(_ word: String) -> UInt64 {
        word.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 - 96) }
    }

    /// An ASCII word lower-cased, built from its bytes (a short word stays in
    /// the string's inline storage: no allocation).
    private static func asciiLowercased(_ word: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, scalar) in word.enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[offset] = (65...90).contains(byte) ? byte | 0x20 : byte
            }
            return word.count
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (9...13).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (48...57).contains(scalar.value)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return isDigit(scalar) || (97...122).contains(value)
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .decimalNumber: return true
        default: return properties.isAlphabetic
        }
    }
}
