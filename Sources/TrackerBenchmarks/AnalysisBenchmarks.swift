import TrackerAnalysis
import TrackerCorpus

/// Throughput of the analysis alone, on generated text.
enum AnalysisBenchmarks {
    /// Sentence segmentation alone.
    static func segment(_ generator: CorpusGenerator, words: Int) {
        let text = generator.text(words: words)
        let count = WordCounter.count(in: text)
        let segmenter = SentenceSegmenter()
        var sentences = 0
        let seconds = Measure.median(runs: 7) { _ in sentences = segmenter.sentences(in: text).count }
        Measure.report(
            "segment", "\(Measure.rate(Double(count))) words, \(sentences) sentences", Measure.duration(seconds),
            "\(Measure.rate(Double(count) / seconds)) words/s (median of 7)")
    }

    /// Cleaning (decode, boilerplate) plus segmentation: what `tracker segment` does.
    static func read(_ generator: CorpusGenerator, words: Int) {
        let bytes = Array(generator.text(words: words).utf8)
        let reader = DocumentReader()
        let segmenter = SentenceSegmenter()
        var count = 0
        let seconds = Measure.median(runs: 5) { _ in
            guard let document = try? reader.read(bytes, format: .text, path: "bench") else { return }
            count = WordCounter.count(in: document.text)
            _ = segmenter.sentences(in: document.text)
        }
        Measure.report(
            "read + segment", "\(Measure.rate(Double(count))) words", Measure.duration(seconds),
            "\(Measure.rate(Double(count) / seconds)) words/s (median of 5)")
    }

    /// Segmentation and statement tagging: what `tracker annotate` computes.
    /// With a document date (as `annotate --date` and every `ingest` of a
    /// dated document) time expressions are found and normalised and dated
    /// roles resolved; without one, that step is skipped. Each on one core
    /// and on all of them (as the command runs; segmentation and actor
    /// resolution stay on one).
    static func annotate(_ generator: CorpusGenerator, words: Int) {
        let text = generator.text(words: words)
        let count = WordCounter.count(in: text)
        let segmenter = SentenceSegmenter()
        let dated = StatementTagger.DocumentContext(date: CalendarDate(year: 2019, month: 1, day: 19))
        let all = StatementTagger().cores
        for (label, context) in [("dated", dated), ("no date", .init())] {
            for cores in all > 1 ? [1, all] : [1] {
                var tagger = StatementTagger()
                tagger.cores = cores
                var annotated: [AnnotatedSentence] = []
                // On a shared virtual machine wall-clock time varies by a third from
                // run to run; CPU time (the process's own, on all its cores) less.
                // (Counted after the runs, not in them.)
                let seconds = Measure.medians(runs: 7) { _ in
                    annotated = []  // the last run's sentences go first (freeing them is timed, as before)
                    annotated = tagger.annotate(text, sentences: segmenter.sentences(in: text), context: context)
                }
                let statements = annotated.reduce(0) { $0 + $1.statements.count }
                let timed = annotated.reduce(0) { total, sentence in total + sentence.statements.count { $0.time != nil } }
                Measure.report(
                    "annotate (segment + tag, \(label), \(cores == 1 ? "1 core" : "\(cores) cores"))",
                    "\(Measure.rate(Double(count))) words, \(Measure.rate(Double(statements))) statements, \(Measure.rate(Double(timed))) timed",
                    Measure.duration(seconds.wall),
                    "\(Measure.rate(Double(count) / seconds.wall)) words/s; CPU time \(Measure.rate(Double(count) / seconds.cpu)) words/s (medians of 7)"
                )
            }
        }
    }
}
