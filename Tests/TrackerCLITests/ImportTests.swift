import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// `tracker import` is strict (issue 12, point 4): a line is an exported
/// sentence or a gold line by its shape, and a line that is neither stops
/// the import with nothing imported; the rows it writes are the importer's,
/// with the file's authors kept as "reported by"; twice changes nothing.
@Suite(.serialized) struct ImportTests {
    let workflow = CorrectionWorkflowTests()

    func run(_ arguments: [String], as author: String) throws -> TrackerProcess.Result {
        try TrackerProcess.run(arguments, environment: ["TRACKER_AUTHOR": author])
    }

    /// The whole database as SQL text (`sqlite3 .dump`).
    static func dump(_ db: String) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "the sqlite3 shell is needed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, ".dump"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self)
    }

    static func query(_ db: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// An annotator's database (alice corrects, rejects and adds) and its
    /// reviewed export.
    func annotatorExport() throws -> (file: String, lines: [String]) {
        let source = try workflow.storyDatabase("annotator")
        let halt = try workflow.commitment("halt artillery fire", of: "Peru", db: source)
        let reopen = try workflow.commitment("reopen the Huaquillas border crossing", of: "Ecuador", db: source)
        #expect(try run(["correct", "\(halt.id)", "--kind", "claim", "--db", source], as: "alice").status == 0)
        #expect(try run(["correct", "\(reopen.id)", "--holder", "Peru", "--holder", "Ecuador", "--db", source], as: "alice").status == 0)
        let sentence = try #require(try CorrectionWorkflowTests.sentenceID(of: reopen.id, db: source))
        #expect(
            try run(
                [
                    "add-statement", "\(sentence)", "--kind", "commitment", "--holder", "Ecuador",
                    "--action", "post monitors at the crossing", "--db", source,
                ], as: "alice"
            ).status == 0)
        let file = try Scratch.directory().appendingPathComponent("reviewed.jsonl").path
        let exported = try run(["export", "--reviewed", "--out", file, "--db", source], as: "alice")
        #expect(exported.status == 0, "\(exported.stderr)")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count >= 2)
        return (file, lines)
    }

    /// `line` with `sentence.start` written as a string, as a hand edit might.
    static func mistyped(_ line: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        var sentence = try #require(object["sentence"] as? [String: Any])
        sentence["start"] = "\(sentence["start"] ?? 0)"
        object["sentence"] = sentence
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func aMistypedLineStopsTheImportNamingItAndImportsNothing() throws {
        let (file, lines) = try annotatorExport()
        var edited = lines
        edited[1] = try Self.mistyped(lines[1])
        let broken = file + ".edited.jsonl"
        try (edited.joined(separator: "\n") + "\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let target = try workflow.storyDatabase("team")
        let before = try Self.dump(target)

        let imported = try run(["import", broken, "--db", target], as: "bob")
        #expect(imported.status == 1)
        #expect(
            imported.stderr == "error: \(broken):2: an exported sentence (it has \"statements\", \"document\" or \"sentence\"), "
                + "but \"sentence.start\" is not a number; nothing imported\n", "\(imported.stderr)")
        #expect(try Self.dump(target) == before, "a refused file changed the database")

        // Read as gold lines on purpose, the same file is accepted.
        let gold = try run(["import", broken, "--as-gold", "--db", target], as: "bob")
        #expect(gold.status == 0, "\(gold.stderr)")
        #expect(try Self.query(target, "SELECT DISTINCT note FROM correction") == ["gold import"])
    }

    @Test func importRowsAreTheImportersAndTwiceChangesNothing() throws {
        let (file, _) = try annotatorExport()
        let target = try workflow.storyDatabase("team")
        let first = try run(["import", file, "--db", target], as: "bob")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 corrected, 1 added, 0 rejected"), "\(first.stderr)")
        #expect(try Self.query(target, "SELECT file, author, length(file_hash) FROM import_record") == ["\(file)|bob|64"])
        // Every row the import wrote is bob's and names the import; alice is only "reported by".
        #expect(
            try Self.query(target, "SELECT DISTINCT author, reported_by, import_id FROM correction ORDER BY 1, 2")
                == ["bob|alice|1"])
        #expect(try Self.query(target, "SELECT field FROM correction ORDER BY field") == ["add", "holder", "kind"])

        let before = try Self.dump(target)
        for _ in 0..<2 {
            let again = try run(["import", file, "--db", target], as: "carol")
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stderr.contains("0 corrected, 0 added, 0 rejected"), "\(again.stderr)")
            #expect(try Self.dump(target) == before, "importing the same file again changed the database")
        }
    }

    /// An added statement whose history lost its "add" record, and a holder
    /// change with no history row: each applied once, each with a row.
    @Test func aFileWithoutHistoryRowsStillLeavesOneAndImportsOnce() throws {
        let (file, lines) = try annotatorExport()
        var stripped: [String] = []
        for line in lines {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            var statements = try #require(object["statements"] as? [[String: Any]])
            for index in statements.indices { statements[index]["corrections"] = [] }
            object["statements"] = statements
            stripped.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let bare = file + ".bare.jsonl"
        try (stripped.joined(separator: "\n") + "\n").write(toFile: bare, atomically: true, encoding: .utf8)
        let target = try workflow.storyDatabase("team")
        #expect(try run(["import", bare, "--db", target], as: "bob").status == 0)
        let before = try Self.dump(target)
        let again = try run(["import", bare, "--db", target], as: "bob")
        #expect(again.stderr.contains("0 corrected, 0 added, 0 rejected"), "\(again.stderr)")
        #expect(try Self.dump(target) == before, "the added statement was added again")
        #expect(try Self.query(target, "SELECT count(*) FROM statement WHERE action = 'post monitors at the crossing'") == ["1"])
        #expect(
            try Self.query(target, "SELECT field, author, reported_by IS NULL FROM correction ORDER BY field")
                == ["add|bob|1", "holder|bob|1", "kind|bob|1"])
    }
}
