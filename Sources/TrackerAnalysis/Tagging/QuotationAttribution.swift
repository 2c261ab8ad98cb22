/// A quotation that runs over several sentences (or paragraphs, each opening
/// with a quotation mark, as news prints them) has one speaker: its sentences
/// without a source take the source of the one that names it
/// (`"...," he said.`), else of the sentence that introduces it (`X said:`),
/// else of the attributed quotation just before it (a speaker goes on), else
/// of the reported speech right before it ("The repairs will take a year,
/// Ingrid Halvorsen said." then a quoted paragraph: news goes on from a
/// paraphrase to the speaker's own words). Every statement of the quotation
/// without a source takes it, not only its claims: a quoted pledge ("We will
/// reopen the bridge") is said by the speaker too.
///
/// A quoted pledge, deed or plan with no holder whose subject is the first
/// person ("We will reopen the bridge", "I intend to stay") is the speaker's:
/// "I" is the speaker, "we" and "our" the state or body the speaker belongs to
/// (the speaker when none is known).
///
/// A quotation opened inside a sentence and left open ("He said: “I can only
/// hope it is unintentional.") goes on in the sentences after it in its
/// paragraph, which carry no mark of their own; their speaker is the one the
/// opening sentence names.
///
/// Rule ids: `claim.source-of-quotation`; `claim.source-of-quotation-after-report`
/// for a speaker taken from the reported speech before the quotation;
/// `claim.source-of-quotation-carried` for the sentences of a quotation
/// opened inside the sentence before them;
/// `holder.quoted-first-person` for the holder of a first-person quotation;
/// `claim.source-of-subjectless-report` for a report with no subject of its
/// own ("And continued: ...") that goes on with the speaker before it.
enum QuotationAttribution {
    static let rule = RuleID(rawValue: "claim.source-of-quotation")
    static let afterReportRule = RuleID(rawValue: "claim.source-of-quotation-after-report")
    static let firstPersonRule = RuleID(rawValue: "holder.quoted-first-person")
    static let carriedRule = RuleID(rawValue: "claim.source-of-quotation-carried")
    /// Rule id of a report with no subject of its own that takes the speaker before it.
    static let subjectlessRule = RuleID(rawValue: "claim.source-of-subjectless-report")

    /// Sets the source of the unattributed claims of every quotation of `sentences`, in order,
    /// and adds the claim of each named source (``Stream/push(_:)``).
    static func attribute(_ sentences: inout [AnnotatedSentence]) {
        var stream = Stream()
        sentences = stream.push(sentences) + stream.finish()
    }

    /// The same attribution over a document given block by block: sentences
    /// come back once no later sentence can change them. A quotation still
    /// open at the end of a block (or whose paragraph ends the block, so that
    /// the next block may reopen it) is held, with the sentences after it,
    /// until the next block decides it; what carries over is the speaker
    /// going on and the sentence before (a possible "X said:"). The result
    /// is the same as ``attribute(_:)`` over the whole document, except for a
    /// quotation of more than ``Stream/mostHeld`` sentences, decided there so
    /// that memory stays bounded by the block.
    struct Stream {
        /// Sentences held for the next block (4,096: some 40 blocks' worth of the
        /// longest quotation in the examples, 9 sentences, and about 400 KB).
        static let mostHeld = 4_096
        /// Sentences not yet decided, as tagged (no source set from a quotation).
        private var held: [AnnotatedSentence] = []
        /// The last sentence handed out.
        private var before: AnnotatedSentence?
        /// The speaker of the quotation before, who may go on.
        private var previousSpeaker: ActorMention?
        /// Whether `previousSpeaker` was read from a reported (unquoted) sentence.
        private var previousWasReport = false

        /// Adds the next sentences and returns those now decided, in order.
        /// A decided sentence's sources are final, so each also carries the
        /// claim of every source named for its statements (``SourcedClaims``).
        mutating func push(_ next: [AnnotatedSentence]) -> [AnnotatedSentence] {
            let input = held.isEmpty ? next : held + next
            held = []
            var decided = run(input, final: input.count > Self.mostHeld)
            SourcedClaims.add(to: &decided)
            return decided
        }

