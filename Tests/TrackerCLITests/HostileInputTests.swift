import Foundation
import Testing

/// Odd and hostile input through the `tracker` binary, as a user meets it:
/// the exit code, the one line on standard error, and output that is right.
@Suite(.serialized) struct HostileInputTests {
    // MARK: Text

    /// Offsets in `segment` and `annotate` output count Unicode scalars of
    /// the cleaned text and point at the words they name, in any script;
    /// CRLF, CR and a byte-order mark do not move them.
    @Test func mixedScriptsKeepOffsetsThroughTheCLI() throws {
        let dir = try Scratch.directory()
        let text = Self.mixedScripts
        let variants: [(String, [UInt8])] = [
            ("lf.txt", Array(text.utf8)),
            ("crlf.txt", [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("cr.txt", Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)),
        ]
        var outputs: [String] = []
        for (name, bytes) in variants {
            let file = dir.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let segmented = try TrackerProcess.run(["segment", "--format", "jsonl", file.path])
            #expect(segmented.status == 0 && segmented.stderr.isEmpty, "\(name): \(segmented.stderr)")
            let annotated = try TrackerProcess.run(["annotate", "--format", "jsonl", "--date", "2025-06-15", file.path])
            #expect(annotated.status == 0 && annotated.stderr.isEmpty, "\(name): \(annotated.stderr)")
            let sentences = try jsonLines(annotated.stdout)
            #expect(sentences.count == 6, "\(name)")
            #expect(try jsonLines(segmented.stdout).map { $0["text"] as? String } == sentences.map { $0["text"] as? String })
            expectOffsets(sentences, in: text, name)
            outputs.append(annotated.stdout)
        }
        #expect(Set(outputs).count == 1, "line ends and the byte-order mark change nothing")
        let statements = try jsonLines(outputs[0]).flatMap { $0["statements"] as? [[String: Any]] ?? [] }
        let holders = statements.compactMap { ($0["holder"] as? [String: Any])?["actor"] as? String }
        #expect(Set(holders).isSuperset(of: ["North Korea", "Peru", "Japan"]))
    }

    static let mixedScripts = """
        Россия и 中国 🇨🇳 signed a deal\u{200F}. The Cafe\u{301} owners 👩\u{200D}🔬 said they would cut prices by March 2026.

        مصر pledged to release 40 prisoners by the end of June. \u{202E}Reversed\u{202C} text and e\u{301}e\u{301} marks: Peru has withdrawn its troops.
        Zero\u{200B}width joiners\u{200D} everywhere, 😀👋🏽 North Korea will not halt tests. 日本は約束した。 Japan promised to help.
        """

    /// A long line of words in many scripts with no punctuation: cut into
    /// sentences of at most 3,000 bytes, offsets right, valid JSON out.
    @Test func longLineWithoutPunctuation() throws {
        let words = [
            "pledged", "to", "cut", "Россия", "中国", "مصر", "\u{200F}", "😀", "👩\u{200D}🔬", "e\u{301}", "Peru", "will",
            "\"quoted\"", "back\\slash", "North", "Korea", "halt", "tests", "by", "June",
        ]
        var text = ""
        var index = 0
        while text.utf8.count < 300_000 {
            text += (text.isEmpty ? "" : " ") + words[index % words.count]
            index += 5
        }
        let file = try Scratch.directory().appendingPathComponent("line.txt")
        try Data(text.utf8).write(to: file)
        let result = try TrackerProcess.run(["annotate", "--format", "jsonl", "--date", "2025-06-15", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let sentences = try jsonLines(result.stdout)
        #expect(sentences.count >= 100)
        #expect(sentences.allSatisfy { (($0["text"] as? String)?.utf8.count ?? .max) <= 3_000 })
        #expect(sentences.compactMap { $0["text"] as? String }.joined(separator: " ") == text)
        expectOffsets(sentences, in: text, "line.txt")
    }

    /// NUL bytes: refused with one clear line and exit code 1, from a file
    /// or from standard input.
    @Test func nulBytesAreRefused() throws {
        let file = try Scratch.directory().appendingPathComponent("nul.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("Caf\u{E9} ".utf8) + [0x00] + Array(" and more.".utf8)).write(to: file)
        for command in ["annotate", "segment"] {
            let result = try TrackerProcess.run([command, file.path])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "error: \(file.path): binary file (NUL byte at offset 9); only text, Markdown and HTML are read\n")
        }
        let piped = try TrackerProcess.run(["annotate", "-"], stdin: "Peru pledged\u{0}to act.")
        #expect(piped.status == 1)
        #expect(piped.stderr == "error: <stdin>: binary file (NUL byte at offset 12); only text, Markdown and HTML are read\n")
    }

    /// Broken front matter: a warning naming the file, the text kept, the
    /// rest of the folder ingested, exit code 0.
    @Test func brokenFrontMatterIsWarnedAboutAndStored() throws {
        let dir = try Scratch.directory()
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("---\ntitle: Never closed\ndate: 2025-13-45\nPeru pledged to withdraw its troops.".utf8)
            .write(to: docs.appendingPathComponent("a-unclosed.md"))
        try Data("---\r\ntitle: Dated\r\ndate: next Tuesday\r\n---\r\nChile has freed the prisoners.".utf8)
            .write(to: docs.appendingPathComponent("b-bad-date.md"))
        try Data("---\n---\n".utf8).write(to: docs.appendingPathComponent("c-fences.md"))
        let db = dir.appendingPathComponent("t.sqlite").path
        let result = try TrackerProcess.run(["ingest", docs.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderrLines.filter { !$0.hasPrefix("ingest ") }
        #expect(
            lines.contains { $0.hasPrefix("warning: ") && $0.contains("a-unclosed.md: front matter opened with '---' is never closed") })
        #expect(
            lines.contains { $0.hasPrefix("warning: ") && $0.contains("b-bad-date.md: front matter date 'next Tuesday' is not YYYY-MM-DD") }
        )
        #expect(lines.contains { $0.hasPrefix("warning: ") && $0.contains("c-fences.md: empty document") })
        #expect(lines.last?.hasPrefix("2 added, 1 skipped (0 already stored, 1 empty), 0 failed") == true)
        let listed = try jsonArray(try TrackerProcess.run(["documents", "--format", "json", "--db", db]).stdout)
        let dated = try #require(listed.first { ($0["path"] as? String)?.hasSuffix("b-bad-date.md") == true })
        #expect(dated["title"] as? String == "Dated")
        #expect(dated["published"] is NSNull || dated["published"] == nil)
        let statements = try jsonArray(try TrackerProcess.run(["statements", "--format", "json", "--db", db]).stdout)
        #expect(statements.contains { ($0["sentence"] as? String) == "Peru pledged to withdraw its troops." })
    }

    // MARK: Names and searches crafted as SQL or FTS5

    /// Quotes, `%`, `;`, `--`, `NEAR(`, `*`, `OR`, `AND NOT`, `^` in actor
    /// names and search text are words to look for: each query returns
    /// exactly the statements that hold those words or that actor, and
    /// never an SQL error.
    @Test func namesAndSearchesAreDataNotSyntax() throws {
        let dir = try Scratch.directory()
        let file = dir.appendingPathComponent("hostile.md")
        try Data(
            """
            O'Hara & Sons pledged to cut emissions by 40% by 2030.

            Critics said the "100% green" label was misleading.

            North Korea has dismantled its missile bases.

            North Korea has not dismantled its missile launchers, officials said.

            Semicolon; Partners said it would halt shipments or sales.
            """.utf8
        ).write(to: file)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try TrackerProcess.run(["ingest", file.path, "--date", "2025-03-01", "--db", db]).status == 0)
        let all = try statements([], db: db)
        let sentenceOf = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.sentence) })
        func ids(containing fragment: String) -> Set<Int> {
            Set(sentenceOf.filter { $0.value.contains(fragment) }.keys)
        }
        #expect(all.count >= 6)

