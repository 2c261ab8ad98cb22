import Foundation
import Testing

/// A hostile article, title and actor file: every Markdown report, its
/// Mermaid block and every terminal listing show the hostile text as text;
/// nothing in it runs in a Markdown renderer or acts on a terminal.
@Suite(.serialized) struct InertOutputTests {
    static let escape = "\u{1B}[2J\u{1B}]0;pwned\u{07}"
    static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"

    /// Raw tags, tags spelled as HTML entities (decoded on reading), link
    /// syntax with `javascript:`, pipes, backticks and terminal escapes.
    static let articles: [(name: String, text: String)] = [
        (
            "talks.html",
            """
            <html><head><title>Zembla &lt;img src=x onerror=alert(1)&gt; talks</title></head><body>
            <p>Zembla pledged to open &lt;script&gt;alert(document.cookie)&lt;/script&gt; three border crossings by the end of 2031.</p>
            <p>Zembla will repair the [harbour wall](javascript:alert(1)) by March 2031 | a pipe &amp;lt;b&amp;gt; and &#60;iframe src=javascript:alert(2)&#62;.</p>
            <p>Zembla freed 40 prisoners on Monday <img src=x onerror=alert(5)> with `code` and ![img](data:text/html,x).</p>
            </body></html>
            """
        ),
        (
            "schools.md",
            """
            ---
            date: 2031-01-20
            title: Schools \(escape) <script>alert(4)</script>
            source: <a href="javascript:alert(6)">Wire</a>
            ---
            Zembla said it would build 12 schools by June 2031 \(escape) and \(clipboard) done. Zembla built 3 schools in May.
            """
        ),
    ]

