import Foundation
import TrackerAnalysis
import TrackerCorpus
import TrackerStore

/// Throughput, latency and memory benchmarks. Build in release and run from
/// the project's root:
///
///     swift run -c release TrackerBenchmarks                 # every benchmark
///     swift run -c release TrackerBenchmarks ingest query    # some
///     swift run -c release TrackerBenchmarks corpus --words 1000000 --out corpus.txt
///
/// Benchmarks: `segment`, `read`, `annotate`, `syntax` (tag + parse), `ingest` (1,000 and 10,000
/// documents), `query` (`statements --actor`, `commitments`, `--search` at
/// 10 thousand and 1 million statements), `status` (every commitment's
/// status), `report` (`report status` at 1 million statements); only when
/// named, `hostile`, `large` (peak memory of one 200 MB document),
/// `extract` (main content of real web pages, `--pages DIR`) and
/// `annotate-output` (`tracker annotate --format jsonl` against `--format
/// text`, the command built beside this one). `corpus` writes the generated
/// text to `--out FILE` (`--force` to replace it) for other tools. Options:
/// `--sizes 10000,1000000` (database sizes in statements), `--ingest
/// 1000,10000` (documents), `--runs 200` (latency samples), `--words N`
/// (analysis corpus), `--data DIR` (database cache, default `bench-data`),
/// `--examples DIR`, `--search TEXT` (repeatable), `--database FILE` (measure
/// the queries, status and report on this database instead), `--tracker PATH`
/// (the `tracker` that `annotate-output` times, e.g. a build of another commit).
///
/// Every measurement runs in a fresh process (this executable started again
/// with `--child`), so that each row's peak memory is that measurement's
/// own. Corpora and databases are generated from `Examples/` with a fixed
/// seed, so every run measures the same text; databases are built once and
/// cached (see ``BenchmarkDatabase``). Figures go to standard output as a
/// Markdown table.
@main
struct TrackerBenchmarks {
    static let cases = ["segment", "read", "annotate", "syntax", "ingest", "query", "status", "report"]
    /// Run only when named: they take minutes.
    static let extraCases = ["hostile", "large", "extract", "annotate-output"]

    struct Options {
        var examples = "Examples"
        var data = "bench-data"
        var words = 1_000_000
        var sizes = [10_000, 1_000_000]
        var ingest = [1_000, 10_000]
        var runs = 200
        var budget = 60.0
        var search: [String] = []
        var documents = 1_000
        var statements = 10_000
        var ingestRuns: Int?
        /// The size of each hostile input, in bytes, and which of them to run.
        var hostileBytes = 50_000_000
        /// The size of the one document of `large`, in bytes.
        var largeBytes = 200_000_000
        var only: String?
        /// A database to measure instead of a generated one (query, status, report).
        var database: String?
        /// Gzipped web pages for `extract`.
        var pages = "../shared/data/article-extraction/html"
        /// Where `corpus` writes, and whether it may replace a file.
        var out: String?
        var force = false
        /// The `tracker` that `annotate-output` times, when not the one built beside this executable.
        var tracker: String?

        /// The options a child needs, as arguments.
        var shared: [String] {
            var arguments: [String] = ["--examples", examples, "--data", data, "--words", String(words), "--runs", String(runs)]
            arguments += ["--budget", String(budget), "--bytes", String(hostileBytes), "--large-bytes", String(largeBytes)]
            for term in search { arguments += ["--search", term] }
            if let database { arguments += ["--database", database] }
            if let only { arguments += ["--only", only] }
            if let tracker { arguments += ["--tracker", tracker] }
            arguments += ["--pages", pages]
            return arguments
        }
    }

