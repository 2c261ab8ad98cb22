/// The text of tokens: clauses, actions, head nouns, cue offsets.
extension SentenceAnalysis {
    // MARK: Text

    /// The clause from `index` up to the next boundary: punctuation that
    /// closes a clause, a conjunction before a new subject, or the end; at
    /// most ``longestClause`` tokens.
    func clauseEnd(from index: Int) -> Int {
        var cursor = index + 1
        while cursor < tokens.count, cursor - index < Self.longestClause {
            let token = tokens[cursor]
            if token.flags.contains(.punctuation), !StatementTagger.inClauseMarks.contains(token.mark) || bytes[token.start] == 0xE2,
                !isJoiningDash(token)
            {
                break
            }
            if token.classes.contains(.subordinator), token.key != K.that, cursor > index + 1 { break }
            if token.key == K.but { break }
            cursor += 1
        }
        return cursor
    }

    /// An en dash between two words with no space either side ("the
    /// Ecuador–Peru border") joins them; a spaced dash ends a clause.
    func isJoiningDash(_ token: Token) -> Bool {
        guard token.end - token.start == 3, bytes[token.start] == 0xE2, bytes[token.start + 1] == 0x80, bytes[token.start + 2] == 0x93,
            token.start > 0, token.end < bytes.count
        else { return false }
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        return isWordByte(bytes[token.start - 1]) && isWordByte(bytes[token.end])
    }

    /// Far beyond any clause of news prose. Without a bound, a run of words
    /// with no punctuation ("pledged to ... pledged to ...") makes each
    /// statement's action the rest of the run: output and stored text grow
    /// with the square of the run's length.
    static let longestClause = 60

    func actionText(from main: Int) -> String {
        text(from: main, to: clauseEnd(from: main))
    }

    func normalizedAction(from main: Int) -> String {
        let end = clauseEnd(from: main)
        let verb = lexicon.lemma(tokens[main].lemma) ?? text(from: main, to: main + 1).lowercased()
        var start = main + 1
        // Particles belong to the verb: "shut down", "pull out".
        var phrasal = verb
        if start < end, isParticle(tokens[start]) {
            phrasal += " " + text(from: start, to: start + 1).lowercased()
            start += 1
        }
        if let head = headNoun(from: start, to: end) { return phrasal + " " + head }
        return phrasal
    }

    func isParticle(_ token: Token) -> Bool {
        guard token.isWord, token.end - token.start <= 4 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
        return ["down", "up", "out", "off", "back", "away"].contains(word)
    }

    /// The last word of the first noun phrase in `start..<end`, lower-cased.
    func headNoun(from start: Int, to end: Int) -> String? {
        var head: Int?
        var cursor = start
        while cursor < end {
            let token = tokens[cursor]
            if token.classes.contains(.preposition) || token.classes.contains(.conjunction) || token.flags.contains(.punctuation) {
                if head != nil { break }
            } else if token.isWord,
                token.classes.isDisjoint(with: [.determiner, .adverb]) || token.classes.contains(.pronoun) && head == nil
            {
                if token.isVerbForm, head != nil, !token.classes.contains(.gerund) { break }
                head = cursor
            }
            cursor += 1
        }
        return head.map { text(from: $0, to: $0 + 1).lowercased() }
    }

    func text(from first: Int, to last: Int) -> String {
        guard first < last, first < tokens.count else { return "" }
        var end = min(last, tokens.count) - 1
        while end > first, tokens[end].flags.contains(.punctuation), tokens[end].mark != UInt8(ascii: "%") { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[end].end]), as: UTF8.self)
    }

    func matches(_ phrase: Lexicon.Phrase, at index: Int) -> Bool {
        guard index + phrase.keys.count <= tokens.count else { return false }
        for (offset, key) in phrase.keys.enumerated() where tokens[index + offset].key != key { return false }
        return true
    }

    // MARK: Offsets

    func cue(at index: Int, kind: String, rule: TaggingRule) -> Cue {
        cue(from: index, to: index + 1, kind: kind, rule: rule)
    }

    func cue(from first: Int, to last: Int, kind: String, rule: TaggingRule) -> Cue {
        let lastToken = max(first, min(last, tokens.count) - 1)
        let start = tokens[first].start
        let end = tokens[lastToken].end
        return Cue(
            kind: kind, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
            start: tokenStarts[first], end: tokenEnds[lastToken], rule: rule.rawValue)
    }
}
