/// One sentence of a CoNLL-U file: its comment lines, words and multiword tokens.
///
/// Empty nodes (ids like `8.1`, the enhanced graph's) are not kept.
public struct CoNLLUSentence: Sendable, Hashable {
    /// One word line's ten columns (`_` where empty).
    public struct Word: Sendable, Hashable {
        /// The word's 1-based position in the sentence.
        public var id: Int
        /// The word as written.
        public var form: String
        /// Its dictionary form.
        public var lemma: String
        /// Its universal part of speech.
        public var upos: String
        /// Its treebank-specific part of speech.
        public var xpos: String
        /// Its morphological features (`Tense=Past|VerbForm=Fin`).
        public var feats: String
        /// The head's id (0 for the root).
        public var head: Int
        /// Its relation to the head.
        public var deprel: String
        /// The enhanced graph's arcs, kept as written.
        public var deps: String
        /// Anything else (`SpaceAfter=No`).
        public var misc: String

        /// A word with every column given.
        public init(
            id: Int, form: String, lemma: String = "_", upos: String, xpos: String = "_", feats: String = "_",
            head: Int, deprel: String, deps: String = "_", misc: String = "_"
        ) {
            self.id = id; self.form = form; self.lemma = lemma; self.upos = upos; self.xpos = xpos
            self.feats = feats; self.head = head; self.deprel = deprel; self.deps = deps; self.misc = misc
        }
    }

    /// A multiword token's line (`1-2  don't`), which stands before its first word.
    public struct MultiwordToken: Sendable, Hashable {
        /// The first word the token covers.
        public var first: Int
        /// The last word the token covers.
        public var last: Int
        /// The token as written.
        public var form: String
        /// Anything else (`SpaceAfter=No`).
        public var misc: String

        /// A token covering words `first` to `last`.
        public init(first: Int, last: Int, form: String, misc: String = "_") {
            self.first = first; self.last = last; self.form = form; self.misc = misc
        }
    }

    /// Comment lines without their `# `.
    public var comments: [String]
    /// The sentence's words in order.
    public var words: [Word]
    /// Its multiword tokens, each before its first word.
    public var multiwordTokens: [MultiwordToken]
    /// The line of the file where the sentence starts (1-based), for messages.
    public var line: Int

    /// A sentence of these parts.
    public init(comments: [String] = [], words: [Word], multiwordTokens: [MultiwordToken] = [], line: Int = 0) {
        self.comments = comments; self.words = words; self.multiwordTokens = multiwordTokens; self.line = line
    }

    /// The sentence as a tree with the gold tags and relations.
    public var tree: DependencyTree {
        DependencyTree(
            words: words.map { word in
                let tag = UniversalTag(rawValue: word.upos) ?? .x
                return SyntaxWord(
                    form: word.form, tag: tag, pennTag: word.xpos,
                    features: MorphologicalFeatures(pennTag: word.xpos, word: word.form, upos: tag),
                    head: word.head == 0 ? nil : word.head - 1, relation: DependencyRelation(label: word.deprel))
            })
    }
}
