/// JSON written as bytes straight into one growing buffer: the hot outputs
/// (`annotate --format jsonl`, `segment --format jsonl`) build no `String`
/// per field and no `JSONEncoder` tree per sentence. Strings are escaped as
/// ``JSONText/quoted(_:)`` escapes them (same bytes): `"` and `\` and every
/// control character below U+0020; `/`, U+007F, U+2028 and U+2029 and all
/// other non-ASCII characters are kept as their UTF-8 bytes. A Swift
/// `String` is valid UTF-8, so no lone surrogate can reach the output.
public struct JSONBuffer: Sendable {
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// The number of bytes written.
    public var count: Int { bytes.count }

    /// Empties the buffer, keeping its memory for the next lines.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends `literal` as it is (punctuation and keys the caller knows are valid JSON).
    public mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte as it is (`,`, `[`, a newline).
    public mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends `value` in decimal.
    public mutating func integer(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // The magnitude of Int.min does not fit an Int; as an unsigned value it does.
            unsigned(value.magnitude)
        } else {
            unsigned(UInt(value))
        }
    }

    private mutating func unsigned(_ value: UInt) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(value))
            return
        }
        // 20 digits hold UInt64.max.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { scratch in
            while rest > 0 {
                scratch[23 - count] = UInt8(ascii: "0") &+ UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: scratch[(24 - count)...])
        }
    }

    /// Appends `text` as a JSON string literal, quotes included.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        // Native strings are contiguous UTF-8 already; a bridged one is made so once.
        text.withUTF8 { escape($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` as a JSON string literal, or `null`.
    public mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends the escaped content of a UTF-8 string: runs of bytes that need
    /// no escape are copied at once (most sentences are one run).
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            // Bytes of multi-byte characters are all >= 0x80: never escaped.
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            default:
                // Lower-case hex, as JSONText writes it: \u001b.
                raw("\\u00")
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
