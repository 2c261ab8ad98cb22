/// Little-endian writing of the model file's fields.
package struct ModelWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func write(_ value: Float) { write(value.bitPattern) }

    package mutating func write(_ string: String) {
        write(UInt32(string.utf8.count))
        bytes.append(contentsOf: string.utf8)
    }

    package mutating func write(_ values: [UInt32]) {
        write(UInt32(values.count))
        for v in values { write(v) }
    }

    package mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }
}

/// Bounds-checked little-endian reading of the model file: a short or
/// damaged file is an error, never a crash.
struct ModelReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func take(_ count: Int) throws(SyntaxModelError) -> ArraySlice<UInt8> {
        guard count >= 0, bytes.count - position >= count else { throw .corrupt("truncated at byte \(position)") }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func uint32() throws(SyntaxModelError) -> UInt32 {
        let s = try take(4)
        var v: UInt32 = 0
        for (k, b) in s.enumerated() { v |= UInt32(b) << (8 * k) }
        return v
    }

    mutating func uint64() throws(SyntaxModelError) -> UInt64 {
        let s = try take(8)
        var v: UInt64 = 0
        for (k, b) in s.enumerated() { v |= UInt64(b) << (8 * k) }
        return v
    }

    mutating func float() throws(SyntaxModelError) -> Float { Float(bitPattern: try uint32()) }

    mutating func string() throws(SyntaxModelError) -> String {
        let n = Int(try uint32())
        guard n <= 1_000 else { throw .corrupt("string of \(n) bytes") }
        guard let s = String(validating: try take(n), as: UTF8.self) else { throw .corrupt("string not UTF-8") }
        return s
    }

    mutating func uint32Array() throws(SyntaxModelError) -> [UInt32] {
        let n = Int(try uint32())
        guard n <= (bytes.count - position) / 4 else { throw .corrupt("array of \(n) words past the end") }
        let s = try take(n * 4)
        return s.withUnsafeBytes { raw in
            (0..<n).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
        }
    }
}