    static func main() {
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            let options = try parse(&arguments)
            if let index = arguments.firstIndex(of: "--child") {
                arguments.remove(at: index)
                guard let name = arguments.first else { throw BenchmarkError("--child needs a benchmark") }
                try runHere(name, options)
                return
            }
            if arguments.first == "corpus" {
                try writeCorpus(options)
                return
            }
            let known = cases + extraCases
            if let unknown = arguments.first(where: { !known.contains($0) }) {
                throw BenchmarkError("unknown benchmark '\(unknown)'; choose from \(known.joined(separator: ", "))")
            }
            try runAll(arguments.isEmpty ? cases : known.filter(arguments.contains), options)
        } catch {
            // Standard error only informs: if it is closed there is nowhere to report that.
            try? FileHandle.standardError.write(contentsOf: Data("TrackerBenchmarks: \(error)\n".utf8))
            exit(1)
        }
    }

    static func parse(_ arguments: inout [String]) throws -> Options {
        var options = Options()
        func value(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            let value = arguments[index + 1]
            arguments.removeSubrange(index...(index + 1))
            return value
        }
        func numbers(_ text: String) throws -> [Int] {
            try text.split(separator: ",").map { part in
                guard let number = Int(part.replacingOccurrences(of: "_", with: "")), number > 0 else {
                    throw BenchmarkError("'\(part)' is not a positive number")
                }
                return number
            }
        }
        if let examples = value("--examples") { options.examples = examples }
        if let data = value("--data") { options.data = data }
        if let words = value("--words") { options.words = try numbers(words)[0] }
        if let sizes = value("--sizes") { options.sizes = try numbers(sizes) }
        if let ingest = value("--ingest") { options.ingest = try numbers(ingest) }
        if let runs = value("--runs") { options.runs = try numbers(runs)[0] }
        if let budget = value("--budget") { options.budget = Double(budget) ?? options.budget }
        if let documents = value("--documents") { options.documents = try numbers(documents)[0] }
        if let statements = value("--statements") { options.statements = try numbers(statements)[0] }
        if let runs = value("--ingest-runs") { options.ingestRuns = try numbers(runs)[0] }
        if let database = value("--database") { options.database = database }
        if let bytes = value("--bytes") { options.hostileBytes = try numbers(bytes)[0] }
        if let bytes = value("--large-bytes") { options.largeBytes = try numbers(bytes)[0] }
        if let only = value("--only") { options.only = only }
        if let pages = value("--pages") { options.pages = pages }
        while let search = value("--search") { options.search.append(search) }
        if let out = value("--out") { options.out = out }
        if let tracker = value("--tracker") { options.tracker = tracker }
        if let index = arguments.firstIndex(of: "--force") {
            arguments.remove(at: index)
            options.force = true
        }
        if options.search.isEmpty { options.search = ["ceasefire", "artillery fire along the border"] }
        return options
    }

    // MARK: The parent: one child process per measurement

    static func runAll(_ selected: [String], _ options: Options) throws {
        print("| benchmark | input | time | result | peak memory |")
        print("| --- | --- | --- | --- | --- |")
        fflush(nil)
        var built: Set<Int> = []
        func database(_ size: Int) throws {
            guard options.database == nil, built.insert(size).inserted else { return }
            _ = try child(["build", "--statements", String(size)], options)
        }
        for name in selected {
            switch name {
            case "ingest":
                var peaks: [(documents: Int, mebibytes: Double)] = []
                for documents in options.ingest {
                    var arguments = ["ingest", "--documents", String(documents)]
                    if let runs = options.ingestRuns { arguments += ["--ingest-runs", String(runs)] }
                    if let peak = try child(arguments, options) { peaks.append((documents, peak)) }
                }
                if let small = peaks.first, let large = peaks.last, large.documents > small.documents {
                    print(
                        "| ingest memory growth | \(large.documents) against \(small.documents) documents | – | "
                            + String(format: "%.2f× the peak memory", large.mebibytes / small.mebibytes) + " | – |")
                }
            case "query", "status":
                for size in options.sizes {
                    try database(size)
                    _ = try child([name, "--statements", String(size)], options)
                }
            case "large":
                let corpus = try exampleDocuments(in: options.examples)
                _ = try LargeDocumentBenchmark.document(bytes: options.largeBytes, folder: options.data) {
                    CorpusGenerator(documents: corpus)
                }
                for which in ["annotate", "ingest"] {
                    var child = options
                    child.only = which
                    _ = try self.child(["large"], child)
                }
            case "report":
                guard let size = options.sizes.max() else { continue }
                try database(size)
                _ = try child(["report", "--statements", String(size)], options)
            default:
                _ = try child([name], options)
            }
        }
    }

    /// Runs this executable again on one measurement; relays its rows and
    /// returns the peak memory of its first row, in MiB.
    static func child(_ arguments: [String], _ options: Options) throws -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["--child"] + arguments + options.shared
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        print(text, terminator: "")
        fflush(nil)
        guard process.terminationStatus == 0 else {
            throw BenchmarkError("\(arguments.joined(separator: " ")) failed (exit code \(process.terminationStatus))")
        }
        let lastCell = text.split(separator: "\n").first?.split(separator: "|").last?.trimmingCharacters(in: .whitespaces)
        return lastCell.flatMap { Double($0.replacingOccurrences(of: " MiB", with: "")) }
    }

    // MARK: The child: one measurement in this process

    static func runHere(_ name: String, _ options: Options) throws {
        let corpus = try exampleDocuments(in: options.examples)
        switch name {
        case "segment": AnalysisBenchmarks.segment(CorpusGenerator(documents: corpus), words: options.words)
        case "read": AnalysisBenchmarks.read(CorpusGenerator(documents: corpus), words: options.words)
        case "annotate": AnalysisBenchmarks.annotate(CorpusGenerator(documents: corpus), words: options.words)
        case "syntax": try SyntaxBenchmark.run(CorpusGenerator(documents: corpus), words: options.words)
        case "extract": try ExtractionBenchmark.run(pages: options.pages)
        case "annotate-output":
            try OutputBenchmark(
                generator: CorpusGenerator(documents: corpus), words: options.words, runs: 5,
                executable: options.tracker
            ).run()
        case "hostile": HostileBenchmark.run(CorpusGenerator(documents: corpus), bytes: options.hostileBytes, only: options.only)
        case "large":
            let path = try LargeDocumentBenchmark.document(bytes: options.largeBytes, folder: options.data) {
                CorpusGenerator(documents: corpus)
            }
            try LargeDocumentBenchmark.run(options.only ?? "", path: path)
        case "ingest":
            let generator = CorpusGenerator(documents: corpus, recasting: .standard)
            try IngestBenchmark(
                generator: generator, documents: options.documents,
                runs: options.ingestRuns ?? (options.documents <= 2_000 ? 3 : 1)
            ).run()
        case "build":
            let database = databaseFor(options, corpus)
            let (path, build) = try database.prepare()
            guard let build else {
                // Standard error only informs: if it is closed there is nowhere to report that.
                try? FileHandle.standardError.write(contentsOf: Data("using the cached database \(path)\n".utf8))
                return
            }
            Measure.report(
                "build a database (batched ingest of generated documents)",
                "\(build.documents) documents, \(Measure.rate(Double(build.words))) words, "
                    + "\(Measure.rate(Double(build.statements))) statements",
                Measure.duration(build.seconds),
                "\(Measure.rate(Double(build.documents) / build.seconds)) documents/s, "
                    + "\(Measure.rate(Double(build.words) / build.seconds)) words/s")
        case "query", "status", "report":
            let path = try options.database ?? databaseFor(options, corpus).prepare().path
            let benchmarks = try StoreBenchmarks(path: path, runs: options.runs, budget: options.budget)
            switch name {
            case "query": try benchmarks.queries(search: options.search)
            case "status": try benchmarks.status()
            default: try benchmarks.report()
            }
        default:
            throw BenchmarkError("unknown benchmark '\(name)'")
        }
    }

    /// `corpus`: the generated text of `--words` words (as `annotate` measures it) in `--out FILE`, written whole or not at all.
    static func writeCorpus(_ options: Options) throws {
        guard let out = options.out else { throw BenchmarkError("corpus needs --out FILE") }
        let text = CorpusGenerator(documents: try exampleDocuments(in: options.examples)).text(words: options.words)
        let file = try OutputDestination(force: options.force, protecting: []).file(out)
        file.write(text)
        try file.commit()
        // Standard error only informs: if it is closed there is nowhere to report that.
        try? FileHandle.standardError.write(contentsOf: Data("wrote \(WordCounter.count(in: text)) words to \(out)\n".utf8))
    }

    static func databaseFor(_ options: Options, _ corpus: [CleanedDocument]) -> BenchmarkDatabase {
        BenchmarkDatabase(
            statements: options.statements, generator: CorpusGenerator(documents: corpus, recasting: .standard),
            folder: options.data)
    }

    /// The example articles, in a fixed order (the generator's seed must see the same sentences on every machine).
    static func exampleDocuments(in folder: String) throws -> [CleanedDocument] {
        let reader = DocumentReader()
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw BenchmarkError("\(folder): not found; run from the project's root or pass --examples DIR")
        }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if DocumentFormat(path: relative) != nil { paths.append(relative) }
        }
        var documents: [CleanedDocument] = []
        for relative in paths.sorted() {
            guard let format = DocumentFormat(path: relative) else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            documents.append(try reader.read([UInt8](data), format: format, path: path))
        }
        if documents.isEmpty { throw BenchmarkError("\(folder): no example articles") }
        return documents
    }
}
