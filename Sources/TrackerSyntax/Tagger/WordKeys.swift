/// The hashed views of one word that features are built from, computed once per word.
package struct WordKeys: Sendable {
    /// The form as written, lower-cased (ASCII), its shape, suffixes and prefixes.
    package var form: UInt64
    package var lower: UInt64
    package var shape: UInt64
    package var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
    package var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    package var isTitle: Bool
    /// What the word class lexicon says of the word and its stems (``WordClassLexicon/signature(ofLower:)``).
    package var lexical: UInt64 = 0

    /// The keys standing for "no word here" (before the first word, after the last).
    package static let none = WordKeys(marker: 1)
    /// The keys of the parser's root.
    package static let root = WordKeys(marker: 2)

    private init(marker: UInt64) {
        form = marker; lower = marker; shape = marker
        suffix1 = marker; suffix2 = marker; suffix3 = marker; suffix4 = marker
        prefix1 = marker; prefix2 = marker; prefix3 = marker
        isTitle = false
    }

    /// The keys of `word`, with what `lexicon` says of it.
    package init(_ word: String, lexicon: WordClassLexicon) {
        var utf8 = Array(word.utf8)
        // Curly quotes and dashes read as their ASCII kin, as the treebanks tag them alike.
        switch word {
        case "“", "”", "„": utf8 = Array("\"".utf8)
        case "‘", "’": utf8 = Array("'".utf8)
        case "–", "—": utf8 = Array("--".utf8)
        default: break
        }
        form = FeatureHash.bytes(utf8)
        var lowered = utf8
        var shapeBytes: [UInt8] = []
        var upper = 0
        for k in lowered.indices {
            let b = lowered[k]
            let s: UInt8
            if b >= 65 && b <= 90 {
                lowered[k] = b + 32; s = 88; upper += 1
            }  // X
            else if b >= 97 && b <= 122 {
                s = 120
            }  // x
            else if b >= 48 && b <= 57 {
                s = 100
            }  // d
            else if b >= 128 {
                s = 117
            }  // u (non-ASCII)
            else {
                s = b
            }
            // Runs longer than two collapse: "Xxxxx" and "Xxxxxxxx" share a shape.
            if shapeBytes.count >= 2, shapeBytes[shapeBytes.count - 1] == s, shapeBytes[shapeBytes.count - 2] == s { continue }
            shapeBytes.append(s)
        }
        lower = FeatureHash.bytes(lowered)
        shape = FeatureHash.bytes(shapeBytes)
        let n = lowered.count
        func suffix(_ k: Int) -> UInt64 { FeatureHash.bytes(lowered[max(0, n - k)...]) &+ UInt64(k) }
        func prefix(_ k: Int) -> UInt64 { FeatureHash.bytes(lowered[..<min(n, k)]) &+ UInt64(k) &* 31 }
        suffix1 = suffix(1); suffix2 = suffix(2); suffix3 = suffix(3); suffix4 = suffix(4)
        prefix1 = prefix(1); prefix2 = prefix(2); prefix3 = prefix(3)
        isTitle = upper > 0 && utf8.first.map { $0 >= 65 && $0 <= 90 } == true
        lexical = lexicon.signature(ofLower: lowered)
    }
}
