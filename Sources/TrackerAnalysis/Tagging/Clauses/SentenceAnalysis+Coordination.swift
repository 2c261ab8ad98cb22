/// Coordinated objects and verbs: one statement for each.
extension SentenceAnalysis {
    // MARK: Coordination

    /// "dismantled a site and a facility", "halt development or shut down its
    /// bases": one more statement for each coordinated object or verb.
    mutating func coordinatedActions(after groupIndex: Int, kind: StatementKind, template: Int) {
        guard template >= 0, template < statements.count else { return }
        let group = groups[groupIndex]
        var cursor = group.main + 1
        let end = clauseEnd(from: group.main)
        var objectStart = cursor
        while cursor < end {
            let token = tokens[cursor]
            if token.key == K.and || token.key == K.or {
                let next = cursor + 1
                guard next < end else { break }
                if let coordinated = groups.firstIndex(where: { $0.first == next || $0.main == next }) {
                    // A coordinated verb: "or shut down its bases".
                    if groups[coordinated].modal.isEmpty, !groups[coordinated].hasHave || kind == .achievement {
                        consume(coordinated)
                        // The first action ends where the second verb's conjunction begins.
                        statements[template].action = text(from: group.main, to: cursor)
                        var copy = statements[template]
                        copy.action = actionText(from: groups[coordinated].main)
                        copy.normalizedAction = normalizedAction(from: groups[coordinated].main)
                        statements.append(copy)
                    }
                    break
                }
                // A coordinated object: "a site and a key facility" (not inside a
                // phrase: "in the provinces of Zamora and Morona" is one place).
                let insidePhrase = (objectStart..<cursor).contains { tokens[$0].classes.contains(.preposition) }
                if objectStart < cursor, !insidePhrase, tokens[next].isWord,
                    !tokens[next].isVerbForm || tokens[next].classes.contains(.determiner)
                {
                    var copy = statements[template]
                    let verb = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[tokens[group.main].start..<tokens[group.main].end]), as: UTF8.self)
                    let object = text(from: next, to: end)
                    copy.action = verb + " " + object
                    copy.normalizedAction =
                        (lexicon.lemma(tokens[group.main].lemma) ?? verb.lowercased())
                        + (headNoun(from: next, to: end).map { " " + $0 } ?? "")
                    statements[template].action = text(from: group.main, to: cursor)
                    statements.append(copy)
                    objectStart = next
                }
                break
            }
            cursor += 1
        }
    }
}
