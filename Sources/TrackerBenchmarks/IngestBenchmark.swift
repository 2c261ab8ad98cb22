import Foundation
import TrackerAnalysis
import TrackerCorpus
import TrackerStore

/// Documents through the whole ingest path into a new file database, as
/// `tracker ingest` runs it (``IngestPipeline``: files read and analysed on
/// every core while the batch before is stored), beside annotate's own speed
/// on the same files in the same process. Then linking, as `tracker ingest` ends: every commitment linked
/// to its outcomes and the automatic links stored. The ingest row's peak
/// memory is taken before linking; the linking row's after it.
struct IngestBenchmark {
    let generator: CorpusGenerator
    let documents: Int
    let runs: Int

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The corpus goes to disk first, so that neither its generation nor its
        // memory counts: the benchmark reads the files like `tracker ingest`.
        var files: [(path: String, date: CalendarDate)] = []
        for index in 0..<documents {
            let generated = generator.document(index)
            let path = folder.appendingPathComponent(String(format: "doc-%06d.txt", index)).path
            try Data(generated.text.utf8).write(to: URL(fileURLWithPath: path))
            files.append((path, generated.date))
        }
        // Annotate's own speed on the same files in the same process, first: read
        // and analyse every file (on every core, as ingest analyses), nothing stored.
        let analyzer = DocumentAnalyzer()
        var words = 0
        let annotateSeconds = try Measure.median(runs: runs) { _ in
            words = 0
            for start in stride(from: 0, to: files.count, by: 128) {
                var documents: [CleanedDocument] = []
                for file in files[start..<min(start + 128, files.count)] {
                    guard let bytes = DocumentFiles.bytes(atPath: file.path) else { throw BenchmarkError("\(file.path): unreadable") }
                    var metadata = DocumentMetadata()
                    metadata.date = file.date
                    documents.append(try DocumentReader().read(bytes, format: .text, path: file.path, metadata: metadata))
                }
                words += analyzer.analyze(documents).reduce(0) { $0 + $1.wordCount }
            }
        }
        var sentences = 0
        var statements = 0
        var cpuSeconds: [Double] = []
        let inputs = files.map { file -> IngestPipeline.File in
            var metadata = DocumentMetadata()
            metadata.date = file.date
            return IngestPipeline.File(path: file.path, format: .text, metadata: metadata)
        }
        let seconds = try Measure.median(runs: runs) { run in
            let database = folder.appendingPathComponent("run-\(run).sqlite").path
            var pipeline = IngestPipeline(
                store: try TrackerDatabase(path: database), analyzer: analyzer,
                analyzerVersion: AnalyzerVersion.current)
            pipeline.linksOutcomes = false
            let cpuStart = Measure.cpuTime()
            let summary = try pipeline.run(inputs) { _ in }
            cpuSeconds.append(Measure.cpuTime() - cpuStart)
            sentences = summary.sentences
            statements = summary.statements
        }
        let cpu = cpuSeconds.sorted()[cpuSeconds.count / 2]
        let annotateRate = Double(words) / annotateSeconds
        let ingestRate = Double(words) / seconds
        Measure.report(
            "ingest into a file database (IngestPipeline)",
            "\(documents) documents, \(Measure.rate(Double(words))) words, "
                + "\(Measure.rate(Double(sentences))) sentences, \(Measure.rate(Double(statements))) statements",
            Measure.duration(seconds) + (runs > 1 ? " (median of \(runs))" : ""),
            "\(Measure.rate(Double(documents) / seconds)) documents/s, \(Measure.rate(Double(statements) / seconds)) statements/s, "
                + "**\(Measure.rate(ingestRate)) words/s**; annotate alone on the same files \(Measure.rate(annotateRate)) words/s "
                + "(read and analysed on every core, \(Measure.duration(annotateSeconds))): ingest at "
                + String(format: "%.2f", ingestRate / annotateRate) + " of it; CPU time \(Measure.duration(cpu)), "
                + "\(Measure.rate(Double(words) / cpu)) words per CPU second")
        // Linking, once, after the ingest's peak memory is reported: what
        // `tracker ingest` does once its documents are stored (the links are
        // computed and counted, not stored: Schema/012).
        let store = try TrackerDatabase(path: folder.appendingPathComponent("run-\(runs - 1).sqlite").path)
        var links = 0
        let link = try Measure.time { links = try store.countOutcomeLinks() }
        Measure.report(
            "ingest with linking (then the links computed)", "\(documents) documents, \(links) links",
            Measure.duration(seconds + link),
            "\(Measure.rate(Double(documents) / (seconds + link))) documents/s; linking \(Measure.duration(link))")
    }
}
