import Foundation

/// An action's lower-case words as the tracking rules read them: runs of
/// letters, digits and a few marks, everything else separating them.
enum ActionWords {
    /// The lower-case words of `text`: runs of letters, digits and the
    /// characters of `marks`. ASCII text (most actions) is split on its
    /// bytes, with the same result: splitting by Character looks up Unicode
    /// properties for every letter, which was a tenth of the instructions of
    /// the status of every commitment at 100 k statements (callgrind, issue 15).
    static func split(_ text: String, marks: String) -> [String] {
        let markBytes = Array(marks.utf8.filter { $0 < 0x80 })
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x80...:
                return text.lowercased().split { !($0.isLetter || $0.isNumber || marks.contains($0)) }.map(String.init)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            default:
                if markBytes.contains(byte) {
                    word.append(byte)
                } else if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// The range of the first occurrence of `needle` in `text`, as
    /// Foundation's `range(of:)` finds it: ASCII text is searched on its
    /// bytes (the same answer: an ASCII character is canonically equivalent
    /// to itself alone), other text by Foundation.
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard haystack.allSatisfy({ $0 < 0x80 }), pattern.allSatisfy({ $0 < 0x80 }) else { return text.range(of: needle) }
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        search: for start in 0...(haystack.count - pattern.count) {
            for offset in pattern.indices where haystack[start + offset] != pattern[offset] { continue search }
            let lower = text.utf8.index(text.startIndex, offsetBy: start)
            return lower..<text.utf8.index(lower, offsetBy: pattern.count)
        }
        return nil
    }
}
