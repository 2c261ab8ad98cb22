import TrackerSyntax

/// Holders and sources read from the sentence's dependency tree (issue 13,
/// point 5): the subject of the cue's predicate, with all its conjuncts; a
/// passive's `obl:agent`; an apposition's person; the subject a relative
/// pronoun stands for. Nil when the tree does not decide (no subject, or no
/// actor at it): the word-window rules then apply as before.
extension SentenceAnalysis {
    /// The actors holding the statement whose cue is at `anchor`, from the tree.
    func treeHolders(at anchor: Int, kind: StatementKind) -> [ActorMention]? {
        guard let syntax = parsed, let predicate = treePredicate(of: anchor, syntax) else { return nil }
        if syntax.isPassive(predicate), kind == .achievement || kind == .commitment {
            // "The bridge was opened by the mayor": the agent; with none, the words decide.
            guard let agent = syntax.agent(of: predicate) else { return nil }
            return treeActors(at: agent, syntax)
        }
        guard let subject = treeSubject(of: predicate, syntax) else { return nil }
        return treeActors(at: subject, syntax)
    }

    /// The predicate a cue belongs to: the cue itself, the verb of a modal or
    /// auxiliary cue ("will" of "will withdraw"), the verb whose object a
    /// commitment noun is ("made a commitment").
    func treePredicate(of anchor: Int, _ syntax: SentenceSyntax) -> Int? {
        guard let relation = syntax.relation(anchor), let tag = syntax.tag(anchor) else { return nil }
        switch relation {
        case .aux, .auxPass, .cop, .mark: return syntax.head(of: anchor)
        case .obj where tag == .noun: return syntax.head(of: anchor)
        default: return tag == .verb || tag == .aux ? anchor : nil
        }
    }

    /// The subject of `predicate`: its own (`nsubj`, `nsubj:pass`), else the one
    /// it shares through `conj` or a controlling verb (`xcomp`; "asked Iran to
    /// stop": the object). Reached through a passive ("was told to leave"),
    /// the plan is not the subject's: no subject then. A relative pronoun
    /// stands for the noun its clause describes ("the firm, which pledged to").
    func treeSubject(of predicate: Int, _ syntax: SentenceSyntax) -> Int? {
        var current = predicate
        for _ in 0..<8 {
            // "His press secretary Sarah Sanders said": a title before a name is
            // sometimes parsed as a second subject; the one that names an actor speaks
            // (the title's possessor, "his", is someone else).
            // Of two that do, the person: "Lib Dem home affairs spokesman Ralph Okonjo said"
            // (the party before the title is whom the person speaks for, not the speaker).
            let subjects = syntax.children(of: current, [.nsubj, .nsubjPass])
            let naming = subjects.filter { mention(covering: $0) != nil }
            let person = naming.first { mention(covering: $0)?.kind == .person }
            if let own = subjects.count > 1 ? person ?? naming.first ?? subjects.first : subjects.first {
                guard SentenceAnalysis.relativePronouns.contains(tokens[own].key), own > 0 else { return own }
                if syntax.relation(current) == .aclRelcl { return syntax.head(of: current) }
                // "Chile, which hosts the talks, has promised ...", parsed without its
                // relative clause: the pronoun stands for the name right before it.
                var before = own - 1
                while before > 0, tokens[before].flags.contains(.punctuation) { before -= 1 }
                return mention(covering: before) != nil ? before : own
            }
            // "Mr Reed backed the plan, saying ...": a participle clause's subject is
            // its governor's (rule `source.participle-clause-subject`).
            guard let relation = syntax.relation(current),
                relation == .conj || relation == .xcomp || relation == .advcl && isParticipleClause(current, syntax),
                let up = syntax.head(of: current)
            else { return nil }
            if relation == .xcomp {
                if syntax.isPassive(up) { return syntax.agent(of: up) }
                if let object = syntax.child(of: up, [.obj, .iobj]) { return object }
            }
            current = up
        }
        return nil
    }

