import TrackerAnalysis

/// libFuzzer's entry point: `annotate` on arbitrary bytes.
///
/// The bytes are read as a plain-text, a Markdown and an HTML document (each
/// through decoding, cleaning and boilerplate removal), segmented both ways
/// (sentences and one sentence per line), and tagged with actors and times
/// against a fixed date. Besides crashes, hangs and sanitizer reports, it
/// checks the offset contract: every sentence, cue, actor mention and time
/// expression is the text found at its offsets (Unicode scalars of the
/// cleaned text), and sentences come in order without overlapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func annotateFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [DocumentFormat.text, .markdown, .html] {
        guard let document = try? AnnotateFuzzer.reader.read(bytes, format: format, path: "fuzz") else { continue }
        AnnotateFuzzer.check(document)
    }
    return 0
}

enum AnnotateFuzzer {
    static let reader = DocumentReader()
    static let segmenter = SentenceSegmenter()
    static let tagger = StatementTagger()
    static let context = StatementTagger.DocumentContext(date: CalendarDate(year: 2025, month: 6, day: 15),
                                                          publication: "Fuzz Ledger")

    static func check(_ document: CleanedDocument) {
        let scalars = Array(document.text.unicodeScalars)
        for spans in [segmenter.sentences(in: document.text), segmenter.lines(in: document.text)] {
            var previousEnd = 0
            for span in spans {
                precondition(span.start >= previousEnd && span.start < span.end && span.end <= scalars.count,
                             "sentence span \(span.start)..<\(span.end) out of order or out of range")
                precondition(span.text(in: document.text) == text(scalars, span.start, span.end),
                             "scalar and UTF-8 offsets of a sentence disagree")
                previousEnd = span.end
            }
            for sentence in tagger.annotate(document.text, sentences: spans, context: context) {
                precondition(sentence.text == text(scalars, sentence.span.start, sentence.span.end))
                for statement in sentence.statements {
                    for cue in statement.cues {
                        expect(cue.text, at: cue.start, cue.end, in: scalars, within: sentence.span, "cue")
                    }
                    for mention in [statement.holder, statement.source].compactMap({ $0 }) + statement.holders + statement.targets {
                        expect(mention.mention, at: mention.start, mention.end, in: scalars, within: sentence.span, "actor")
                    }
                    if let time = statement.time {
                        expect(time.text, at: time.start, time.end, in: scalars, within: sentence.span, "time")
                    }
                }
            }
        }
    }

    static func expect(_ found: String, at start: Int, _ end: Int, in scalars: [Unicode.Scalar],
                       within span: SentenceSpan, _ what: String) {
        precondition(start >= span.start && start <= end && end <= span.end,
                     "\(what) \(start)..<\(end) outside its sentence \(span.start)..<\(span.end)")
        precondition(text(scalars, start, end) == found, "\(what) '\(found)' is not the text at \(start)..<\(end)")
    }

    static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
