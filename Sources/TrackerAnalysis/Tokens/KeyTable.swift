/// A hash table from word keys (already FNV-1a hashes) to values, with open
/// addressing: one multiply and a probe or two per lookup, where a standard
/// `Dictionary` would hash the hash again with SipHash. Used for the lookups
/// made for every token.
struct KeyTable<Value: Sendable>: Sendable {
    /// A key beside its value, so that a lookup touches one cache line.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: capacity)
        mask = capacity - 1
    }

    /// Key 0 marks an empty slot, so a real 0 is stored as 1.
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    subscript(key: UInt64) -> Value? {
        get {
            let wanted = Self.stored(key)
            var index = slot(wanted)
            while true {
                let found = slots[index].key
                if found == wanted { return slots[index].value }
                if found == 0 { return nil }
                index = (index + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is never needed
            if (count + 1) * 2 > slots.count { grow() }
            let wanted = Self.stored(key)
            var index = slot(wanted)
            while slots[index].key != 0, slots[index].key != wanted { index = (index + 1) & mask }
            if slots[index].key == 0 { count += 1 }
            slots[index] = Slot(key: wanted, value: newValue)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: nil), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 {
            self[slot.key] = slot.value
        }
    }

    /// Every key and value, in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        slots.compactMap { slot in slot.key == 0 ? nil : slot.value.map { (slot.key, $0) } }
    }
}

extension KeyTable where Value == Bool {
    /// A set of words by token key: a multiply and a probe or two per lookup,
    /// where a `Set<UInt64>` would hash each key in full.
    init(words: [String]) {
        self.init(keys: words.map { Lexicon.key(Array($0.utf8)) })
    }

    /// A set of keys made some other way (the time scanner's packed words).
    init(keys: [UInt64]) {
        self.init(minimumCapacity: keys.count)
        for key in keys { self[key] = true }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
