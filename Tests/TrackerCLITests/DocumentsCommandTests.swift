import Foundation
import Testing

/// Documents a user can fix: dates from front matter, a sheet or the path at
/// ingest; `documents set` (re-resolving times), `documents remove`, `ingest --replace`.
@Suite(.serialized) struct DocumentsCommandTests {
    static let pledge = "Peru pledged to withdraw its troops from the border by the end of next year.\n"

    func write(_ text: String, to path: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func run(_ arguments: [String], in dir: URL) throws -> TrackerProcess.Result {
        try TrackerProcess.run(arguments + ["--db", dir.appendingPathComponent("t.sqlite").path], in: dir)
    }

    /// `documents --format json` as (path, published) pairs.
    func dates(in dir: URL) throws -> [String: String] {
        let listed = try run(["documents", "--format", "json"], in: dir)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        var dates: [String: String] = [:]
        for row in rows { if let path = row["path"] as? String { dates[path] = row["published"] as? String ?? "none" } }
        return dates
    }

    @Test func batchDatesFromFrontMatterSheetAndPath() throws {
        let dir = try Scratch.directory()
        try write("---\ndate: 2019-01-19\n---\n" + Self.pledge, to: "front.txt", in: dir)
        try write("Chile said it would open the pass by the end of the month.\n", to: "news/2020/03/04/chile.txt", in: dir)
        try write("Bolivia said it would cut tariffs next week.\n", to: "news/bolivia-2021-05-06.md", in: dir)
        try write("Ecuador said it would free the prisoners by the end of June.\n", to: "sheet/ecuador.txt", in: dir)
        try write("Colombia said it had freed the prisoners.\n", to: "sheet/colombia.txt", in: dir)
        try write(
            "path,date,title,source,country\necuador.txt,2018-02-03,\"Ecuador, prisoners\",Wire,Ecuador\ncolombia.txt,2017-07-08,,,\n",
            to: "sheet/sheet.csv", in: dir)
        let result = try run(["ingest", "front.txt", "news", "sheet", "--date-from-path", "--metadata", "sheet/sheet.csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try dates(in: dir) == [
                "front.txt": "2019-01-19", "news/2020/03/04/chile.txt": "2020-03-04", "news/bolivia-2021-05-06.md": "2021-05-06",
                "sheet/ecuador.txt": "2018-02-03", "sheet/colombia.txt": "2017-07-08",
            ])
        let listed = try run(["documents", "--format", "csv"], in: dir)
        #expect(listed.stdout.contains("\"Ecuador, prisoners\",Wire,Ecuador,"), "the sheet's title, source, country: \(listed.stdout)")
        // A sheet with a bad date is one clear line and nothing stored.
        try write("path,date\nx.txt,19/01/2019\n", to: "bad.csv", in: dir)
        let bad = try run(["ingest", "front.txt", "--metadata", "bad.csv"], in: dir)
        #expect(bad.status != 0)
        #expect(bad.stderrLines.count == 1 && bad.stderr.contains("bad.csv:2"), "\(bad.stderr)")
    }

    @Test func setRedatesAndReresolvesRemoveKeepsCorrections() throws {
        let dir = try Scratch.directory()
        try write(Self.pledge, to: "pledge.txt", in: dir)
        #expect(try run(["ingest", "pledge.txt", "--date", "2019-01-19"], in: dir).status == 0)
        var statements = try run(["statements", "--format", "json"], in: dir).stdout
        #expect(statements.contains("\"time\":\"2020-12-31\""), "\(statements)")
        let set = try run(["documents", "set", "1", "--date", "2021-03-01", "--title", "Withdrawal", "--country", "Peru"], in: dir)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try run(["documents", "--format", "csv"], in: dir).stdout.contains(",Withdrawal,,Peru,"))
        statements = try run(["statements", "--format", "json"], in: dir).stdout
        #expect(statements.contains("\"time\":\"2022-12-31\""), "the deadline follows the new date: \(statements)")
        #expect(try dates(in: dir)["pledge.txt"] == "2021-03-01")
        // A person's confirmation survives a later fix of the date.
        #expect(try run(["correct", "1", "--confirm", "--note", "checked"], in: dir).status == 0)
        #expect(try run(["documents", "set", "1", "--date", "2022-01-01"], in: dir).status == 0)
        statements = try run(["statements", "--format", "json"], in: dir).stdout
        #expect(statements.contains("\"review\":\"confirmed\""), "\(statements)")

        let missing = try run(["documents", "set", "9", "--date", "2021-03-01"], in: dir)
        #expect(missing.status != 0 && missing.stderrLines.count == 1, "\(missing.stderr)")
        let remove = try run(["documents", "remove", "1"], in: dir)
        #expect(remove.status == 0, "\(remove.stderr)")
        #expect(try dates(in: dir).isEmpty)
        #expect(try run(["statements", "--format", "json"], in: dir).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        // The correction log keeps the person's confirmation.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [dir.appendingPathComponent("t.sqlite").path, "SELECT count(*) FROM correction"]
        let output = Pipe()
        sqlite.standardOutput = output
        try sqlite.run()
        let count = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        sqlite.waitUntilExit()
        #expect(count.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test func replaceSwapsAChangedFileOnly() throws {
        let dir = try Scratch.directory()
        try write(Self.pledge, to: "pledge.txt", in: dir)
        #expect(try run(["ingest", "pledge.txt", "--date", "2019-01-19"], in: dir).status == 0)
        let unchanged = try run(["ingest", "pledge.txt", "--replace"], in: dir)
        #expect(unchanged.stderr.contains("unchanged since document 1"), "\(unchanged.stderr)")
        try write("Peru pledged to withdraw its troops from the border by the end of 2030.\n", to: "pledge.txt", in: dir)
        let replaced = try run(["ingest", "pledge.txt", "--replace", "--date", "2019-01-19"], in: dir)
        #expect(replaced.status == 0 && replaced.stderr.contains("document 1 replaced"), "\(replaced.stderr)")
        let listed = try run(["documents", "--format", "json"], in: dir).stdout
        #expect(listed.components(separatedBy: "\"path\"").count == 2, "one document left: \(listed)")
        #expect(try run(["statements", "--format", "json"], in: dir).stdout.contains("2030"))
    }
}
