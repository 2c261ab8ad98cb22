/// Turns a file's bytes into text: refuses binary input, strips a byte-order
/// mark, decodes invalid UTF-8 with replacement characters (and says so), and
/// normalises CRLF and CR line ends to LF.
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
            warnings.append(DocumentWarning(
                rule: "input.invalid-utf8",
                message: "\(path): invalid UTF-8, \(replaced) replacement character(s) inserted"))
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
