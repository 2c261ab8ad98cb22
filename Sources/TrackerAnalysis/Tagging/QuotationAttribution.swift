/// A quotation that runs over several sentences (or paragraphs, each opening
/// with a quotation mark, as news prints them) has one speaker: its sentences
/// without a source take the source of the one that names it
/// (`"...," he said.`), else of the sentence that introduces it (`X said:`),
/// else of the attributed quotation just before it (a speaker goes on).
///
/// Rule id: `claim.source-of-quotation`.
enum QuotationAttribution {
    static let rule = "claim.source-of-quotation"

    /// Sets the source of the unattributed claims of every quotation of `sentences`, in order.
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

        /// Adds the next sentences and returns those now decided, in order.
        mutating func push(_ next: [AnnotatedSentence]) -> [AnnotatedSentence] {
            let input = held.isEmpty ? next : held + next
            held = []
            return run(input, final: input.count > Self.mostHeld)
        }

        /// The sentences still held, decided now that the document has ended.
        mutating func finish() -> [AnnotatedSentence] {
            let input = held
            held = []
            return run(input, final: true)
        }

        private mutating func run(_ input: [AnnotatedSentence], final: Bool) -> [AnnotatedSentence] {
            var sentences = input
            var index = 0
            while index < sentences.count {
                guard opensQuotation(sentences[index].text) else {
                    // A sentence that quotes and names its speaker ("“...,” she said") may go on in the next one.
                    previousSpeaker = quotes(sentences[index].text) ? source(of: sentences[index]) : nil
                    index += 1
                    continue
                }
                // The quotation's sentences: until one closes it, or a paragraph
                // ends without the next one reopening it.
                var end = index
                var open = true
                var undecided = false
                while end < sentences.count {
                    // A paragraph that goes on with the quotation reopens it with a mark of its own.
                    let reopened = end == index || sentences[end - 1].span.rule == .paragraphBreak
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
                    // The next block decides this quotation: hold it and what follows.
                    held = Array(sentences[index...])
                    if index > 0 { before = sentences[index - 1] }
                    return Array(sentences[..<index])
                }
                end = min(end, sentences.count - 1)
                let group = index...end
                let previous = index > 0 ? sentences[index - 1] : before
                let introducer = previous.flatMap { $0.text.hasSuffix(":") ? source(of: $0) : nil }
                var named: ActorMention?
                for position in group where named == nil { named = source(of: sentences[position]) }
                let speaker = named ?? introducer ?? previousSpeaker
                if let speaker {
                    for position in group {
                        for statement in sentences[position].statements.indices
                        where sentences[position].statements[statement].kind == .claim
                            && sentences[position].statements[statement].source == nil {
                            sentences[position].statements[statement].source = speaker
                            sentences[position].statements[statement].rules.append(rule)
                        }
                    }
                }
                previousSpeaker = speaker
                index = end + 1
            }
            if let last = sentences.last { before = last }
            return sentences
        }
    }

    /// The source of a sentence's first claim that has one.
    private static func source(of sentence: AnnotatedSentence) -> ActorMention? {
        sentence.statements.first { $0.kind == .claim && $0.source != nil }?.source
    }

    private static func quotes(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{201C}" || $0 == "\"" }
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