        let oHara = try statements(["--actor", "O'Hara & Sons"], db: db)
        let northKorea = try statements(["--actor", "North Korea"], db: db)
        let partnersHolding = try statements(["--actor", "Partners", "--role", "holder"], db: db)
        #expect(oHara.count == 1 && northKorea.count >= 2 && partnersHolding.count == 1)
        for (alias, owner) in [
            ("Robert'); DROP TABLE statement;--", "O'Hara & Sons"),
            ("NEAR(\"missile\" bases) OR 1=1 %", "North Korea"),
            ("x' OR '1'='1", "Partners"),
        ] {
            let added = try TrackerProcess.run(["actors", "alias", owner, alias, "--db", db])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let negated = ids(containing: "has not dismantled")
        let searches: [(arguments: [String], expected: Set<Int>)] = [
            (["--actor=Robert'); DROP TABLE statement;--"], Set(oHara.map(\.id))),
            (["--actor", "NEAR(\"missile\" bases) OR 1=1 %"], Set(northKorea.map(\.id))),
            (["--actor", "x' OR '1'='1", "--role", "holder"], Set(partnersHolding.map(\.id))),
            (["--search", "missile NOT dismantled"], negated),
            (["--search", "dismantled AND NOT launchers"], []),
            (["--search", "dismantled OR emissions"], []),
            (["--search", "NEAR(missile bases)"], []),
            // A trailing * is a prefix (schema 005): still a word to look for, never syntax around it.
            (["--search", "missil*"], ids(containing: "missil")),
            (["--search", "^North"], ids(containing: "North")),
            (["--search", "\"100% green\""], ids(containing: "100% green")),
            (["--search", "40%"], ids(containing: "40%")),
            (["--search", "missile\""], ids(containing: "missile")),
            (["--search", "Semicolon;"], ids(containing: "Semicolon;")),
            (["--search='; DROP TABLE statement; --"], []),
            (["--search=--"], []),
            (["--search", "*"], []),
            (["--search", "%"], []),
            (["--actor", "North Korea", "--search", "missile NOT dismantled"], negated.intersection(northKorea.map(\.id))),
        ]
        #expect(!negated.isEmpty && !negated.intersection(northKorea.map(\.id)).isEmpty)
        for (arguments, expected) in searches {
            let result = try TrackerProcess.run(["statements", "--format", "json", "--db", db] + arguments)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            let found = Set(try jsonArray(result.stdout).compactMap { $0["id"] as? Int })
            #expect(found == expected, "\(arguments)")
        }
        for name in ["%", "' OR ''='", "*", "Robert'); DROP TABLE actor;--"] {
            let result = try TrackerProcess.run(["statements", "--db", db, "--actor=\(name)"])
            #expect(result.status == 1)
            #expect(result.stderr == "error: no actor named '\(name)'; see 'tracker actors list'\n")
        }
        #expect(try statements([], db: db).count == all.count, "nothing was dropped or changed")
        #expect(try TrackerProcess.run(["actors", "list", "--db", db]).status == 0)
    }

