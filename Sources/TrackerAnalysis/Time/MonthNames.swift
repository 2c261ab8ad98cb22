/// English month names and their abbreviations.
enum MonthNames {
    static let full = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// The month number (1–12) of a month name or abbreviation in `bytes`.
    static func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 3, bytes.count <= 9 else { return nil }
        let word = String(decoding: bytes.map { $0 | 0x20 }, as: UTF8.self)
        if let full = full.firstIndex(of: word) { return full + 1 }
        if bytes.count <= 4, let short = full.firstIndex(where: { $0.hasPrefix(word) }), word != "may" || bytes.count == 3 {
            return short + 1
        }
        return nil
    }
}
