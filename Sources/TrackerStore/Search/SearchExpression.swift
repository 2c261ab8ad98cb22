/// The user's `--search` text as an FTS5 query that can only search: words
/// are quoted terms (so `OR`, `NEAR`, `-`, `:` and stray quotes are searched
/// for, never run as syntax), each word matching any of its spellings; a
/// passage in double quotes is a phrase; a word ending in `*` is a prefix.
/// The index stems with porter, so "pledge" also finds "pledged", "pledges"
/// and "pledging".
struct SearchExpression {
    /// At most this many spellings of one phrase are tried (each variant word
    /// doubles them; a phrase of ten such words would ask for 1,024).
    static let maximumPhraseVariants = 16

    /// The FTS5 MATCH expression; empty when the text has no word.
    let match: String

    init(_ text: String) {
        var parts: [String] = []
        // Odd pieces of a split on '"' are quoted passages (an unclosed quote runs to the end).
        for (index, piece) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            if index % 2 == 1 {
                let words = Self.words(piece)
                if words.count == 1 {
                    parts.append(Self.term(words[0], prefix: false))
                } else if !words.isEmpty {
                    parts.append(Self.phrase(words))
                }
                continue
            }
            // Outside quotes: each word, with '*' straight after it making a prefix.
            var rest = Substring(piece)
            while let start = rest.firstIndex(where: Self.isWordCharacter) {
                let end = rest[start...].firstIndex { !Self.isWordCharacter($0) } ?? rest.endIndex
                let prefix = end < rest.endIndex && rest[end] == "*"
                parts.append(Self.term(String(rest[start..<end]), prefix: prefix))
                rest = rest[end...]
            }
        }
        match = parts.joined(separator: " AND ")
    }

    static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { !isWordCharacter($0) }).map(String.init)
    }

    /// A quoted word can hold no quote (only letters and digits reach here).
    static func quoted(_ word: String) -> String { "\"" + word + "\"" }

    /// One word: any of its spellings; a prefix as written (the stems of its completions vary).
    static func term(_ word: String, prefix: Bool) -> String {
        if prefix { return quoted(word.lowercased()) + "*" }
        let variants = SpellingVariants.variants(of: word)
        return variants.count == 1 ? quoted(variants[0]) : "(" + variants.map(quoted).joined(separator: " OR ") + ")"
    }

    /// Several words in order: each spelling of the phrase, up to the maximum.
    static func phrase(_ words: [String]) -> String {
        var phrases: [[String]] = [[]]
        for word in words {
            let variants = SpellingVariants.variants(of: word)
            phrases = phrases.flatMap { phrase in variants.map { phrase + [$0] } }
            if phrases.count > maximumPhraseVariants { phrases = Array(phrases.prefix(maximumPhraseVariants)) }
        }
        let quotedPhrases = phrases.map { quoted($0.joined(separator: " ")) }
        return quotedPhrases.count == 1 ? quotedPhrases[0] : "(" + quotedPhrases.joined(separator: " OR ") + ")"
    }
}
