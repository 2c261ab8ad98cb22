import Foundation
import TrackerAnalysis
import TrackerCorpus
import TrackerStore

/// Throughput benchmarks. Build in release and run from the project's root:
///
///     swift run -c release TrackerBenchmarks            # every benchmark but hostile
///     swift run -c release TrackerBenchmarks segment    # one
///     swift run -c release TrackerBenchmarks hostile    # 50 MB, normal and pathological
///     swift run -c release TrackerBenchmarks hostile --bytes 6000000 --only unpunctuated
///
/// Corpora are generated from `Examples/` with a fixed seed, so every run
/// measures the same text. Figures go to standard output as a Markdown table.
@main
struct TrackerBenchmarks {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let examples = option("--examples", in: &arguments) ?? "Examples"
        let words = option("--words", in: &arguments).flatMap(Int.init) ?? 1_000_000
        let documents = option("--documents", in: &arguments).flatMap(Int.init) ?? 2_000
        let hostileBytes = option("--bytes", in: &arguments).flatMap(Int.init) ?? 50_000_000
        let hostileOnly = option("--only", in: &arguments)
        let selected = Set(arguments)
        let all = ["segment", "read", "annotate", "ingest", "hostile"]
        if let unknown = selected.first(where: { !all.contains($0) }) {
            FileHandle.standardError.write(Data("unknown benchmark '\(unknown)'; choose from \(all.joined(separator: ", "))\n".utf8))
            exit(2)
        }
        let generator = try CorpusGenerator(documents: exampleDocuments(in: examples))
        print("| benchmark | input | time (median of runs) | throughput | peak memory |")
        print("| --- | --- | --- | --- | --- |")
        if selected.isEmpty || selected.contains("segment") { segment(generator, words: words) }
        if selected.isEmpty || selected.contains("read") { read(generator, words: words) }
        if selected.isEmpty || selected.contains("annotate") { annotate(generator, words: words) }
        if selected.isEmpty || selected.contains("ingest") { try ingest(generator, documents: documents) }
        if selected.contains("hostile") { HostileBenchmark.run(generator, bytes: hostileBytes, only: hostileOnly) }
    }

    /// Sentence segmentation alone, one core.
    static func segment(_ generator: CorpusGenerator, words: Int) {
        let text = generator.text(words: words)
        let count = WordCounter.count(in: text)
        let segmenter = SentenceSegmenter()
        var sentences = 0
        let seconds = median(runs: 7) { sentences = segmenter.sentences(in: text).count }
        report("segment", "\(count) words, \(sentences) sentences", seconds, "\(rate(Double(count) / seconds)) words/s")
    }

    /// Cleaning (decode, boilerplate) plus segmentation: what `tracker segment` does.
    static func read(_ generator: CorpusGenerator, words: Int) {
        let bytes = Array(generator.text(words: words).utf8)
        let reader = DocumentReader()
        let segmenter = SentenceSegmenter()
        var count = 0
        let seconds = median(runs: 5) {
            guard let document = try? reader.read(bytes, format: .text, path: "bench") else { return }
            count = WordCounter.count(in: document.text)
            _ = segmenter.sentences(in: document.text)
        }
        report("read + segment", "\(count) words", seconds, "\(rate(Double(count) / seconds)) words/s")
    }

    /// Segmentation and statement tagging, one core: what `tracker annotate` computes.
    static func annotate(_ generator: CorpusGenerator, words: Int) {
        let text = generator.text(words: words)
        let count = WordCounter.count(in: text)
        let segmenter = SentenceSegmenter()
        let tagger = StatementTagger()
        var statements = 0
        let seconds = median(runs: 5) {
            let sentences = tagger.annotate(text, sentences: segmenter.sentences(in: text))
            statements = sentences.reduce(0) { $0 + $1.statements.count }
        }
        report("annotate (segment + tag)", "\(count) words, \(statements) statements", seconds,
               "\(rate(Double(count) / seconds)) words/s")
    }

    /// Documents through the whole ingest path into a file database.
    static func ingest(_ generator: CorpusGenerator, documents: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = (0..<documents).map { Array(generator.document($0).text.utf8) }
        let reader = DocumentReader()
        let analyzer = DocumentAnalyzer()
        var words = 0
        var sentences = 0
        var statements = 0
        let seconds = try median(runs: 3) { run in
            let store = try TrackerDatabase(path: folder.appendingPathComponent("run-\(run).sqlite").path)
            words = 0
            sentences = 0
            statements = 0
            for (index, bytes) in texts.enumerated() {
                var metadata = DocumentMetadata()
                metadata.date = generator.document(index).date
                let document = try reader.read(bytes, format: .text, path: "doc-\(index).txt", metadata: metadata)
                let analyzed = analyzer.analyze(document)
                words += analyzed.wordCount
                sentences += analyzed.sentences.count
                statements += analyzed.statementCount
                _ = try store.ingest(analyzed, path: "doc-\(index).txt", analyzerVersion: AnalyzerVersion.current)
            }
        }
        report("ingest (file database)", "\(documents) documents, \(words) words, \(sentences) sentences, \(statements) statements",
               seconds, "\(rate(Double(documents) / seconds)) documents/s, \(rate(Double(words) / seconds)) words/s, "
                   + "\(rate(Double(statements) / seconds)) statements/s")
    }

    // MARK: Measuring

    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        try median(runs: runs) { (_: Int) in try body() }
    }

    static func median(runs: Int, _ body: (Int) throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for run in 0..<runs {
            let elapsed = try clock.measure { try body(run) }
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return times.sorted()[times.count / 2]
    }

    static func report(_ name: String, _ input: String, _ seconds: Double, _ throughput: String) {
        print("| \(name) | \(input) | \(String(format: "%.3f s", seconds)) | \(throughput) | \(peakMemory()) |")
    }

    static func rate(_ value: Double) -> String {
        value >= 1e6 ? String(format: "%.1f M", value / 1e6) : value >= 1e3 ? String(format: "%.1f k", value / 1e3) : String(format: "%.0f", value)
    }

    /// The process's peak resident memory so far (VmHWM), Linux only.
    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "n/a" }
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return String(format: "%.0f MiB", kilobytes / 1024)
    }

    static func option(_ name: String, in arguments: inout [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        let value = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
        return value
    }

    static func exampleDocuments(in folder: String) throws -> [CleanedDocument] {
        let reader = DocumentReader()
        var documents: [CleanedDocument] = []
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw BenchmarkError("\(folder): not found; run from the project's root or pass --examples DIR")
        }
        while let relative = enumerator.nextObject() as? String {
            guard let format = DocumentFormat(path: relative) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            documents.append(try reader.read([UInt8](data), format: format, path: path))
        }
        if documents.isEmpty { throw BenchmarkError("\(folder): no example articles") }
        return documents
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
