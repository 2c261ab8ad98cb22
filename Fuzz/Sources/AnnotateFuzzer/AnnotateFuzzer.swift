import TrackerAnalysis

/// libFuzzer's entry point: `annotate` on arbitrary bytes.
///
/// The first byte chooses how the rest is read: its value modulo 3 the
/// format (plain text, Markdown, HTML: decoding, cleaning and boilerplate
/// removal), its top bit the segmentation (sentences, or one sentence per
/// line). The document is then tagged with actors and times against a fixed
/// date. Besides crashes, hangs and sanitizer reports, it checks the offset
/// contract: every sentence, cue, actor mention and time expression is the
/// text found at its offsets (Unicode scalars of the cleaned text), and
/// sentences come in order without overlapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func annotateFuzzer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let mode = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let format = [DocumentFormat.text, .markdown, .html][Int(mode % 3)]
    guard let document = try? AnnotateFuzzer.reader.read(bytes, format: format, path: "fuzz") else { return 0 }
    AnnotateFuzzer.check(document, linePerSentence: mode & 0x80 != 0)
    return 0
}

enum AnnotateFuzzer {
    static let reader = DocumentReader()
    static let segmenter = SentenceSegmenter()
    static let tagger = StatementTagger()
    static let context = StatementTagger.DocumentContext(
        date: CalendarDate(year: 2025, month: 6, day: 15),
        publication: "Fuzz Ledger")

    static func check(_ document: CleanedDocument, linePerSentence: Bool) {
        let scalars = Array(document.text.unicodeScalars)
        let spans = linePerSentence ? segmenter.lines(in: document.text) : segmenter.sentences(in: document.text)
        var previousEnd = 0
        for span in spans {
            precondition(
                span.start >= previousEnd && span.start < span.end && span.end <= scalars.count,
                "sentence span \(span.start)..<\(span.end) out of order or out of range")
            precondition(
                span.text(in: document.text).unicodeScalars.elementsEqual(scalars[span.start..<span.end]),
                "scalar and UTF-8 offsets of a sentence disagree")
            previousEnd = span.end
        }
        for sentence in tagger.annotate(document.text, sentences: spans, context: context) {
            precondition(
                sentence.text.unicodeScalars.elementsEqual(scalars[sentence.span.start..<sentence.span.end]),
                "a sentence's text is not the text at its offsets")
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

    static func expect(
        _ found: String, at start: Int, _ end: Int, in scalars: [Unicode.Scalar],
        within span: SentenceSpan, _ what: String
    ) {
        precondition(
            start >= span.start && start <= end && end <= span.end,
            "\(what) \(start)..<\(end) outside its sentence \(span.start)..<\(span.end)")
        precondition(
            found.unicodeScalars.elementsEqual(scalars[start..<end]),
            "\(what) '\(found)' is not the text at \(start)..<\(end)")
    }
}

/// libFuzzer's driver, which its own `main` would call.
@_silgen_name("LLVMFuzzerRunDriver")
func fuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point. SwiftPM links an executable target with
/// `main` aliased to `<Module>_main`, which `-parse-as-library` (needed so
/// that Swift does not emit a `main` of its own) leaves undefined; this
/// defines it and hands over to libFuzzer's driver.
@_cdecl("AnnotateFuzzer_main")
public func annotateFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return fuzzerRunDriver(&count, &arguments, annotateFuzzer)
}
