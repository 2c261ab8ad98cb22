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
            KIND is 'status': every party's commitments as of a date beside what came of them, \
            with evidence quotes, a Mermaid timeline, open uncertainties and explicit \
            non-commitments. The same database and --as-of give byte-identical output.

            Examples:
              tracker report status --as-of 2026-08-14 --out status.md
            """
    )

    enum Kind: String, ExpressibleByArgument { case status }

    @Argument(help: "The report: status.") var kind: Kind
    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Statuses as of this day (default: the latest document's date).",
                                                             valueName: "DATE"))
    var asOf: CalendarDate?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE")) var out: String?

    func run() throws {
        let store = try database.openExisting()
        let day = try asOf ?? store.latestDocumentDate() ?? CalendarDate.today
        let text = try StatusReport(asOf: day).render(store)
        try ReportOutput.write(text, to: out)
    }
}

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
        let report = (out as NSString).appendingPathComponent("status.md")
        try ReportOutput.write(try StatusReport(asOf: day, title: "Status of the example story's commitments").render(store), to: report)
        Diagnostics.info("\(found.files.count) articles ingested; wrote \(report) (as of \(day.iso))")
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
