import TrackerSyntax

/// A sentence's dependency tree, read through the tagger's tokens: every
/// question is asked and answered in token indices, so the rules never see
/// the parser's own words.
///
/// The parser splits words as the English Web Treebank does ("long-term" is
/// three words, "U.S." one, "5%" two), the tokenizer a little differently.
/// Both keep UTF-8 offsets into the same bytes, so each token is mapped to
/// the words it overlaps: a token of several words stands for the one whose
/// head lies outside the token ("term" of "long-term"), several tokens of one
/// word ("Mr" and "." of "Mr.") all stand for it. Contractions are split the
/// same way by both ("wo" "n't"). Built once per sentence, only for sentences
/// a rule asks about (``SentenceAnalysis/syntax()``).
struct SentenceSyntax: Sendable {
    /// The tree over the parser's words.
    let tree: DependencyTree
    /// For each token, the word it stands for (nil: no word overlaps it).
    let wordOfToken: [Int?]
    /// For each word, the token that stands for it (nil: none does).
    let tokenOfWord: [Int?]

    /// The parse of tokens given by their UTF-8 ranges in `bytes`, for the sentence `bytes[range]`.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, tokenRanges: [Range<Int>], analyzer: SyntaxAnalyzer) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        self.init(tree: analyzer.parse(sentence: text, base: range.lowerBound), tokenRanges: tokenRanges)
    }

    /// The mapping of `tokenRanges` onto a tree whose words carry UTF-8 ranges in the same bytes.
    init(tree: DependencyTree, tokenRanges: [Range<Int>]) {
        self.tree = tree
        let words = tree.words
        var wordOfToken = [Int?](repeating: nil, count: tokenRanges.count)
        var tokenOfWord = [Int?](repeating: nil, count: words.count)
        var firstWord = 0
        for (token, range) in tokenRanges.enumerated() {
            // Words and tokens both run left to right: start from the first word that may still overlap.
            while firstWord < words.count, let wordRange = words[firstWord].range, wordRange.upperBound <= range.lowerBound {
                firstWord += 1
            }
            var inside: [Int] = []
            var word = firstWord
            while word < words.count, let wordRange = words[word].range, wordRange.lowerBound < range.upperBound {
                if wordRange.overlaps(range) { inside.append(word) }
                word += 1
            }
            guard let first = inside.first else { continue }
            // The word of the token whose head is outside it: the token's own head word.
            let head = inside.first { index in words[index].head.map { !inside.contains($0) } ?? true } ?? first
            wordOfToken[token] = head
            for index in inside where tokenOfWord[index] == nil { tokenOfWord[index] = token }
        }
        self.wordOfToken = wordOfToken
        self.tokenOfWord = tokenOfWord
    }

    // MARK: One token

    /// The token's part of speech (UPOS), if a word stands for it.
    func tag(_ token: Int) -> UniversalTag? { wordOfToken[token].map { tree.words[$0].tag } }

    /// The token's Penn tag (VBD, VBN, MD ...), if a word stands for it.
    func pennTag(_ token: Int) -> String? { wordOfToken[token].map { tree.words[$0].pennTag } }

    /// The token's relation to its head, if a word stands for it.
    func relation(_ token: Int) -> DependencyRelation? { wordOfToken[token].map { tree.words[$0].relation } }

    /// The token's head, as a token; nil for the root or a head no token stands for.
    func head(of token: Int) -> Int? {
        guard let word = wordOfToken[token], let head = tree.words[word].head else { return nil }
        // A head inside the same token ("long-term"'s parts) is no head of the token.
        let headToken = tokenOfWord[head]
        return headToken == token ? nil : headToken
    }

    /// Whether `token` is the root of the sentence's tree.
    func isRoot(_ token: Int) -> Bool {
        wordOfToken[token].map { tree.words[$0].head == nil } ?? false
    }

    /// The relation as explanations write it: `nsubj(pledged, Iran)`.
    func describe(_ token: Int) -> String? { wordOfToken[token].map { tree.describe($0) } }

    // MARK: Dependents

    /// The tokens that depend on `token`, in order.
    func children(of token: Int) -> [Int] {
        guard let word = wordOfToken[token] else { return [] }
        var result: [Int] = []
        for (index, candidate) in tree.words.enumerated() where candidate.head == word {
            if let child = tokenOfWord[index], child != token, !result.contains(child) { result.append(child) }
        }
        return result
    }

    /// The tokens that depend on `token` with one of `relations`, in order.
    func children(of token: Int, _ relations: Set<DependencyRelation>) -> [Int] {
        children(of: token).filter { child in relation(child).map(relations.contains) ?? false }
    }

    /// The first dependent of `token` with one of `relations`.
    func child(of token: Int, _ relations: Set<DependencyRelation>) -> Int? {
        children(of: token, relations).first
    }

    /// The subject of a predicate (active or passive, `nsubj`, `nsubj:pass`, `csubj`);
    /// for a verb with none of its own, a shared subject: of the verb it is
    /// conjoined to ("will meet and sign"), or the controller of an `xcomp`
    /// ("Iran pledged to withdraw": Iran).
    func subject(of token: Int) -> Int? {
        var current = token
        for _ in 0..<8 {
            if let own = child(of: current, Self.subjects) { return own }
            guard let relation = relation(current), relation == .conj || relation == .xcomp, let up = head(of: current) else { return nil }
            // A controlled complement takes its head's object when there is one ("asked Iran to stop").
            if relation == .xcomp, let object = child(of: up, [.obj, .iobj]) { return object }
            current = up
        }
        return nil
    }

    /// The clausal complement of a verb (`xcomp` first, then `ccomp`): "pledged to withdraw" → withdraw.
    /// With neither, an infinitive reached through the verb's phrases: the
    /// parser often hangs "to withdraw" off the last noun of a phrase between
    /// ("pledged at the talks on Tuesday to withdraw": `acl(talks, withdraw)`).
    func complement(of token: Int) -> Int? {
        child(of: token, [.xcomp]) ?? child(of: token, [.ccomp]) ?? infinitive(under: token)
    }

    /// The first `to`-infinitive below `token` through nominal phrases only
    /// (`obl`, `nmod`, `obl:unmarked`, then `acl` or `advcl`), no other verb between.
    func infinitive(under token: Int) -> Int? {
        var frontier = children(of: token, [.obl, .oblUnmarked, .advcl, .obj])
        var seen: Set<Int> = []
        while !frontier.isEmpty {
            let next = frontier.removeFirst()
            guard seen.insert(next).inserted, next > token else { continue }
            let relation = relation(next)
            if (relation == .acl || relation == .advcl), hasToMark(next) { return next }
            if relation == .advcl { continue }
            if tag(next) == .noun || tag(next) == .propn || tag(next) == .num {
                frontier += children(of: next, [.nmod, .obl, .oblUnmarked, .nmodUnmarked, .acl, .advcl, .appos])
            }
        }
        return nil
    }

    /// Whether a verb has "to" as its `mark` (an infinitive clause).
    func hasToMark(_ token: Int) -> Bool {
        children(of: token, [.mark]).contains { mark in
            wordOfToken[mark].map { tree.words[$0].form.lowercased() == "to" } ?? false
        }
    }

    /// The complements below `token`, followed down a chain: "plans to begin to withdraw" → begin, withdraw.
    func complementChain(of token: Int) -> [Int] {
        var chain: [Int] = []
        var current = token
        while let next = complement(of: current), !chain.contains(next), next != token {
            chain.append(next)
            current = next
        }
        return chain
    }

    /// Whether the predicate is passive: a passive auxiliary or passive subject.
    func isPassive(_ token: Int) -> Bool {
        child(of: token, [.auxPass, .nsubjPass, .csubjPass]) != nil
    }

    /// The agent of a passive predicate ("was signed by Peru": Peru).
    func agent(of token: Int) -> Int? { child(of: token, [.oblAgent]) }

    /// The tokens coordinated with `token` ("Norway, Chile and Kenya": each
    /// of the others), wherever `token` sits in the coordination.
    func conjuncts(of token: Int) -> [Int] {
        var first = token
        if relation(token) == .conj, let head = head(of: token) { first = head }
        var all = [first]
        var cursor = 0
        while cursor < all.count {
            for next in children(of: all[cursor], [.conj]) where !all.contains(next) { all.append(next) }
            cursor += 1
        }
        return all.filter { $0 != token }.sorted()
    }

    /// The auxiliaries of a predicate (`aux`, `aux:pass`, `cop`), in order.
    func auxiliaries(of token: Int) -> [Int] { children(of: token, [.aux, .auxPass, .cop]) }

    /// A negation attached to the predicate: "not", "n't", "never" as `advmod`
    /// (or the parser's `neg`-like reading of them), nil when there is none.
    func negation(of token: Int) -> Int? {
        children(of: token).first { child in
            guard let word = wordOfToken[child] else { return false }
            let syntaxWord = tree.words[word]
            return syntaxWord.features.isNegative
                && (syntaxWord.relation == .advmod || syntaxWord.relation == .aux
                    || syntaxWord.relation == .det && syntaxWord.tag == .part)
        }
    }

    /// The tokens of the subtree of `token` (itself included), in order.
    func subtree(of token: Int) -> [Int] {
        guard let word = wordOfToken[token] else { return [token] }
        var inside = [Bool](repeating: false, count: tree.words.count)
        for index in tree.subtree(of: word) { inside[index] = true }
        // Every token of a word inside ("Mr" and "." of "Mr.").
        return wordOfToken.indices.filter { wordOfToken[$0].map { inside[$0] } ?? false }
    }

    /// Whether `token` lies under `ancestor` (or is it).
    func dominates(_ ancestor: Int, _ token: Int) -> Bool {
        guard let top = wordOfToken[ancestor], var word = wordOfToken[token] else { return false }
        for _ in 0..<tree.words.count {
            if word == top { return true }
            guard let head = tree.words[word].head else { return false }
            word = head
        }
        return false
    }

    static let subjects: Set<DependencyRelation> = [.nsubj, .nsubjPass, .csubj, .csubjPass]

    // MARK: The analyser

    /// The bundled English model, read once per process. It is part of the
    /// build, not input: an analysis without it would tag silently otherwise,
    /// so a missing or broken model stops with the reason (as ``BundledData`` does).
    static let analyzer: SyntaxAnalyzer = {
        do throws(SyntaxModelError) {
            return try SyntaxAnalyzer.english
        } catch {
            fatalError("the syntax model could not be read: \(error) (the build is broken; run 'swift test --filter SyntaxModelTests')")
        }
    }()
}
