import Foundation
import Testing

/// Read-only commands never wait for a writer (issue 12, point 6): while
/// another process holds a write transaction open, each of them answers, from
/// what is committed, instead of waiting the busy timeout out.
@Suite(.serialized) struct UnblockedReaderTests {
    /// The read-only commands, each with what its answer must contain.
    static let readers: [(arguments: [String], answer: String)] = [
        (["documents", "--format", "csv"], "Peru"),
        (["statements", "--actor", "Peru", "--kind", "commitment", "--limit", "5"], "commitment"),
        (["commitments", "Peru", "--as-of", "2026-08-14"], "halt artillery fire"),
        (["report", "status", "--as-of", "2026-08-14"], "halt artillery fire"),
        (["actors", "list"], "Ecuador"),
        (["actors", "show", "Peru"], "Peru"),
        (["export", "--format", "jsonl"], "\"statements\""),
    ]

    @Test func readersAnswerDuringATenSecondWrite() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "the sqlite3 shell is needed")
        let db = try CorrectionWorkflowTests().storyDatabase("busy")
        // A writer that takes the write lock, changes a row, says so, and holds the lock for 10 s.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        writer.arguments = [db]
        let input = Pipe()
        let output = Pipe()
        writer.standardInput = input
        writer.standardOutput = output
        try writer.run()
        input.fileHandleForWriting.write(
            Data(
                """
                BEGIN IMMEDIATE;
                UPDATE document SET title = 'being rewritten';
                SELECT 'holding';
                .shell sleep 10
                COMMIT;

                """.utf8))
        try input.fileHandleForWriting.close()
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("holding") {
            let chunk = output.fileHandleForReading.availableData
            try #require(!chunk.isEmpty, "the writer stopped before taking the lock")
            said.append(chunk)
        }
        for reader in Self.readers {
            let started = Date()
            let result = try TrackerProcess.run(reader.arguments + ["--db", db])
            let seconds = Date().timeIntervalSince(started)
            #expect(result.status == 0, "\(reader.arguments): \(result.stderr)")
            #expect(result.stdout.contains(reader.answer), "\(reader.arguments) did not answer: \(result.stdout.prefix(300))")
            #expect(!result.stdout.contains("being rewritten"), "\(reader.arguments) read an uncommitted write")
            // The behaviour: it answered while the write was still open (a
            // blocked reader answers only after the commit, 10 s later).
            #expect(writer.isRunning, "\(reader.arguments) answered only after the writer committed (\(seconds) s)")
            #expect(seconds < 5, "\(reader.arguments) took \(seconds) s during the write")
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
    }
}
