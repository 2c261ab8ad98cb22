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

    @Option(
        name: .customLong("metadata"),
        help: ArgumentHelp(
            "A CSV sheet of per-file metadata: path,date,title,source,url,country (paths relative to the sheet).",
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
        let sources = DocumentSourceReader()
        defer { try? sources.shutdown() }  // closing idle connections at exit cannot lose data
        var failed = found.problems.count
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
                failed += 1
            }
        }
        // Reading and analysis on every core while the batch before is stored (IngestPipeline).
        var pipeline = IngestPipeline(
            store: store, analyzer: DocumentAnalyzer(tagger: try analysis.tagger()),
            analyzerVersion: try analysis.analyzerVersion())
        pipeline.replace = replace
        let items = itemsByURL
        // The reader is used from the pipeline's one reading thread only.
        let reader = UncheckedSendable(sources)
        pipeline.sourceReader = { file in
            guard let source = DocumentSource(argument: file.path) else { return nil }
            if case let .pdf(path) = source { try InputFile.check(path: path) }
            let sourced = try reader.value.read(
                items[file.path].map { .web(url: file.path, item: $0) } ?? source,
                metadata: file.metadata)
            return IngestPipeline.Sourced(document: sourced.document, pages: sourced.pages)
        }
        let files = found.files.map { IngestPipeline.File(path: $0.path, format: $0.format, metadata: overrides(for: $0.path, sheet)) }
        var progress = Progress(total: found.files.count, label: "ingest")
        var summary: IngestPipeline.Summary
        var current = ""
        var failedPaths: Set<String> = []
        do {
            summary = try pipeline.run(files) { event in
                switch event {
                case let .progress(done, path):
                    current = path
                    progress.update(done: done, detail: path)
                case let .stored(document):
                    if case let .duplicate(existing) = document.outcome, found.files.count == 1 {
                        Diagnostics.info("\(document.path ?? "?"): already stored as document \(existing); nothing added")
                    }
                case let .warning(message), let .empty(message): Diagnostics.warn(message)
                case let .failed(message):
                    failedPaths.insert(current)
                    Diagnostics.error(message)
                case let .info(message): Diagnostics.info(message)
                }
            }
        } catch let error as StoreError {
            // The database itself is unusable: stop rather than fail every file.
            progress.finish()
            throw CLIError(error.description)
        }
        progress.finish()
        summary.failed += failed
        // The store's ingest has no country column to fill: the sheet's countries are set after.
        if let sheet {
            for file in found.files {
                if let country = sheet.rows[URL(fileURLWithPath: file.path).standardized.path]?.country {
                    try store.setCountry(country, forPath: file.path)
                }
            }
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

extension IngestPipeline.Summary {
    func line(database: String) -> String {
        "\(added) added, \(duplicates + empty) skipped (\(duplicates) already stored, \(empty) empty), "
            + "\(failed) failed; \(sentences) sentences and \(statements) statements stored in \(database)"
            + (links > 0 ? "; \(links) outcome links" : "")
    }
}
