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
        func bits(_ bytes: ArraySlice<UInt8>, plus tail: [UInt8] = []) -> UInt8 {
            bytes.isEmpty ? 0 : classes(of: FeatureHash.bytes(bytes + tail))
        }
        let n = lower.count
        let form = bits(lower[...])
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return n > s.count + 1 && Array(lower[(n - s.count)...]) == s
        }
        func undoubled(_ stem: ArraySlice<UInt8>) -> UInt8 {
            stem.count >= 3 && stem.last == stem[stem.endIndex - 2] ? bits(stem.dropLast()) : 0
        }
        var s: UInt8 = 0, ed: UInt8 = 0, ing: UInt8 = 0
        if ends("s") { s |= bits(lower[..<(n - 1)]) }
        if ends("es") { s |= bits(lower[..<(n - 2)]) }
        if ends("ies") || ends("ied") { let y = bits(lower[..<(n - 3)], plus: [121]); if ends("ies") { s |= y } else { ed |= y } }
        if ends("ed") { ed |= bits(lower[..<(n - 2)]) | bits(lower[..<(n - 1)]) | undoubled(lower[..<(n - 2)]) }
        if ends("ing") { ing |= bits(lower[..<(n - 3)]) | bits(lower[..<(n - 3)], plus: [101]) | undoubled(lower[..<(n - 3)]) }
        return UInt64(form) | UInt64(s) << 8 | UInt64(ed) << 16 | UInt64(ing) << 24 | 1 << 32
    }
}
