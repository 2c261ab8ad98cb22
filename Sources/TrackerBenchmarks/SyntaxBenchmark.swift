import TrackerAnalysis
import TrackerCorpus
import TrackerSyntax

/// Tagging and parsing throughput on one core, on generated text.
enum SyntaxBenchmark {
    /// Words are split and sentences segmented before timing; the timed part is
    /// what the analysis will call per sentence: tag and parse its words.
    static func run(_ generator: CorpusGenerator, words: Int) throws {
        let text = generator.text(words: words)
        let splitter = WordSplitter()
        let sentences = SentenceSegmenter().sentences(in: text).map { splitter.words(in: $0.text(in: text)).map(\.form) }
        let count = sentences.reduce(0) { $0 + $1.count }
        let analyzer = try SyntaxAnalyzer.english
        var arcs = 0
        // One thread, so the process's CPU time is this core's time; on a shared
        // machine wall-clock time also counts the time other processes had the core.
        let seconds = Measure.medians(runs: 3) { _ in
            arcs = 0
            for sentence in sentences { arcs += analyzer.parse(words: sentence).words.count { $0.head != nil } }
        }
        Measure.report(
            "syntax (tag + parse, 1 core)", "\(Measure.rate(Double(count))) words (treebank split), \(sentences.count) sentences",
            Measure.duration(seconds.wall),
            "\(Measure.rate(Double(count) / seconds.wall)) words/s wall, \(Measure.rate(Double(count) / seconds.cpu)) words/s "
                + "of CPU time (medians of 3), \(Measure.rate(Double(arcs))) arcs")
    }
}