    // MARK: Databases

    @Test func fileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let dir = try Scratch.directory()
        let document = dir.appendingPathComponent("a.txt")
        try Data("Peru pledged to withdraw its troops.".utf8).write(to: document)
        let good = dir.appendingPathComponent("good.sqlite").path
        #expect(try TrackerProcess.run(["ingest", document.path, "--db", good]).status == 0)
        let goodBytes = try Data(contentsOf: URL(fileURLWithPath: good))

        let cases: [(name: String, bytes: Data, message: String)] = [
            ("notes.sqlite", Data("my notes; DROP TABLE x; --\n".utf8), "not a tracker database (the file is not SQLite)"),
            (
                "truncated.sqlite", goodBytes.prefix(8_192),
                "the database file is damaged (SQLite finds it malformed); restore it from a copy"
            ),
            (
                "garbage.sqlite", Data("SQLite format 3\u{0}".utf8) + Data((0..<4_000).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) }),
                "the database file is damaged (SQLite finds it malformed); restore it from a copy"
            ),
        ]
        for item in cases {
            let path = dir.appendingPathComponent(item.name).path
            try item.bytes.write(to: URL(fileURLWithPath: path))
            for arguments in [["ingest", document.path], ["documents"], ["statements", "--search", "troops"], ["report", "status"]] {
                let result = try TrackerProcess.run(arguments + ["--db", path])
                #expect(result.status == 1, "\(item.name) \(arguments)")
                #expect(result.stderr == "error: \(path): \(item.message)\n", "\(item.name) \(arguments)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == item.bytes, "\(item.name) is left as it was")
        }
        let folder = try TrackerProcess.run(["documents", "--db", dir.path])
        #expect(folder.status == 1)
        #expect(folder.stderr == "error: \(dir.path): cannot open the database (it is a folder; give a database file)\n")
    }

    /// A database from a newer tracker is refused by writing and reading
    /// commands alike, and neither migrated nor written to.
    @Test func newerSchemaIsRefusedAndNotMigrated() throws {
        let dir = try Scratch.directory()
        let document = dir.appendingPathComponent("a.txt")
        try Data("Peru pledged to withdraw its troops.".utf8).write(to: document)
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try TrackerProcess.run(["ingest", document.path, "--db", db]).status == 0)
        try sqlite(db, "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')")
        let schema =
            "SELECT group_concat(identifier, ' ') FROM grdb_migrations; SELECT count(*) FROM document; "
            + "SELECT group_concat(name || ':' || coalesce(sql, ''), ' ') FROM sqlite_master"
        let before = try sqlite(db, schema)
        let other = dir.appendingPathComponent("b.txt")
        try Data("Chile has freed the prisoners.".utf8).write(to: other)
        for arguments in [["ingest", other.path], ["documents"], ["statements"], ["commitments", "Peru"], ["report", "status"]] {
            let result = try TrackerProcess.run(arguments + ["--db", db])
            #expect(result.status == 1, "\(arguments)")
            #expect(
                result.stderr == "error: \(db): the database was written by a newer tracker (unknown migrations: "
                    + "999_from_the_future); upgrade the tracker to use it\n", "\(arguments)")
        }
        #expect(try sqlite(db, schema) == before, "no migration ran, nothing was added")
    }

    /// A database the user may not write: `ingest` refuses with a clear line
    /// and leaves no files behind; listing and querying still work. As root,
    /// whom permissions do not stop, the commands run as `nobody`.
    @Test func readOnlyFileAndFolder() throws {
        let dir = try Scratch.directory()
        let document = dir.appendingPathComponent("a.txt")
        try Data("Peru pledged to withdraw its troops by June.".utf8).write(to: document)
        let other = dir.appendingPathComponent("b.txt")
        try Data("Chile has freed the prisoners.".utf8).write(to: other)
        let manager = FileManager.default

        // A read-only file in a folder anyone may write.
        let openFolder = dir.appendingPathComponent("open")
        try manager.createDirectory(at: openFolder, withIntermediateDirectories: true)
        let lockedFile = openFolder.appendingPathComponent("t.sqlite").path
        #expect(try TrackerProcess.run(["ingest", document.path, "--db", lockedFile]).status == 0)
        try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: lockedFile)
        try manager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: openFolder.path)

        // A writable file in a folder no one but root may write.
        let closedFolder = dir.appendingPathComponent("closed")
        try manager.createDirectory(at: closedFolder, withIntermediateDirectories: true)
        let inClosedFolder = closedFolder.appendingPathComponent("t.sqlite").path
        #expect(try TrackerProcess.run(["ingest", document.path, "--db", inClosedFolder]).status == 0)
        try manager.setAttributes([.posixPermissions: 0o666], ofItemAtPath: inClosedFolder)
        try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: closedFolder.path)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)

        for (db, folder) in [(lockedFile, openFolder), (inClosedFolder, closedFolder)] {
            let refused = try Self.runWithoutPrivileges(["ingest", other.path, "--db", db])
            #expect(refused.status == 1)
            #expect(refused.stderr == "error: \(db): the database is read-only; check the file's and its folder's permissions\n")
            #expect(try manager.contentsOfDirectory(atPath: folder.path) == ["t.sqlite"], "no -wal or -shm left behind")

            let listed = try Self.runWithoutPrivileges(["documents", "--format", "json", "--db", db])
            #expect(listed.status == 0, "\(listed.stderr)")
            #expect(try jsonArray(listed.stdout).compactMap { $0["path"] as? String } == [document.path])
            let queried = try Self.runWithoutPrivileges(["statements", "--format", "json", "--actor", "Peru", "--db", db])
            #expect(queried.status == 0, "\(queried.stderr)")
            #expect(try jsonArray(queried.stdout).map { $0["kind"] as? String } == ["commitment"])
            let report = try Self.runWithoutPrivileges(["report", "status", "--as-of", "2025-01-01", "--db", db])
            #expect(report.status == 0 && report.stdout.contains("withdraw its troops"), "\(report.stderr)")
            let alias = try Self.runWithoutPrivileges(["actors", "alias", "Peru", "Inca land", "--db", db])
            #expect(alias.status == 1)
            #expect(alias.stderr.contains("the database is read-only"))
            #expect(try manager.contentsOfDirectory(atPath: folder.path) == ["t.sqlite"], "no -wal or -shm left behind")
        }
        let created = try Self.runWithoutPrivileges(["ingest", other.path, "--db", closedFolder.appendingPathComponent("new.sqlite").path])
        #expect(created.status == 1)
        #expect(
            created.stderr == "error: \(closedFolder.path)/new.sqlite: cannot open the database "
                + "(no permission to create a file in \(closedFolder.path))\n")
    }

    // MARK: Helpers

    /// Runs `tracker` as a user without write access to other people's files:
    /// as `nobody` when the tests run as root.
    static func runWithoutPrivileges(_ arguments: [String]) throws -> TrackerProcess.Result {
        guard geteuid() == 0 else { return try TrackerProcess.run(arguments) }
        let setpriv = "/usr/bin/setpriv"
        try #require(FileManager.default.isExecutableFile(atPath: setpriv), "as root, setpriv is needed to drop privileges")
        let running = TrackerProcess.start(arguments)
        running.process.executableURL = URL(fileURLWithPath: setpriv)
        running.process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", TrackerProcess.executable.path] + arguments
        running.process.standardInput = FileHandle.nullDevice
        try running.process.run()
        return running.wait()
    }

    struct Listed {
        var id: Int
        var holder: String?
        var sentence: String
    }

    func statements(_ arguments: [String], db: String) throws -> [Listed] {
        let result = try TrackerProcess.run(["statements", "--format", "json", "--limit", "1000", "--db", db] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try jsonArray(result.stdout).map {
            Listed(id: try #require($0["id"] as? Int), holder: $0["holder"] as? String, sentence: try #require($0["sentence"] as? String))
        }
    }

    @discardableResult
    func sqlite(_ db: String, _ sql: String) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "the sqlite3 shell is needed")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self)
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "not a JSON array: \(text.prefix(200))")
    }

    /// Each sentence, and each cue, actor and time in it, is the text at its
    /// offsets (Unicode scalars of `text`).
    func expectOffsets(_ sentences: [[String: Any]], in text: String, _ name: String) {
        let scalars = Array(text.unicodeScalars)
        func at(_ object: [String: Any]) -> String? {
            guard let start = object["start"] as? Int, let end = object["end"] as? Int,
                start >= 0, start <= end, end <= scalars.count
            else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        for sentence in sentences {
            #expect(at(sentence) == sentence["text"] as? String, "\(name): sentence \(sentence["sentence"] ?? "?")")
            for statement in sentence["statements"] as? [[String: Any]] ?? [] {
                for cue in statement["cues"] as? [[String: Any]] ?? [] {
                    #expect(at(cue) == cue["text"] as? String, "\(name): cue \(cue)")
                }
                for key in ["holder", "source"] {
                    if let actor = statement[key] as? [String: Any] {
                        #expect(at(actor) == actor["mention"] as? String, "\(name): \(key) \(actor)")
                    }
                }
                if let time = statement["time"] as? [String: Any] {
                    #expect(at(time) == time["text"] as? String, "\(name): time \(time)")
                }
            }
        }
    }
}
