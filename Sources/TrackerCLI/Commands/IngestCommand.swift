import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerSources
import TrackerStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse documents and store them with their statements, actors and times.",
        discussion: """
            PATH is a file or a folder (read recursively for .txt, .md, .html, .htm and .pdf), a .pdf \
            file (its text layer, read with poppler's pdftotext; each sentence keeps its page), or \
            an http(s) URL (a page, or a PDF on the web). --feed URL reads an RSS or Atom feed and \
            ingests each item not stored yet, dated by the feed; a feed polled again is asked \
            whether it changed (ETag, Last-Modified) and nothing is fetched when it has not. Each \
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
              tracker ingest report.pdf --source "Valdora Harbour Authority"
              tracker ingest https://example.org/2019/01/19/talks.html
              tracker ingest --feed https://example.org/news/rss.xml

            Dates, first found: --date; the --metadata sheet's row for the file; the date in \
            the path (--date-from-path); the file's own (front matter in .txt and .md, a web \
            page's meta tags, JSON-LD, <time>, URL or dateline).
            """
    )

    @Argument(help: ArgumentHelp("Files, folders or http(s) URLs to ingest.", valueName: "PATH|URL"))
    var paths: [String] = []

    @Option(name: .customLong("feed"), help: ArgumentHelp("An RSS or Atom feed whose new items to ingest (repeatable).", valueName: "URL"))
    var feeds: [String] = []

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
        if paths.isEmpty, feeds.isEmpty { throw ValidationError("Give at least one file, folder, URL or --feed URL to ingest.") }
    }

    func run() throws {
        let addresses = paths.filter(WebFetcher.isWebAddress)
        var found = DocumentFiles.collect(paths.filter { !WebFetcher.isWebAddress($0) })
        for problem in found.problems { Diagnostics.error(problem) }
        if found.files.isEmpty, addresses.isEmpty, feeds.isEmpty {
            throw ExitCode.failure
        }
        let sheet = try metadataSheet.map(Self.readSheet)
        let store = try database.open()
        let reader = DocumentReader()
        let sources = DocumentSourceReader(reader: reader)
        defer { try? sources.shutdown() }  // closing idle connections at exit cannot lose data
        var summary = IngestSummary()
        summary.failed = found.problems.count
        // Web pages and feed items join the files; a PDF is read through its source, by its extension.
        var itemsByURL: [String: NewsFeed.Item] = [:]
        var polled: [FeedPoll] = []
        found.files += addresses.map { (path: $0, format: DocumentFormat.html) }
        for feed in feeds {
            do {
                let poll = try FeedPoll.poll(feed, fetcher: sources.fetcher, store: store)
                polled.append(poll)
                for item in poll.newItems { itemsByURL[item.link] = item }
                found.files += poll.newItems.map { (path: $0.link, format: DocumentFormat.html) }
            } catch let error as any ReportableError {
                Diagnostics.error(error.description)
                summary.failed += 1
            }
        }
        let analyzer = DocumentAnalyzer(tagger: try analysis.tagger())
        var pagesByPath: [String: [PDFArticle.PageStart]] = [:]
        var failedPaths: Set<String> = []
        var progress = Progress(total: found.files.count, label: "ingest")
        // Documents are written in batches (one transaction each; every document whole or absent).
        var batch = DocumentBatch(store: store, analyzerVersion: try analysis.analyzerVersion(), actors: analyzer.tagger.actors)
        func record(_ stored: [DocumentBatch.Stored]) {
            for document in stored {
                switch document.outcome {
                case let .added(id, sentences):
                    // A PDF's pages go with it (document_page; removed with the document).
                    if let path = document.path, let pages = pagesByPath.removeValue(forKey: path), !pages.isEmpty {
                        do {
                            try store.setPages(pages, document: id)
                        } catch {
                            Diagnostics.error("\(path): its pages could not be stored (\(error)); the document stays, without page numbers")
                        }
                    }
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
                let document: CleanedDocument
                if let source = DocumentSource(argument: file.path) {
                    if case let .pdf(path) = source { try InputFile.check(path: path) }
                    let item = itemsByURL[file.path]
                    let sourced = try sources.read(item.map { .web(url: file.path, item: $0) } ?? source,
                                                   metadata: overrides(for: file.path, sheet))
                    document = sourced.document
                    pagesByPath[file.path] = sourced.pages
                } else {
                    let bytes = try InputFile.read(path: file.path)
                    document = try reader.read(bytes, format: file.format, path: file.path, metadata: overrides(for: file.path, sheet))
                }
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
            } catch let error as SourceError {
                Diagnostics.error(error.description)
                summary.failed += 1
                failedPaths.insert(file.path)
            } catch let error as DocumentError {
                if case .empty = error {
                    Diagnostics.warn(error.description)
                    summary.empty += 1
                } else {
                    Diagnostics.error(error.description)
                    summary.failed += 1
                    failedPaths.insert(file.path)
                }
            } catch let error as StoreError {
                // The database itself is unusable: stop rather than fail every file.
                progress.finish()
                throw CLIError(error.description)
            } catch {
                Diagnostics.error(String(describing: error))
                summary.failed += 1
                failedPaths.insert(file.path)
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
        // A feed is remembered as read only when every new item of it was: otherwise the
        // next poll would be told "not modified" and the failed items never retried.
        for poll in polled where !poll.newItems.contains(where: { failedPaths.contains($0.link) }) {
            try poll.remember(in: store)
        }
        Diagnostics.info(summary.line(database: store.path))
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

extension IngestCommand {
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
