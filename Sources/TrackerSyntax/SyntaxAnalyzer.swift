/// Tags and parses sentences with a ``SyntaxModel``: the library's entry point.
///
/// Give it a sentence's words (the analysis's tokens) or its text; it gives
/// back a ``DependencyTree``. Values are `Sendable` and the analyser holds no
/// mutable state, so one instance serves every thread.
public struct SyntaxAnalyzer: Sendable {
    /// The model it uses.
    public let model: SyntaxModel
    /// The splitter for raw text.
    public let splitter = WordSplitter()

    /// An analyser using `model`.
    public init(model: SyntaxModel) { self.model = model }

    /// An analyser with the bundled English model (read once per process).
    public static var english: SyntaxAnalyzer {
        get throws(SyntaxModelError) { SyntaxAnalyzer(model: try .bundled) }
    }

    /// The tree of a sentence given as words (and optionally their places in the text).
    public func parse(words: [String], ranges: [Range<Int>]? = nil) -> DependencyTree {
        guard !words.isEmpty else { return DependencyTree(words: []) }
        let keys = words.map { WordKeys($0, lexicon: model.lexicon) }
        return keys.withUnsafeBufferPointer { keys in
            let classes = model.tagClasses(keys)
            let state = classes.withUnsafeBufferPointer { model.parse(keys, tags: $0) }
            return tree(words, ranges: ranges, classes: classes, state: state)
        }
    }

    /// The tags of a sentence given as words, without parsing.
    public func tag(words: [String]) -> [(tag: UniversalTag, penn: String)] {
        let keys = words.map { WordKeys($0, lexicon: model.lexicon) }
        return keys.withUnsafeBufferPointer { model.tagClasses($0) }.map { model.tags[Int($0)] }
    }

    /// The tree of a sentence's text, split into words first; ranges are UTF-8 offsets plus `base`.
    public func parse(sentence text: String, base: Int = 0) -> DependencyTree {
        let split = splitter.words(in: text, base: base)
        return parse(words: split.map(\.form), ranges: split.map(\.range))
    }

    private func tree(_ words: [String], ranges: [Range<Int>]?, classes: [UInt8], state: ParseState) -> DependencyTree {
        var result: [SyntaxWord] = []
        result.reserveCapacity(words.count)
        for i in words.indices {
            let (tag, penn) = model.tags[Int(classes[i])]
            let head = Int(state.heads[i])
            var features = MorphologicalFeatures(pennTag: penn, word: words[i], upos: tag)
            if penn == "VB", Self.isImperative(i, classes: classes, model: model) { features.verbForm = .fin; features.mood = .imp }
            result.append(
                SyntaxWord(
                    form: words[i], range: ranges?[i], tag: tag, pennTag: penn, features: features,
                    head: head == words.count || head < 0 ? nil : head,
                    relation: model.relations[Int(state.labels[i])]))
        }
        Self.markPassiveAgents(&result)
        return DependencyTree(words: result)
    }

    /// UD's definition of `obl:agent`, applied after parsing: an `obl` introduced
    /// by "by" under a past participle that has a passive auxiliary or passive
    /// subject. The treebanks hold only about 60 agents, too few for the label
    /// model to learn (on EWT test it found 4 of 36 agents without this step, 14 with it). A
    /// measure ("reduced by 45 percent") has a number and is no agent.
    static func markPassiveAgents(_ words: inout [SyntaxWord]) {
        var hasBy = [Bool](repeating: false, count: words.count)
        var counted = [Bool](repeating: false, count: words.count)
        var isPassive = [Bool](repeating: false, count: words.count)
        for word in words {
            guard let head = word.head else { continue }
            if word.relation == .case, word.form == "by" || word.form == "By" { hasBy[head] = true }
            if word.relation == .nummod { counted[head] = true }
            if word.relation == .auxPass || word.relation == .nsubjPass { isPassive[head] = true }
        }
        for i in words.indices where words[i].relation == .obl && hasBy[i] && !counted[i] && words[i].tag != .num {
            if let head = words[i].head, isPassive[head], words[head].pennTag == "VBN" { words[i].relation = .oblAgent }
        }
    }

    /// A base-form verb that opens the sentence (after quotes or brackets) is an imperative.
    private static func isImperative(_ i: Int, classes: [UInt8], model: SyntaxModel) -> Bool {
        for k in 0..<i where model.tags[Int(classes[k])].tag != .punct { return false }
        return true
    }
}
