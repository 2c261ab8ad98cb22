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
        var index = 0
        var previousSpeaker: ActorMention?
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
            while end < sentences.count {
                // A paragraph that goes on with the quotation reopens it with a mark of its own.
                let reopened = end == index || sentences[end - 1].span.rule == .paragraphBreak
                open = stillOpen(after: sentences[end].text, wasOpen: reopened ? false : open)
                if !open { break }
                if sentences[end].span.rule == .paragraphBreak || sentences[end].span.rule == .endOfText {
                    guard end + 1 < sentences.count, opensQuotation(sentences[end + 1].text) else { break }
                }
                end += 1
            }
            end = min(end, sentences.count - 1)
            let group = index...end
            let introducer = index > 0 && sentences[index - 1].text.hasSuffix(":") ? source(of: sentences[index - 1]) : nil
            var named: ActorMention?
            for position in group where named == nil { named = source(of: sentences[position]) }
            let speaker = named ?? introducer ?? previousSpeaker
            if let speaker {
                for position in group {
                    for statement in sentences[position].statements.indices
                    where sentences[position].statements[statement].kind == .claim && sentences[position].statements[statement].source == nil {
                        sentences[position].statements[statement].source = speaker
                        sentences[position].statements[statement].rules.append(rule)
                    }
                }
            }
            previousSpeaker = speaker
            index = end + 1
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
