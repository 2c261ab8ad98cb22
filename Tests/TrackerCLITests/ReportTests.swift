import Foundation
import Testing

@Suite(.serialized) struct ReportTests {
    /// Runs `tracker demo` into a new folder; returns it.
    func demoFolder() throws -> URL {
        let out = try Scratch.directory()
        let result = try TrackerProcess.run(["demo", "--out", out.path], in: TrackerProcess.projectRoot)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    func demo() throws -> String {
        try String(contentsOf: demoFolder().appendingPathComponent("status.md"), encoding: .utf8)
    }

    /// `Reports/` holds what `tracker demo` writes now, file for file; regenerate it
    /// with `swift run tracker demo` when the analysis changes on purpose.
    @Test func committedReportsAreUpToDate() throws {
        let committed = TrackerProcess.projectRoot.appendingPathComponent("Reports")
        let fresh = try demoFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted()
        #expect(names.count == 6)
        #expect(try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { $0.hasSuffix(".md") }.sorted() == names)
        let again = try demoFolder()
        for name in names {
            let text = try String(contentsOf: fresh.appendingPathComponent(name), encoding: .utf8)
            let old = try? String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
            #expect(text == old, "Reports/\(name) is out of date: run 'swift run tracker demo' and commit the result")
            #expect(
                try String(contentsOf: again.appendingPathComponent(name), encoding: .utf8) == text,
                "\(name) must be byte-identical from run to run")
        }
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

    /// The other kinds of report, as the demo writes them.
    @Test func actorTopicDocumentAndChangesReports() throws {
        let folder = try demoFolder()
        func read(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        let peru = try read("actor-peru.md")
        #expect(peru.hasPrefix("# Peru\n"))
        #expect(
            peru.contains(
                "| **in progress** (2 of 5) | withdraw its troops from five border posts in the Cenepa valley by the end of 2026 | Peru | 2026-12-31 |"
            ))
        #expect(peru.contains("| **broken** | suspend new gold-mining concessions in the Cóndor border zone |"))
        #expect(peru.contains("## Achievements\n\n- "))
        #expect(peru.contains("- did **not**: offered compensation to the families in the two villages — "))
        // Each quote once among the claims, though a sentence may hold two claims.
        for report in [peru, try read("actor-ecuador.md")] {
            let claims = try #require(report.components(separatedBy: "## Claims\n").last?.components(separatedBy: "\n## ").first)
            let quotes = claims.split(separator: "\n").filter { $0.hasPrefix("- ") }
                .map { $0.replacingOccurrences(of: "- denies: ", with: "- ") }
            #expect(quotes.count > 5)
            #expect(Set(quotes).count == quotes.count, "\(quotes)")
        }
        let topic = try read("topic-troop-withdrawal.md")
        #expect(topic.hasPrefix("# Troop withdrawal\n"))
        let timeline = try #require(topic.components(separatedBy: "## Timeline\n").last)
        let dates = timeline.components(separatedBy: "\n- **").dropFirst().compactMap { $0.split(separator: "*").first.map(String.init) }
        #expect(dates.count > 5)
        #expect(dates == dates.sorted(), "the topic timeline runs in date order")
        let document = try read("document-01-condor-accord-signed.md")
        #expect(document.contains("Ecuador **pledged** to release 85 Peruvian detainees by the end of June."))
        #expect(document.contains("- *commitment*, affirmed, certain — statement "))
        #expect(
            document.contains(
                "holder: Ecuador; action: release 85 Peruvian detainees by the end of June; time: by the end of June (deadline 2025-06-30)")
        )
        let changes = try read("changes-since-2026-05-01.md")
        #expect(changes.contains("## What changed since 2026-05-01\n"))
        #expect(
            changes.contains(
                "- Peru: **withdraw its troops from five border posts in the Cenepa valley by the end of 2026** — pending → **in progress**"
            ))
        #expect(changes.contains("- Ana Beatriz Ferreira: fulfils **visit Lima and Quito in June**"))
        // Nothing before May 2026 is listed as new.
        let section = try #require(changes.components(separatedBy: "## Summary").first)
        #expect(!section.contains("(2025-"))
    }

    /// A user's template replaces the layout over the same values; a broken one is refused.
    @Test func userTemplateReplacesTheLayout() throws {
        let dir = try Scratch.directory()
        let db = dir.appendingPathComponent("d.sqlite").path
        #expect(
            try TrackerProcess.run(["ingest", TrackerProcess.projectRoot.appendingPathComponent("Examples/story").path, "--db", db]).status
                == 0)
        let template = dir.appendingPathComponent("brief.mustache")
        try Data(
            "{{% CONTENT_TYPE: MARKDOWN}}\nAs of {{as_of}}:\n{{#parties}}\n{{party}}: {{#commitments}}{{status}}; {{/commitments}}\n{{/parties}}\n"
                .utf8
        )
        .write(to: template)
        let result = try TrackerProcess.run(["report", "status", "--template", template.path, "--as-of", "2026-08-14", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("As of 2026-08-14:\n"))
        #expect(result.stdout.contains("\nPeru: partly kept; broken; broken; in progress; \n"), "\(result.stdout)")
        let broken = dir.appendingPathComponent("broken.mustache")
        try Data("{{#parties}} never closed".utf8).write(to: broken)
        let refused = try TrackerProcess.run(["report", "status", "--template", broken.path, "--db", db])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: \(broken.path): not a valid Mustache template"))
        for (arguments, message) in [
            (["actor", "Atlantis"], "no actor named 'Atlantis'"), (["topic", "weather"], "no statements on topic 'weather'"),
            (["document", "999"], "no document '999'"),
        ] {
            let missing = try TrackerProcess.run(["report"] + arguments + ["--db", db])
            #expect(missing.status == 1)
            #expect(missing.stderr.hasPrefix("error: \(message)"), "\(missing.stderr)")
        }
    }

    /// A pledge repeated in many articles is quoted three times (the first two
    /// reports and the latest) and the rest are counted; outcomes past five
    /// likewise. The summary line names three outcomes and counts the others.
    @Test func repeatedPledgesAreQuotedOnceAndCounted() throws {
        let dir = try Scratch.directory()
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for day in 1...6 {
            let text =
                "---\ndate: 2030-03-0\(day)\ntitle: Dispatch \(day)\n---\nNorway pledged to plant 500 hectares of pine forest by the end of 2031. Briefing number \(day) ended at noon.\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent("pledge-\(day).md"))
        }
        for day in 10...16 {
            let text =
                "---\ndate: 2030-04-\(day)\ntitle: Update \(day)\n---\nNorway planted 20 hectares of pine forest near Bergen. Survey \(day) was published online.\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent("outcome-\(day).md"))
        }
        let db = dir.appendingPathComponent("r.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", articles.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("13 added"), "\(ingest.stderr)")
        let result = try TrackerProcess.run(["report", "status", "--as-of", "2030-05-01", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.stdout
        let promised = report.components(separatedBy: "  - promised: ").count - 1
        #expect(promised == 3, "\(report)")
        #expect(report.contains("*Dispatch 1*") && report.contains("*Dispatch 2*") && report.contains("*Dispatch 6*"))
        #expect(!report.contains("*Dispatch 3*"))
        #expect(report.contains("  - and 3 more reports of the same pledge (first two and latest quoted)\n"), "\(report)")
        // 20 hectares of a pledged 500 are progress (the pledge's number is read from the action as written).
        let outcomes = report.components(separatedBy: "  - progresses: ").count - 1
        #expect(outcomes == 5, "\(report)")
        #expect(report.contains("  - and 2 more outcomes\n"))
        #expect(report.contains("; and 4 more |"), "\(report)")
    }
}