        /// The sentences still held, decided now that the document has ended (as ``push(_:)`` returns them).
        mutating func finish() -> [AnnotatedSentence] {
            let input = held
            held = []
            var decided = run(input, final: true)
            SourcedClaims.add(to: &decided)
            return decided
        }

        private mutating func run(_ input: [AnnotatedSentence], final: Bool) -> [AnnotatedSentence] {
            var sentences = input
            var index = 0
            while index < sentences.count {
                // "He said: “I can only hope it is unintentional.": a quotation opened
                // inside a sentence that does not close it goes on in the sentences after it
                // in the paragraph, which open with no mark of their own.
                let carried = leavesQuotationOpen(sentences[index])
                // "And continued: ...", "But added that ...": a report with no subject of its
                // own goes on with the speaker of the sentence before.
                if let speaker = previousSpeaker, isSubjectlessReport(sentences[index]) {
                    give(speaker, to: &sentences[index], rule: subjectlessRule)
                }
                if carried, index + 1 == sentences.count, !final {
                    held = Array(sentences[index...])
                    if index > 0 { before = sentences[index - 1] }
                    return Array(sentences[..<index])
                }
                guard opensQuotation(sentences[index].text) || carried && index + 1 < sentences.count else {
                    // A sentence that quotes and names its speaker ("“...,” she said") may go on in
                    // the next one; so may one that reports a speaker's words ("..., she said.").
                    let quoting = quotes(sentences[index].text)
                    previousSpeaker = quoting ? source(of: sentences[index]) : reporter(of: sentences[index])
                    previousWasReport = !quoting && previousSpeaker != nil
                    index += 1
                    continue
                }
                // The sentence that opened a carried quotation introduces it, whoever it names.
                let opener = carried ? sentences[index] : nil
                if carried {
                    if let own = source(of: sentences[index]) { previousSpeaker = own }
                    previousWasReport = false
                    index += 1
                }
                // The quotation's sentences: until one closes it, or a paragraph
                // ends without the next one reopening it.
                var end = index
                var open = true
                var undecided = false
                while end < sentences.count {
                    // A paragraph that goes on with the quotation reopens it with a mark of its own
                    // (where paragraphs were run together, that mark opens a sentence inside it).
                    let reopened =
                        end == index && !carried || sentences[end - 1].span.rule == .paragraphBreak
                        || opensQuotation(sentences[end].text)
                    open = stillOpen(after: sentences[end].text, wasOpen: reopened ? false : open)
                    if !open { break }
                    if sentences[end].span.rule == .paragraphBreak || sentences[end].span.rule == .endOfText {
                        guard end + 1 < sentences.count else {
                            undecided = true
                            break
                        }
                        guard opensQuotation(sentences[end + 1].text) else { break }
                    }
                    end += 1
                }
                if end == sentences.count { undecided = true }
                if undecided, !final {
                    // The next block decides this quotation: hold it and what follows
                    // (from the sentence that opened it, when it was carried).
                    let first = carried ? index - 1 : index
                    held = Array(sentences[first...])
                    if first > 0 { before = sentences[first - 1] }
                    return Array(sentences[..<first])
                }
                end = min(end, sentences.count - 1)
                let group = index...end
                let previous = index > 0 ? sentences[index - 1] : before
                let introducer =
                    opener.flatMap { source(of: $0) } ?? previous.flatMap { $0.text.hasSuffix(":") ? source(of: $0) : nil }
                var named: ActorMention?
                for position in group where named == nil { named = source(of: sentences[position]) }
                // A quotation whose own report names someone the tagger does not know
                // ("“...,” said a farmer") is that person's, not the reporter's before it.
                // (Its report follows the closing mark: "has shown" inside the quotation reports nothing.)
                let ownUnknownSpeaker = group.contains { position in
                    sentences[position].statements.contains {
                        $0.kind == .claim && $0.source == nil && $0.rules.first == RuleID(.reportedSpeech)
                            && reportsAfterQuotation($0, in: sentences[position])
                    }
                }
                let goesOn = previousWasReport && ownUnknownSpeaker ? nil : previousSpeaker
                // (A carried quotation's speaker is the one its opening sentence names.)
                let speaker = carried ? introducer ?? named ?? goesOn : named ?? introducer ?? goesOn
                let appliedRule =
                    carried ? carriedRule : named == nil && introducer == nil && previousWasReport ? afterReportRule : rule
                if let speaker {
                    for position in group {
                        for statement in sentences[position].statements.indices {
                            if sentences[position].statements[statement].source == nil {
                                sentences[position].statements[statement].source = speaker
                                sentences[position].statements[statement].rules.append(appliedRule)
                            }
                            if let holder = QuotationAttribution.firstPersonHolder(
                                of: sentences[position].statements[statement],
                                in: sentences[position], speaker: speaker)
                            {
                                sentences[position].statements[statement].holder = holder
                                sentences[position].statements[statement].rules.append(firstPersonRule)
                            }
                        }
                    }
                }
                previousSpeaker = speaker
                previousWasReport = false
                index = end + 1
            }
            if let last = sentences.last { before = last }
            return sentences
        }
    }

