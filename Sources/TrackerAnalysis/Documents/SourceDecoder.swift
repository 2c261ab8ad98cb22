/// Turns a file's bytes into text: refuses binary input, strips a byte-order
/// mark, reads UTF-16 (either byte order) when a byte-order mark says so,
/// decodes invalid UTF-8 or UTF-16 with replacement characters (and says so),
/// and normalises CRLF and CR line ends to LF.
public enum SourceDecoder {
    /// A file's text and what was wrong with its bytes.
    public struct Decoded: Sendable {
        /// The text, with LF line ends.
        public var text: String
        /// Invalid UTF-8 replaced, for instance.
        public var warnings: [DocumentWarning]
    }

    /// Decodes `bytes` read from `path`; throws for a binary file.
    public static func decode(_ bytes: [UInt8], path: String) throws(DocumentError) -> Decoded {
        // UTF-16 text has a zero byte in every ASCII character, so its
        // byte-order mark is looked for before the binary check.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, path: path)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw .binary(path: path, offset: nul)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var warnings: [DocumentWarning] = []
        let text: String
        if let valid = String(validating: body, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: body, as: UTF8.self)
            let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            warnings.append(
                DocumentWarning(
                    rule: "input.invalid-utf8",
                    message: "\(path): invalid UTF-8, \(replaced) replacement character(s) inserted"))
        }
        return Decoded(text: normalizingLineEnds(text), warnings: warnings)
    }

    /// UTF-16 after its byte-order mark. A U+0000 in it is binary, as a NUL
    /// byte is in UTF-8 (a UTF-32 file, whose mark starts as UTF-16's, is
    /// refused so); an odd last byte or an unpaired surrogate is replaced.
    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, path: String) throws(DocumentError) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        if let nul = units.firstIndex(of: 0) { throw .binary(path: path, offset: 2 + 2 * nul) }
        var warnings: [DocumentWarning] = []
        var text = String(decoding: units, as: UTF16.self)
        let valid = String(validating: units, as: UTF16.self) != nil
        if bytes.count % 2 == 1 { text.append("\u{FFFD}") }
        if !valid || bytes.count % 2 == 1 {
            let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            warnings.append(
                DocumentWarning(
                    rule: "input.invalid-utf16",
                    message: "\(path): invalid UTF-16, \(replaced) replacement character(s) inserted"))
        }
        return Decoded(text: normalizingLineEnds(text), warnings: warnings)
    }

    private static func needsLineEndNormalisation(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x0D { return true }
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if previous == (0xE2, 0x80), byte == 0xA8 || byte == 0xA9 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// CRLF and lone CR become LF; so do the Unicode line and paragraph separators.
    static func normalizingLineEnds(_ text: String) -> String {
        guard needsLineEndNormalisation(text) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                out.append("\n")
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { out.append("\n") }
            case "\u{2028}":
                out.append("\n")
            case "\u{2029}":
                out.append(contentsOf: "\n\n".unicodeScalars)
            default:
                out.append(scalar)
            }
            previousWasCR = false
        }
        return String(out)
    }
}
