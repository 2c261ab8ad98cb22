import Foundation
import Testing

/// `--out` never destroys: not the working folder, not the database, not a
/// folder of someone's files, not a device; and a file is written whole or
/// not at all, also on a full disk or a closed pipe.
@Suite(.serialized) struct OutputPathTests {
    /// A folder holding a database of two short articles and a file of the
    /// user's, inside a folder of its own that holds one more file.
    func workspace() throws -> (dir: URL, db: String) {
        let parent = try Scratch.directory()
        try Data("beside\n".utf8).write(to: parent.appendingPathComponent("sibling.txt"))
        let dir = parent.appendingPathComponent("work")
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for day in 1...2 {
            let text =
                "---\ndate: 2030-03-0\(day)\ntitle: Dispatch \(day)\n---\nNorway pledged to plant 500 hectares of pine forest by the end of 2031. "
                + "Sweden said it would open \(day * 10) new rail stations next year.\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent("dispatch-\(day).md"))
        }
        let db = dir.appendingPathComponent("work.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", articles.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        try Data("my notes\n".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        return (dir, db)
    }

    /// Every file under `dir` (relative paths), to compare before and after.
    func listing(_ dir: URL) -> Set<String> {
        Set((FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String]) ?? [])
    }

    func expectRefused(_ result: TrackerProcess.Result, _ message: String, _ comment: String) {
        #expect(result.status == 1, "\(comment): \(result.stderr)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains(message), "\(comment): \(result.stderr)")
    }

    func expectDatabaseIntact(_ db: String) throws {
        let documents = try TrackerProcess.run(["documents", "--format", "csv", "--db", db])
        #expect(documents.status == 0, "\(documents.stderr)")
        #expect(documents.stdout.contains("Dispatch 1") && documents.stdout.contains("Dispatch 2"))
    }

    /// `--out .` and `--out ..`, in every format and with `--force`: refused or
    /// written beside what is there; the working folder, its database and the
    /// user's file are all still there.
    @Test func workingFolderAndParentAreNeverDeleted() throws {
        let (dir, db) = try workspace()
        let parentBefore = listing(dir.deletingLastPathComponent())
        for out in [".", "..", "./", dir.path] {
            let before = listing(dir)
            for force in [[], ["--force"]] {
                expectRefused(
                    try TrackerProcess.run(["export", "--out", out, "--db", db] + force, in: dir), "is a folder",
                    "export --out \(out) \(force)")
                expectRefused(
                    try TrackerProcess.run(["report", "status", "--out", out, "--db", db] + force, in: dir), "is a folder",
                    "report --out \(out) \(force)")
            }
            expectRefused(
                try TrackerProcess.run(["export", "--format", "brat", "--out", out, "--db", db], in: dir),
                "the folder is not empty", "brat --out \(out)")
            #expect(listing(dir) == before, "nothing in \(out) changed")
        }
        #expect(listing(dir.deletingLastPathComponent()) == parentBefore)
        #expect(try String(contentsOf: dir.appendingPathComponent("notes.txt"), encoding: .utf8) == "my notes\n")
        try expectDatabaseIntact(db)
    }

    /// The open database, under its own name, a hard link, a symbolic link or
    /// as its `-wal`: refused, also with `--force`; the database still answers.
    @Test func theDatabaseIsNeverAnOutput() throws {
        let (dir, db) = try workspace()
        let hard = dir.appendingPathComponent("hard.sqlite").path
        let soft = dir.appendingPathComponent("soft.sqlite").path
        try FileManager.default.linkItem(atPath: db, toPath: hard)
        try FileManager.default.createSymbolicLink(atPath: soft, withDestinationPath: db)
        let size = try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int
        for (out, message) in [
            (db, "is the database itself"), ("work.sqlite", "is the database itself"), (hard, "is the database itself"),
            (db + "-wal", "is the database itself"), (soft, "is the database itself"),
        ] {
            for arguments in [
                ["export", "--out", out], ["export", "--format", "csv", "--out", out], ["report", "status", "--out", out],
                ["export", "--format", "brat", "--out", out],
            ] {
                expectRefused(try TrackerProcess.run(arguments + ["--db", db, "--force"], in: dir), message, "\(arguments)")
            }
        }
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int == size)
        try expectDatabaseIntact(db)
        try expectDatabaseIntact(hard)
    }

