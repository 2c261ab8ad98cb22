import Foundation
import Testing
import TrackerAnalysis
import TrackerCorpus
import TrackerStore

/// Several `tracker` processes on one database file at once.
@Suite(.serialized) struct ConcurrentIngestTests {
    /// Two `ingest` processes creating the same new file, twenty times: both
    /// succeed each time. (Before a busy open was tried again, about one
    /// round in eight failed with "database is locked", and now and then a
    /// migration the other process had just applied failed with "already exists".)
    @Test func twoIngestsCreateOneNewFile() throws {
        let dir = try Scratch.directory()
        let first = dir.appendingPathComponent("a.txt")
        let second = dir.appendingPathComponent("b.txt")
        try Data("Peru pledged to withdraw its troops by the end of June.".utf8).write(to: first)
        try Data("Ecuador will reopen the crossing by March 31.".utf8).write(to: second)
        for round in 0..<20 {
            let db = dir.appendingPathComponent("new-\(round).sqlite").path
            let writers = [first, second].map { TrackerProcess.start(["ingest", $0.path, "--db", db]) }
            for writer in writers { try writer.process.run() }
            for result in writers.map({ $0.wait() }) {
                #expect(result.status == 0, "round \(round): \(result.stderr)")
            }
            #expect(try TrackerDatabase(path: db).counts().documents == 2)
        }
    }

    /// Two `ingest` processes start together on a new file, with folders that
    /// share a third of their documents, while a third process runs `report
    /// status` and `statements` over and over. Every process succeeds, none
    /// prints an error (no "database is locked"), and every document is
    /// stored exactly once and whole.
    @Test func twoIngestsAndAReaderShareOneFile() throws {
        let dir = try Scratch.directory()
        let generator = CorpusGenerator(documents: try Scratch.exampleDocuments(), seed: 11)
        let first = dir.appendingPathComponent("first")
        let second = dir.appendingPathComponent("second")
        for folder in [first, second] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        var texts: [String] = []
        // Enough work that each writer runs for several reader rounds even in
        // a debug build (ingest writes documents in batches and is quick).
        for index in 0..<1_500 {
            let text = generator.document(index, words: 120).text
            texts.append(text)
            let name = String(format: "doc-%04d.txt", index)
            // 0..<1000 to the first folder, 500..<1500 to the second: 500 in both.
            if index < 1_000 { try Data(text.utf8).write(to: first.appendingPathComponent(name)) }
            if index >= 500 { try Data(text.utf8).write(to: second.appendingPathComponent(name)) }
        }
        let db = dir.appendingPathComponent("shared.sqlite").path

        let writers = [
            TrackerProcess.start(["ingest", first.path, "--db", db]),
            TrackerProcess.start(["ingest", second.path, "--db", db]),
        ]
        for writer in writers { try writer.process.run() }

        var readings: [(arguments: [String], result: TrackerProcess.Result)] = []
        var readingsWhileWriting = 0
        while !FileManager.default.fileExists(atPath: db), writers.contains(where: \.process.isRunning) {
            Thread.sleep(forTimeInterval: 0.01)
        }
        repeat {
            for arguments in [["report", "status", "--as-of", "2030-01-01"], ["statements", "--kind", "commitment", "--limit", "20"]] {
                if writers.contains(where: \.process.isRunning) { readingsWhileWriting += 1 }
                readings.append((arguments, try TrackerProcess.run(arguments + ["--db", db])))
            }
        } while writers.contains(where: \.process.isRunning)
        let results = writers.map { $0.wait() }

        for result in results {
            #expect(result.status == 0)
            #expect(!result.stderrLines.contains { !$0.hasPrefix("ingest ") && !$0.contains(" added, ") }, "\(result.stderr)")
        }
        for (arguments, result) in readings {
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
        // At least one reading began while a writer was running (in a loaded
        // parallel test run the reader's processes may be slow to start).
        #expect(readingsWhileWriting >= 1, "the reader ran while the writers did")

        // Each document once: the summaries add up, and the store agrees.
        let added = results.map { Self.count("added", in: $0.stderr) }.reduce(0, +)
        let duplicates = results.map { Self.count("already stored", in: $0.stderr) }.reduce(0, +)
        #expect(added == 1_500)
        #expect(duplicates == 500)
        let store = try TrackerDatabase(path: db)
        #expect(try store.integrityProblems().isEmpty)
        let documents = try store.documents()
        #expect(documents.count == 1_500)
        let reader = DocumentReader()
        let segmenter = SentenceSegmenter()
        let stored = try Set(documents.map { try #require(try store.documentText($0.id)) })
        let expected = try Set(texts.map { try reader.read(Array($0.utf8), format: .text, path: "x").text })
        #expect(stored == expected, "every document stored, none twice, none changed")
        for document in documents {
            let text = try #require(try store.documentText(document.id))
            #expect(document.sentenceCount == segmenter.sentences(in: text).count, "document \(document.id) is whole")
        }
    }

    /// The number before `label` in an ingest summary line
    /// ("120 added, 0 skipped (0 already stored, 0 empty), ...").
    static func count(_ label: String, in stderr: String) -> Int {
        guard let summary = stderr.split(separator: "\n").last(where: { $0.contains(" added, ") }),
            let range = summary.range(of: " " + label)
        else { return -1 }
        let digits = summary[..<range.lowerBound].reversed().prefix(while: \.isNumber)
        return Int(String(digits.reversed())) ?? -1
    }
}
