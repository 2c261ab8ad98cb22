/// 64-bit words starting on a 64-byte boundary, so that each aligned group of
/// eight (a ``WeightTable`` bucket) is exactly one cache line. A Swift array's
/// elements start 32 bytes into its heap block, which splits every bucket over
/// two lines.
///
/// `@unchecked Sendable`: the words are written once, in `init`, and only read
/// afterwards; the class exists to own (and free) the aligned allocation.
final class CacheLineWords: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt64>
    let count: Int

    init(_ words: [UInt64]) {
        count = words.count
        base = UnsafeMutableRawPointer.allocate(byteCount: max(words.count, 1) * 8, alignment: 64)
            .bindMemory(to: UInt64.self, capacity: max(words.count, 1))
        words.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { base.initialize(from: start, count: source.count) }
        }
    }

    deinit { base.deallocate() }
}
