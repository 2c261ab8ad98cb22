/// Who is bound, who says it, about whom: fills each statement's holder,
/// source and targets from the sentence's resolved actor mentions.
extension SentenceAnalysis {
    mutating func assignRoles() {
        guard !statements.isEmpty else { return }
        var reportedSource: ActorMention?
        for index in statements.indices where statements[index].kind == .claim {
            var found = source(of: statements[index])
            // "... said ..., but added: ...": a reporting verb with no subject of its own.
            if found == nil, statements[index].rules.first == TaggingRule.reportedSpeech.rawValue,
               let anchor = anchorToken(of: statements[index]), let group = group(at: anchor), subjectRange(of: group).isEmpty {
                found = reportedSource
            }
            if let source = found {
                statements[index].source = source
                if statements[index].rules.first == TaggingRule.reportedSpeech.rawValue
                    || statements[index].rules.first == TaggingRule.accordingTo.rawValue {
                    reportedSource = reportedSource ?? source
                }
            }
        }
        for index in statements.indices where statements[index].kind != .claim {
            statements[index].source = reportedSource
            // A hedge over the whole sentence ("it is not clear", "if") binds no one.
            if statements[index].kind == .uncertainty,
               [TaggingRule.hedgeWord.rawValue, TaggingRule.conditional.rawValue].contains(statements[index].rules.first ?? "") { continue }
            guard let anchor = anchorToken(of: statements[index]) else { continue }
            let holders = holders(at: anchor, kind: statements[index].kind)
            statements[index].holder = holders.first
            statements[index].holders = holders.count > 1 ? holders : []
            statements[index].targets = targets(after: anchor, excluding: Set(holders.compactMap(\.id)))
        }
    }

    /// The token of a statement's deciding cue (its verb, frame or noun).
    func anchorToken(of statement: Statement) -> Int? {
        let cue = statement.cues.last { $0.kind == statement.kind.rawValue || $0.kind == "claim" || $0.kind == "hedge" && statement.kind == .uncertainty }
            ?? statement.cues.last
        guard let cue else { return nil }
        return token(startingAt: cue.start)
    }

    /// The group a token belongs to (as main verb, modal or frame).
    func group(at token: Int) -> VerbGroup? {
        groups.first { $0.main == token || $0.frameIndex == token || $0.modalIndex == token || ($0.first...$0.main).contains(token) }
    }

    /// The actors of the subject of the statement at `anchor`: the first noun
    /// phrase's actors (the head is the last of them), or both actors of
    /// "both countries". A passive names its holder after "by".
    func holders(at anchor: Int, kind: StatementKind) -> [ActorMention] {
        var subject: Range<Int>
        if let group = group(at: anchor) {
            if group.hasBe, tokens[group.main].classes.contains(.participle), kind == .achievement, !group.isInfinitive {
                if let agent = agentAfterBy(group.main) { return [agent] }
                return []
            }
            subject = subjectRange(of: group)
            // "China appears to have built": the infinitive's subject is its governor's.
            if group.isInfinitive, let governor = groups.last(where: { $0.main < group.first && !$0.isInfinitive }) {
                subject = subjectRange(of: governor)
            }
        } else {
            // A commitment noun: "North Korea has not made any commitment": the
            // subject of the verb before it.
            let governing = groups.last { $0.main < anchor }
            subject = governing.map { subjectRange(of: $0) } ?? 0..<anchor
        }
        var inSubject = mentions.filter { $0.tokens.lowerBound >= subject.lowerBound && $0.tokens.upperBound <= subject.upperBound && $0.via != .demonym }
        if inSubject.isEmpty {
            // "Ukrainian troops crossed the border", "the South Korean defence ministry said": the state.
            inSubject = mentions.filter { $0.tokens.lowerBound >= subject.lowerBound && $0.tokens.upperBound <= subject.upperBound }
        }
        if inSubject.isEmpty { return [] }
        let pair = inSubject.filter { $0.via == .pair }
        if !pair.isEmpty { return pair.map(\.mention) }
        // "Both North Korea and the US": coordinated names are all holders.
        // (A preposition inside a name, "Organization of American States", does not end the head.)
        let firstPreposition = subject.first { index in
            tokens[index].classes.contains(.preposition) && index > subject.lowerBound && !inSubject.contains { $0.tokens.contains(index) }
        } ?? subject.upperBound
        let head = inSubject.filter { $0.tokens.upperBound <= firstPreposition }
        guard let last = head.last else { return [] }
        let coordinated = head.count > 1 && head.dropLast().allSatisfy { item in
            (item.tokens.upperBound..<last.tokens.lowerBound).contains { tokens[$0].key == K.and }
        } && !head.contains { $0.via == .pronoun && $0.kind == .person && tokens[$0.tokens.lowerBound].classes.contains(.determiner) }
        return coordinated ? head.map(\.mention) : [last.mention]
    }

    func agentAfterBy(_ verb: Int) -> ActorMention? {
        let end = clauseEnd(from: verb)
        guard let by = (verb..<end).first(where: { tokens[$0].key == K.by }) else { return nil }
        return mentions.first { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 3 && $0.via != .demonym }?.mention
    }

    /// Who says a claim: the subject of its reporting verb, the actor after
    /// "according to", or the publication for "our correspondent".
    func source(of statement: Statement) -> ActorMention? {
        guard let anchor = anchorToken(of: statement) else { return nil }
        if statement.rules.first == TaggingRule.accordingTo.rawValue {
            return mentions.first { $0.tokens.lowerBound > anchor && $0.tokens.lowerBound <= anchor + 4 }?.mention
        }
        guard statement.rules.first == TaggingRule.reportedSpeech.rawValue, let group = group(at: anchor) else { return nil }
        let subject = subjectRange(of: group)
        if let found = holders(at: anchor, kind: .claim).last { return found }
        // "our correspondent adds": the publication speaks.
        let words = subject.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[$0].start..<tokens[$0].end]), as: UTF8.self).lowercased() }
        if words.contains("our"), words.contains(where: { ["correspondent", "reporter", "editor", "analyst"].contains($0) }) {
            let first = subject.lowerBound
            let last = subject.upperBound - 1
            return ActorMention(actor: publication ?? "the publication", mention: text(from: first, to: last + 1),
                                start: tokenStarts[first], end: tokenEnds[last],
                                id: publication.map(ActorDictionary.slug) ?? "publication", kind: .organisation)
        }
        return nil
    }

    /// Actors the action is about: "keep pressure and sanctions on North Korea".
    func targets(after anchor: Int, excluding holders: Set<String>) -> [ActorMention] {
        let end = clauseEnd(from: anchor)
        var seen = holders
        var result: [ActorMention] = []
        for item in mentions where item.tokens.lowerBound > anchor && item.tokens.upperBound <= end && item.via != .demonym {
            guard let id = item.mention.id, !seen.contains(id) else { continue }
            seen.insert(id)
            result.append(item.mention)
        }
        return result
    }
}
