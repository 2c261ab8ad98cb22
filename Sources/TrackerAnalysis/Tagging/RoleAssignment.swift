/// Who is bound, who says it, about whom: fills each statement's holder,
/// source and targets from the sentence's resolved actor mentions.
extension SentenceAnalysis {
    mutating func assignRoles() {
        guard !statements.isEmpty else { return }
        // Holders and sources are read from the tree first (``treeHolders(at:kind:)``).
        if parsed == nil { _ = syntax() }
        // Each statement's kind, cues and rule are read into locals before a
        // call: passed straight out of `statements[index]`, they made the
        // compiler copy the whole analysis for every call.
        var reportedSource: ActorMention?
        for index in statements.indices where statements[index].kind == .claim {
            let kind = statements[index].kind
            let cues = statements[index].cues
            let rule = statements[index].rules.first?.rawValue
            var found = source(kind: kind, cues: cues, rule: rule)
            // "... said ..., but added: ...": a reporting verb with no subject of its own.
            if found == nil, rule == TaggingRule.reportedSpeech.rawValue,
                let anchor = anchorToken(kind: kind, cues: cues), let group = group(at: anchor), subjectRange(of: group).isEmpty
            {
                found = reportedSource
            }
            if let source = found {
                statements[index].source = source
                statements[index].rules += sourceRules(source, anchor: anchorToken(kind: kind, cues: cues))
                if rule == TaggingRule.reportedSpeech.rawValue || rule == TaggingRule.accordingTo.rawValue {
                    reportedSource = reportedSource ?? source
                }
            }
        }
        // What a reported clause asserts ("Trump said he was looking forward to
        // the talks") is said by the one who reports it.
        // Failing one, a clause that complements another verb is said by that verb's
        // subject ("He concluded that ...": rule `source.governing-verb-subject`).
        for index in statements.indices where statements[index].kind == .claim && statements[index].source == nil {
            statements[index].source = reportedSource
            if reportedSource == nil, let anchor = anchorToken(kind: .claim, cues: statements[index].cues),
                let speaker = governingSpeaker(at: anchor)
            {
                statements[index].source = speaker
                statements[index].rules.append(Self.governingSpeakerRule)
            }
        }
        for index in statements.indices where statements[index].kind != .claim {
            statements[index].source = reportedSource
            let kind = statements[index].kind
            let cues = statements[index].cues
            let rule = statements[index].rules.first?.rawValue ?? ""
            guard var anchor = anchorToken(kind: kind, cues: cues) else { continue }
            if kind == .uncertainty {
                if rule == TaggingRule.conditional.rawValue { continue }
                if rule == TaggingRule.hedgeWord.rawValue {
                    // "An Ipsos poll suggests ...": a hedging verb outside any group; its subject says it.
                    if tokens[anchor].isVerbForm, tokens[anchor].classes.contains(.hedgeVerb), group(at: anchor) == nil {
                        let subject = subjectRange(of: VerbGroup(first: anchor, main: anchor, last: anchor))
                        if statements[index].source == nil {
                            let speaker = unnamedGroupSubject(at: anchor) ?? actors(inSubject: subject).last
                            statements[index].source = speaker
                        }
                        continue
                    }
                    // "ExxonMobil allegedly played down ...": a hedging adverb right
                    // before or inside a verb group hedges that group's action; any
                    // other hedge word ("it is not clear", "whether") binds no one.
                    guard !tokens[anchor].isVerbForm,
                        let group = groups.first(where: { $0.first == anchor + 1 || ($0.first..<$0.main).contains(anchor) }),
                        !group.isInfinitive
                    else { continue }
                    anchor = group.main
                }
                // "An Ipsos poll suggests ...", "Goldman expects ...": the one who
                // believes or suggests is a source, not a holder.
                if rule == TaggingRule.hedgeVerb.rawValue || rule == TaggingRule.cognition.rawValue,
                    let group = group(at: anchor), isOpinionVerb(group)
                {
                    if statements[index].source == nil {
                        let believer = unnamedGroupSubject(at: anchor) ?? holders(at: anchor, kind: .claim).last
                        statements[index].source = believer
                    }
                    continue
                }
            }
            // "Volvo, which lost money last year, will close two plants": the actor the
            // relative clause describes is bound, not one inside the clause.
            var holders: [ActorMention]
            if let described = relativeClauseHolder(at: anchor, kind: kind) {
                holders = [described]
                statements[index].rules.append(Self.relativeClauseHolderRule)
            } else if let reporter = reportedPronounHolder(at: anchor, kind: kind) {
                // "Kestrel Health said it would ...": the one who reports it.
                holders = [reporter]
                statements[index].rules.append(Self.reportedPronounRule)
            } else if reportedSource != nil, hasFirstPersonTreeSubject(at: anchor) {
                // A quoted "we" whose speaker is known: the speaker's side, below.
                holders = []
            } else {
                holders = self.holders(at: anchor, kind: kind)
            }
            // "“We will not sign ...,” said the minister": the speaker's side.
            if holders.isEmpty, let pronoun = firstPersonSubject(at: anchor), let speaker = reportedSource {
                holders = [speakerActor(speaker, for: pronoun)]
            }
            // "The government says unions will be consulted", "The bridge will be paid for
            // from the road budget, Chile said": a passive commitment with no agent binds
            // the one who announces it (a person's state or organisation for them). Not an
            // active one whose subject names no one ("the courts would decide", "the
            // Rotterdam-based firm will replace"): its subject is bound, named or not.
            // (Never the publication: "our correspondent adds" reports, and binds no one.)
            if holders.isEmpty, kind == .commitment, let speaker = reportedSource, !isPublication(speaker), isAgentlessPassive(at: anchor) {
                holders = [announcer(speaker)]
                statements[index].rules.append(Self.announcerRule)
            }
            let targets = targets(after: anchor, excluding: Set(holders.compactMap(\.id)))
            statements[index].holder = holders.first
            statements[index].holders = holders.count > 1 ? holders : []
            statements[index].targets = targets
        }
    }

