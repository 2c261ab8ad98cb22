/// The tagger's feature templates: the word, its affixes and shape, the
/// words two either side, and the two tags already chosen to its left.
package enum TaggerFeatures {
    /// The number of features `extract` writes.
    package static let count = 31

    /// Writes the features of word `i` into `out` (which holds `count`).
    @inline(__always)
    package static func extract(
        _ words: UnsafeBufferPointer<WordKeys>, _ i: Int, previous: UInt64, beforePrevious: UInt64,
        into out: UnsafeMutablePointer<UInt64>
    ) {
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : .none
        let p2 = i >= 2 ? words[i - 2] : .none
        let n1 = i + 1 < words.count ? words[i + 1] : .none
        let n2 = i + 2 < words.count ? words[i + 2] : .none
        let first: UInt64 = i == 0 ? 1 : 0
        var k = 0
        @inline(__always) func put(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = FeatureHash.combine(template, a, b, c); k += 1
        }
        put(1, 0)
        put(2, w.lower)
        put(3, w.form)
        put(4, w.suffix1); put(5, w.suffix2); put(6, w.suffix3); put(7, w.suffix4)
        put(8, w.prefix1); put(9, w.prefix2); put(10, w.prefix3)
        put(11, w.shape)
        put(12, w.shape, first)
        put(13, p1.lower); put(14, n1.lower); put(15, p2.lower); put(16, n2.lower)
        put(17, p1.suffix3); put(18, n1.suffix3)
        put(19, previous)
        put(20, previous, beforePrevious)
        put(21, previous, w.lower)
        put(22, p1.lower, w.lower)
        put(23, w.lower, n1.lower)
        put(24, n1.shape)
        put(25, previous, w.suffix3)
        put(26, p1.shape, w.shape, n1.shape)
        put(27, n1.lower, n2.lower)
        // What the dictionary knows, for words the treebanks never show.
        put(28, w.lexical)
        put(29, w.lexical, w.suffix2)
        put(30, w.lexical & 0xff, p1.lexical & 0xff, n1.lexical & 0xff)
        put(31, w.lexical & 0xff, previous)
    }
}
