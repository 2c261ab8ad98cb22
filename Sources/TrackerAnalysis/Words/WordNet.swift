public import Foundation
import Synchronization

/// Princeton WordNet 3.0 read from its database files (`index.*`, `data.*`,
/// `*.exc`, as Debian's `wordnet-base` installs them under
/// `/usr/share/wordnet`): lemmas, synonyms, derivations and hypernyms, for
/// matching an outcome to a pledge in other words.
///
/// Nothing is parsed up front: the index files are sorted, so a word is a
/// binary search over the file's bytes, and a synset is read at its byte
/// offset in the data file, as WordNet's own tools do.
public struct WordNet: Sendable {
    /// A part of speech, with the suffix of its files.
    public enum PartOfSpeech: String, Sendable, CaseIterable {
        case noun, verb
        var letter: UInt8 { self == .noun ? UInt8(ascii: "n") : UInt8(ascii: "v") }
    }

    /// A set of synonyms: its words (lower case, spaces for underscores) and
    /// its pointers to other synsets.
    public struct Synset: Sendable, Hashable {
        /// A link from a synset (or one of its words) to another synset (or word).
        public struct Pointer: Sendable, Hashable {
            /// WordNet's symbol: `@` hypernym, `~` hyponym, `+` derivation, `!` antonym.
            public var symbol: String
            /// The byte offset of the target synset in the data file of its part of speech (-1 when unreadable).
            public var offset: Int
            /// The target's part of speech; nil for an adjective or adverb, which are not read.
            public var partOfSpeech: PartOfSpeech?
            /// The word of this synset it comes from (1-based; 0 for the whole synset).
            public var sourceWord: Int
            /// The word of the target synset it goes to (1-based; 0 for the whole synset).
            public var targetWord: Int
        }

        /// The byte offset of its line in the data file, which is also its id.
        public var offset: Int
        /// Its words, lower case, with spaces for underscores.
        public var words: [String]
        /// Its links to other synsets, in file order.
        public var pointers: [Pointer]
    }

    private let index: [PartOfSpeech: Data]
    private let data: [PartOfSpeech: Data]
    private let exceptions: [PartOfSpeech: [String: [String]]]
    /// Lemmas and synsets already looked up. Linking compares every pledge's
    /// object with every outcome's, so the same few hundred words are asked
    /// for again and again: at a million statements, re-reading their data
    /// lines was 45% of `report status`'s time (perf, issue 19).
    private let memo = Memo()

    /// WordNet from the contents of its files, by name (`index.verb`,
    /// `data.verb`, `verb.exc`, and the same for `noun`); a part of speech
    /// whose index or data is missing has no words.
    public init(files: [String: Data]) {
        var index: [PartOfSpeech: Data] = [:]
        var data: [PartOfSpeech: Data] = [:]
        var exceptions: [PartOfSpeech: [String: [String]]] = [:]
        for pos in PartOfSpeech.allCases {
            index[pos] = files["index.\(pos.rawValue)"]
            data[pos] = files["data.\(pos.rawValue)"]
            var table: [String: [String]] = [:]
            if let text = files["\(pos.rawValue).exc"] {
                for line in String(decoding: text, as: UTF8.self).split(separator: "\n") {
                    let fields = line.split(separator: " ").map(String.init)
                    if fields.count >= 2 { table[fields[0], default: []] += fields.dropFirst() }
                }
            }
            exceptions[pos] = table
        }
        self.index = index
        self.data = data
        self.exceptions = exceptions
    }

    /// The names of the files WordNet needs (the exception lists are optional).
    public static let fileNames: [(name: String, required: Bool)] = PartOfSpeech.allCases.flatMap { pos in
        [("index.\(pos.rawValue)", true), ("data.\(pos.rawValue)", true), ("\(pos.rawValue).exc", false)]
    }

    /// The base forms of `word` as a `pos` that WordNet knows: the word
    /// itself, its irregular base forms (`verb.exc`: "went" → "go"), and
    /// the forms WordNet's detachment rules give ("withdrew" by the list,
    /// "talks" → "talk", "opened" → "open").
    public func lemmas(of word: String, as pos: PartOfSpeech) -> [String] {
        let word = word.lowercased()
        if let known = memo.lemmas.withLock({ $0[Memo.Key(word: word, pos: pos)] }) { return known }
        let found = lookUpLemmas(of: word, as: pos)
        memo.lemmas.withLock { $0[Memo.Key(word: word, pos: pos)] = found }
        return found
    }