    /// Whether the predicate at `anchor` is a passive with no agent ("will be consulted").
    func isAgentlessPassive(at anchor: Int) -> Bool {
        guard let syntax = parsed, let predicate = treePredicate(of: anchor, syntax) else { return false }
        return syntax.isPassive(predicate) && syntax.agent(of: predicate) == nil
    }

    /// Whether `speaker` is the publication itself ("our correspondent adds").
    func isPublication(_ speaker: ActorMention) -> Bool {
        speaker.id == "publication" || publication.map { ActorDictionary.slug($0) == speaker.id } ?? false
    }

    /// Who is bound by what `speaker` announces: a person's state or
    /// organisation when known, else the speaker.
    func announcer(_ speaker: ActorMention) -> ActorMention {
        guard speaker.kind == .person, let affiliation = speaker.affiliation, let id = speaker.affiliationID else { return speaker }
        let kind = mentions.first { $0.mention.id == speaker.id }?.affiliationKind
        return ActorMention(actor: affiliation, mention: speaker.mention, start: speaker.start, end: speaker.end, id: id, kind: kind)
    }

    /// An active "suggests", "expects", "believes" with a clause or object
    /// after it (not "appears to", "is believed to"): an opinion someone holds.
    func isOpinionVerb(_ group: VerbGroup) -> Bool {
        guard !group.hasBe, !group.isInfinitive else { return false }
        let next = group.main + 1
        return next < tokens.count && tokens[next].key != K.to
    }

    /// The first-person pronoun ("we", "I", "our") heading the subject of the group at `anchor`.
    func firstPersonSubject(at anchor: Int) -> Int? {
        guard let group = group(at: anchor) else { return nil }
        var subject = subjectRange(of: group)
        if group.isInfinitive, let governor = groups.last(where: { $0.main < group.first && !$0.isInfinitive }) {
            subject = subjectRange(of: governor)
        }
        return subject.first { SentenceAnalysis.firstPersonKeys.contains(tokens[$0].key) }
    }

    /// Who "we" or "I" is when `speaker` says it: a person speaks for their
    /// state or organisation with "we", for themselves with "I"; a body or
    /// state for itself.
    func speakerActor(_ speaker: ActorMention, for pronoun: Int) -> ActorMention {
        let text = text(from: pronoun, to: pronoun + 1)
        let singular = tokens[pronoun].key == SentenceAnalysis.iKey || tokens[pronoun].key == SentenceAnalysis.myKey
        if speaker.kind == .person, !singular, let affiliation = speaker.affiliation, let id = speaker.affiliationID {
            let kind = mentions.first { $0.mention.id == speaker.id }?.affiliationKind
            return ActorMention(
                actor: affiliation, mention: text, start: tokenStarts[pronoun], end: tokenEnds[pronoun],
                id: id, kind: kind)
        }
        return ActorMention(
            actor: speaker.actor, mention: text, start: tokenStarts[pronoun], end: tokenEnds[pronoun],
            id: speaker.id, kind: speaker.kind, affiliation: speaker.affiliation, affiliationID: speaker.affiliationID)
    }

    static let firstPersonKeys = KeyTable<Bool>(words: ["we", "i", "our", "my"])
    /// Rule id of a commitment held by the one who announces it (its subject names no one).
    static let announcerRule = RuleID(rawValue: "holder.announcer")
    static let iKey = Lexicon.key(Array("i".utf8))
    static let myKey = Lexicon.key(Array("my".utf8))

