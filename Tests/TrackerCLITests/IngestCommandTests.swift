import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

@Suite(.serialized) struct IngestCommandTests {
    @Test func thousandDocumentsWithProgressThenNothingNew() throws {
        let corpus = try Scratch.generatedCorpus(count: 1_000, words: 60)
        let db = corpus.deletingLastPathComponent().appendingPathComponent("t.sqlite").path
        let first = try TrackerProcess.run(["ingest", corpus.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("ingest 500/1000"), "progress is shown")
        #expect(first.stderr.contains("1000 added, 0 skipped"))
        let second = try TrackerProcess.run(["ingest", corpus.path, "--db", db])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 added, 1000 skipped (1000 already stored, 0 empty), 0 failed"))
        let store = try TrackerDatabase(path: db)
        #expect(try store.counts().documents == 1_000)
        // Stored in the order of their paths, none lost.
        let paths = try store.documents().sorted { $0.id < $1.id }.compactMap(\.path)
        #expect(paths.count == 1_000 && paths == paths.sorted(), "documents stored out of order")
    }

    /// kill -9 in the middle of an ingest leaves a sound database holding
    /// only whole documents.
    @Test func killedIngestLeavesOnlyWholeDocuments() throws {
        let corpus = try Scratch.generatedCorpus(count: 400, words: 200)
        var random = SystemRandomNumberGenerator()
        for round in 0..<3 {
            let db = corpus.deletingLastPathComponent().appendingPathComponent("kill-\(round).sqlite").path
            let running = TrackerProcess.start(["ingest", corpus.path, "--db", db])
            try running.process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.3...0.9, using: &random))
            kill(running.process.processIdentifier, SIGKILL)
            _ = running.wait()
            let store = try TrackerDatabase(path: db)
            #expect(try store.integrityProblems().isEmpty)
            let segmenter = SentenceSegmenter()
            for document in try store.documents() {
                let text = try #require(try store.documentText(document.id))
                #expect(
                    document.sentenceCount == segmenter.sentences(in: text).count,
                    "document \(document.id) is not whole after kill -9")
            }
        }
    }

    @Test func badInputsAreReportedAndTheRestGoesOn() throws {
        let dir = try Scratch.directory()
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("blob.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.md"))
        try Data([0x4F, 0x6B, 0xFF, 0x2E]).write(to: dir.appendingPathComponent("broken.txt"))
        try Data("A good article. It has two sentences.".utf8).write(to: dir.appendingPathComponent("good.txt"))
        let db = dir.appendingPathComponent("t.sqlite").path
        let result = try TrackerProcess.run(["ingest", dir.path, dir.appendingPathComponent("absent.txt").path, "--db", db])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("ingest ") }
        #expect(lines.contains { $0.hasPrefix("error: ") && $0.contains("absent.txt: no such file") })
        #expect(lines.contains { $0.hasPrefix("error: ") && $0.contains("blob.txt: binary file") })
        #expect(lines.contains { $0.hasPrefix("warning: ") && $0.contains("empty.md: empty document") })
        #expect(lines.contains { $0.hasPrefix("warning: ") && $0.contains("broken.txt: invalid UTF-8") })
        #expect(lines.last == "2 added, 1 skipped (0 already stored, 1 empty), 2 failed; 3 sentences and 2 statements stored in \(db)")
    }

    @Test func folderWithoutDocumentsAndUnwritableDatabaseFail() throws {
        let dir = try Scratch.directory()
        let emptyFolder = dir.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        let noDocs = try TrackerProcess.run(["ingest", emptyFolder.path, "--db", dir.appendingPathComponent("t.sqlite").path])
        #expect(noDocs.status == 1)
        #expect(noDocs.stderr == "error: \(emptyFolder.path): no .txt, .md, .html or .pdf files in this folder\n")

        let file = dir.appendingPathComponent("a.txt")
        try Data("Text.".utf8).write(to: file)
        let badDB = try TrackerProcess.run(["ingest", file.path, "--db", "/proc/no-such-dir/t.sqlite"])
        #expect(badDB.status == 1)
        #expect(badDB.stderr.split(separator: "\n").count == 1)
        #expect(badDB.stderr.hasPrefix("error: /proc/no-such-dir/t.sqlite: cannot open the database"))

        let notDB = dir.appendingPathComponent("notes.sqlite")
        try Data("plain notes".utf8).write(to: notDB)
        let refused = try TrackerProcess.run(["documents", "--db", notDB.path])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: \(notDB.path): not a tracker database (the file is not SQLite)\n")
    }

    @Test func databaseFromEnvironmentAndListing() throws {
        let dir = try Scratch.directory()
        let file = dir.appendingPathComponent("note.md")
        try Data("---\ntitle: Pledge made\ndate: 2025-02-03\nsource: Ledger\n---\nThe firm pledged to cut emissions.".utf8)
            .write(to: file)
        let db = dir.appendingPathComponent("env.sqlite").path
        #expect(try TrackerProcess.run(["ingest", file.path], environment: ["TRACKER_DB": db]).status == 0)
        let csv = try TrackerProcess.run(["documents", "--format", "csv", "--db", db])
        #expect(
            csv.stdout.hasPrefix(
                "id,published,title,source,country,format,sentences,words,path\r\n1,2025-02-03,Pledge made,Ledger,,markdown,1,6,"))
        let json = try TrackerProcess.run(["documents", "--format", "json"], environment: ["TRACKER_DB": db])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.first?["title"] as? String == "Pledge made")
        #expect(decoded?.first?["sentences"] as? Int == 1)
    }
}
