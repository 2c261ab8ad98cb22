import Foundation
import TrackerAnalysis
import TrackerCorpus
import TrackerStore

/// Documents through the whole ingest path into a new file database, as
/// `tracker ingest` runs it: read each file, clean, analyse, store in
/// batches. Then linking, as `tracker ingest` ends: every commitment linked
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
        let reader = DocumentReader()
        let analyzer = DocumentAnalyzer()
        var words = 0
        var sentences = 0
        var statements = 0
        var storeSeconds: [Double] = []
        var cpuSeconds: [Double] = []
        var storeCPUSeconds: [Double] = []
        let seconds = try Measure.median(runs: runs) { run in
            let database = folder.appendingPathComponent("run-\(run).sqlite").path
            let store = try TrackerDatabase(path: database)
            var batch = DocumentBatch(store: store, analyzerVersion: AnalyzerVersion.current)
            words = 0
            sentences = 0
            statements = 0
            var storing = 0.0
            var storingCPU = 0.0
            let cpuStart = Measure.cpuTime()
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file.path) else { throw BenchmarkError("\(file.path): unreadable") }
                var metadata = DocumentMetadata()
                metadata.date = file.date
                let document = try reader.read([UInt8](bytes), format: .text, path: file.path, metadata: metadata)
                let analyzed = analyzer.analyze(document)
                words += analyzed.wordCount
                sentences += analyzed.sentences.count
                statements += analyzed.statementCount
                let cpu = Measure.cpuTime()
                storing += try Measure.time { _ = try batch.add(analyzed, path: file.path) }
                storingCPU += Measure.cpuTime() - cpu
            }
            let cpu = Measure.cpuTime()
            storing += try Measure.time { _ = try batch.flush() }
            storingCPU += Measure.cpuTime() - cpu
            storeSeconds.append(storing)
            storeCPUSeconds.append(storingCPU)
            cpuSeconds.append(Measure.cpuTime() - cpuStart)
        }
        let storing = storeSeconds.sorted()[storeSeconds.count / 2]
        let cpu = cpuSeconds.sorted()[cpuSeconds.count / 2]
        let storeCPU = storeCPUSeconds.sorted()[storeCPUSeconds.count / 2]
        Measure.report("ingest into a file database", "\(documents) documents, \(Measure.rate(Double(words))) words, "
                           + "\(Measure.rate(Double(sentences))) sentences, \(Measure.rate(Double(statements))) statements",
                       Measure.duration(seconds) + (runs > 1 ? " (median of \(runs))" : ""),
                       "\(Measure.rate(Double(documents) / seconds)) documents/s, \(Measure.rate(Double(statements) / seconds)) statements/s, "
                           + "**\(Measure.rate(Double(words) / seconds)) words/s**; storing \(Measure.duration(storing)) of it; "
                           + "CPU time \(Measure.duration(cpu)) (storing \(Measure.duration(storeCPU))), "
                           + "\(Measure.rate(Double(words) / cpu)) words per CPU second")
        // Linking, once, after the ingest's peak memory is reported: what
        // `tracker ingest` does once its documents are stored.
        let store = try TrackerDatabase(path: folder.appendingPathComponent("run-\(runs - 1).sqlite").path)
        var links = 0
        let link = try Measure.time { links = try store.storeAutomaticLinks() }
        Measure.report("ingest with linking (then the automatic links stored)", "\(documents) documents, \(links) links",
                       Measure.duration(seconds + link),
                       "\(Measure.rate(Double(documents) / (seconds + link))) documents/s; linking \(Measure.duration(link))")
    }
}