    /// The token of a statement's deciding cue (its verb, frame or noun).
    /// (Given the statement's kind and cues rather than the statement: a
    /// statement read out of `statements` would be copied whole.)
    func anchorToken(kind: StatementKind, cues: [Cue]) -> Int? {
        let cue =
            cues.last { $0.kind == kind.rawValue || $0.kind == "claim" || $0.kind == "hedge" && kind == .uncertainty }
            ?? cues.last
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
        if let fromTree = treeHolders(at: anchor, kind: kind) { return fromTree }
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
        return actors(inSubject: subject)
    }

    /// The actors a subject names: its head noun phrase's last actor, or all
    /// of them when coordinated, or both of "both countries".
    func actors(inSubject subject: Range<Int>) -> [ActorMention] {
        // A name may begin before the subject the verb groups see ("Developed
        // countries failed": "Developed" read as a verb).
        let within: (SentenceMention) -> Bool = {
            $0.tokens.upperBound <= subject.upperBound
                && ($0.tokens.lowerBound >= subject.lowerBound || $0.tokens.upperBound > subject.lowerBound)
        }
        // (The one told is a listener: "she told the Guardian there would be ...".)
        var inSubject = mentionsNotTold.filter { within($0) && $0.via != .demonym }
        if inSubject.isEmpty {
            // "Ukrainian troops crossed the border", "the South Korean defence ministry said": the state.
            inSubject = mentionsNotTold.filter(within)
        }
        if inSubject.isEmpty { return [] }
        let pair = inSubject.filter { $0.via == .pair }
        if !pair.isEmpty { return pair.map(\.mention) }
        // "Both North Korea and the US": coordinated names are all holders.
        let firstPreposition = firstPreposition(in: subject)
        let head = inSubject.filter { $0.tokens.upperBound <= firstPreposition }
        guard let last = head.last else { return [] }
        let coordinated =
            head.count > 1
            && head.dropLast().allSatisfy { item in
                (item.tokens.upperBound..<last.tokens.lowerBound).contains { tokens[$0].key == K.and }
            } && !head.contains { $0.via == .pronoun && $0.kind == .person && tokens[$0.tokens.lowerBound].classes.contains(.determiner) }
        return coordinated ? head.map(\.mention) : [last.mention]
    }

    /// The subject's first preposition outside a name ("The Bank of England
    /// raised ...": the "of" is the name's): where the head noun phrase ends.
    func firstPreposition(in subject: Range<Int>) -> Int {
        subject.first { position in
            position > subject.lowerBound && tokens[position].classes.contains(.preposition)
                && !mentions.contains { $0.tokens.lowerBound < position && position < $0.tokens.upperBound }
        } ?? subject.upperBound
    }

    func agentAfterBy(_ verb: Int) -> ActorMention? {
        let end = clauseEnd(from: verb)
        guard let by = (verb..<end).first(where: { tokens[$0].key == K.by }) else { return nil }
        return mentions.first { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 3 && $0.via != .demonym }?.mention
    }

