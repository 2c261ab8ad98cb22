import Foundation
import TrackerAnalysis
import TrackerCorpus
import TrackerSchema
import TrackerStore

/// Databases of a given size for the query, status and report benchmarks:
/// generated documents (seeded, from the examples) ingested through the same
/// path as `tracker ingest`, until the database holds at least the asked
/// number of statements. A database is built once and cached in `bench-data/`
/// (git-ignored) under a name made of its parameters, so later runs reuse it.
struct BenchmarkDatabase {
    /// What building a database took.
    struct Build {
        var documents = 0
        var words = 0
        var statements = 0
        var seconds = 0.0
    }

    /// Bumped when the way databases are built changes, so old caches are not reused.
    static let builderVersion = 1

    let statements: Int
    let generator: CorpusGenerator
    let folder: String

    /// The cached file: every parameter that changes its content is in the
    /// name (the schema's migrations too), and so is what the analyzer makes
    /// of the first documents (so
    /// that a changed analyzer gets a new database even when its version
    /// string stayed the same).
    var path: String {
        var key = "\(Self.builderVersion)|\(AnalyzerVersion.current)|\(generator.seed)|"
        key += SchemaMigrations.all.map(\.identifier).joined(separator: ",") + "|"
        key += generator.sentences.joined(separator: "\n")
        let analyzer = DocumentAnalyzer()
        for index in 0..<3 {
            let generated = generator.document(index)
            var metadata = DocumentMetadata()
            metadata.date = generated.date
            guard let document = try? DocumentReader().read(Array(generated.text.utf8), format: .text, path: "", metadata: metadata)
            else { continue }
            for statement in analyzer.analyze(document).statements.joined() {
                key +=
                    "|\(statement.kind.rawValue) \(statement.polarity.rawValue) \(statement.holder?.actor ?? "-") "
                    + "\(statement.normalizedAction ?? "-") \(statement.topics) \(statement.time?.value ?? "-")"
            }
        }
        return (folder as NSString).appendingPathComponent(
            "statements-\(statements)-seed-\(generator.seed)-\(Self.fingerprint(key)).sqlite")
    }

    /// The cached database, built first when missing (`build` is then what that took).
    func prepare() throws -> (path: String, build: Build?) {
        let path = self.path
        if FileManager.default.fileExists(atPath: path) { return (path, nil) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let partial = (folder as NSString).appendingPathComponent(".building-\(getpid()).sqlite")
        Self.remove(partial)
        let build = try fill(partial)
        // The store is closed (its write-ahead log checkpointed): publish the file whole.
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: partial + suffix) {
            try FileManager.default.moveItem(atPath: partial + suffix, toPath: path + suffix)
        }
        return (path, build)
    }

    private func fill(_ path: String) throws -> Build {
        let store = try TrackerDatabase(path: path)
        let reader = DocumentReader()
        let analyzer = DocumentAnalyzer()
        var batch = DocumentBatch(store: store, analyzerVersion: AnalyzerVersion.current)
        var build = Build()
        var stored = 0
        func count(_ documents: [DocumentBatch.Stored]) {
            for document in documents {
                if case .added = document.outcome { stored += document.statements }
            }
        }
        let seconds = try Measure.time {
            var index = 0
            while stored < statements {
                let generated = generator.document(index)
                var metadata = DocumentMetadata()
                metadata.date = generated.date
                let name = String(format: "generated/doc-%07d.txt", index)
                let document = try reader.read(Array(generated.text.utf8), format: .text, path: name, metadata: metadata)
                let analyzed = analyzer.analyze(document)
                build.documents += 1
                build.words += analyzed.wordCount
                build.statements += analyzed.statementCount
                count(try batch.add(analyzed, path: name))
                // Enough statements analysed: write what is pending (whole documents only).
                if build.statements >= statements { count(try batch.flush()) }
                index += 1
                if index % 5_000 == 0 {
                    // Standard error only informs: if it is closed there is nowhere to report that.
                    try? FileHandle.standardError.write(
                        contentsOf: Data("  building \(path): \(index) documents, \(build.statements) statements\n".utf8))
                }
            }
        }
        build.seconds = seconds
        return build
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// FNV-1a, 64 bits, as 16 hex digits: a short, stable name for the parameters.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
