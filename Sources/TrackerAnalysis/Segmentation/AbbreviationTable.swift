/// The words the segmenter consults at a full stop, keyed without allocation:
/// a word's first eight lower-cased ASCII bytes and its length.
public struct AbbreviationTable: Sendable {
    /// How an abbreviation behaves before the next word (see `Resources/abbreviations.tsv`).
    public enum WordClass: String, Sendable, CaseIterable {
        case title
        case beforeNumber = "before-number"
        case final
        case latin
        case opener
    }

    struct Key: Hashable {
        var prefix: UInt64
        var length: Int
    }

    private var classes: [Key: WordClass] = [:]
    private var openers: Set<Key> = []

    /// A table of these words and their classes (words without their final full stop).
    public init(entries: [(word: String, wordClass: WordClass)]) {
        for (word, wordClass) in entries {
            let bytes = Array(word.lowercased().utf8)
            guard let key = Self.key(bytes[...]) else { continue }
            if wordClass == .opener {
                openers.insert(key)
            } else {
                classes[key] = wordClass
            }
        }
    }

    /// The table bundled with the library (`Resources/abbreviations.tsv`).
    public static let standard: AbbreviationTable = BundledData.load { () throws(RuleFileError) in try bundled() }

    /// The bundled table (`Resources/abbreviations.tsv`), reporting a malformed line.
    public static func bundled() throws(RuleFileError) -> AbbreviationTable {
        AbbreviationTable(
            entries: try parse(
                String(decoding: PackageResources.abbreviations_tsv, as: UTF8.self),
                path: "abbreviations.tsv"))
    }

    /// Reads `word<TAB>class` lines; `#` starts a comment line.
    public static func parse(_ text: String, path: String) throws(RuleFileError) -> [(word: String, wordClass: WordClass)] {
        var entries: [(String, WordClass)] = []
        for row in DataFile.rows(text) {
            guard row.fields.count == 2, let wordClass = WordClass(rawValue: row.fields[1]) else {
                throw RuleFileError(path: path, line: row.line, message: "expected 'word<TAB>class'")
            }
            entries.append((row.fields[0], wordClass))
        }
        return entries
    }

    /// The class of the lower-cased word in `bytes`, if listed.
    func wordClass(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> WordClass? {
        guard let key = Self.key(bytes) else { return nil }
        return classes[key]
    }

    func isOpener(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let key = Self.key(bytes) else { return false }
        return openers.contains(key)
    }

    static func key<C: Collection>(_ bytes: C) -> Key? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 12 else { return nil }
        var prefix: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes.prefix(8) {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            prefix |= UInt64(lower) << shift
            shift += 8
        }
        return Key(prefix: prefix, length: bytes.count)
    }
}
