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
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Statuses as of this day (default: the latest document's date).",
                                                             valueName: "DATE"))
    var asOf: CalendarDate?
    @Option(help: ArgumentHelp("Add what changed from this day on.", valueName: "DATE")) var since: CalendarDate?
    @Option(help: ArgumentHelp("A Mustache template to use instead of the bundled layout.", valueName: "FILE")) var template: String?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE")) var out: String?

    func validate() throws {
        switch kind {
        case .status: if subject != nil { throw ValidationError("'report status' takes no subject.") }
        case .actor: if subject == nil { throw ValidationError("Name the actor: tracker report actor NAME") }
        case .topic: if subject == nil { throw ValidationError("Name the topic: tracker report topic KEY") }
        case .document: if subject == nil { throw ValidationError("Name the document: tracker report document ID|PATH") }
        }
    }

    func run() throws {
        let store = try database.openForReading()
        let day = try asOf ?? store.latestDocumentDate() ?? CalendarDate.today
        do {
            let layout = try template.map { path throws(ReportError) in try ReportTemplate(contentsOf: path) } ?? .bundled(kind)
            let text: String
            switch kind {
            case .status: text = try StatusReport(asOf: day, since: since, template: layout).render(store)
            case .actor: text = try ActorReport(actor: subject ?? "", asOf: day, since: since, template: layout).render(store)
            case .topic: text = try TopicReport(topic: subject ?? "", asOf: day, since: since, template: layout).render(store)
            case .document: text = try DocumentReport(document: subject ?? "", template: layout).render(store)
            }
            try ReportOutput.write(text, to: out)
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
    @Option(help: ArgumentHelp("Where to write the reports.", valueName: "DIR")) var out = "Reports"
    @Option(help: ArgumentHelp("The example articles.", valueName: "DIR")) var examples = "Examples"

    func run() throws {
        let found = DocumentFiles.collect([examples])
        guard found.problems.isEmpty, !found.files.isEmpty else {
            throw CLIError("\(examples): no example articles here; run 'tracker demo' from the project's root or pass --examples DIR")
        }
        let path = db ?? FileManager.default.temporaryDirectory.appendingPathComponent("tracker-demo-\(getpid()).sqlite").path
        if db == nil { Self.remove(path) }
        defer { if db == nil { Self.remove(path) } }
        let store = try TrackerDatabase(path: path)
        let analyzer = DocumentAnalyzer()
        for file in found.files {
            let document = try DocumentReader().read(try InputFile.read(path: file.path), format: file.format, path: file.path)
            _ = try store.ingest(analyzer.analyze(document), path: file.path, analyzerVersion: AnalyzerVersion.current)
        }
        let day = try store.latestDocumentDate() ?? CalendarDate.today
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        // One report of each kind, on the story: the whole picture, what changed in its last months,
        // two parties, one matter, and the first article as an annotator sees it.
        let firstArticle = (examples as NSString).appendingPathComponent("story/01-condor-accord-signed.md")
        let reports: [(String, () throws -> String)] = [
            ("status.md", { try StatusReport(asOf: day, title: "Status of the example story's commitments").render(store) }),
            ("changes-since-2026-05-01.md", {
                try StatusReport(asOf: day, since: CalendarDate(iso: "2026-05-01"), title: "The example story since May 2026").render(store)
            }),
            ("actor-peru.md", { try ActorReport(actor: "Peru", asOf: day).render(store) }),
            ("actor-ecuador.md", { try ActorReport(actor: "Ecuador", asOf: day).render(store) }),
            ("topic-troop-withdrawal.md", { try TopicReport(topic: "troop-withdrawal", asOf: day).render(store) }),
            ("document-01-condor-accord-signed.md", { try DocumentReport(document: firstArticle).render(store) }),
        ]
        for (name, render) in reports {
            do {
                try ReportOutput.write(try render(), to: (out as NSString).appendingPathComponent(name))
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

enum ReportOutput {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            var out = StandardOutput()
            out.write(text)
            out.flush()
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("\(path): cannot write the report (\(error.localizedDescription))")
        }
    }
}
