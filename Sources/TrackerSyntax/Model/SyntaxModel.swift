public import Foundation

/// A trained tagger and parser: their tag set, relations and packed weights.
///
/// Read from the compact binary format written by `TrackerTraining`:
/// magic `TRKSYNTX`, a format version, the tag set, the relation list, the
/// tag dictionary, the word class lexicon, three weight tables (tags, transitions, labels), and an
/// FNV-1a checksum of everything before it.
public struct SyntaxModel: Sendable {
    /// The format version this build reads and writes.
    public static let formatVersion: UInt32 = 2
    static let magic = Array("TRKSYNTX".utf8)

    /// The tagger's classes: a UPOS tag and its Penn tag.
    package let tags: [(tag: UniversalTag, penn: String)]
    /// The labeller's classes.
    package let relations: [DependencyRelation]
    /// Frequent words that (nearly) always take one tag, by lower-case key.
    package let tagDictionary: [UInt64: UInt8]
    package let tagWeights: WeightTable
    package let transitionWeights: WeightTable
    package let labelWeights: WeightTable
    /// Open-class bits of dictionary words.
    package let lexicon: WordClassLexicon
    /// The labeller's class for `root`.
    let rootLabel: UInt8

    /// A model made of these parts (used by training).
    package init(
        tags: [(tag: UniversalTag, penn: String)], relations: [DependencyRelation], tagDictionary: [UInt64: UInt8],
        lexicon: WordClassLexicon, tagWeights: WeightTable, transitionWeights: WeightTable,
        labelWeights: WeightTable
    ) throws(SyntaxModelError) {
        guard !tags.isEmpty, tags.count <= 255, tagWeights.classCount == tags.count else { throw .corrupt("tag set of \(tags.count)") }
        guard relations.count <= 64, labelWeights.classCount == relations.count,
            let root = relations.firstIndex(of: .root)
        else { throw .corrupt("relation set of \(relations.count)") }
        guard transitionWeights.classCount == Transition.allCases.count else { throw .corrupt("transition table") }
        for value in tagDictionary.values where Int(value) >= tags.count { throw .corrupt("tag dictionary class \(value)") }
        self.tags = tags
        self.relations = relations
        self.tagDictionary = tagDictionary
        self.tagWeights = tagWeights
        self.transitionWeights = transitionWeights
        self.labelWeights = labelWeights
        self.lexicon = lexicon
        self.rootLabel = UInt8(root)
    }

    /// Reads a model from its bytes, checking magic, version, checksum and every count.
    public init(bytes: [UInt8]) throws(SyntaxModelError) {
        guard bytes.count >= 20, Array(bytes[0..<8]) == Self.magic else { throw .notAModel }
        var reader = ModelReader(bytes)
        reader.position = 8
        let version = try reader.uint32()
        guard version == Self.formatVersion else { throw .unsupportedVersion(version) }
        var sumReader = ModelReader(bytes)
        sumReader.position = bytes.count - 8
        let stored = try sumReader.uint64()
        guard FeatureHash.bytes(bytes[0..<(bytes.count - 8)]) == stored else { throw .corrupt("checksum does not match") }
        let tagCount = Int(try reader.uint32())
        guard tagCount <= 255 else { throw .corrupt("\(tagCount) tags") }
        var tags: [(tag: UniversalTag, penn: String)] = []
        for _ in 0..<tagCount {
            let name = try reader.string()
            guard let tag = UniversalTag(rawValue: name) else { throw .corrupt("unknown tag \(name)") }
            tags.append((tag, try reader.string()))
        }
        let relationCount = Int(try reader.uint32())
        guard relationCount <= 64 else { throw .corrupt("\(relationCount) relations") }
        var relations: [DependencyRelation] = []
        for _ in 0..<relationCount {
            let name = try reader.string()
            guard let relation = DependencyRelation(rawValue: name) else { throw .corrupt("unknown relation \(name)") }
            relations.append(relation)
        }
        let dictionaryCount = Int(try reader.uint32())
        guard dictionaryCount <= bytes.count / 12 else { throw .corrupt("tag dictionary of \(dictionaryCount)") }
        var dictionary: [UInt64: UInt8] = [:]
        for _ in 0..<dictionaryCount {
            let key = try reader.uint64()
            dictionary[key] = UInt8(truncatingIfNeeded: try reader.uint32())
        }
        let lexiconKeys = try reader.uint32Array()
        let lexiconClasses = Array(try reader.take(lexiconKeys.count))
        let lexicon = try WordClassLexicon(keys: lexiconKeys, classes: lexiconClasses)
        func table() throws(SyntaxModelError) -> WeightTable {
            let classCount = Int(try reader.uint32())
            let scale = try reader.float()
            guard scale.isFinite, scale > 0 else { throw .corrupt("weight scale \(scale)") }
            return try WeightTable(
                classCount: classCount, scale: scale, keys: try reader.uint32Array(),
                spans: try reader.uint32Array(), entries: try reader.uint32Array())
        }
        let tagWeights = try table(), transitionWeights = try table(), labelWeights = try table()
        guard reader.position == bytes.count - 8 else { throw .corrupt("\(bytes.count - 8 - reader.position) bytes left over") }
        try self.init(
            tags: tags, relations: relations, tagDictionary: dictionary, lexicon: lexicon,
            tagWeights: tagWeights, transitionWeights: transitionWeights, labelWeights: labelWeights)
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws(SyntaxModelError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing(url.path) }
        try self.init(bytes: [UInt8](data))
    }

    /// The model's bytes in the file format.
    package func serialized() -> [UInt8] {
        var writer = ModelWriter()
        writer.write(raw: Self.magic)
        writer.write(Self.formatVersion)
        writer.write(UInt32(tags.count))
        for (tag, penn) in tags { writer.write(tag.rawValue); writer.write(penn) }
        writer.write(UInt32(relations.count))
        for relation in relations { writer.write(relation.rawValue) }
        writer.write(UInt32(tagDictionary.count))
        for (key, value) in tagDictionary.sorted(by: { $0.key < $1.key }) { writer.write(key); writer.write(UInt32(value)) }
        writer.write(lexicon.keys)
        writer.write(raw: lexicon.classes)
        for table in [tagWeights, transitionWeights, labelWeights] {
            writer.write(UInt32(table.classCount)); writer.write(table.scale)
            writer.write(table.keys); writer.write(table.spans); writer.write(table.entries)
        }
        writer.write(FeatureHash.bytes(writer.bytes))
        return writer.bytes
    }

    /// The model bundled with the library, read once on first use.
    public static var bundled: SyntaxModel {
        get throws(SyntaxModelError) { try bundledResult.get() }
    }

    private static let bundledResult: Result<SyntaxModel, SyntaxModelError> = {
        guard let url = Bundle.module.url(forResource: "english", withExtension: "model") else {
            return .failure(.missing("english.model in the TrackerSyntax bundle"))
        }
        do throws(SyntaxModelError) { return .success(try SyntaxModel(contentsOf: url)) } catch { return .failure(error) }
    }()
}
