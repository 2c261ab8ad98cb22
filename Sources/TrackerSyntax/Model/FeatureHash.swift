/// Stable 64-bit hashes for features: the same on every run and machine,
/// unlike `Hasher`, so a model trained once is read the same everywhere.
package enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let prime: UInt64 = 0x100_0000_01b3

    /// FNV-1a over bytes.
    package static func bytes(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// A template's feature from up to three values (a splitmix64 finaliser per step).
    @inline(__always)
    package static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = mix(template &* 0x9e37_79b9_7f4a_7c15 ^ a)
        h = mix(h ^ (b &+ 0x632b_e59b_d9b4_e019))
        return mix(h ^ (c &+ 0x8cb9_2ba7_2f3d_8dd7))
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
