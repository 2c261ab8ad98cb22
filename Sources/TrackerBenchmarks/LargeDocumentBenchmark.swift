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

    /// One of the two measurements (`annotate` or `ingest`) on the document
    /// at `path`, as the commands run them: the file read into one array,
    /// cleaned, then analysed block by block (``TextBlock``), each block's
    /// sentences dropped (`annotate`'s lines are written and forgotten) or
    /// stored in the document's one transaction (`ingest`). The ingest row
    /// also gives SQLite's own peak heap (`sqlite3_memory_highwater`).
    static func run(_ which: String, path: String) throws {
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2025, month: 6, day: 15)
        let analyzer = DocumentAnalyzer()
        var document: CleanedDocument?
        let reading = try Measure.time {
            guard let bytes = DocumentFiles.bytes(atPath: path) else { throw BenchmarkError("\(path): unreadable") }
            document = try DocumentReader().read(bytes, format: .text, path: path, metadata: metadata)
        }
        guard let document else { return }
        let megabytes = String(format: "%.0f MB", Double(document.text.utf8.count) / 1e6)
        let words = WordCounter.count(in: document.text)
        switch which {
        case "annotate":
            var statements = 0
            let seconds =
                reading
                + Measure.time {
                    analyzer.annotateInBlocks(document) { block in statements += block.reduce(0) { $0 + $1.statements.count } }
                }
            Measure.report(
                "annotate one large document (in blocks)",
                "\(megabytes), \(Measure.rate(Double(words))) words, \(Measure.rate(Double(statements))) statements",
                Measure.duration(seconds), "\(Measure.rate(Double(words) / seconds)) words/s")
        case "ingest":
            let database = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-large-\(getpid()).sqlite").path
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
            let store = try TrackerDatabase(path: database)
            var statements = 0
            let seconds =
                reading
                + (try Measure.time {
                    statements = try store.ingestInBlocks(
                        document, path: path, analyzer: analyzer,
                        analyzerVersion: AnalyzerVersion.current
                    ).statements
                })
            Measure.report(
                "ingest one large document (in blocks, one transaction)",
                "\(megabytes), \(Measure.rate(Double(words))) words, \(Measure.rate(Double(statements))) statements",
                Measure.duration(seconds),
                "\(Measure.rate(Double(words) / seconds)) words/s; SQLite's peak heap "
                    + String(format: "%.0f MiB", Double(TrackerDatabase.sqliteMemoryHighwater) / 1_048_576))
        default:
            throw BenchmarkError("large: give --only annotate or --only ingest")
        }
    }
}
