import Foundation
import TrackerAnalysis
import TrackerCorpus

/// Linear time on hostile input: the whole analysis (read, segment, tag with
/// actors and times) on about 50 MB of normal prose and on the same prose
/// made pathological, each as one document, with words/s for each and the
/// ratio to normal text. Not part of the default run (it takes minutes):
///
///     swift run -c release TrackerBenchmarks hostile
///
/// Times are the thread's CPU time (median of 3), not the wall clock: on a
/// machine shared with other work the wall clock measures the others too,
/// and the ratio between inputs is what this benchmark is for.
enum HostileBenchmark {
    /// Scripts, marks and joiners mixed into the prose.
    static let foreign = [
        "Россия", "заявила", "中国", "承诺了", "مصر", "\u{200F}قالت\u{200F}", "😀", "👩\u{200D}🔬",
        "👋🏽", "Cafe\u{301}", "e\u{301}e\u{301}", "zero\u{200B}width", "\u{202E}bidi\u{202C}",
    ]

    /// `only`: run just the inputs whose name contains it (besides normal prose).
    static func run(_ generator: CorpusGenerator, bytes: Int, only: String? = nil) {
        let normal = prose(generator, bytes: bytes)
        let inputs: [(String, () -> String)] = [
            ("normal prose", { normal }),
            ("one unpunctuated run", { unpunctuated(normal) }),
            ("one line, no line breaks", { oneLine(normal) }),
            ("mixed scripts", { mixedScripts(normal) }),
        ]
        var baseline: Double?
        for (name, make) in inputs where baseline == nil || only.map({ name.contains($0) }) ?? true {
            let text = make()
            let bytes = Array(text.utf8)
            let reader = DocumentReader()
            let segmenter = SentenceSegmenter()
            let tagger = StatementTagger()
            let context = StatementTagger.DocumentContext(date: CalendarDate(year: 2025, month: 6, day: 15))
            var words = 0
            var sentences = 0
            var statements = 0
            let seconds = medianCPUTime(runs: 3) {
                guard let document = try? reader.read(bytes, format: .text, path: "hostile") else { return }
                let spans = segmenter.sentences(in: document.text)
                let annotated = tagger.annotate(document.text, sentences: spans, context: context)
                words = WordCounter.count(in: document.text)
                sentences = spans.count
                statements = annotated.reduce(0) { $0 + $1.statements.count }
            }
            let rate = Double(words) / seconds
            let ratio = baseline.map { String(format: ", %.2f × normal", rate / $0) } ?? ""
            if baseline == nil { baseline = rate }
            Measure.report(
                "hostile: \(name)",
                String(format: "%.1f MB, %d words, %d sentences, %d statements", Double(bytes.count) / 1e6, words, sentences, statements),
                Measure.duration(seconds), "\(Measure.rate(rate)) words/s" + ratio)
        }
    }

    /// The median CPU time of this thread over `runs` runs of `body`, in seconds.
    static func medianCPUTime(runs: Int, _ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
        }
        var times: [Double] = []
        for _ in 0..<runs {
            let start = now()
            body()
            times.append(now() - start)
        }
        return times.sorted()[times.count / 2]
    }

    /// Generated articles joined by blank lines until `bytes` is reached.
    static func prose(_ generator: CorpusGenerator, bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 20_000)
        var index = 0
        while text.utf8.count < bytes {
            text += generator.document(index, words: 2_000).text
            text += "\n\n"
            index += 1
        }
        return text
    }

    /// Letters, digits and single spaces only: no sentence boundary anywhere.
    static func unpunctuated(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                scalars.append(" ")
                lastWasSpace = true
            }
        }
        return String(scalars)
    }

    /// The prose with every line break made a space: one line.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }

    /// Every third word followed by a word in another script, a mark or an
    /// emoji sequence.
    static func mixedScripts(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var first = true
            for word in line.split(separator: " ") {
                if !first { out += " " }
                first = false
                out += word
                count += 1
                if count % 3 == 0 { out += " " + foreign[(count / 3) % foreign.count] }
            }
            out += "\n"
        }
        return out
    }
}