    private func lookUpLemmas(of word: String, as pos: PartOfSpeech) -> [String] {
        var found: [String] = []
        func add(_ candidate: String) {
            if !found.contains(candidate), entry(candidate, pos) != nil { found.append(candidate) }
        }
        add(word)
        for base in exceptions[pos]?[word] ?? [] { add(base) }
        let rules: [(String, String)] =
            pos == .verb
            ? [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
            : [("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("s", "")]
        for (suffix, replacement) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            add(String(word.dropLast(suffix.count)) + replacement)
        }
        return found
    }

    /// The synsets of a lemma, most frequent sense first.
    public func synsets(of lemma: String, as pos: PartOfSpeech) -> [Synset] {
        let lemma = lemma.lowercased()
        if let known = memo.synsets.withLock({ $0[Memo.Key(word: lemma, pos: pos)] }) { return known }
        let found = lookUpSynsets(of: lemma, as: pos)
        memo.synsets.withLock { $0[Memo.Key(word: lemma, pos: pos)] = found }
        return found
    }

    private func lookUpSynsets(of lemma: String, as pos: PartOfSpeech) -> [Synset] {
        guard let line = entry(lemma, pos) else { return [] }
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        let fields = line.split(separator: " ")
        guard fields.count >= 4, let count = Int(fields[2]), let pointers = Int(fields[3]),
            fields.count >= 6 + pointers + count
        else { return [] }
        return fields[(6 + pointers)..<(6 + pointers + count)].compactMap { Int($0).flatMap { synset(at: $0, pos) } }
    }

    /// The synset at `offset` of the data file of `pos`.
    public func synset(at offset: Int, _ pos: PartOfSpeech) -> Synset? {
        guard let file = data[pos], offset >= 0, offset < file.count else { return nil }
        let line: String = file.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var end = offset
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        }
        // offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss
        let body = line.split(separator: "|", maxSplits: 1).first ?? ""
        let fields = body.split(separator: " ")
        guard fields.count > 4, Int(fields[0]) == offset, let words = Int(fields[3], radix: 16),
            fields.count > 4 + words * 2, let pointerCount = Int(fields[4 + words * 2])
        else { return nil }
        let wordList = (0..<words).map { fields[4 + $0 * 2].replacingOccurrences(of: "_", with: " ").lowercased() }
            .map { $0.split(separator: "(").first.map(String.init) ?? $0 }
        var pointers: [Synset.Pointer] = []
        var at = 5 + words * 2
        for _ in 0..<pointerCount where at + 3 < fields.count {
            let link = fields[at + 3]
            pointers.append(
                Synset.Pointer(
                    symbol: String(fields[at]), offset: Int(fields[at + 1]) ?? -1,
                    partOfSpeech: fields[at + 2] == "n" ? .noun : (fields[at + 2] == "v" ? .verb : nil),
                    sourceWord: Int(link.prefix(2), radix: 16) ?? 0, targetWord: Int(link.suffix(2), radix: 16) ?? 0))
            at += 4
        }
        return Synset(offset: offset, words: wordList, pointers: pointers)
    }

    /// The verbs a noun is derived from or gives ("completion" → "complete",
    /// "withdrawal" → "withdraw"), from its first `senses` senses' derivation links.
    public func verbs(derivedFrom noun: String, senses: Int = 3) -> [String] {
        var verbs: [String] = []
        for sense in synsets(of: noun, as: .noun).prefix(senses) {
            let position = (sense.words.firstIndex(of: noun.lowercased()) ?? -1) + 1
            for pointer in sense.pointers
            where pointer.symbol == "+" && pointer.partOfSpeech == .verb
                && (pointer.sourceWord == position || pointer.sourceWord == 0)
            {
                guard let target = synset(at: pointer.offset, .verb), pointer.targetWord >= 1,
                    pointer.targetWord <= target.words.count
                else { continue }
                let verb = target.words[pointer.targetWord - 1]
                if !verbs.contains(verb) { verbs.append(verb) }
            }
        }
        return verbs
    }

    /// The line of the index of `pos` for `lemma` (underscores for spaces), by binary search.
    private func entry(_ lemma: String, _ pos: PartOfSpeech) -> String? {
        guard let file = index[pos], !lemma.isEmpty else { return nil }
        let key = Array(lemma.replacingOccurrences(of: " ", with: "_").utf8)
        return file.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var low = 0
            var high = bytes.count
            // Invariant: a line starting at or after `low` and before `high` may hold the key.
            while low < high {
                let middle = (low + high) / 2
                var start = middle
                while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // The licence at the top: lines that begin with a space sort before every word.
                let order = line.first == UInt8(ascii: " ") ? -1 : Self.compare(line, key)
                if order == 0 { return String(decoding: line, as: UTF8.self) }
                if order < 0 { low = end + 1 } else { high = start }
            }
            return nil
        }
    }

    /// How the first field of an index line sorts against `key`: -1, 0 or 1.
    private static func compare(_ line: UnsafeBufferPointer<UInt8>, _ key: [UInt8]) -> Int {
        var position = 0
        while true {
            let lineEnded = position >= line.count || line[position] == UInt8(ascii: " ")
            let keyEnded = position >= key.count
            if lineEnded || keyEnded { return lineEnded && keyEnded ? 0 : (lineEnded ? -1 : 1) }
            if line[position] != key[position] { return line[position] < key[position] ? -1 : 1 }
            position += 1
        }
    }
}

extension WordNet {
    /// What was looked up, shared by every copy of one `WordNet` and safe
    /// from any thread. It grows with the words asked for, at most WordNet's
    /// 155 thousand lemmas.
    final class Memo: Sendable {
        struct Key: Hashable, Sendable {
            var word: String
            var pos: PartOfSpeech
        }

        let lemmas = Mutex<[Key: [String]]>([:])
        let synsets = Mutex<[Key: [Synset]]>([:])
    }
}
