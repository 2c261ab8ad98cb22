import Foundation
import TrackerAnalysis

/// Main-content extraction from real web pages: the article-extraction
/// benchmark's pages (`--pages DIR`, gzipped HTML, default
/// `../shared/data/article-extraction/html`), read as `tracker segment` reads
/// them (decode, parse, extract, metadata, boilerplate lines), without
/// segmentation. Reports the CPU time for all pages and MB of HTML per second
/// per core (one core: the reader is single-threaded). `Scripts/trafilatura-bench.py`
/// runs this beside trafilatura on the same pages.
enum ExtractionBenchmark {
    static func run(pages directory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".html.gz") }.sorted()
        guard !names.isEmpty else { throw BenchmarkError("\(directory): no .html.gz pages") }
        var pages: [[UInt8]] = []
        for name in names { pages.append(try gunzip(directory + "/" + name)) }
        let bytes = pages.reduce(0) { $0 + $1.count }
        let reader = DocumentReader()
        var kept = 0
        let seconds = Measure.medians(runs: 5) { _ in
            kept = 0
            for page in pages {
                if let document = try? reader.read(page, format: .html, path: "page.html") { kept += document.text.utf8.count }
            }
        }
        let megabytes = Double(bytes) / 1e6
        Measure.report(
            "extract (HTML pages to article text)",
            "\(pages.count) pages, \(String(format: "%.1f", megabytes)) MB of HTML, \(Measure.rate(Double(kept))) bytes kept",
            Measure.duration(seconds.wall),
            String(format: "CPU time %.2f s; %.1f MB/s per core (medians of 5)", seconds.cpu, megabytes / seconds.cpu))
    }

    /// A gzipped file's bytes, through the system's `gzip` (outside the timed runs).
    static func gunzip(_ path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkError("\(path): gzip -dc failed") }
        return [UInt8](data)
    }
}