    /// Gives `speaker` to every statement of `sentence` without a source.
    private static func give(_ speaker: ActorMention, to sentence: inout AnnotatedSentence, rule: RuleID) {
        for statement in sentence.statements.indices where sentence.statements[statement].source == nil {
            sentence.statements[statement].source = speaker
            sentence.statements[statement].rules.append(rule)
        }
    }

    /// Whether the sentence reports speech with a verb that has no subject of
    /// its own: only connectives come before it ("And continued:", "But added
    /// that", "Later added:"). A subject, named or not, speaks for itself.
    static func isSubjectlessReport(_ sentence: AnnotatedSentence) -> Bool {
        // Asked of every sentence after a speaker: most have no claim without a source, and need no scalars.
        guard sentence.statements.contains(where: { $0.kind == .claim && $0.source == nil }) else { return false }
        let scalars = Array(sentence.text.unicodeScalars)
        // What follows the verb: a colon, "that" or a quotation ("Asked if he would ...,
        // Mr Lund said": a fronted participle, whose subject is the main clause's).
        func introducesSpeech(_ cue: Cue) -> Bool {
            var after = max(0, cue.end - sentence.span.start)
            while after < scalars.count, scalars[after] == " " { after += 1 }
            guard after < scalars.count else { return false }
            if scalars[after] == ":" || scalars[after] == "\"" || scalars[after] == "\u{201C}" { return true }
            return String(String.UnicodeScalarView(scalars[after...].prefix(5))).lowercased() == "that "
        }
        // A reporting verb, or any verb before a colon ("And continued: ...").
        guard
            let cue = sentence.statements.lazy.filter({ $0.kind == .claim && $0.source == nil }).compactMap({ statement in
                statement.cues.first { cue in
                    cue.kind == StatementKind.claim.rawValue && introducesSpeech(cue)
                        && (statement.rules.first == RuleID(TaggingRule.reportedSpeech)
                            || scalars.indices.contains(cue.end - sentence.span.start) && scalars[cue.end - sentence.span.start] == ":")
                }
            }).first
        else { return false }
        let lead = scalars.prefix(max(0, min(scalars.count, cue.start - sentence.span.start)))
        let words = String(String.UnicodeScalarView(lead)).lowercased().split { !$0.isLetter }
        return words.allSatisfy { subjectlessLeads.contains(String($0)) }
    }

    /// Words that may come before a reporting verb with no subject.
    static let subjectlessLeads: Set<String> = ["and", "but", "then", "later", "also", "so", "yet"]

    /// The source of a sentence's first claim that has one.
    private static func source(of sentence: AnnotatedSentence) -> ActorMention? {
        sentence.statements.first { $0.kind == .claim && $0.source != nil }?.source
    }

