/// Which open classes a word can belong to (noun, verb, adjective, adverb),
/// as bits by the word's lower-case key: a dictionary's knowledge for words
/// the treebanks never show. Built at training time from WordNet 3.0's index
/// and exception lists (see NOTICE) and stored in the model.
package struct WordClassLexicon: Sendable {
    package static let noun: UInt8 = 1, verb: UInt8 = 2, adjective: UInt8 = 4, adverb: UInt8 = 8
    /// An irregular inflected form ("went", "children"): its lemma's classes are shifted up 4 bits.
    package static let irregularShift: UInt8 = 4

    package let keys: [UInt32]
    package let classes: [UInt8]
    let mask: Int

    /// An empty lexicon.
    package static let empty = WordClassLexicon()

    private init() {
        keys = [0]; classes = [0]; mask = 0
    }

    package init(keys: [UInt32], classes: [UInt8]) throws(SyntaxModelError) {
        guard keys.count == classes.count, keys.count > 0, keys.count & (keys.count - 1) == 0 else {
            throw .corrupt("word class lexicon of \(keys.count) slots")
        }
        self.keys = keys
        self.classes = classes
        self.mask = keys.count - 1
    }

    /// A lexicon of these words and class bits.
    package init(words: [(key: UInt64, classes: UInt8)]) throws(SyntaxModelError) {
        var capacity = 2
        while capacity < words.count * 5 / 4 { capacity <<= 1 }
        var keys = [UInt32](repeating: 0, count: capacity)
        var classes = [UInt8](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, bits) in words.sorted(by: { $0.key < $1.key }) {
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != 0 && keys[slot] != WeightTable.fingerprint(key) { slot = (slot + 1) & mask }
            keys[slot] = WeightTable.fingerprint(key)
            classes[slot] |= bits
        }
        try self.init(keys: keys, classes: classes)
    }

    /// The class bits of the word with this lower-case key (0 if unknown).
    @inline(__always)
    package func classes(of key: UInt64) -> UInt8 {
        let fingerprint = WeightTable.fingerprint(key)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == fingerprint { return classes[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// What the lexicon says of a lower-case word and of the stems its
    /// regular endings leave ("-s", "-ed", "-ing"): packed as four 8-bit fields.
    package func signature(ofLower lower: [UInt8]) -> UInt64 {
        guard keys.count > 1, !lower.isEmpty else { return 0 }
        let n = lower.count
        // The classes of the first `length` bytes, plus `tail` if not 0 (no allocation: FNV runs on).
        func bits(_ length: Int, plus tail: UInt8 = 0) -> UInt8 {
            guard length > 0 else { return 0 }
            var h = FeatureHash.bytes(lower[..<length])
            if tail != 0 { h = (h ^ UInt64(tail)) &* FeatureHash.prime }
            return classes(of: h)
        }
        func ends(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard n > k + 1 else { return false }
            let p = suffix.utf8Start
            for i in 0..<k where lower[n - k + i] != p[i] { return false }
            return true
        }
        func undoubled(_ length: Int) -> UInt8 {
            length >= 3 && lower[length - 1] == lower[length - 2] ? bits(length - 1) : 0
        }
        let form = bits(n)
        var s: UInt8 = 0, ed: UInt8 = 0, ing: UInt8 = 0
        if ends("s") { s |= bits(n - 1) }
        if ends("es") { s |= bits(n - 2) }
        if ends("ies") { s |= bits(n - 3, plus: 121) }
        if ends("ied") { ed |= bits(n - 3, plus: 121) }
        if ends("ed") { ed |= bits(n - 2) | bits(n - 1) | undoubled(n - 2) }
        if ends("ing") { ing |= bits(n - 3) | bits(n - 3, plus: 101) | undoubled(n - 3) }
        return UInt64(form) | UInt64(s) << 8 | UInt64(ed) << 16 | UInt64(ing) << 24 | 1 << 32
    }
}
