import Foundation
import Testing
import TrackerAnalysis
import TrackerReports
import TrackerStore
import TrackerWeb

/// `tracker site`: a folder of read-only pages whose every link resolves
/// (a walk over all of them), whose statuses and commitments are the
/// Markdown reports', with no form or script, and written by the output rules.
@Suite struct StaticSiteTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let asOf = CalendarDate(iso: "2026-08-14")!

    /// The example story and the hostile article of the workbench tests, in one database.
    static func storyStore() throws -> TrackerDatabase {
        let store = try WorkbenchFixture().store
        let folder = root.appendingPathComponent("Examples/story")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let analyzer = DocumentAnalyzer()
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            _ = try store.ingest(
                analyzer.analyze(try DocumentReader().read(bytes, format: .markdown, path: file)), path: file,
                analyzerVersion: "test")
        }
        return store
    }

    static func pages(_ store: TrackerDatabase) throws -> [String: String] {
        var pages: [String: String] = [:]
        for file in try StaticSite(store: store, asOf: asOf).files() { pages[file.name] = String(decoding: file.content, as: UTF8.self) }
        return pages
    }

    /// Every `href` and `src` value in a page.
    static func links(in page: String) -> [String] {
        var found: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = page[...]
            while let start = rest.range(of: attribute) {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                found.append(String(tail[..<end]))
                rest = tail[end...]
            }
        }
        return found
    }

    @Test func everyLinkResolvesToAFileAndAnAnchor() throws {
        let pages = try Self.pages(try Self.storyStore())
        #expect(pages["index.html"] != nil && pages["status.html"] != nil && pages["workbench.css"] != nil)
        var broken: [String] = []
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let name = queue.popLast() {
            for link in Self.links(in: pages[name] ?? "") {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard let target = pages[parts[0]] else {
                    broken.append("\(name) → \(link)")
                    continue
                }
                if parts.count == 2, !target.contains("id=\"\(parts[1])\"") { broken.append("\(name) → \(link) (no such anchor)") }
                if parts[0].hasSuffix(".html"), reached.insert(parts[0]).inserted { queue.append(parts[0]) }
            }
        }
        #expect(broken.isEmpty, "\(broken)")
        let documents = pages.keys.filter { $0.hasPrefix("document-") }
        #expect(documents.count == 8, "seven story articles and the hostile one")
        #expect(documents.allSatisfy(reached.contains), "every document is reached from the index")
        #expect(reached.contains("status.html") && reached.contains("party-peru.html"))
        #expect(reached.contains("topics.html") && reached.contains("topic-troop-withdrawal.html"), "topics are reached from every page")
    }

    @Test func pagesAreReadOnlyAndInert() throws {
        let pages = try Self.pages(try Self.storyStore())
        for (name, page) in pages where name.hasSuffix(".html") {
            #expect(!page.contains("<form"), "\(name) has a form")
            #expect(!page.contains("<script"), "\(name) has a script")
            #expect(!page.contains("onerror=\"alert"), "\(name) carries the article's markup")
            #expect(!page.contains("href=\"/"), "\(name) has a link to the server's root")
        }
    }

    /// The rows of a Markdown report's commitment tables: status and action.
    static func markdownRows(_ markdown: String) -> [(status: String, action: String)] {
        markdown.split(separator: "\n").compactMap { line -> (String, String)? in
            guard line.hasPrefix("| **") else { return nil }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let close = cells[0].dropFirst(2).range(of: "**") else { return nil }
            return (String(cells[0].dropFirst(2)[..<close.lowerBound]), cells[1].replacingOccurrences(of: "\\", with: ""))
        }
    }

    @Test func pagesSayWhatTheMarkdownReportsSay() throws {
        let store = try Self.storyStore()
        let pages = try Self.pages(store)
        var missing: [String] = []
        let status = try StatusReport(asOf: Self.asOf).render(store)
        let statusRows = Self.markdownRows(status)
        #expect(statusRows.count >= 5, "the status report has its table")
        for row in statusRows where !(pages["status.html"] ?? "").contains(HTML.escape(row.action)) {
            missing.append("status: \(row.action)")
        }
        for party in ["Peru", "Ecuador"] {
            let report = try ActorReport(actor: party, asOf: Self.asOf).render(store)
            let page = pages["party-\(party.lowercased()).html"] ?? ""
            for row in Self.markdownRows(report) {
                let shown =
                    "<span class=\"status s-\(row.status.replacingOccurrences(of: " ", with: "-"))\">\(row.status)</span> <strong>\(HTML.escape(row.action))</strong>"
                if !page.contains(shown) { missing.append("\(party): \(row.status) \(row.action)") }
            }
        }
        let topic = try TopicReport(topic: "troop-withdrawal", asOf: Self.asOf).render(store)
        let topicPage = pages["topic-troop-withdrawal.html"] ?? ""
        let topicRows = Self.markdownRows(topic)
        #expect(!topicRows.isEmpty, "the topic report has its table")
        for row in topicRows where !topicPage.contains("<strong>\(HTML.escape(row.action))</strong>") {
            missing.append("topic: \(row.action)")
        }
        // The report's timeline and the page's list hold the same statements.
        let reportEvents = topic.split(separator: "\n").filter { $0.hasPrefix("- **") && $0.contains(" — ") }.count
        let events = topicPage.components(separatedBy: "<ul class=\"events\">").last?.components(separatedBy: "</ul>").first ?? ""
        let pageEvents = events.components(separatedBy: "<li>").count - 1
        #expect(reportEvents > 10 && pageEvents == reportEvents, "timeline: \(reportEvents) in the report, \(pageEvents) on the page")
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func siteFollowsTheOutputRules() throws {
        let store = try Self.storyStore()
        let files = try StaticSite(store: store, asOf: Self.asOf).files()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-site-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let destination = OutputDestination(force: false, protecting: [])
        try StaticSite.write(files, to: try destination.folder(folder, refreshing: Set(files.map(\.name))))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == files.count)
        // A second run refreshes its own files; a folder with anything else is refused without --force, and nothing is deleted.
        try StaticSite.write(files, to: try destination.folder(folder, refreshing: Set(files.map(\.name))))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        #expect(throws: OutputError.self) { try destination.folder(folder, refreshing: Set(files.map(\.name))) }
        let forced = OutputDestination(force: true, protecting: [])
        try StaticSite.write(files, to: try forced.folder(folder, refreshing: []))
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "mine")
    }
}
