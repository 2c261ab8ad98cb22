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

    /// The tokens of `scalars`, in order.
    static func tokens(in scalars: [Unicode.Scalar]) -> [TimeToken] {
        var tokens: [TimeToken] = []
        var index = 0
        var followsSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                followsSpace = true
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                var digits = 0
                while index < scalars.count, isWordScalar(scalars[index]) {
                    if isDigit(scalars[index]) { digits += 1 }
                    index += 1
                }
                let text = String(String.UnicodeScalarView(scalars[start..<index]))
                let isNumber = digits == index - start
                var value: Int?
                if isNumber, digits <= 9 {
                    value = scalars[start..<index].reduce(0) { $0 * 10 + Int($1.value - 48) }
                }
                tokens.append(TimeToken(kind: isNumber ? .number : .word, lower: isNumber ? text : text.lowercased(),
                                        start: start, end: index, isCapitalized: scalar.properties.isUppercase,
                                        followsSpace: followsSpace, number: value, digitCount: isNumber ? digits : 0))
            } else {
                index += 1
                tokens.append(TimeToken(kind: .punctuation, lower: String(scalar), start: start, end: index,
                                        isCapitalized: false, followsSpace: followsSpace, number: nil, digitCount: 0))
            }
            followsSpace = false
        }
        return tokens
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
