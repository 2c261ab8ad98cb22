import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse documents and store them with their statements, actors and times.",
        discussion: """
            PATH is a file or a folder (read recursively for .txt, .md, .html and .htm). Each \
            document is stored in one transaction: it lands whole or not at all. A document whose \
            cleaned text is already stored is skipped. Empty files are reported and skipped; \
            binary or unreadable files are reported as failures and the rest go on. The exit code \
            is non-zero when any file failed.

            Examples:
              tracker ingest Examples/
              tracker ingest article.txt --date 2019-01-19 --source "BBC" --db work.sqlite
              tracker ingest news/ --date-from-path          # news/2019/01/19/talks.html is dated 2019-01-19
              tracker ingest news/ --metadata sheet.csv      # path,date,title,source,url,country
              tracker ingest article.html --replace          # the file changed: its old version goes

            Dates, first found: --date; the --metadata sheet's row for the file; the date in \
            the path (--date-from-path); the file's own (front matter in .txt and .md, a web \
            page's meta tags, JSON-LD, <time>, URL or dateline).
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to ingest.", valueName: "PATH"))
    var paths: [String]

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var metadata: MetadataOptions
    @OptionGroup var analysis: AnalysisOptions

    @Flag(help: "Date each file by a YYYY-MM-DD or YYYY/MM/DD in its path.")
    var dateFromPath = false

    @Option(name: .customLong("metadata"),
            help: ArgumentHelp("A CSV sheet of per-file metadata: path,date,title,source,url,country (paths relative to the sheet).",
                               valueName: "FILE.csv"))
    var metadataSheet: String?

    @Flag(help: "A file stored before from the same path and since changed replaces its old version (human corrections stay in the log).")
    var replace = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or folder to ingest.") }
    }

    func run() throws {
        let found = DocumentFiles.collect(paths)
        for problem in found.problems { Diagnostics.error(problem) }
        if found.files.isEmpty {
            throw ExitCode.failure
        }
        let sheet = try metadataSheet.map(Self.readSheet)
        let store = try database.open()
        let reader = DocumentReader()
        let analyzer = DocumentAnalyzer(tagger: try analysis.tagger())
        var summary = IngestSummary()
        summary.failed = found.problems.count
        var progress = Progress(total: found.files.count, label: "ingest")
        // Documents are written in batches (one transaction each; every document whole or absent).
        var batch = DocumentBatch(store: store, analyzerVersion: try analysis.analyzerVersion(), actors: analyzer.tagger.actors)
        func record(_ stored: [DocumentBatch.Stored]) {
            for document in stored {
                switch document.outcome {
                case let .added(_, sentences):
                    summary.added += 1
                    summary.sentences += sentences
                    summary.statements += document.statements
                case let .duplicate(existing):
                    summary.duplicates += 1
                    if found.files.count == 1 {
                        Diagnostics.info("\(document.path ?? "?"): already stored as document \(existing); nothing added")
                    }
                }
            }
        }
        for (number, file) in found.files.enumerated() {
            progress.update(done: number, detail: file.path)
            do {
                // The file's bytes live only for the call (200 MB for a 200 MB file).
                let document = try reader.read(InputFile.read(path: file.path), format: file.format, path: file.path,
                                               metadata: overrides(for: file.path, sheet))
                for warning in document.warnings { Diagnostics.warn(warning.message) }
                var replaced: Int64?
                if replace, let old = try store.documentID(path: file.path) {
                    if try store.documentText(old) == document.text {
                        summary.duplicates += 1
                        Diagnostics.info("\(file.path): unchanged since document \(old); nothing replaced")
                        continue
                    }
                    replaced = old
                }
                if document.text.utf8.count > Self.largeDocumentBytes {
                    // A very large document: analysed and stored a block at a time, in a transaction of its own.
                    record(try batch.flush())
                    let stored = try store.ingestInBlocks(document, path: file.path, analyzer: analyzer,
                                                          analyzerVersion: batch.analyzerVersion, actors: batch.actors)
                    record([DocumentBatch.Stored(path: file.path, statements: stored.statements, outcome: stored.outcome)])
                    if let replaced {
                        try store.removeDocument(replaced)
                        Diagnostics.info("\(file.path): document \(replaced) replaced")
                    }
                    continue
                }
                let analyzed = analyzer.analyze(document)
                if let replaced {
                    // The old version goes only once the new one is analysed; the new one is written at once after.
                    record(try batch.flush())
                    try store.removeDocument(replaced)
                    Diagnostics.info("\(file.path): document \(replaced) replaced")
                    record(try batch.add(analyzed, path: file.path))
                    record(try batch.flush())
                } else {
                    record(try batch.add(analyzed, path: file.path))
                }
            } catch let error as DocumentError {
                if case .empty = error {
                    Diagnostics.warn(error.description)
                    summary.empty += 1
                } else {
                    Diagnostics.error(error.description)
                    summary.failed += 1
                }
            } catch let error as StoreError {
                // The database itself is unusable: stop rather than fail every file.
                progress.finish()
                throw CLIError(error.description)
            } catch {
                Diagnostics.error(String(describing: error))
                summary.failed += 1
            }
        }
        do {
            record(try batch.flush())
        } catch let error as StoreError {
            progress.finish()
            throw CLIError(error.description)
        }
        progress.update(done: found.files.count)
        progress.finish()
        // The store's ingest has no country column to fill: the sheet's countries are set after.
        if let sheet {
            for file in found.files {
                if let country = sheet.rows[URL(fileURLWithPath: file.path).standardized.path]?.country {
                    try store.setCountry(country, forPath: file.path)
                }
            }
        }
        if summary.added > 0 {
            summary.links = try store.storeAutomaticLinks()
        }
        Diagnostics.info(summary.line(database: store.path))
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

extension IngestCommand {
    /// A document larger than this (8 MB of cleaned text, two blocks) is
    /// analysed and stored block by block (``TextBlock``), so that ingest's
    /// memory is bounded by the block, not the document.
    static let largeDocumentBytes = 2 * TextBlock.defaultBytes

    /// What the command line, the sheet and the path say about one file (flags win, then the sheet, then the path).
    func overrides(for path: String, _ sheet: (rows: [String: DocumentMetadata], directory: URL)?) -> DocumentMetadata {
        var result = metadata.metadata
        if let sheet, let row = sheet.rows[URL(fileURLWithPath: path).standardized.path] {
            result = row.overridden(by: result)
        }
        if dateFromPath, result.date == nil { result.date = PathDate.find(in: path) }
        return result
    }

    /// The sheet's rows keyed by the absolute path of each file (its paths are relative to the sheet).
    static func readSheet(_ path: String) throws -> (rows: [String: DocumentMetadata], directory: URL) {
        let text = String(decoding: try InputFile.read(path: path), as: UTF8.self)
        let sheet: MetadataSheet
        do {
            sheet = try MetadataSheet(csv: text, path: path)
        } catch {
            throw CLIError(error.description)
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        var rows: [String: DocumentMetadata] = [:]
        for (file, metadata) in sheet.rows {
            let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : URL(fileURLWithPath: file, relativeTo: directory)
            rows[url.standardized.path] = metadata
        }
        return (rows, directory)
    }
}

struct IngestSummary {
    var added = 0
    var duplicates = 0
    var empty = 0
    var failed = 0
    var sentences = 0
    var statements = 0
    /// Commitment-to-outcome links stored after the run (all of the database's).
    var links = 0

    func line(database: String) -> String {
        "\(added) added, \(duplicates + empty) skipped (\(duplicates) already stored, \(empty) empty), "
            + "\(failed) failed; \(sentences) sentences and \(statements) statements stored in \(database)"
            + (links > 0 ? "; \(links) outcome links" : "")
    }
}