    /// A dictionary whose actor name tries to close the Mermaid fence and open HTML.
    static let actors = #"""
        {"version": 1, "actors": [{"id": "zembla", "kind": "state", "aliases": ["Zembla"],
          "name": "Zembla\n```\n<img src=x onerror=alert(3)> `tick`: [x](javascript:alert(7)); \"q\" #1 %%{init}%% \u001b[2J"}]}
        """#

    func hostileDatabase() throws -> (dir: URL, db: String) {
        let dir = try Scratch.directory()
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for article in Self.articles { try Data(article.text.utf8).write(to: articles.appendingPathComponent(article.name)) }
        let actors = dir.appendingPathComponent("actors.json")
        try Data(Self.actors.utf8).write(to: actors)
        let db = dir.appendingPathComponent("hostile.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", articles.path, "--db", db, "--date", "2031-01-15", "--actors", actors.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (dir, db)
    }

    /// Problems in `report`: anything that a Markdown renderer would turn into
    /// HTML, a link or an image, any control character, and a Mermaid block
    /// that is not all Gantt lines or does not close where it should.
    func problems(_ report: String) throws -> [String] {
        var found: [String] = []
        // The bundled templates hold no `<`; every one from the data must be escaped.
        if report.contains("<") { found.append("a raw '<'") }
        // The templates' own code spans (command names, a topic's key) are theirs, not the data's.
        let own = report.replacingOccurrences(of: "`tracker add-statement`", with: "").replacingOccurrences(
            of: "`tracker correct`", with: ""
        )
        .replacing(try Regex("Topic `[a-z-]+`"), with: "")
        let characters = Array(own)
        for (index, character) in characters.enumerated() where character == "[" || character == "]" || character == "`" {
            if index == 0 || characters[index - 1] != "\\", !(character == "`" && own.isFenceBacktick(at: index, in: characters)) {
                found.append("an unescaped \(character) at \(index)")
                break
            }
        }
        if report.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) {
            found.append("a control character")
        }
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let fences = lines.indices.filter { lines[$0].hasPrefix("```") }
        if let start = lines.firstIndex(of: "```mermaid") {
            let end = try #require(lines[(start + 1)...].firstIndex(of: "```"), "the Mermaid block closes")
            if fences != [start, end] { found.append("fence lines at \(fences), not just the Mermaid block's") }
            let date = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
            let gantt = try Regex(
                "^(gantt|    title [A-Za-z ]+|    dateFormat YYYY-MM-DD|    section [\\p{L}\\p{N} ,./–-]+|    [\\p{L}\\p{N} ,./–-]+ :(done|active|crit), c[0-9]+, \(date), \(date)|    [\\p{L}\\p{N} ,./–-]+ :milestone, o[0-9]+x[0-9]+, \(date), 0d)$"
            )
            for line in lines[(start + 1)..<end] where line.wholeMatch(of: gantt) == nil { found.append("not a Gantt line: \(line)") }
        } else if !fences.isEmpty {
            found.append("fence lines outside a Mermaid block")
        }
        return found
    }

    @Test func everyReportIsInert() throws {
        let (_, db) = try hostileDatabase()
        let documents = try TrackerProcess.run(["documents", "--format", "csv", "--db", db])
        let ids = documents.stdout.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(ids.count == 2)
        var reports: [(String, [String])] = [
            ("status", ["status", "--as-of", "2031-12-31"]), ("since", ["status", "--as-of", "2031-12-31", "--since", "2031-01-01"]),
            ("actor", ["actor", "Zembla", "--as-of", "2031-12-31"]),
        ]
        reports += ids.map { ("document \($0)", ["document", $0]) }
        // "freed 40 prisoners" is on the bundled topic prisoner-release.
        reports.append(("topic", ["topic", "prisoner-release", "--as-of", "2031-12-31"]))
        var mermaid = 0
        var texts = ""
        for (name, arguments) in reports {
            let result = try TrackerProcess.run(["report"] + arguments + ["--db", db])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let found = try problems(result.stdout)
            #expect(found.isEmpty, "report \(name): \(found)\n\(result.stdout)")
            if result.stdout.contains("```mermaid") { mermaid += 1 }
            texts += result.stdout
        }
        #expect(mermaid >= 1, "a Mermaid block was checked")
        // The hostile text is there, shown as text.
        for shown in [
            "&lt;script&gt;alert(document.cookie)&lt;/script&gt;", "\\[harbour wall\\](javascript:alert(1))",
            "&lt;img src=x onerror=alert(1)&gt;",
            "&amp;lt;b&amp;gt;", "\\|", "&lt;iframe src=javascript:alert(2)&gt;",
        ] {
            #expect(texts.contains(shown), "\(shown) is shown escaped")
        }
    }

    /// A user's template gets the same escaping for the same values.
    @Test func userTemplatesEscapeToo() throws {
        let (dir, db) = try hostileDatabase()
        let template = dir.appendingPathComponent("mine.mustache")
        try Data(
            "{{% CONTENT_TYPE: MARKDOWN}}\n{{#parties}}\n{{party}}: {{#commitments}}{{action}} / {{holder}}; {{/commitments}}\n{{/parties}}\n"
                .utf8
        ).write(to: template)
        let result = try TrackerProcess.run(["report", "status", "--template", template.path, "--as-of", "2031-12-31", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let found = try problems(result.stdout)
        #expect(found.isEmpty, "\(found)\n\(result.stdout)")
        #expect(result.stdout.contains("&lt;img src=x onerror=alert(3)&gt;"))
    }

    /// `statements`, `documents`, `actors`, `annotate`, `segment` and error
    /// messages show a terminal escape as `\u{1B}`; JSON output stays exact.
    @Test func terminalOutputShowsEscapesAsText() throws {
        let (dir, db) = try hostileDatabase()
        let article = dir.appendingPathComponent("articles/schools.md").path
        let commands: [[String]] = [
            ["statements", "--db", db, "--limit", "100"], ["documents", "--db", db], ["actors", "list", "--db", db],
            ["actors", "show", "Zembla", "--db", db], ["commitments", "Zembla", "--as-of", "2031-12-31", "--db", db],
            ["annotate", article], ["segment", article], ["segment", "--explain", article],
        ]
        for command in commands {
            let result = try TrackerProcess.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(
                !result.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) },
                "\(command) prints a raw control character")
            // (`actors list` cuts the name before its escape; `segment --explain` prints offsets and rule ids.)
            if ![["segment", "--explain", article], ["actors", "list", "--db", db]].contains(command) {
                #expect(result.stdout.contains("\\u{1B}"), "\(command): \(result.stdout)")
            }
        }
        let missing = try TrackerProcess.run(["annotate", dir.appendingPathComponent("no\(Self.escape)such.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: \(dir.path)/no\\u{1B}[2J\\u{1B}]0;pwned\\u{7}such.txt: no such file\n", "\(missing.stderr)")
        let json = try TrackerProcess.run(["segment", "--format", "jsonl", article])
        #expect(json.stdout.contains("\\u001b[2J\\u001b]0;pwned\\u0007"), "JSON escapes as JSON, once")
        let exported = try TrackerProcess.run(["statements", "--format", "json", "--db", db])
        #expect(exported.stdout.contains("\\u001b[2J"))
    }

    /// A user template 10,000 sections deep, or too large to parse in good time, is refused with one line, not a stack overflow.
    @Test func deeplyNestedTemplateIsRefused() throws {
        let (dir, db) = try hostileDatabase()
        let template = dir.appendingPathComponent("deep.mustache")
        try Data((String(repeating: "{{#parties}}", count: 10_000) + "x" + String(repeating: "{{/parties}}", count: 10_000)).utf8).write(
            to: template)
        let result = try TrackerProcess.run(["report", "status", "--template", template.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(template.path): the template is 234 KiB; a layout may be at most 64 KiB\n", "\(result.stderr)")
        try Data((String(repeating: "{{#a}}", count: 5_000) + "x" + String(repeating: "{{/a}}", count: 5_000)).utf8).write(to: template)
        let deep = try TrackerProcess.run(["report", "status", "--template", template.path, "--db", db])
        #expect(deep.status == 1)
        #expect(
            deep.stderr == "error: \(template.path): sections nested 101 deep or more; a template may nest at most 100\n", "\(deep.stderr)")
        // Changing the delimiters does not hide the nesting.
        try Data(("{{=<% %>=}}" + String(repeating: "<%#a%>", count: 5_000) + String(repeating: "<%/a%>", count: 5_000)).utf8).write(
            to: template)
        let hidden = try TrackerProcess.run(["report", "status", "--template", template.path, "--db", db])
        #expect(hidden.status == 1 && hidden.stderr.contains("sections nested 101 deep"), "\(hidden.stderr)")
    }
}

extension String {
    /// Whether the backtick at `index` belongs to a line that is a code fence (```` ``` ````, ```` ```mermaid ````).
    fileprivate func isFenceBacktick(at index: Int, in characters: [Character]) -> Bool {
        var start = index
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return characters[start...].prefix(3).elementsEqual("```")
    }
}
