/// A linear model's weights, quantised and packed for lookups that stay in cache.
///
/// Open addressing over a power-of-two slot array: a slot holds a 32-bit
/// fingerprint of the feature (0 = empty) and where its weights start in
/// `entries`; each entry packs a class (high 16 bits) and an Int16 weight
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
    /// In memory, each slot's fingerprint and span side by side (one cache line, not two).
    let slots: [UInt64]
    /// For tables of at most 3 classes (the transitions), each slot's weights inline:
    /// two words a slot, fingerprint and weights 0–1, then weight 2, so a hit costs one
    /// cache line in all.
    let inline: [UInt64]

    package init(classCount: Int, scale: Float, keys: [UInt32], spans: [UInt32], entries: [UInt32]) throws(SyntaxModelError) {
        guard keys.count == spans.count, keys.count > 0, keys.count & (keys.count - 1) == 0 else {
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
        self.slots = zip(keys, spans).map { UInt64($0) | UInt64($1) << 32 }
        if classCount <= 3 {
            var inline = [UInt64](repeating: 0, count: keys.count * 2)
            for slot in keys.indices where keys[slot] != 0 {
                var weights: [UInt16] = [0, 0, 0]
                let start = Int(spans[slot] >> 8)
                for e in start..<(start + Int(spans[slot] & 0xff)) { weights[Int(entries[e] >> 16)] = UInt16(truncatingIfNeeded: entries[e]) }
                inline[2 * slot] = UInt64(keys[slot]) | UInt64(weights[0]) << 32 | UInt64(weights[1]) << 48
                inline[2 * slot + 1] = UInt64(weights[2])
            }
            self.inline = inline
        } else {
            self.inline = []
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
        var keys = [UInt32](repeating: 0, count: max(capacity, 2))
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
            var slot = Int(truncatingIfNeeded: feature) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = Self.fingerprint(feature)
            spans[slot] = UInt32(start) << 8 | UInt32(count)
        }
        try self.init(classCount: classCount, scale: scale, keys: keys, spans: spans, entries: entries)
    }

    @inline(__always)
    static func fingerprint(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    /// Adds the weights of `features` to `scores` (one Int32 per class).
    @inline(__always)
    package func add(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        if !inline.isEmpty { addInline(features, to: scores); return }
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                for feature in features {
                    let key = UInt64(Self.fingerprint(feature))
                    var slot = Int(truncatingIfNeeded: feature) & mask
                    while true {
                        let found = slots[slot]
                        if found & 0xffff_ffff == key {
                            let span = found >> 32
                            let start = Int(span >> 8)
                            for e in start..<(start + Int(span & 0xff)) {
                                let entry = entries[e]
                                scores[Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                            }
                            break
                        }
                        if found == 0 { break }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    private func addInline(_ features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutablePointer<Int32>) {
        inline.withUnsafeBufferPointer { inline in
            var s0: Int32 = 0, s1: Int32 = 0, s2: Int32 = 0
            for feature in features {
                let key = UInt64(Self.fingerprint(feature))
                var slot = Int(truncatingIfNeeded: feature) & mask
                while true {
                    let found = inline[2 * slot]
                    if found & 0xffff_ffff == key {
                        s0 &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: found >> 32)))
                        s1 &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: found >> 48)))
                        s2 &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: inline[2 * slot + 1])))
                        break
                    }
                    if found == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
            scores[0] &+= s0
            if classCount > 1 { scores[1] &+= s1 }
            if classCount > 2 { scores[2] &+= s2 }
        }
    }

    /// Bytes the table takes in memory and in the model file.
    package var byteCount: Int { (keys.count + spans.count + entries.count) * 4 }
}
