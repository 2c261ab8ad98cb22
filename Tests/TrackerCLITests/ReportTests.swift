import Foundation
import Testing

@Suite(.serialized) struct ReportTests {
    func demo() throws -> String {
        let out = try Scratch.directory()
        let result = try TrackerProcess.run(["demo", "--out", out.path], in: TrackerProcess.projectRoot)
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: out.appendingPathComponent("status.md"), encoding: .utf8)
    }

    /// `Reports/status.md` is what `tracker demo` writes now; regenerate it with
    /// `swift run tracker demo` when the analysis changes on purpose.
    @Test func committedReportIsUpToDate() throws {
        let committed = try String(contentsOf: TrackerProcess.projectRoot.appendingPathComponent("Reports/status.md"), encoding: .utf8)
        let fresh = try demo()
        #expect(fresh == committed, "Reports/status.md is out of date: run 'swift run tracker demo' and commit the result")
        #expect(try demo() == fresh, "the report must be byte-identical from run to run")
    }

    /// The status report names every party of the story with its statuses, and its
    /// Mermaid block is a well-formed Gantt chart.
    @Test func statusReportContentAndMermaid() throws {
        let report = try demo()
        for party in ["Ecuador", "Peru", "Organization of American States"] { #expect(report.contains("## \(party)\n")) }
        #expect(report.contains("| **kept** | release 85 Peruvian detainees by the end of June |"))
        #expect(report.contains("| **broken** | halt artillery fire along the border |"))
        #expect(report.contains("| **overdue** | reopen the Huaquillas border crossing"))
        #expect(report.contains("Ecuador has made no commitment to **a timetable for clearing landmines"))
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "```mermaid"))
        let end = try #require(lines[(start + 1)...].firstIndex(of: "```"))
        let block = Array(lines[(start + 1)..<end])
        #expect(block.first == "gantt")
        #expect(block.contains("    dateFormat YYYY-MM-DD"))
        let date = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
        let task = try Regex("^    [^:#;]+ :(done|active|crit), c[0-9]+, \(date), \(date)$")
        let milestone = try Regex("^    [^:#;]+ :milestone, o[0-9]+x[0-9]+, \(date), 0d$")
        var tasks = 0
        for line in block.dropFirst() {
            if line.hasPrefix("    title ") || line == "    dateFormat YYYY-MM-DD" || line.hasPrefix("    section ") { continue }
            let isTask = line.wholeMatch(of: task) != nil
            #expect(isTask || line.wholeMatch(of: milestone) != nil, "not a Gantt line: \(line)")
            if isTask { tasks += 1 }
        }
        #expect(tasks >= 5)
    }

    @Test func commitmentsCommandListsNonCommitmentsApart() throws {
        let dir = try Scratch.directory()
        let db = dir.appendingPathComponent("d.sqlite").path
        let examples = TrackerProcess.projectRoot.appendingPathComponent("Examples/story").path
        #expect(try TrackerProcess.run(["ingest", examples, "--db", db]).status == 0)
        let result = try TrackerProcess.run(["commitments", "Ecuador", "--as-of", "2026-08-14", "--db", db])
        #expect(result.status == 0)
        let parts = result.stdout.components(separatedBy: "Explicitly not committed to")
        #expect(parts.count == 2)
        #expect(parts[0].contains("release 85 Peruvian detainees"))
        #expect(parts[1].contains("timetable for clearing landmines"))
        let unknown = try TrackerProcess.run(["commitments", "Atlantis", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: no actor named 'Atlantis'"))
    }
}