    /// The actors a subject names: the actor at its head (or at its
    /// apposition: "the minister, Anna Berg"; or its name words), and the same
    /// for each coordinated subject ("Norway, Chile and Kenya"). Nil when its
    /// head names no actor.
    func treeActors(at head: Int, _ syntax: SentenceSyntax) -> [ActorMention]? {
        var result: [ActorMention] = []
        for token in [head] + syntax.conjuncts(of: head) {
            guard let found = treeActor(at: token, syntax) else { continue }
            if !result.contains(where: { $0.id != nil && $0.id == found.id }) { result.append(found) }
        }
        return result.isEmpty ? nil : result
    }

    /// The actor at one nominal: a mention covering it, else its apposition's,
    /// else one of its name words (`compound`, `flat`, `nmod:poss`, `amod`).
    func treeActor(at token: Int, _ syntax: SentenceSyntax) -> ActorMention? {
        // The person in apposition to it, or to a noun inside its title ("her chief
        // of staff Tomás Ortega": appos of "staff"), before its possessor ("her").
        let titled = [token] + syntax.children(of: token, [.nmod])
        if let person = titled.lazy.flatMap({ syntax.children(of: $0, [.appos]) }).compactMap({ self.mention(covering: $0) })
            .first(where: { $0.kind == .person })
        {
            return person
        }
        if let own = mention(covering: token) { return own }
        for child in syntax.children(of: token, [.appos, .compound, .flat, .nmodPoss, .amod]) {
            if let found = mention(covering: child) { return found }
        }
        return nil
    }

    /// Rule id of a pronoun subject of a reported clause bound as the reporter.
    static let reportedPronounRule = RuleID(rawValue: "holder.reported-pronoun-is-reporter")

    /// "Vantor Pharma withdrew the pill but Kestrel Health said it would consider
    /// ...", "the Greens insisted they would ...": the pronoun subject of a
    /// clause that a verb of saying reports (`ccomp`, or a clause coordinated
    /// with one) stands for that verb's subject when their kinds agree ("it",
    /// "they": a state, an organisation or a group; "he", "she": a person),
    /// before any name the sentence gives earlier. Nil when the tree does not
    /// show it, or for a passive deed or pledge, whose holder is its agent.
    func reportedPronounHolder(at anchor: Int, kind: StatementKind) -> ActorMention? {
        guard let syntax = parsed, let predicate = treePredicate(of: anchor, syntax) else { return nil }
        if syntax.isPassive(predicate), kind == .achievement || kind == .commitment { return nil }
        guard let pronoun = syntax.child(of: predicate, [.nsubj, .nsubjPass]) else { return nil }
        let key = tokens[pronoun].key
        let wantsPerson: Bool
        if key == K.it || key == K.they {
            wantsPerson = false
        } else if key == K.he || key == K.she {
            wantsPerson = true
        } else {
            return nil
        }
        // "said its focus would be on profits and it is planning to ...": one step up a coordination.
        var clause = predicate
        if syntax.relation(clause) == .conj, let up = syntax.head(of: clause) { clause = up }
        guard syntax.relation(clause) == .ccomp, let report = syntax.head(of: clause), tokens[report].isVerbForm,
            tokens[report].classes.contains(.claim), let subject = treeSubject(of: report, syntax), subject != pronoun,
            let reporter = treeActor(at: subject, syntax), (reporter.kind == .person) == wantsPerson
        else { return nil }
        // ("“... and that he profited,” the prosecutor told the court": in the quoted
        // words, "he" is someone the speaker talks about, not the speaker.)
        if ActorResolver.quotations(tokens).contains(where: { $0.contains(pronoun) && !$0.contains(report) }) { return nil }
        return ActorMention(
            actor: reporter.actor, mention: text(from: pronoun, to: pronoun + 1), start: tokenStarts[pronoun],
            end: tokenEnds[pronoun], id: reporter.id, kind: reporter.kind, affiliation: reporter.affiliation,
            affiliationID: reporter.affiliationID)
    }

