/// One word of a parsed sentence: its tag, features, head and relation.
public struct SyntaxWord: Sendable, Hashable {
    /// The word as written.
    public var form: String
    /// Where the word is in the text it was split from (UTF-8 offsets), if it came from text.
    public var range: Range<Int>?
    /// Its UPOS tag.
    public var tag: UniversalTag
    /// Its Penn Treebank tag (XPOS), as the treebanks write it.
    public var pennTag: String
    /// Its morphological features.
    public var features: MorphologicalFeatures
    /// The index of its head in the sentence's words, or nil for the root.
    public var head: Int?
    /// Its relation to the head (`root` for the root).
    public var relation: DependencyRelation

    /// A word with every field given.
    public init(
        form: String, range: Range<Int>? = nil, tag: UniversalTag, pennTag: String,
        features: MorphologicalFeatures, head: Int?, relation: DependencyRelation
    ) {
        self.form = form
        self.range = range
        self.tag = tag
        self.pennTag = pennTag
        self.features = features
        self.head = head
        self.relation = relation
    }
}
