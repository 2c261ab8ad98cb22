import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerReports
import TrackerStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report from the database.",
        discussion: """
            status: every party's commitments as of a date beside what came of them, with \
            evidence quotes, a Mermaid timeline, open uncertainties and explicit non-commitments.
            actor NAME: everything one party committed to, achieved, claimed and left uncertain.
            topic KEY: one matter across all parties, as a timeline.
            document ID|PATH: the annotated article, sentence by sentence, cue words in bold, with \
            the ids that 'tracker correct' and 'tracker add-statement' take.

            --since DATE adds "what changed": new commitments, status changes and new outcomes \
            from that day on. The same database, --as-of and template give byte-identical output.
            Layouts are Mustache templates (Sources/TrackerReports/Templates/); --template FILE \
            replaces the layout with your own, over the same values.

            Examples:
              tracker report status --as-of 2026-08-14 --out status.md
              tracker report status --since 2026-05-01
              tracker report actor Peru --out peru.md
              tracker report topic ceasefire
              tracker report document 3
              tracker report status --template my-layout.mustache
            """
    )

    @Argument(help: "status, actor, topic or document.") var kind: ReportKind
    @Argument(help: ArgumentHelp("The actor's name, the topic's key, or the document's id or path.", valueName: "SUBJECT"))
    var subject: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var asOf: AsOfOptions
    @Option(help: ArgumentHelp("Add what changed from this day on.", valueName: "DATE")) var since: CalendarDate?
    @Option(help: ArgumentHelp("A Mustache template to use instead of the bundled layout.", valueName: "FILE")) var template: String?
    @Option(help: ArgumentHelp("Write to this new file instead of standard output.", valueName: "FILE")) var out: String?
    @OptionGroup var overwrite: ForceOption
    @Option(
        help: ArgumentHelp(
            "document: the page to show, from 1 (a document of more than --limit sentences is shown a page at a time).",
            valueName: "N"))
    var page: Int?
    @Option(help: ArgumentHelp("document: sentences on a page.", valueName: "N")) var limit = DocumentReport.defaultLimit

    func validate() throws {
        if kind != .document, page != nil { throw ValidationError("--page is for 'report document'.") }
        if let page, page < 1 { throw ValidationError("--page counts from 1.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        switch kind {
        case .status: if subject != nil { throw ValidationError("'report status' takes no subject.") }
        case .actor: if subject == nil { throw ValidationError("Name the actor: tracker report actor NAME") }
        case .topic: if subject == nil { throw ValidationError("Name the topic: tracker report topic KEY") }
        case .document: if subject == nil { throw ValidationError("Name the document: tracker report document ID|PATH") }
        }
    }

    func run() throws {
        var sink = try OutputSink(path: out, destination: OutputDestination(force: overwrite.force, protecting: [database.path]))
        let store = try database.openForReading()
        let day = try asOf.resolve(store).day
        do {
            let layout = try template.map { path throws(ReportError) in try ReportTemplate(contentsOf: path) } ?? .bundled(kind)
            let text: String
            switch kind {
            case .status: text = try StatusReport(asOf: day, since: since, template: layout).render(store)
            case .actor: text = try ActorReport(actor: subject ?? "", asOf: day, since: since, template: layout).render(store)
            case .topic: text = try TopicReport(topic: subject ?? "", asOf: day, since: since, template: layout).render(store)
            case .document: text = try DocumentReport(document: subject ?? "", template: layout, page: page, limit: limit).render(store)
            }
            sink.write(text)
            try sink.close()
        } catch let error as ReportError {
            throw CLIError(error.description)
        }
    }
}

extension ReportKind: ExpressibleByArgument {}

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled example articles and write the reports (the main job in one command).",
        discussion: """
            Run from the project's root: reads Examples/, writes Reports/status.md (or --out DIR). \
            The database is a fresh temporary file unless --db is given.
            """
    )

    @Option(help: ArgumentHelp("The database to build (default: a new temporary file).", valueName: "FILE")) var db: String?
    @Option(
        help: ArgumentHelp(
            "Where to write the reports: a new or empty folder, or one holding only earlier demo reports.",
            valueName: "DIR"))
    var out = "Reports"
    @OptionGroup var overwrite: ForceOption
    @Option(help: ArgumentHelp("The example articles.", valueName: "DIR")) var examples = "Examples"

    func run() throws {
        let found = DocumentFiles.collect([examples])
        guard found.problems.isEmpty, !found.files.isEmpty else {
            throw CLIError("\(examples): no example articles here; run 'tracker demo' from the project's root or pass --examples DIR")
        }
        // One report of each kind, on the story: the whole picture, what changed in its last months,
        // two parties, one matter, and the first article as an annotator sees it.
        let firstArticle = (examples as NSString).appendingPathComponent("story/01-condor-accord-signed.md")
        let reports: [(String, (TrackerDatabase, CalendarDate) throws -> String)] = [
            ("status.md", { store, day in try StatusReport(asOf: day, title: "Status of the example story's commitments").render(store) }),
            (
                "changes-since-2026-05-01.md",
                { store, day in
                    try StatusReport(asOf: day, since: CalendarDate(iso: "2026-05-01"), title: "The example story since May 2026").render(
                        store)
                }
            ),
            ("actor-peru.md", { store, day in try ActorReport(actor: "Peru", asOf: day).render(store) }),
            ("actor-ecuador.md", { store, day in try ActorReport(actor: "Ecuador", asOf: day).render(store) }),
            ("topic-troop-withdrawal.md", { store, day in try TopicReport(topic: "troop-withdrawal", asOf: day).render(store) }),
            ("document-01-condor-accord-signed.md", { store, _ in try DocumentReport(document: firstArticle).render(store) }),
        ]
        // Checked before any work: earlier demo reports are refreshed in place; a folder holding anything else needs --force.
        let destination = OutputDestination(force: overwrite.force, protecting: db.map { [$0] } ?? [])
        let folder = try destination.folder(out, refreshing: Set(reports.map(\.0)))
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("tracker-demo-\(getpid()).sqlite").path
        if db == nil { Self.remove(path) }
        defer { if db == nil { Self.remove(path) } }
        let store = try TrackerDatabase(path: path)
        // The same pipeline as `tracker ingest`; a file that fails stops the demo.
        let pipeline = IngestPipeline(store: store, analyzer: DocumentAnalyzer(), analyzerVersion: AnalyzerVersion.current)
        var failure: String?
        _ = try pipeline.run(found.files.map { IngestPipeline.File(path: $0.path, format: $0.format) }) { event in
            if case let .failed(message) = event, failure == nil { failure = message }
        }
        if let failure { throw CLIError(failure) }
        let day = try store.latestDocumentDate() ?? CalendarDate.today
        for (name, render) in reports {
            do {
                try folder.write(try render(store, day), named: name)
            } catch let error as ReportError {
                throw CLIError(error.description)
            }
        }
        Diagnostics.info("\(found.files.count) articles ingested; wrote \(reports.count) reports to \(out)/ (as of \(day.iso))")
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
