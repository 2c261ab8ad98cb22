/// A linear model's weights, quantised and packed for lookups that stay in cache.
///
/// Open addressing over a power-of-two slot array: a slot holds a 32-bit
/// fingerprint of the feature (0 = empty) and where its weights start in
/// `entries`. A feature's probe starts at the first slot of its bucket (eight
/// slots: one 64-byte cache line in memory), so the line the first load brings
/// in is the one the probe reads, and a feature the model lacks is found
/// missing there unless the bucket is full; each entry packs a class (high 16 bits) and an Int16 weight
/// (low 16 bits). Only the classes a feature ever moved are stored, so a
/// feature costs 8 bytes plus 4 per class it votes for. Scores are sums of
/// Int16 weights in Int32, in units of `scale`.
package struct WeightTable: Sendable {
    package let classCount: Int
    /// The float value of one weight unit.
    package let scale: Float
    package let keys: [UInt32]
    /// Entry start (high 24 bits) and count (low 8 bits).
    package let spans: [UInt32]
    package let entries: [UInt32]
    let mask: Int
    /// Slots a probe starts from: eight 8-byte slots, one cache line.
    static let bucket = 8
    /// In memory, each slot's fingerprint and span side by side (one cache line, not two).
    let slots: CacheLineWords
    /// For tables of at most 3 classes (the transitions), each slot in one word: a 16-bit
    /// fingerprint (feature bits 48–63, or 1) and the three Int16 weights. 8 bytes a slot
    /// instead of 16 halves the transition table in memory (262,144 slots: 4 MB to 2 MB),
    /// and a hit costs one cache line. A feature the model lacks matches a stored one by
    /// chance about once in 65,536 probes, adding that feature's small weights: within
    /// the quantisation's noise (EWT test: UPOS 0.9321 the same, UAS 0.7816 -> 0.7815,
    /// LAS 0.7332 -> 0.7331, one word of 25,094).
    let inline: CacheLineWords

    package init(classCount: Int, scale: Float, keys: [UInt32], spans: [UInt32], entries: [UInt32]) throws(SyntaxModelError) {
        guard keys.count == spans.count, keys.count >= Self.bucket, keys.count & (keys.count - 1) == 0 else {
            throw .corrupt("weight table of \(keys.count) slots")
        }
        for span in spans where Int(span >> 8) + Int(span & 0xff) > entries.count {
            throw .corrupt("weight span outside its entries")
        }
        for entry in entries where Int(entry >> 16) >= classCount {
            throw .corrupt("weight for class \(entry >> 16) of \(classCount)")
        }
        self.classCount = classCount
        self.scale = scale
        self.keys = keys
        self.spans = spans
        self.entries = entries
        self.mask = keys.count - 1
        self.slots = CacheLineWords(classCount <= 3 ? [] : zip(keys, spans).map { UInt64($0) | UInt64($1) << 32 })
        if classCount <= 3 {
            var inline = [UInt64](repeating: 0, count: keys.count)
            for slot in keys.indices where keys[slot] != 0 {
                var weights: [UInt16] = [0, 0, 0]
                let start = Int(spans[slot] >> 8)
                for e in start..<(start + Int(spans[slot] & 0xff)) {
                    weights[Int(entries[e] >> 16)] = UInt16(truncatingIfNeeded: entries[e])
                }
                inline[slot] =
                    UInt64(keys[slot] >> 16 | 1) | UInt64(weights[0]) << 16 | UInt64(weights[1]) << 32
                    | UInt64(weights[2]) << 48
            }
            self.inline = CacheLineWords(inline)
        } else {
            self.inline = CacheLineWords([])
        }
    }

    /// Packs float weights (feature → one weight per class), dropping those that round to zero
    /// and those smaller than `prune` times the largest (a feature left with none is dropped).
    package init(classCount: Int, weights: [(feature: UInt64, weights: [Float])], prune: Float = 0) throws(SyntaxModelError) {
        var largest: Float = 0
        for (_, row) in weights { for w in row { largest = max(largest, abs(w)) } }
        let scale = largest > 0 ? largest / 32_000 : 1
        let smallest = Int16(clamping: Int((prune * 32_000).rounded()))
        let kept = weights.filter { $0.weights.contains { abs($0) >= max(prune * largest, scale / 2) } }.count
        var capacity = 1
        // Load up to 0.8: linear probing keeps a miss within a cache line or two of keys.
        while capacity < kept * 5 / 4 { capacity <<= 1 }
        var keys = [UInt32](repeating: 0, count: max(capacity, Self.bucket))
        var spans = [UInt32](repeating: 0, count: keys.count)
        var entries: [UInt32] = []
        let mask = keys.count - 1
        for (feature, row) in weights.sorted(by: { $0.feature < $1.feature }) {
            let start = entries.count
            for (c, w) in row.enumerated() {
                let q = Int16(clamping: Int((w / scale).rounded()))
                if q != 0 && abs(Int(q)) >= Int(smallest) { entries.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: q))) }
            }
            let count = entries.count - start
            guard count > 0 else { continue }
            var slot = Self.home(feature, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = Self.fingerprint(feature)
            spans[slot] = UInt32(start) << 8 | UInt32(count)
        }
        try self.init(classCount: classCount, scale: scale, keys: keys, spans: spans, entries: entries)
    }

    /// The first slot of the feature's bucket.
    @inline(__always)
    static func home(_ feature: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: feature) & mask & ~(bucket - 1) }

    @inline(__always)
    static func fingerprint(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    /// Adds the weights of `features` to `scores` (one Int32 per class).
    ///
    /// In passes, because nearly every lookup misses the cache (perf: ~70% of
    /// tagging and parsing time was spent waiting on these loads): first one
    /// branch-free load per feature, so all the misses are in flight together
    /// instead of one after another behind a mispredicted probe branch; then
    /// the probes, which mostly stay in the lines already loaded; then the
    /// first entry of each hit (again all in flight), then the sums.
    @inline(__always)
    package func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        if inline.count > 0 { addInline(features, to: scores); return }
        let n = features.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            do {
                let slots = self.slots.base
                for k in 0..<n { found[k] = slots[Self.home(features[k], mask)] }
                var hits = 0
                for k in 0..<n {
                    let feature = features[k]
                    let key = UInt64(Self.fingerprint(feature))
                    var slot = Self.home(feature, mask)
                    var slotValue = found[k]
                    while slotValue & 0xffff_ffff != key && slotValue != 0 {
                        slot = (slot + 1) & mask
                        slotValue = slots[slot]
                    }
                    // Hits are packed to the front, each as its span (start << 8 | count).
                    found[hits] = slotValue >> 32
                    hits &+= slotValue == 0 ? 0 : 1
                }
                entries.withUnsafeBufferPointer { entries in
                    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(hits, 1)) { first in
                        for h in 0..<hits { first[h] = entries[Int(found[h] >> 8)] }
                        for h in 0..<hits {
                            let span = found[h]
                            let start = Int(span >> 8)
                            var entry = first[h]
                            scores[Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                            for e in (start + 1)..<(start + Int(span & 0xff)) {
                                entry = entries[e]
                                scores[Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                            }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private func addInline(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { found in
            do {
                let inline = self.inline.base
                // All first-slot loads in flight at once (see `add`).
                for k in 0..<n { found[k] = inline[Self.home(features[k], mask)] }
                var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
                for k in 0..<n {
                    let feature = features[k]
                    let key = feature >> 48 | 1
                    var slot = Self.home(feature, mask)
                    var slotValue = found[k]
                    while slotValue & 0xffff != key && slotValue != 0 {
                        slot = (slot + 1) & mask
                        slotValue = inline[slot]
                    }
                    guard slotValue != 0 else { continue }
                    s0 &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: slotValue >> 16)))
                    s1 &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: slotValue >> 32)))
                    s2 &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: slotValue >> 48)))
                }
                scores[0] &+= s0
                if classCount > 1 { scores[1] &+= s1 }
                if classCount > 2 { scores[2] &+= s2 }
            }
        }
    }

    /// Bytes the table takes in memory and in the model file.
    package var byteCount: Int { (keys.count + spans.count + entries.count) * 4 }
}
