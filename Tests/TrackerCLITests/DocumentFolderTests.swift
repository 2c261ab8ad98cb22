import Foundation
import Testing

/// Folders a user gives to `ingest` (issue 12, point 7): one given as a
/// symbolic link is followed, a subfolder that cannot be read is reported
/// (and the run fails), and UTF-16 files are read.
@Suite struct DocumentFolderTests {
    @Test func aFolderGivenAsALinkIsFollowed() throws {
        let dir = try Scratch.directory()
        let real = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: real.appendingPathComponent("2026"), withIntermediateDirectories: true)
        try Data("Peru pledged to halt artillery fire along the border.".utf8)
            .write(to: real.appendingPathComponent("2026/pledge.txt"))
        // UTF-16 with a byte-order mark, as some editors save.
        let utf16: [UInt8] =
            [0xFF, 0xFE]
            + "Ecuador said it would reopen the Huaquillas crossing.".utf16
            .flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(utf16).write(to: real.appendingPathComponent("reopening.txt"))
        let link = dir.appendingPathComponent("latest")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        // A link loop inside is read once, not forever.
        try FileManager.default.createSymbolicLink(at: real.appendingPathComponent("2026/again"), withDestinationURL: real)

        let result = try TrackerProcess.run(["ingest", link.path, "--db", dir.appendingPathComponent("t.sqlite").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderrLines.last?.hasPrefix("2 added, 0 skipped") == true, "\(result.stderr)")
    }

    /// Run as a user who may not read the subfolder (root reads every folder,
    /// so as root the command runs as `nobody` through setpriv).
    @Test func anUnreadableSubfolderIsReported() throws {
        let dir = try Scratch.directory()
        let folder = dir.appendingPathComponent("articles")
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("Chile agreed to cut tariffs by March.".utf8).write(to: folder.appendingPathComponent("open.txt"))
        try Data("Peru said talks went on.".utf8).write(to: locked.appendingPathComponent("hidden.txt"))
        for path in [dir.path, folder.path] { try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let db = dir.appendingPathComponent("t.sqlite").path
        var arguments = ["ingest", folder.path, "--db", db]
        if getuid() == 0 {
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "setpriv is needed to test as root")
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", TrackerProcess.executable.path] + arguments
        }
        let process = Process()
        process.executableURL = getuid() == 0 ? URL(fileURLWithPath: "/usr/bin/setpriv") : TrackerProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = dir
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(
            stderr.contains("error: \(locked.path): cannot read this folder (no permission?); the documents in it were not read"),
            "\(stderr)")
        #expect(stderr.contains("1 added, 0 skipped (0 already stored, 0 empty), 1 failed"), "\(stderr)")
    }
}