    /// The holder of a quoted statement with none whose words before its cue
    /// (in its clause) are led by a first-person subject: the speaker ("I",
    /// "my"), or the speaker's state or body ("we", "our"). Nil for a claim,
    /// a statement with a holder, or a subject in the third person.
    static func firstPersonHolder(of statement: Statement, in sentence: AnnotatedSentence, speaker: ActorMention) -> ActorMention? {
        guard statement.kind != .claim, statement.holder == nil,
            let cue = statement.cues.first(where: { $0.kind == statement.kind.rawValue }) ?? statement.cues.first
        else { return nil }
        let scalars = Array(sentence.text.unicodeScalars)
        let lower = max(0, min(statement.clauseStart - sentence.span.start, scalars.count))
        let upper = max(lower, min(cue.start - sentence.span.start, scalars.count))
        var word = ""
        var words: [(text: String, start: Int)] = []
        for position in lower...upper {
            if position < upper, scalars[position].properties.isAlphabetic || scalars[position] == "'" || scalars[position] == "\u{2019}" {
                word.unicodeScalars.append(scalars[position])
            } else if !word.isEmpty {
                words.append((word, position - word.unicodeScalars.count))
                word = ""
            }
        }
        // The subject leads the words before the cue: "We will", "Our aim is to",
        // "But we have"; a name or noun before it ("The council and we") is not ours to read.
        let leading = words.prefix { ["but", "and", "so", "now", "yet", "then", "today"].contains($0.text.lowercased()) }
        guard let subject = words.dropFirst(leading.count).first else { return nil }
        let key = subject.text.lowercased().replacing("\u{2019}", with: "'")
        let start = sentence.span.start + subject.start
        let end = start + subject.text.unicodeScalars.count
        switch key {
        case "i", "my", "i'm", "i've", "i'll", "i'd":
            return ActorMention(
                actor: speaker.actor, mention: subject.text, start: start, end: end, id: speaker.id,
                kind: speaker.kind, affiliation: speaker.affiliation, affiliationID: speaker.affiliationID)
        case "we", "our", "we're", "we've", "we'll", "we'd":
            if speaker.kind == .person, let affiliation = speaker.affiliation, let id = speaker.affiliationID {
                return ActorMention(actor: affiliation, mention: subject.text, start: start, end: end, id: id)
            }
            return ActorMention(
                actor: speaker.actor, mention: subject.text, start: start, end: end, id: speaker.id,
                kind: speaker.kind, affiliation: speaker.affiliation, affiliationID: speaker.affiliationID)
        default:
            return nil
        }
    }

    /// The speaker of a sentence that reports speech with a named source
    /// ("..., Ingrid Halvorsen said."; "according to the ministry").
    private static func reporter(of sentence: AnnotatedSentence) -> ActorMention? {
        sentence.statements.first { statement in
            statement.kind == .claim && statement.source != nil
                && (statement.rules.first == RuleID(.reportedSpeech)
                    || statement.rules.first == RuleID(.accordingTo))
        }?.source
    }

    /// Whether the statement's reporting cue comes after the sentence's last
    /// closing quotation mark ("“...,” said a farmer").
    private static func reportsAfterQuotation(_ statement: Statement, in sentence: AnnotatedSentence) -> Bool {
        guard let cue = statement.cues.first(where: { $0.kind == StatementKind.claim.rawValue }) ?? statement.cues.first else {
            return false
        }
        var lastClose: Int?
        for (offset, scalar) in sentence.text.unicodeScalars.enumerated() where scalar == "\u{201D}" || scalar == "\"" {
            lastClose = offset
        }
        guard let lastClose else { return false }
        return cue.start - sentence.span.start > lastClose
    }

    private static func quotes(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{201C}" || $0 == "\"" }
    }

    /// Whether a sentence that does not open with a quotation mark opens one
    /// it leaves open, and its paragraph goes on after it.
    private static func leavesQuotationOpen(_ sentence: AnnotatedSentence) -> Bool {
        guard !opensQuotation(sentence.text), sentence.span.rule != .paragraphBreak, sentence.span.rule != .endOfText else {
            return false
        }
        return stillOpen(after: sentence.text, wasOpen: false)
    }

    /// Whether the sentence begins with an opening quotation mark.
    private static func opensQuotation(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first == "\u{201C}" || first == "\""
    }

    /// Whether a quotation is still open after `text`: curly marks open and
    /// close; straight ones alternate.
    private static func stillOpen(after text: String, wasOpen: Bool) -> Bool {
        var open = wasOpen
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }
}