    /// Who says a claim: the subject of its reporting verb, the actor after
    /// "according to", or the publication for "our correspondent".
    func source(kind: StatementKind, cues: [Cue], rule: String?) -> ActorMention? {
        guard let anchor = anchorToken(kind: kind, cues: cues) else { return nil }
        if rule == TaggingRule.accordingTo.rawValue {
            return mentions.first { $0.tokens.lowerBound > anchor && $0.tokens.lowerBound <= anchor + 4 }?.mention
        }
        guard
            rule == TaggingRule.reportedSpeech.rawValue
                || rule == TaggingRule.stateOfAffairs.rawValue
                    && tokens[anchor].classes.contains(.cognition),
            let group = group(at: anchor)
        else { return nil }
        // "Microsoft expects revenue growth of ...": who expects it says it.
        if rule == TaggingRule.stateOfAffairs.rawValue {
            return isOpinionVerb(group) ? holders(at: anchor, kind: .claim).last : nil
        }
        let subject = subjectRange(of: group)
        // "Analysts said", "..., defence lawyers said": the group as written, before
        // any actor the words around the subject might offer.
        if let unnamed = unnamedGroupSubject(at: anchor) { return unnamed }
        // "Martin Bell, who won the seat from Tory Neil Hamilton, said": the actor the
        // relative clause describes, not one inside it (the parser often makes the clause
        // the report's complement, and leaves the verb with no subject).
        if let described = relativeClauseSpeaker(before: group) { return described }
        if let found = holders(at: anchor, kind: .claim).last { return found }
        // "“...,” said Mexico's economy minister, Marcelo Ebrard": the speaker follows the verb.
        if let speaker = speakerAfter(group, subject: subject) { return speaker }
        // "..., the organisation's special envoy, Ana Beatriz Ferreira, told reporters":
        // a person set off by commas right before the verb.
        // So too with the person's own apposition between: "..., Lars Nyberg, vice
        // president for sales at Volvo, told the BBC" (no verb between them).
        if group.first >= 3, tokens[group.first - 1].mark == UInt8(ascii: ","),
            let person = mentions.last(where: { item in
                item.kind == .person && item.tokens.upperBound < group.first
                    && tokens[item.tokens.upperBound].mark == UInt8(ascii: ",")
                    && !groups.contains { $0.main >= item.tokens.upperBound && $0.main < group.first }
            }),
            person.tokens.lowerBound > 0, tokens[person.tokens.lowerBound - 1].flags.contains(.punctuation)
        {
            return person.mention
        }
        // "our correspondent adds": the publication speaks.
        let words = subject.map {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[$0].start..<tokens[$0].end]), as: UTF8.self).lowercased()
        }
        if words.contains("our"), words.contains(where: { ["correspondent", "reporter", "editor", "analyst"].contains($0) }) {
            let first = subject.lowerBound
            let last = subject.upperBound - 1
            return ActorMention(
                actor: publication ?? "the publication", mention: text(from: first, to: last + 1),
                start: tokenStarts[first], end: tokenEnds[last],
                id: publication.map(ActorDictionary.slug) ?? "publication", kind: .organisation)
        }
        return nil
    }

    /// The actor right before a relative clause set off by commas that ends
    /// right before the verb ("Anna Berg, who beat Tom Reed in May, said";
    /// "the firm, whose shares fell, said"); nil when the verb has a subject of
    /// its own after the clause, or the clause follows no actor. The latest
    /// ", who", ", whose" or ", which" before the verb opens the clause; a
    /// colon, semicolon or quotation mark between ends the search.
    func relativeClauseSpeaker(before group: VerbGroup) -> ActorMention? {
        guard group.first >= 4, tokens[group.first - 1].mark == UInt8(ascii: ",") else { return nil }
        var position = group.first - 2
        while position > 1 {
            let token = tokens[position]
            if token.isWord, SentenceAnalysis.relativeOpeners.contains(token.key), tokens[position - 1].mark == UInt8(ascii: ",") {
                break
            }
            if token.flags.contains(.punctuation),
                token.mark == UInt8(ascii: ":") || token.mark == UInt8(ascii: ";")
                    || token.flags.contains(.closeQuote) || token.flags.contains(.openQuote)
            {
                return nil
            }
            position -= 1
        }
        guard position > 1 else { return nil }
        let comma = position - 1
        return mentionsNotTold.last { $0.tokens.upperBound == comma && $0.via != .demonym && $0.via != .pair }?.mention
    }

    /// The holder of the statement at `anchor` when its verb comes right after a
    /// relative clause that describes an actor (``relativeClauseSpeaker(before:)``);
    /// nil for an infinitive, and for a passive deed, whose holder is its agent.
    func relativeClauseHolder(at anchor: Int, kind: StatementKind) -> ActorMention? {
        guard let group = group(at: anchor), !group.isInfinitive,
            !(kind == .achievement && group.hasBe && tokens[group.main].classes.contains(.participle))
        else { return nil }
        return relativeClauseSpeaker(before: group)
    }

    /// Rule id of a holder read before a relative clause.
    static let relativeClauseHolderRule = RuleID(rawValue: "holder.relative-clause-subject")

    static let relativeOpeners = KeyTable<Bool>(words: ["who", "whose", "which"])
    /// Rule id of a source read before a relative clause.
    static let relativeClauseRule = RuleID(rawValue: "source.relative-clause-subject")

    /// The speaker of an inverted report: after a quote or a comma, the name
    /// after the verb (a person before the body or state that introduces them).
    func speakerAfter(_ group: VerbGroup, subject: Range<Int>) -> ActorMention? {
        guard group.first > 0 else { return nil }
        let before = tokens[group.first - 1]
        guard subject.isEmpty || subject.lowerBound == group.first, before.flags.contains(.punctuation) else { return nil }
        var end = group.main + 1
        while end < tokens.count, end - group.main < 12, !groups.contains(where: { $0.first == end }),
            !(tokens[end].flags.contains(.punctuation) && tokens[end].mark != UInt8(ascii: ",") && tokens[end].mark != UInt8(ascii: "'"))
        {
            end += 1
        }
        let after = mentionsNotTold.filter { $0.tokens.lowerBound > group.main && $0.tokens.lowerBound < end }
        return (after.first { $0.kind == .person } ?? after.first { $0.via != .demonym } ?? after.first)?.mention
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
