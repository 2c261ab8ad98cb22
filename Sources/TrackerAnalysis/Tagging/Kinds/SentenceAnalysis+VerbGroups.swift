/// Verb groups to statements: the ordered rules that make a group a commitment,
/// an achievement, a claim or an uncertainty.
extension SentenceAnalysis {
    // MARK: Groups to statements

    mutating func tag(groupAt index: Int) {
        let group = groups[index]
        if group.isInfinitive { return }
        if group.first >= unassertedFrom, group.first < unassertedUntil { return }
        let main = tokens[group.main]
        let classes = main.classes
        let subject = subjectRange(of: group)
        let negated = (group.negated || subjectIsNegated(subject)) != (group.first > deniedFrom)

        // Refusals: "refused to commit", "declined to promise", "ruled out", "failed to".
        if classes.contains(.refuse), let complement = complementGroup(after: index) {
            consume(complement)
            let isFailure = main.key == K.fail || main.key == K.failed || main.key == K.fails
            let kind: StatementKind = isFailure ? .achievement : .commitment
            var actionGroup = complement
            if tokens[groups[complement].main].classes.contains(.commit), let inner = complementGroup(after: complement) {
                consume(inner)
                actionGroup = inner
            }
            add(
                kind, group: group, polarity: negated ? .affirmed : .negated, action: actionGroup,
                rule: isFailure ? .failedTo : .refusal, cue: (group.main, isFailure ? "achievement" : "commitment"),
                confidence: 0.85)
            // "refused to commit to a timetable": the undertaking is the timetable.
            let inner = groups[actionGroup].main
            if actionGroup == complement, tokens[inner].classes.contains(.commit), inner + 2 < tokens.count, tokens[inner + 1].key == K.to {
                statements[statements.count - 1].action = text(from: inner + 2, to: clauseEnd(from: inner + 1))
            }
            return
        }
        // "resisted calls to name the day", "rejected demands for a recount", "shunned
        // opponents' calls for free care": a refusal of what others ask, a negated commitment.
        if isRefusalOfDemand(group) {
            add(
                .commitment, group: group, polarity: negated ? .affirmed : .negated, action: nil, rule: .refusal,
                cue: (group.main, "commitment"), confidence: 0.75)
            statements[statements.count - 1].action = text(from: group.main + 1, to: clauseEnd(from: group.main))
            return
        }
        if (main.key == K.rule || main.key == K.ruled || main.key == K.rules), group.main + 1 < tokens.count,
            tokens[group.main + 1].key == K.out
        {
            add(
                .commitment, group: group, polarity: .negated, action: nil, rule: .refusal,
                cue: (group.main, "commitment"), confidence: 0.8)
            return
        }
        // Commitment verbs with a complement: "pledged to cut", "agreed that ...".
        // "wants to set up", "is not willing to put": an intention stated, a commitment.
        if let verb = intendedVerb(group), isAgentive(subject), let complement = complementGroup(after: index),
            groups[complement].first == verb
        {
            consume(complement)
            add(
                .commitment, group: group, polarity: negated ? .negated : .affirmed, action: complement,
                rule: .intention, cue: (group.main, "commitment"), confidence: 0.7)
            return
        }
        // "tried for three years to make something work", "sought guidance to clarify", "attempted
        // to introduce them": an attempt made in the past, reported as a fact, not an undertaking
        // (6 of the 34 false commitments on the BBC development articles).
        if classes.contains(.commit), Self.attemptWords[main.key] != nil, group.modal.isEmpty,
            group.pastAuxiliary || classes.contains(.past) && !group.hasBe
        {
            if let complement = complementGroup(after: index) ?? treeInfinitive(of: index) { consume(complement) }
            add(
                .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil, rule: .pastAttempt,
                cue: (group.main, "claim"), confidence: 0.6)
            return
        }
        // (The tree finds the infinitive past a phrase: "pledged at the talks on Tuesday to withdraw".)
        if classes.contains(.commit), !group.isCopula, let complement = complementGroup(after: index) ?? treeInfinitive(of: index) {
            consume(complement)
            add(
                .commitment, group: group, polarity: negated ? .negated : .affirmed, action: complement,
                rule: .commitVerb, cue: (group.main, "commitment"), confidence: 0.9,
                certainty: isHedged(group) ? .uncertain : .certain)
            coordinatedActions(after: complement, kind: .commitment, template: statements.count - 1)
            return
        }
        // "pledged at a meeting on Monday to dredge the harbour", "vowed to resurface the road":
        // the tree's infinitive of a verb the lexicon lacks, which makes no verb group of its own
        // (else the pledge was read as a report, a claim).
        // (Not "was trying to isolate": an attempt, see the rule of attempts above.)
        if classes.contains(.commit), !group.isCopula,
            !Self.tryingVerbs.contains(lexicon.lemma(main.lemma) ?? Self.guessedLemma(lowercased(group.main))),
            let verb = unlistedInfinitive(of: group.main)
        {
            add(
                .commitment, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                rule: .unlistedInfinitive, cue: (group.main, "commitment"), confidence: 0.8,
                certainty: isHedged(group) ? .uncertain : .certain)
            statements[statements.count - 1].action = actionText(from: verb)
            statements[statements.count - 1].normalizedAction = normalizedAction(from: verb)
            return
        }
        // "promised free rations", "committed to a moratorium": a commitment with a noun object.
        if classes.contains(.commit), !group.isCopula, group.modal.isEmpty, group.frameIndex == nil,
            let lemma = lexicon.lemma(main.lemma), StatementTagger.nounObjectCommitments.contains(lemma),
            lemma != "commit" && hasNounObject(after: group.main)
                || (group.main + 1 < tokens.count && tokens[group.main + 1].key == K.to && hasNounObject(after: group.main + 1))
        {
            let objectStart = tokens[group.main + 1].key == K.to ? group.main + 2 : group.main + 1
            add(
                .commitment, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                rule: .commitVerb, cue: (group.main, "commitment"), confidence: 0.75)
            statements[statements.count - 1].action = text(from: objectStart, to: clauseEnd(from: group.main))
            // "committed to withdrawing its troops": the gerund is the action.
            statements[statements.count - 1].normalizedAction =
                tokens[objectStart].classes.contains(.gerund)
                ? normalizedAction(from: objectStart)
                : (lexicon.lemma(main.lemma) ?? "commit")
                    + (headNoun(from: objectStart, to: clauseEnd(from: group.main)).map { " " + $0 } ?? "")
            return
        }
        // "is said to favour", "are tipped to rise", "is reported to have cut": what unnamed
        // others say or forecast, a claim that it is said and an uncertainty about what is
        // (8 of the 21 missed uncertainties on the BBC development articles are reported
        // forecasts and expectations; the labels ask for the claim as well on each such
        // passive of saying or forecasting).
        if let verb = hearsayInfinitive(of: index) {
            add(
                .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil, rule: .hearsayClaim,
                cue: (group.main, "claim"), confidence: 0.7)
            addUncertainty(at: group.main, rule: .hearsay)
            // (A verb the lexicon reads as a noun, "to favour", makes no group of its own.)
            guard let infinitive = groups.firstIndex(where: { ($0.main == verb || $0.first == verb) && $0.isInfinitive && !$0.consumed })
            else { return }
            // "is reported to have cut 200 jobs": an outcome, hedged.
            addHedgedOutcome(infinitive, negated: negated)
            return
        }
        let seeming =
            classes.contains(.hedgeVerb) && !group.isCopula && group.modal.isEmpty
            && (!classes.contains(.action) || group.main + 1 < tokens.count && tokens[group.main + 1].key == K.to)
        let believing = classes.contains(.cognition) && !group.isCopula && group.modal.isEmpty
        if seeming || believing {
            // "more than analysts had expected": a standard of comparison, no hedge.
            if isComparisonStandard(group) { return }
            // "backed that view", "business figures from Chicago": the tree reads a noun, no verb at all.
            if let tag = syntax().tag(group.main), tag == .noun || tag == .propn { return }
            // "were worried about the euro's strength": a feeling stated, a claim.
            if believing, group.hasBe, Self.feelingWords[main.key] != nil {
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil, rule: .feeling,
                    cue: (group.main, "claim"), confidence: 0.6)
                return
            }
            // "the division saw sales rise", "we are seeing improved orders", "I don't see any
            // difference": seeing with a thing seen is perceiving, not believing (6 of the 42
            // false uncertainties on the BBC development articles were such "see").
            if believing, Self.seeWords[main.key] != nil, group.main + 1 < tokens.count,
                !(tokens[group.main + 1].key == K.that || tokens[group.main + 1].classes.contains(.wh)),
                syntax().child(of: group.main, [.obj, .ccomp, .xcomp]) != nil
            {
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil, rule: .perception,
                    cue: (group.main, "claim"), confidence: 0.6)
                return
            }
            // (Not "expect the bank to raise rates": an object with an infinitive of its own is hedged.)
            if believing, hasNounObject(after: group.main), !group.hasBe, syntax().complement(of: group.main) == nil {
                // "Microsoft expects revenue growth of 14 percent": guidance, a claim.
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil, rule: .stateOfAffairs,
                    cue: (group.main, "claim"), confidence: 0.6,
                    certainty: group.pastAuxiliary || main.classes.contains(.past) ? .certain : .uncertain)
                return
            }
            addUncertainty(at: group.main, rule: seeming ? .hedgeVerb : .cognition)
            // "appears to have built", "is believed to have recaptured": an outcome, hedged.
            if let complement = complementGroup(after: index) ?? nextInfinitive(after: index) {
                addHedgedOutcome(complement, negated: negated)
            }
            return
        }
        // Claim verbs: "said", "told", "announced".
        if classes.contains(.claim), !group.isCopula, group.modal.isEmpty, group.frameIndex == nil,
            !(classes.contains(.action) && StatementTagger.actsWithNounObject.contains(lexicon.lemma(main.lemma) ?? "")
                && hasNounObject(after: group.main))
        {
            // "did not deliver what they promised", "not what people had said": the thing said,
            // inside a free relative on "what", is no report of its own.
            if (max(0, group.first - 3)..<group.first).contains(where: { tokens[$0].key == K.what }),
                group.main + 1 == tokens.count || !tokens[group.main + 1].isWord
            {
                return
            }
            // "announced the completion of its plant", "marked the opening of the bridge": an outcome
            // named by a noun, reported by the one who did it: an achievement as well as the report.
            if let outcome = announcedOutcome(after: group.main) {
                add(
                    .achievement, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                    rule: .announcedOutcome, cue: (outcome.noun, "achievement"), confidence: 0.7)
                let end = clauseEnd(from: outcome.noun)
                statements[statements.count - 1].action = text(from: outcome.noun, to: end)
                // The object's head is the last word before a preposition ("its carbon capture plant at ...").
                var head = outcome.noun + 2
                while head + 1 < end, tokens[head + 1].isWord,
                    tokens[head + 1].classes.isDisjoint(with: [.preposition, .conjunction, .subordinator, .wh])
                {
                    head += 1
                }
                statements[statements.count - 1].normalizedAction =
                    outcome.verb + (head < end && tokens[head].isWord ? " " + text(from: head, to: head + 1).lowercased() : "")
            }
            reportedSpeechAt = reportedSpeechAt ?? group.main
            // A denial negates the claim and what is denied; so does a
            // negated report ("said the hospital was no longer functioning").
            let denial = lexicon.lemma(main.lemma) == "deny"
            if denial { deniedFrom = group.main }
            func isReportNegator(_ position: Int) -> Bool {
                let token = tokens[position]
                return token.classes.contains(.negator) && token.weight >= 0.8 && token.key != K.nor
                    && !(position > 0 && tokens[position - 1].mark == UInt8(ascii: ","))  // "weeks, not months"
            }
            // What is reported follows the verb, or is the quotation before it
            // ("'You cannot sue the government,' said Eric Kraus").
            let reportNegator =
                tokens.indices.dropFirst(group.main + 1).first(where: isReportNegator)
                ?? quotationBefore(group).flatMap { $0.first(where: isReportNegator) }
            add(
                .claim, group: group, polarity: (negated != (denial || reportNegator != nil)) ? .negated : .affirmed, action: nil,
                rule: .reportedSpeech, cue: (group.main, "claim"), confidence: 0.85, isSource: true)
            if !denial, reportNegator != nil { statements[statements.count - 1].rules.append(RuleID(.negatedReport)) }
            return
        }
        // Seeming and believing: "appear to", "analysts expect".
        // The future: "will", "is going to", "is to", "set to", "expected to".
        let hedgeFrame = group.frameClasses.contains(.hedgeFrame)
        if isExpectedFuture(group) {
            addUncertainty(at: group.frameIndex ?? group.modalIndex ?? group.main, rule: .expectedFuture)
            return
        }
        if !group.modal.isDisjoint(with: [.future]) || group.frameIndex != nil {
            let rule: TaggingRule =
                group.frameIndex == nil
                ? .futureModal
                : tokens[group.frameIndex!].key == K.to ? .beTo : .futureFrame
            let cueIndex = group.frameIndex ?? group.modalIndex ?? group.main
            // "The party will be poorer without him", "it will be £5m lower": "will be" and
            // no verb after it says how things will stand, a forecast, not an act undertaken
            // (on the BBC development articles, 6 of the 35 commitments found where the labels
            // had none). "There will be no tolls" is an undertaking, negated (see below).
            let forecastState = group.isCopula && group.frameIndex == nil && !isExistential(subject) && !deadlineFollows(group.main)
            // "Our objective is to reverse the share loss", "the aim is to cut": a goal set, its owner's commitment.
            if let frame = group.frameIndex, tokens[frame].key == K.to, subjectNamesGoal(subject) {
                add(
                    .commitment, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .goalIsTo, cue: (frame, "commitment"), confidence: 0.7)
                return
            }
            if isAgentive(subject), !forecastState {
                add(
                    .commitment, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: rule, cue: (cueIndex, "commitment"), confidence: 0.8,
                    certainty: hedgeFrame ? .uncertain : .certain)
                coordinatedActions(after: index, kind: .commitment, template: statements.count - 1)
            } else if !hedgeFrame, classes.contains(.action), isPassive(group) {
                // "The scheme will be funded from existing budgets", "are to be
                // considered by the industry": an undertaking stated as a
                // programme, its holder the agent when one is named.
                add(
                    .commitment, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .futurePassive, cue: (cueIndex, "commitment"), confidence: 0.65)
            } else if group.frameIndex == nil, !group.hasHave {
                // "The election will give voters a choice": no one undertakes it;
                // a forecast stated as fact, a claim (not a hedge: nothing in it is doubted).
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                    rule: .forecast, cue: (cueIndex, "claim"), confidence: 0.55)
            } else {
                addUncertainty(at: cueIndex, rule: .prediction)
            }
            return
        }
        if group.modal.contains(.conditional) {
            // "said he would be remembered with affection", "believed the bid would be enough":
            // how things would stand, a forecast reported, not an undertaking.
            // (With a deadline it is a target: "said it would be carbon negative by 2030".)
            if let reported = reportedSpeechAt, reported < group.first, group.isCopula, !isExistential(subject),
                !deadlineFollows(group.main)
            {
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                    rule: .forecast, cue: (group.modalIndex ?? group.main, "claim"), confidence: 0.55)
                return
            }
            if let reported = reportedSpeechAt, reported < group.first, isAgentive(subject) || isExistential(subject) {
                add(
                    .commitment, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .reportedWould, cue: (group.modalIndex ?? group.main, "commitment"), confidence: 0.7)
            } else {
                addUncertainty(at: group.modalIndex ?? group.main, rule: .conditional)
            }
            return
        }
        if group.modal.contains(.hedgeModal) {
            if group.hasHave, classes.contains(.participle), classes.contains(.action) {
                add(
                    .achievement, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .perfectAction, cue: (group.main, "achievement"), confidence: 0.7, certainty: .uncertain)
            } else {
                addUncertainty(at: group.modalIndex ?? group.main, rule: .hedgeModal)
            }
            return
        }
        if !group.modal.isEmpty {  // can, must, should: neither asserted nor committed
            // "sales should still top expectations", "this should help drive demand": "should"
            // of a figure or of what was just said foretells, a probable outcome (2 of the 21
            // missed uncertainties on the BBC development articles). Not "doctors should be
            // cautious", "decisions that should be made by individuals", "should have acted":
            // what ought to be, of someone who can act, or of a passive, or a past not done.
            if let modal = group.modalIndex, lowercased(modal) == "should", !group.hasHave, !negated,
                subjectIsQuantity(subject) || subject.count == 1 && Self.referringPronouns[tokens[subject.lowerBound].key] != nil,
                !isPassive(group)
            {
                addUncertainty(at: modal, rule: .probableShould)
            }
            return
        }
        // "fell short of its target": a target not met, a negated achievement (as "failed to").
        // (Not "sales fell short of forecasts": a figure, a claim.)
        if isShortfall(group), !isInSubordinateClause(group), isAgentive(subject), !subjectIsQuantity(subject) {
            add(
                .achievement, group: group, polarity: negated ? .affirmed : .negated, action: index,
                rule: .shortfall, cue: (group.main, "achievement"), confidence: 0.8)
            return
        }
        // Done: past, perfect and passive of an action verb.
        let isPast =
            group.pastAuxiliary || (group.hasHave && classes.contains(.participle))
            || (!group.hasBe && !group.hasHave && classes.contains(.past))
            || (group.hasDo && group.pastAuxiliary)
        if classes.contains(.action), !group.isCopula, isPast || (group.hasBe && classes.contains(.participle) && group.hasHave) {
            let bare = !group.hasBe && !group.hasHave && !group.hasDo
            if bare, group.main + 1 < tokens.count, tokens[group.main + 1].classes.contains(.auxBe),
                !tokens[group.main + 1].flags.contains(.clitic)
            {
                return  // "all it really achieved was ...": the verb sits inside the subject
            }
            if bare, subject.lowerBound > 0,
                tokens[subject.lowerBound - 1].isVerbForm || subject.isEmpty && group.first > 0 && tokens[group.first - 1].isWord
            {
                return  // "the schemes introduced by her predecessor": a reduced relative, not a new assertion
            }
            // "a poll conducted for the BBC suggests", "adults quizzed by ICM said": the tree's
            // reduced relative inside the subject of a later reporting verb describes the source.
            if bare, !classes.isDisjoint(with: [.participle, .past]), syntax().relation(group.main) == .acl,
                let verb = governingVerb(of: group.main), verb > group.main,
                !tokens[verb].classes.isDisjoint(with: [.claim, .hedgeVerb]), !isComparisonMark(verb - 1)
            {
                return
            }
            // "the four Britons held by the US will be returned", "calculations presented to the
            // Senate", "the funds raised by the record": a participle that describes a noun of a
            // clause with a verb of its own asserts nothing new (5 of the 59 false achievements
            // on the BBC development articles).
            if bare, classes.contains(.participle), group.main > 0, syntax().relation(group.main) == .acl,
                let noun = syntax().head(of: group.main), noun < group.main, let verb = governingVerb(of: group.main),
                verb == 0 || !isComparisonMark(verb - 1)
            {
                return
            }
            let passive = group.hasBe && classes.contains(.participle)
            // "The summit took place", "the bridge opened to traffic": an outcome, whatever did it.
            if !passive, !isInSubordinateClause(group), isRealisedOutcome(group) {
                add(
                    .achievement, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .realisedOutcome, cue: (group.main, "achievement"), confidence: 0.75)
                return
            }
            // "120 people were evacuated" is a figure; "the first 2,000 of the 10,000 homes have
            // been handed over" counts an outcome against its total.
            let figureSubject = subject.contains { tokens[$0].flags.contains(.number) } && !isProgressCount(subject)
            // "No complaint has been made", "no formal offer was received": a deed not done, a
            // negated achievement (annotation guide); "little progress has been made", "no detailed
            // account has been provided" stay assessments (see ``isDeedNotDone(_:)``).
            let nothingDone = passive && isDeedNotDone(subject)
            if classes.contains(.change) && (!isAgentive(subject) || subjectIsQuantity(subject))
                || (!passive && !isAgentive(subject))
                || (passive && (subjectIsNegated(subject) && !nothingDone || figureSubject))
            {
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                    rule: .figureChange, cue: (group.main, "claim"), confidence: 0.6)
                return
            }
            if let claimRule = claimRuleForPastGroup(group) {
                add(
                    .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                    rule: claimRule, cue: (group.main, "claim"), confidence: 0.6)
                return
            }
            let rule: TaggingRule = group.hasBe ? .passiveAction : group.hasHave ? .perfectAction : .pastAction
            add(
                .achievement, group: group, polarity: negated ? .negated : .affirmed, action: index,
                rule: rule, cue: (group.main, "achievement"), confidence: 0.8)
            coordinatedActions(after: index, kind: .achievement, template: statements.count - 1)
            return
        }
        // A state of affairs, an assessment or a figure.
        if classes.contains(.change) || classes.contains(.stative) || group.isCopula || classes.contains(.action)
            || classes.contains(.claim)
        {
            if group.isCopula, isFollowedByHedge(group) { return }
            if isInSubordinateClause(group) { return }  // "since the truce took effect": background, not a claim
            // "The plant is 60 percent complete", "ten of the 12 boats are now in service": an outcome's state.
            if let state = outcomeState(group) {
                // "is not yet complete": the state's word is no verb group of its own.
                for other in groups.indices where groups[other].main > group.main && groups[other].main <= state { consume(other) }
                add(
                    .achievement, group: group, polarity: negated ? .negated : .affirmed, action: index,
                    rule: .outcomeState, cue: (group.main, "achievement"), confidence: 0.7)
                return
            }

            add(
                .claim, group: group, polarity: negated ? .negated : .affirmed, action: nil,
                rule: classes.contains(.change) ? .figureChange : .stateOfAffairs, cue: (group.main, "claim"),
                confidence: 0.55)
        }
    }

    /// "the completion of", "the opening of", "the start-up of" right after a verb of
    /// reporting: the noun's index and the verb it names.
    func announcedOutcome(after main: Int) -> (noun: Int, verb: String)? {
        guard main + 3 < tokens.count, tokens[main + 1].classes.contains(.determiner), tokens[main + 3].key == K.of,
            let verb = Self.outcomeNouns[tokens[main + 2].key]
        else { return nil }
        return (main + 2, verb)
    }

    /// Nouns of a finished outcome and the verb each names. A plant's "start-up" is its
    /// commissioning (the verb the outcome table gives for a plant built).
    static let outcomeNouns: KeyTable<String> = {
        var table = KeyTable<String>()
        for (noun, verb) in [
            ("completion", "complete"), ("opening", "open"), ("reopening", "reopen"), ("start-up", "commission"),
            ("startup", "commission"), ("commissioning", "commission"), ("inauguration", "inaugurate"),
            ("launch", "launch"), ("handover", "hand"), ("signing", "sign"), ("release", "release"),
            ("withdrawal", "withdraw"), ("closure", "close"),
        ] {
            table[Lexicon.key(Array(noun.utf8))] = verb
        }
        return table
    }()

    /// The infinitive's verb after a passive of saying or forecasting ("is said to favour",
    /// "are tipped to rise", "was reported to have cut"): the tree's `xcomp` or `acl` of the
    /// participle with a "to" mark (the parser reads "is forecast to ease" as a noun with a
    /// clause), else the first word after "to" when a verb group starts there. Nil for any
    /// other group.
    mutating func hearsayInfinitive(of index: Int) -> Int? {
        let group = groups[index]
        guard group.hasBe, group.modal.isEmpty, group.frameIndex == nil, Self.hearsayWords[tokens[group.main].key] != nil,
            group.main + 2 < tokens.count, tokens[group.main + 1].key == K.to
        else { return nil }
        let syntax = syntax()
        if let verb = syntax.children(of: group.main, [.xcomp, .acl]).first(where: { $0 > group.main && syntax.hasToMark($0) }) {
            return verb
        }
        return groups.contains { $0.first == group.main + 2 && $0.isInfinitive } ? group.main + 2 : nil
    }

    /// The verb of the "to"-infinitive the tree gives as the complement of `main` (an
    /// `xcomp`, an `acl`, or one reached through the verb's phrases: see
    /// ``SentenceSyntax/complement(of:)``) when no verb group starts there: the
    /// lexicon does not know the verb ("to dredge"). Nil otherwise.
    mutating func unlistedInfinitive(of main: Int) -> Int? {
        let syntax = syntax()
        // (The parser may hang it off the verb as an `acl`: "did not pledge in its report to reroof".)
        let complement = syntax.complement(of: main) ?? syntax.children(of: main, [.acl]).first { $0 > main && syntax.hasToMark($0) }
        // A base form (Penn `VB`): not "committed to buying", a gerund after the preposition "to",
        // which the rule of noun objects reads.
        guard let verb = complement, verb > main, syntax.tag(verb) == .verb, syntax.pennTag(verb) == "VB", syntax.hasToMark(verb),
            tokens[verb - 1].key == K.to, !groups.contains(where: { $0.first <= verb && verb <= $0.main })
        else { return nil }
        return verb
    }

    /// Participles of saying and forecasting that, passive and with an infinitive, report
    /// hearsay. (Not "thought", "believed": believing, see the seeming and believing rule;
    /// not "expected", "likely": frames of the future, see ``VerbGroup/frameIndex``.)
    static let hearsayWords = KeyTable<Bool>(words: [
        "said", "reported", "alleged", "rumoured", "rumored", "reputed", "claimed", "forecast", "forecasted",
        "predicted", "projected", "estimated", "tipped",
    ])

    /// Past forms of the verbs of trying: "tried", "sought", "attempted".
    static let attemptWords = KeyTable<Bool>(words: [
        "tried", "sought", "attempted", "strove", "strived", "endeavoured", "endeavored",
    ])

    /// "this", "that", "it": a subject that stands for what was just said.
    static let referringPronouns = KeyTable<Bool>(words: ["this", "that", "it"])

    /// The verbs of trying, whose infinitive is attempted, not undertaken.
    static let tryingVerbs: Set<String> = ["try", "seek", "attempt", "strive", "endeavour", "endeavor"]

    /// The forms of "see".
    static let seeWords = KeyTable<Bool>(words: ["see", "sees", "saw", "seen", "seeing"])

    /// The nearest verb above `token`'s head noun in the tree ("residents polled by ... said": said), within four steps.
    mutating func governingVerb(of token: Int) -> Int? {
        let syntax = syntax()
        var current = syntax.head(of: token)
        for _ in 0..<4 {
            guard let node = current else { return nil }
            if syntax.tag(node) == .verb { return node }
            current = syntax.head(of: node)
        }
        return nil
    }

    /// Whether the group sits in a clause opened by "since", "after", "when", "because" ...
    func isInSubordinateClause(_ group: VerbGroup) -> Bool {
        let subject = subjectRange(of: group)
        guard subject.lowerBound > 0 else { return false }
        let opener = tokens[subject.lowerBound - 1]
        return opener.classes.contains(.subordinator) && opener.key != K.that
    }

    /// May, might, could; likely, expected: the group itself is hedged.
    func isHedged(_ group: VerbGroup) -> Bool {
        group.modal.contains(.hedgeModal) || group.frameClasses.contains(.hedgeFrame)
    }

    /// "is suspected of using": the next group when it is an infinitive or
    /// gerund close after this one.
    func nextInfinitive(after index: Int) -> Int? {
        guard index + 1 < groups.count, groups[index + 1].first - groups[index].main <= 3,
            groups[index + 1].isInfinitive
        else { return nil }
        return index + 1
    }

    /// A noun phrase follows the verb (not "to" + verb, not a clause): "declared martial law".
    func hasNounObject(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.isWord || next.flags.contains(.number) else { return false }
        if next.key == K.that || next.key == K.to || next.classes.contains(.pronounAgent) || next.classes.contains(.wh) { return false }
        // "the ceasefire they agreed last March": a time, not what was agreed.
        if K.timeWords.contains(next.key) { return false }
        if next.classes.contains(.determiner) {
            return !(index + 2 < tokens.count && tokens[index + 2].isVerbForm && !tokens[index + 2].classes.contains(.base))
        }
        return next.classes.isDisjoint(with: [
            .past, .participle, .auxBe, .auxHave, .future, .conditional, .hedgeModal, .modal, .preposition,
        ])
    }

    /// "is unclear", "was not clear", "is uncertain": the hedge is the point.
    func isFollowedByHedge(_ group: VerbGroup) -> Bool {
        var cursor = group.main + 1
        while cursor < tokens.count, tokens[cursor].classes.contains(.adverb) || tokens[cursor].key == K.not { cursor += 1 }
        return cursor < tokens.count && hedges.contains { $0.index == cursor || ($0.index <= cursor && cursor < $0.end) }
    }

    /// Consumes the hedge's complement group; a perfect of an action there ("appears to have
    /// built", "is reported to have cut") is an outcome, hedged (`perfectAction`).
    private mutating func addHedgedOutcome(_ complement: Int, negated: Bool) {
        consume(complement)
        let inner = groups[complement]
        guard inner.hasHave, tokens[inner.main].classes.contains(.action) else { return }
        add(
            .achievement, group: inner, polarity: negated ? .negated : .affirmed, action: complement,
            rule: .perfectAction, cue: (inner.main, "achievement"), confidence: 0.7, certainty: .uncertain)
    }
}
