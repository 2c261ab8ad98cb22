/// One sentence under analysis: its tokens, verb groups and the statements found.
struct SentenceAnalysis {
    let bytes: UnsafeBufferPointer<UInt8>
    let span: SentenceSpan
    let tokens: [Token]
    let lexicon: Lexicon
    var groups: [VerbGroup] = []
    var statements: [Statement] = []
    /// Token index where the scope of "whether", "if", "unclear" ... begins:
    /// what follows is not asserted.
    var unassertedFrom = Int.max
    /// Where that scope ends: a dash or semicolon starts a new clause.
    var unassertedUntil = Int.max
    var hedges: [(index: Int, end: Int, rule: TaggingRule)] = []
    var reportedSpeechAt: Int?
    /// Where "according to" starts, found in the same pass as the hedges.
    var accordingToAt: (index: Int, length: Int)?
    /// Actors mentioned in the sentence, resolved.
    var mentions: [SentenceMention] = []
    var publication: String?
    /// After "denied that", what is reported is negated.
    var deniedFrom = Int.max
    /// The sentence's dependency tree, once a rule has asked for it (``syntax()``).
    var parsed: SentenceSyntax?

    /// Each token's start and end in Unicode scalars of the document,
    /// counted once per sentence.
    let tokenStarts: [Int]
    let tokenEnds: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, span: SentenceSpan, tokens: [Token], lexicon: Lexicon) {
        self.bytes = bytes
        self.span = span
        self.tokens = tokens
        self.lexicon = lexicon
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(tokens.count)
        ends.reserveCapacity(tokens.count)
        var scalarOffset = span.start
        var byte = span.utf8Start
        for token in tokens {
            while byte < token.start {
                if bytes[byte] & 0xC0 != 0x80 { scalarOffset += 1 }
                byte += 1
            }
            starts.append(scalarOffset)
            while byte < token.end {
                if bytes[byte] & 0xC0 != 0x80 { scalarOffset += 1 }
                byte += 1
            }
            ends.append(scalarOffset)
        }
        tokenStarts = starts
        tokenEnds = ends
    }

    /// The sentence's dependency tree over its tokens, parsed on first use
    /// and kept: only sentences a rule asks about are parsed (parsing costs
    /// more than all the rest of tagging), and the tagger and the role
    /// assignment share one parse.
    mutating func syntax() -> SentenceSyntax {
        if let parsed { return parsed }
        let syntax = SentenceSyntax(
            bytes: bytes, range: span.utf8Start..<span.utf8End,
            tokenRanges: tokens.map { $0.start..<$0.end }, analyzer: SentenceSyntax.analyzer)
        parsed = syntax
        return syntax
    }

    /// The token that starts at scalar offset `offset`.
    func token(startingAt offset: Int) -> Int? {
        var low = 0
        var high = tokenStarts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if tokenStarts[middle] == offset { return middle }
            if tokenStarts[middle] < offset { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    // MARK: Driver

    /// The sentence's statements, handed over: the analysis keeps no
    /// reference to them, so the caller can change them in place (attaching
    /// times) without copying the array.
    mutating func run() -> [Statement] {
        let result = tagged()
        statements = []
        return result
    }

    private mutating func tagged() -> [Statement] {
        guard !tokens.isEmpty, isDeclarative() else { return [] }
        groups = verbGroups(tokens)
        if groups.isEmpty || groups.allSatisfy(\.isInfinitive) {
            if isHeadline {
                headlineWithDeadline()
                if statements.isEmpty { headlineInfinitive() }
            } else {
                // "X trail Y by 20 points, according to a YouGov poll": a verb the
                // lexicon lacks, a source it knows.
                findHedges()
                accordingTo()
                if !statements.isEmpty, tokens.count >= 4 {
                    var statement = makeStatement(.claim, polarity: .affirmed, rule: .fallbackAssertion, confidence: 0.4, actionFrom: nil)
                    statement.cues.append(cue(at: tokens.count - 1, kind: "claim", rule: .fallbackAssertion))
                    statements.insert(statement, at: 0)
                    assignRoles()
                    return statements
                }
            }
            // "See page 12", "Vote early and ...": a verb first and no other finite verb is an instruction.
            let instruction = tokens[0].classes.contains(.base) && !tokens[0].classes.isDisjoint(with: WordClasses.verbClasses)
            if statements.isEmpty, !isHeadline, !instruction, tokens.count >= 4, hasSubjectAndVerbRoom {
                // A full sentence whose verb the lexicon does not know still asserts something.
                var statement = makeStatement(.claim, polarity: .affirmed, rule: .fallbackAssertion, confidence: 0.4, actionFrom: nil)
                statement.cues.append(cue(at: tokens.count - 1, kind: "claim", rule: .fallbackAssertion))
                statements.append(statement)
            }
            return statements
        }
        findHedges()
        for index in groups.indices where !groups[index].consumed {
            tag(groupAt: index)
        }
        commitmentNouns()
        accordingTo()
        applyHedges()
        claimOutcomeFigures()
        // "said he would not form a coalition": the negation belongs to the
        // commitment reported, not to the report. (Not a deed reported undone: "said
        // politicians did not deliver" asserts a negated proposition, a negated claim, as the
        // annotation guide has it.)
        if statements.contains(where: { $0.kind == .commitment && $0.polarity == .negated }) {
            for index in statements.indices where statements[index].rules.contains(RuleID(.negatedReport)) {
                statements[index].polarity = .affirmed
                statements[index].rules.removeAll { $0 == RuleID(.negatedReport) }
            }
        }
        if isHeadline {
            // A headline names a topic; only a clear cue makes it a statement.
            statements.removeAll { $0.rules.first == RuleID(.stateOfAffairs) }
            headlineClaim()
        } else if statements.isEmpty, unassertedFrom == .max {
            fallbackClaim()
        }
        assignRoles()
        return statements
    }

    /// At least two words, room for a subject and a verb: numbers and marks
    /// alone ("12. 345 6.", "(;;) -- **.") assert nothing.
    var hasSubjectAndVerbRoom: Bool {
        var words = 0
        for token in tokens where token.isWord {
            words += 1
            if words == 2 { return true }
        }
        return false
    }

    /// No final full stop, question or exclamation mark: a headline or a label.
    var isHeadline: Bool {
        guard let last = tokens.last(where: { !$0.flags.contains(.closeQuote) && $0.mark != UInt8(ascii: ")") }) else { return true }
        return
            !(last.mark == UInt8(ascii: ".") || last.mark == UInt8(ascii: "!") || last.mark == UInt8(ascii: "?")
            || last.mark == UInt8(ascii: ";") || last.mark == UInt8(ascii: ":"))
    }

    /// Questions, exclamations, greetings and instructions assert nothing.
    private func isDeclarative() -> Bool {
        var last = tokens.count - 1
        while last > 0, tokens[last].flags.contains(.closeQuote) || tokens[last].mark == UInt8(ascii: ")") { last -= 1 }
        let final = tokens[last]
        if final.mark == UInt8(ascii: "?") { return false }
        if final.mark == UInt8(ascii: "!") {
            // An exclamation with a reporting verb after the quote is still reported speech.
            return tokens[(last + 1)...].contains { $0.classes.contains(.claim) }
        }
        if tokens[0].classes.contains(.greeting) { return false }
        if let phrases = lexicon.phrases(startingWith: tokens[0].key),
            phrases.contains(where: { $0.classes.contains(.greeting) && matches($0, at: 0) })
        {
            return false
        }
        // "Read the report", "Turn off the lights", "Don't share ...": an instruction.
        if tokens.count > 1, tokens[0].classes.contains(.base), !tokens[0].classes.contains(.thirdPerson),
            tokens[0].classes.isDisjoint(with: [.auxBe, .auxHave, .future, .hedgeModal, .modal, .conditional])
        {
            let next = tokens[1]
            if tokens[0].classes.contains(.auxDo) {
                if next.classes.contains(.negator), tokens.count > 2, tokens[2].classes.contains(.base) { return false }
            } else if next.classes.contains(.determiner) || next.classes.contains(.pronoun) || next.key == K.to
                || isParticle(next) || tokens[0].key == K.letWord || isAdverb(next) || next.flags.contains(.number)
            {
                return false
            }
        }
        return true
    }
}
