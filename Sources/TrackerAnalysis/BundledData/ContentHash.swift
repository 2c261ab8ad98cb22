/// A 64-bit FNV-1a hash of byte strings, for telling contents apart (not for
/// security): the same bytes give the same hash on every run and machine.
/// Each added string is followed by its length, so that ["ab", "c"] and
/// ["a", "bc"] differ. The analyzer's version hashes the 223 kB of bundled
/// data once per process; SHA-256 would need swift-crypto, heavy to build.
public struct ContentHash: Sendable {
    /// The FNV-1a 64-bit offset basis.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty hash.
    public init() {}

    /// Adds `bytes`, then their length, to the hash.
    public mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { mix(byte) }
        var length = UInt64(bytes.count)
        for _ in 0..<8 {
            mix(UInt8(truncatingIfNeeded: length))
            length >>= 8
        }
    }

    /// The hash as 16 lower-case hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01b3
    }
}