    /// Whether the tree's subject of the predicate at `anchor` is "we", "I",
    /// "our" or "my": then the quoted first person decides the holder (the
    /// speaker's side), never a name the word window finds around it ("“We
    /// will show that Tom Reed knew,” the prosecutor said" is not Tom Reed's).
    func hasFirstPersonTreeSubject(at anchor: Int) -> Bool {
        guard let syntax = parsed, let predicate = treePredicate(of: anchor, syntax),
            let subject = syntax.child(of: predicate, [.nsubj, .nsubjPass])
        else { return false }
        return SentenceAnalysis.firstPersonKeys.contains(tokens[subject].key)
    }

    /// Whether `token` heads a participle clause with no subordinator of its
    /// own ("..., saying it was unsustainable", "adding that ..."): its
    /// subject is the clause it hangs on ("because saying so" is not).
    func isParticipleClause(_ token: Int, _ syntax: SentenceSyntax) -> Bool {
        guard tokens[token].isVerbForm, syntax.tag(token) == .verb, syntax.child(of: token, [.mark]) == nil else { return false }
        let word = tokens[token]
        return word.end - word.start > 4 && bytes[word.end - 3] | 0x20 == UInt8(ascii: "i")
            && bytes[word.end - 2] | 0x20 == UInt8(ascii: "n") && bytes[word.end - 1] | 0x20 == UInt8(ascii: "g")
    }

    /// Rule id of a source read as the subject of the clause a participle clause hangs on.
    static let participleClauseRule = RuleID(rawValue: "source.participle-clause-subject")

    /// Rule id of a source read as the subject of the verb a clause complements.
    static let governingSpeakerRule = RuleID(rawValue: "source.governing-verb-subject")

    /// "He concluded that there was no evidence", "Academics pointed out that
    /// ...": a statement in a clause that complements a verb (`ccomp`) is said
    /// by that verb's subject, when it names an actor and no verb of saying
    /// gave a source; so is the stance itself ("the industry is confident
    /// that ...": the predicate with the clause). Nil otherwise.
    func governingSpeaker(at anchor: Int) -> ActorMention? {
        guard let syntax = parsed, let predicate = treePredicate(of: anchor, syntax) ?? syntax.head(of: anchor) else { return nil }
        if let complement = syntax.child(of: predicate, [.ccomp]), let tag = syntax.tag(predicate), tag == .verb || tag == .adj,
            syntax.children(of: complement, [.mark]).contains(where: { tokens[$0].key == K.that }),
            let subject = syntax.child(of: predicate, [.nsubj])
        {
            return treeActor(at: subject, syntax)
        }
        var clause = predicate
        if syntax.relation(clause) == .conj, let up = syntax.head(of: clause) { clause = up }
        // The clause is a proposition: opened by "that", or the complement of a verb of
        // saying or thinking ("went on to say things had changed"); not a predicate
        // noun the parser hung there ("all it achieved was an agreement").
        guard syntax.relation(clause) == .ccomp, let governor = syntax.head(of: clause), governor != anchor,
            let tag = syntax.tag(governor), tag == .verb || tag == .adj,
            syntax.children(of: clause, [.mark]).contains(where: { tokens[$0].key == K.that })
                || !tokens[governor].classes.isDisjoint(with: [.claim, .cognition]),
            // ("declined to say how many soldiers had left": a question asserts nothing.)
            governor + 1 < tokens.count, !Self.questionWords.contains(tokens[governor + 1].key),
            let subject = treeSubject(of: governor, syntax)
        else { return nil }
        return treeActor(at: subject, syntax)
    }

    /// Words that open an embedded question ("asked whether", "to say how many").
    static let questionWords = KeyTable<Bool>(words: ["how", "what", "whether", "if", "why", "when", "who", "which", "where"])

    /// The actor mention whose words include `token` (a name, a pronoun, a body).
    func mention(covering token: Int) -> ActorMention? {
        mentions.first { $0.tokens.contains(token) && $0.via != .pair }?.mention
    }

    static let relativePronouns = KeyTable<Bool>(words: ["which", "who", "that"])
}