    /// An existing file is kept without `--force`, and replaced whole with it;
    /// no temporary file is left beside it.
    @Test func anExistingFileNeedsForce() throws {
        let (dir, db) = try workspace()
        let out = dir.appendingPathComponent("statements.jsonl")
        try Data("an annotator's file\n".utf8).write(to: out)
        for arguments in [["export", "--out", out.path], ["report", "status", "--out", out.path]] {
            expectRefused(try TrackerProcess.run(arguments + ["--db", db]), "a file is already there", "\(arguments)")
            #expect(try String(contentsOf: out, encoding: .utf8) == "an annotator's file\n")
        }
        let forced = try TrackerProcess.run(["export", "--out", out.path, "--db", db, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("\"text\":\"Norway pledged"))
        let fresh = dir.appendingPathComponent("status.md")
        #expect(try TrackerProcess.run(["report", "status", "--out", fresh.path, "--db", db]).status == 0)
        #expect(try String(contentsOf: fresh, encoding: .utf8).hasPrefix("# Commitment status report"))
        #expect(listing(dir).filter { $0.contains(".tracker-") || $0.hasSuffix(".partial") }.isEmpty)
    }

    /// A brat folder: new or empty is filled; one that holds files (an
    /// annotator's edited `.ann`) is refused without `--force`; with it, files
    /// of the same name are replaced and nothing else is touched.
    @Test func bratFolderIsNewOrEmptyOrForced() throws {
        let (dir, db) = try workspace()
        let brat = dir.appendingPathComponent("brat")
        let first = try TrackerProcess.run(["export", "--format", "brat", "--out", brat.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let written = listing(brat)
        #expect(written == ["annotation.conf", "document-1.txt", "document-1.ann", "document-2.txt", "document-2.ann"])
        let edited = brat.appendingPathComponent("document-1.ann")
        try Data("T1\tCommitment 0 6\tedited by a person\n".utf8).write(to: edited)
        try Data("keep\n".utf8).write(to: brat.appendingPathComponent("README"))
        expectRefused(
            try TrackerProcess.run(["export", "--format", "brat", "--out", brat.path, "--db", db]), "the folder is not empty",
            "brat again")
        #expect(try String(contentsOf: edited, encoding: .utf8) == "T1\tCommitment 0 6\tedited by a person\n")
        let forced = try TrackerProcess.run(["export", "--format", "brat", "--out", brat.path, "--db", db, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: edited, encoding: .utf8) != "T1\tCommitment 0 6\tedited by a person\n")
        #expect(try String(contentsOf: brat.appendingPathComponent("README"), encoding: .utf8) == "keep\n")
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        #expect(try TrackerProcess.run(["export", "--format", "brat", "--out", empty.path, "--db", db]).status == 0)
        let file = dir.appendingPathComponent("notes.txt")
        expectRefused(
            try TrackerProcess.run(["export", "--format", "brat", "--out", file.path, "--db", db, "--force"]),
            "is a file, not a folder", "brat on a file")
    }

    /// Devices and pipes are never replaced by a regular file, with or without `--force`.
    @Test func devicesAndPipesAreRefused() throws {
        let (dir, db) = try workspace()
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (out, message) in [("/dev/null", "is a device"), (fifo, "is a named pipe")] {
            for force in [[], ["--force"]] {
                expectRefused(try TrackerProcess.run(["export", "--out", out, "--db", db] + force), message, "\(out) \(force)")
                expectRefused(try TrackerProcess.run(["report", "status", "--out", out, "--db", db] + force), message, "\(out) \(force)")
            }
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    /// `demo` refreshes its own reports in place, and refuses a folder of other files without `--force`.
    @Test func demoRefreshesOnlyItsOwnFolder() throws {
        let dir = try Scratch.directory()
        try Data("mine\n".utf8).write(to: dir.appendingPathComponent("thesis.md"))
        expectRefused(
            try TrackerProcess.run(["demo", "--out", dir.path], in: TrackerProcess.projectRoot), "the folder is not empty",
            "demo into a folder of other files")
        #expect(listing(dir) == ["thesis.md"])
    }

    // MARK: Failed writes

    /// Runs `tracker` with standard output on `descriptor`'s file (`/dev/full`, a pipe).
    func run(_ arguments: [String], standardOutput: FileHandle) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = TrackerProcess.executable
        process.arguments = arguments
        process.standardOutput = standardOutput
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// Standard output on a full device or a closed pipe: one line on standard
    /// error and exit code 1, for every command that prints.
    @Test func fullDeviceAndClosedPipeOnStandardOutput() throws {
        let (dir, db) = try workspace()
        let article = dir.appendingPathComponent("articles/dispatch-1.md").path
        let commands = [
            ["export"], ["export", "--format", "csv"], ["report", "status"], ["statements"], ["documents"],
            ["commitments", "Norway"], ["annotate", article], ["segment", article],
        ]
        for command in commands {
            let arguments = command + (["annotate", "segment"].contains(command[0]) ? [] : ["--db", db])
            let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
            let result = try run(arguments, standardOutput: full)
            #expect(result.status == 1, "\(command) > /dev/full: \(result.stderr)")
            #expect(result.stderr.hasPrefix("error: standard output: write failed (the disk is full)"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("exported"), "\(command): no success reported")
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let closed = try run(arguments, standardOutput: pipe.fileHandleForWriting)
            #expect(closed.status == 1, "\(command) | closed: \(closed.stderr)")
            #expect(closed.stderr == "error: standard output: write failed (the reader closed the pipe)\n", "\(command)")
        }
    }

    /// Whether this process may mount a tmpfs (root, and a system that allows it).
    static let tmpfsAvailable: Bool = {
        guard getuid() == 0, let dir = try? Scratch.directory(),
            let mounted = try? TrackerProcess.run(
                ["-t", "tmpfs", "-o", "size=16k", "tmpfs", dir.path], executable: URL(fileURLWithPath: "/bin/mount")),
            mounted.status == 0
        else { return false }
        _ = try? TrackerProcess.run([dir.path], executable: URL(fileURLWithPath: "/bin/umount"))
        return true
    }()

    /// A real full file system: a 16 KiB tmpfs, mounted only when the tests run
    /// as root and mounting is allowed (skipped otherwise).
    @Test(.enabled(if: tmpfsAvailable)) func fullFileSystemLeavesNothing() throws {
        let (dir, db) = try workspace()
        let mountPoint = dir.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: false)
        let mount = try TrackerProcess.run(
            ["-t", "tmpfs", "-o", "size=16k", "tmpfs", mountPoint.path], executable: URL(fileURLWithPath: "/bin/mount"))
        #expect(mount.status == 0, "\(mount.stderr)")
        defer { _ = try? TrackerProcess.run([mountPoint.path], executable: URL(fileURLWithPath: "/bin/umount")) }
        // Fill it to the last page, so that any export overflows it.
        for index in 0..<64 {
            let filler = mountPoint.appendingPathComponent("filler-\(index)").path
            if !FileManager.default.createFile(atPath: filler, contents: Data(repeating: 0x61, count: 4096)) { break }
        }
        let before = listing(mountPoint)
        let out = mountPoint.appendingPathComponent("out.jsonl")
        let result = try TrackerProcess.run(["export", "--all-sentences", "--out", out.path, "--db", db])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderrLines.count == 1 && result.stderr.hasPrefix("error: \(out.path): ")
                && result.stderr.contains("(the disk is full)"),
            "\(result.stderr)")
        #expect(listing(mountPoint) == before)
    }
}
