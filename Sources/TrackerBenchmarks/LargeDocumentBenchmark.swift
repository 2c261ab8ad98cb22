import Foundation
import TrackerAnalysis
import TrackerCorpus
import TrackerStore

/// Peak memory of one very large document (issue 12, point 6): `annotate`'s
/// path (read, clean, segment, tag) and `ingest`'s (the same, then stored in
/// a new file database), each in its own process, on one generated document
/// of `--large-bytes` bytes (default 200 MB). Not in the default run (it takes
/// minutes and gigabytes today):
///
///     swift run -c release TrackerBenchmarks large
///     swift run -c release TrackerBenchmarks large --large-bytes 20000000
///
/// The document is generated once into the data folder (by the parent, so
/// its generation counts in neither row) and read from there as a file.
enum LargeDocumentBenchmark {
    /// The generated document for `bytes`, written on first use.
    static func document(bytes: Int, folder: String, generator: () -> CorpusGenerator) throws -> String {
        let path = (folder as NSString).appendingPathComponent("large-\(bytes).txt")
        if FileManager.default.fileExists(atPath: path) { return path }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let partial = path + ".partial"
        try Data(HostileBenchmark.prose(generator(), bytes: bytes).utf8).write(to: URL(fileURLWithPath: partial))
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return path
    }

    /// One of the two measurements (`annotate` or `ingest`) on the document at `path`.
    static func run(_ which: String, path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchmarkError("\(path): unreadable") }
        let megabytes = String(format: "%.0f MB", Double(data.count) / 1e6)
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2025, month: 6, day: 15)
        var analyzed: AnalyzedDocument?
        let seconds = try Measure.time {
            let document = try DocumentReader().read([UInt8](data), format: .text, path: path, metadata: metadata)
            analyzed = DocumentAnalyzer().analyze(document)
        }
        guard let analyzed else { return }
        let counts = "\(megabytes), \(Measure.rate(Double(analyzed.wordCount))) words, "
            + "\(Measure.rate(Double(analyzed.statementCount))) statements"
        switch which {
        case "annotate":
            Measure.report("annotate one large document", counts, Measure.duration(seconds),
                           "\(Measure.rate(Double(analyzed.wordCount) / seconds)) words/s")
        case "ingest":
            let database = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-large-\(getpid()).sqlite").path
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
            let store = try TrackerDatabase(path: database)
            var batch = DocumentBatch(store: store, analyzerVersion: AnalyzerVersion.current)
            let storing = try Measure.time {
                _ = try batch.add(analyzed, path: path)
                _ = try batch.flush()
            }
            Measure.report("ingest one large document", counts, Measure.duration(seconds + storing),
                           "\(Measure.rate(Double(analyzed.wordCount) / (seconds + storing))) words/s; storing \(Measure.duration(storing))")
        default:
            throw BenchmarkError("large: give --only annotate or --only ingest")
        }
    }
}
