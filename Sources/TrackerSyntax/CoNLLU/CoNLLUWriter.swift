/// Writes sentences as CoNLL-U text: comments, multiword tokens before their
/// first word, ten columns a word, a blank line after each sentence.
public struct CoNLLUWriter: Sendable {
    /// A writer.
    public init() {}

    /// The CoNLL-U text of `sentences`.
    public func text(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences { write(sentence, to: &out) }
        return out
    }

    /// Appends one sentence's lines to `out`.
    public func write(_ sentence: CoNLLUSentence, to out: inout String) {
        for comment in sentence.comments { out += "# \(Self.clean(comment))\n" }
        var tokens = sentence.multiwordTokens[...]
        for word in sentence.words {
            while let token = tokens.first, token.first == word.id {
                out += "\(token.first)-\(token.last)\t\(Self.field(token.form))\t_\t_\t_\t_\t_\t_\t_\t\(Self.field(token.misc))\n"
                tokens = tokens.dropFirst()
            }
            let columns = [
                String(word.id), word.form, word.lemma, word.upos, word.xpos, word.feats,
                String(word.head), word.deprel, word.deps, word.misc,
            ]
            out += columns.map(Self.field).joined(separator: "\t")
            out += "\n"
        }
        out += "\n"
    }

    /// A tree as a CoNLL-U sentence (no lemmas); `SpaceAfter=No` where the text had none.
    public func sentence(_ tree: DependencyTree, text: String? = nil, id: String? = nil) -> CoNLLUSentence {
        var comments: [String] = []
        if let id { comments.append("sent_id = \(id)") }
        if let text { comments.append("text = \(text)") }
        let words = tree.words.enumerated().map { k, word in
            let next = k + 1 < tree.words.count ? tree.words[k + 1].range : nil
            let tight = word.range != nil && next != nil && word.range!.upperBound == next!.lowerBound
            return CoNLLUSentence.Word(
                id: k + 1, form: word.form, upos: word.tag.rawValue, xpos: word.pennTag,
                feats: word.features.conllu, head: word.head.map { $0 + 1 } ?? 0,
                deprel: word.relation.rawValue, misc: tight ? "SpaceAfter=No" : "_")
        }
        return CoNLLUSentence(comments: comments, words: words)
    }

    /// A column value: tabs and line breaks (which would break the format) become spaces; empty becomes `_`.
    static func field(_ value: String) -> String {
        if value.isEmpty { return "_" }
        return value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) ? clean(value) : value
    }

    static func clean(_ value: String) -> String {
        String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
