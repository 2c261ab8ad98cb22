import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// The annotator's workflow: correct, add, reanalyse, export, import.
@Suite(.serialized) struct CorrectionWorkflowTests {
    /// A database holding the example story, and its path.
    func storyDatabase(_ name: String = "story") throws -> String {
        let db = try Scratch.directory().appendingPathComponent("\(name).sqlite").path
        let story = TrackerProcess.projectRoot.appendingPathComponent("Examples/story").path
        let ingest = try TrackerProcess.run(["ingest", story, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    struct Listed: Decodable {
        var id: Int64
        var kind: String
        var polarity: String
        var action: String?
        var review: String?
        var sentence: String
    }

    func statements(_ arguments: [String], db: String) throws -> [Listed] {
        let result = try TrackerProcess.run(["statements"] + arguments + ["--format", "json", "--limit", "1000", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([Listed].self, from: Data(result.stdout.utf8))
    }

    func commitment(_ action: String, of actor: String, db: String) throws -> Listed {
        try #require(
            try statements(["--actor", actor, "--kind", "commitment"], db: db).first { $0.action?.hasPrefix(action) == true },
            "no commitment '\(action)' of \(actor)")
    }

    func report(_ db: String) throws -> String {
        let result = try TrackerProcess.run(["report", "status", "--as-of", "2026-08-14", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func run(_ arguments: [String]) throws -> TrackerProcess.Result {
        try TrackerProcess.run(arguments, environment: ["TRACKER_AUTHOR": "test annotator"])
    }

    @Test func correctionSurvivesReanalyzeAndShowsAsReviewed() throws {
        let db = try storyDatabase()
        let halt = try commitment("halt artillery fire", of: "Peru", db: db)
        let reopen = try commitment("reopen the Huaquillas border crossing", of: "Ecuador", db: db)
        #expect(try report(db).contains("| **broken** | halt artillery fire along the border |"))

        // A commitment that a person says was no commitment leaves the tracking; one confirmed is marked so.
        let corrected = try run(["correct", "\(halt.id)", "--kind", "claim", "--note", "a description, not a pledge", "--db", db])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stderr.contains("kind commitment → claim"))
        #expect(try run(["correct", "\(reopen.id)", "--confirm", "--db", db]).status == 0)
        let sentence = try #require(try Self.sentenceID(of: reopen.id, db: db))
        let added = try run(["add-statement", "\(sentence)", "--kind", "uncertainty", "--note", "the date is hedged", "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        let addedID = try #require(Int64(added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))

        func check(_ when: String) throws {
            let text = try report(db)
            #expect(!text.contains("| halt artillery fire along the border |"), "corrected commitment still tracked \(when)")
            let reopenLine = try #require(
                text.split(separator: "\n").first { $0.contains("promised: \"Ecuador will reopen the Huaquillas") },
                "no evidence line for the reopening \(when)")
            #expect(reopenLine.contains("human-reviewed: confirmed"), "\(when): \(reopenLine)")
            let all = try statements([], db: db)
            #expect(all.first { $0.id == halt.id }?.kind == "claim", "the correction was lost \(when)")
            #expect(all.contains { $0.id == addedID && $0.kind == "uncertainty" }, "the added statement was lost \(when)")
            #expect(all.contains { $0.id == reopen.id }, "the confirmed statement was lost \(when)")
        }
        try check("before reanalyze")
        let reanalyzed = try run(["reanalyze", "--all", "--db", db])
        #expect(reanalyzed.status == 0, "\(reanalyzed.stderr)")
        #expect(reanalyzed.stderr.contains("3 reviewed or added by people kept"), "\(reanalyzed.stderr)")
        try check("after reanalyze")
        // The analyzer would tag the corrected clause a commitment again: it must not come back beside the correction.
        #expect(
            try statements(["--actor", "Peru", "--kind", "commitment"], db: db).allSatisfy {
                $0.action?.hasPrefix("halt artillery fire") != true
            })
        // History: who, what, why.
        let store = try TrackerDatabase(path: db)
        let history = try store.corrections(ofStatement: halt.id)
        #expect(history.map(\.field) == ["kind"])
        #expect(history.first?.author == "test annotator")
        #expect(history.first?.note == "a description, not a pledge")
    }

    static func sentenceID(of statement: Int64, db: String) throws -> Int64? {
        var found: Int64?
        try TrackerDatabase(path: db).exportSentences { sentence in
            if sentence.statements.contains(where: { $0.id == statement }) { found = sentence.sentence.id }
        }
        return found
    }

    @Test func rejectedStatementLeavesQueriesAndStaysRejected() throws {
        let db = try storyDatabase()
        let halt = try commitment("halt artillery fire", of: "Peru", db: db)
        #expect(try run(["correct", "\(halt.id)", "--delete", "--db", db]).status == 0)
        #expect(!(try statements([], db: db)).contains { $0.id == halt.id })
        #expect(try run(["reanalyze", "--all", "--db", db]).status == 0)
        #expect(
            try statements(["--actor", "Peru", "--kind", "commitment"], db: db).allSatisfy {
                $0.action?.hasPrefix("halt artillery fire") != true
            },
            "a rejected statement came back after reanalyze")
    }

    @Test func badCorrectionsAreRefusedWithoutChange() throws {
        let db = try storyDatabase()
        let halt = try commitment("halt artillery fire", of: "Peru", db: db)
        let hostile = try run(["correct", "\(halt.id)", "--holder", "x'); DROP TABLE statement; --", "--db", db])
        #expect(hostile.status == 1)
        #expect(hostile.stderr.hasPrefix("error: no actor named 'x'); DROP TABLE statement; --'"))
        let missing = try run(["correct", "999999", "--kind", "claim", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no statement 999999"))
        let nothing = try run(["correct", "\(halt.id)", "--db", db])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("Say what to change"))
        #expect(try commitment("halt artillery fire", of: "Peru", db: db).kind == "commitment")
        #expect(try TrackerDatabase(path: db).corrections(ofStatement: halt.id).isEmpty)
    }

    /// What an annotator exported carries everything over: another database
    /// with the same articles ends up with the same statements, reviews and
    /// history; importing twice changes nothing; evaluate reads the file.
    @Test func exportImportRoundTripLosesNothing() throws {
        let source = try storyDatabase("annotator")
        let halt = try commitment("halt artillery fire", of: "Peru", db: source)
        let reopen = try commitment("reopen the Huaquillas border crossing", of: "Ecuador", db: source)
        #expect(try run(["correct", "\(halt.id)", "--kind", "claim", "--certainty", "uncertain", "--db", source]).status == 0)
        #expect(
            try run(["correct", "\(reopen.id)", "--holder", "Peru", "--holder", "Ecuador", "--note", "both sides", "--db", source]).status
                == 0)
        let rejected = try #require(try statements(["--kind", "achievement"], db: source).first)
        #expect(try run(["correct", "\(rejected.id)", "--delete", "--db", source]).status == 0)
        let sentence = try #require(try Self.sentenceID(of: reopen.id, db: source))
        #expect(
            try run([
                "add-statement", "\(sentence)", "--kind", "commitment", "--holder", "Organization of American States",
                "--action", "send monitors to the crossing", "--deadline", "2026-03", "--db", source,
            ]).status == 0)

        let folder = try Scratch.directory()
        let first = folder.appendingPathComponent("reviewed.jsonl").path
        let exported = try run(["export", "--reviewed", "--out", first, "--db", source])
        #expect(exported.status == 0, "\(exported.stderr)")
        let lines = try Self.comparable(first).count
        #expect(lines >= 3, "three corrected sentences and one with an added statement (two may share one)")
        #expect(exported.stderr.contains("exported \(lines) sentences"), "\(exported.stderr)")

        let target = try storyDatabase("team")
        let imported = try run(["import", first, "--db", target])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stderr.contains("\(lines) sentences matched, 0 not stored; statements: 2 corrected, 1 added, 1 rejected"),
            "\(imported.stderr)")
        let again = try run(["import", first, "--db", target])
        #expect(again.stderr.contains("0 corrected, 0 added, 0 rejected"), "importing twice changed something: \(again.stderr)")

        let second = folder.appendingPathComponent("again.jsonl").path
        #expect(try run(["export", "--reviewed", "--out", second, "--db", target]).status == 0)
        #expect(try Self.comparable(first) == Self.comparable(second))

        let evaluated = try run(["evaluate", first])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout.contains("macro-F1"))
    }

    /// Exported sentences without database ids, statements in clause order.
    static func comparable(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            var sentence = try JSONDecoder().decode(ExportedSentence.self, from: Data(line.utf8))
            sentence.document.id = 0
            sentence.document.path = nil
            sentence.sentence.id = 0
            for index in sentence.statements.indices {
                sentence.statements[index].id = 0
                // An imported row is the importer's, now; it stands for the row it was read from.
                sentence.statements[index].corrections = sentence.statements[index].corrections.map { change in
                    CorrectionChange(
                        field: change.field, oldValue: change.oldValue, newValue: change.newValue,
                        author: change.reportedBy ?? change.author, note: change.note,
                        createdAt: change.reportedAt ?? change.createdAt)
                }
            }
            sentence.statements.sort { ($0.clauseStart ?? -1, $0.kind.rawValue) < ($1.clauseStart ?? -1, $1.kind.rawValue) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return String(decoding: try encoder.encode(sentence), as: UTF8.self)
        }.sorted()
    }

    /// brat standoff: every text-bound annotation's text is the text at its offsets.
    @Test func bratExportIsConsistentStandoff() throws {
        let db = try storyDatabase()
        let folder = try Scratch.directory().appendingPathComponent("brat")
        let result = try run(["export", "--format", "brat", "--out", folder.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("annotation.conf").path))
        let annotations = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ann") }
        #expect(annotations.count == 7)
        var kinds: Set<String> = []
        for name in annotations {
            let text = Array(
                try String(
                    contentsOf: folder.appendingPathComponent(name.replacingOccurrences(of: ".ann", with: ".txt")),
                    encoding: .utf8
                ).unicodeScalars)
            var ids: Set<String> = []
            for line in try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if fields[0].hasPrefix("T") {
                    ids.insert(fields[0])
                    let parts = fields[1].split(separator: " ", maxSplits: 1)
                    kinds.insert(String(parts[0]))
                    let pieces = parts[1].split(separator: ";").map { piece -> String in
                        let bounds = piece.split(separator: " ").compactMap { Int($0) }
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: text[bounds[0]..<bounds[1]])
                        return String(view)
                    }
                    #expect(pieces.joined(separator: " ") == fields[2], "\(name): \(line)")
                } else if fields[0].hasPrefix("R") || fields[0].hasPrefix("A") {
                    let referenced = fields[1].split(separator: " ").dropFirst().map {
                        $0.split(separator: ":").last.map(String.init) ?? ""
                    }
                    for id in referenced where id.hasPrefix("T") {
                        #expect(ids.contains(id), "\(name): \(line) refers to an unknown \(id)")
                    }
                }
            }
        }
        #expect(kinds.isSuperset(of: ["Commitment", "Achievement", "Claim", "Actor", "Cue"]))
    }

    /// kill -9 in the middle of `reanalyze` or `correct` leaves a sound
    /// database with every document whole and every human decision kept.
    @Test func killedReanalyzeAndCorrectKeepEverything() throws {
        let corpus = try Scratch.generatedCorpus(count: 150, words: 300)
        let db = corpus.deletingLastPathComponent().appendingPathComponent("kill.sqlite").path
        #expect(try TrackerProcess.run(["ingest", corpus.path, "--db", db]).status == 0)
        let ids = try statements(["--kind", "commitment"], db: db).prefix(10).map(\.id)
        #expect(ids.count == 10)
        for id in ids { #expect(try run(["correct", "\(id)", "--kind", "claim", "--db", db]).status == 0) }
        let segmenter = SentenceSegmenter()
        var random = SystemRandomNumberGenerator()
        for round in 0..<4 {
            // Even rounds kill a reanalysis, odd ones a correction of a statement not yet reviewed.
            let target = try statements(["--kind", "commitment", "--polarity", "affirmed"], db: db).first { $0.review == "unreviewed" }
            let arguments =
                round % 2 == 0
                ? ["reanalyze", "--all", "--db", db]
                : ["correct", "\(try #require(target).id)", "--polarity", "negated", "--db", db]
            let running = TrackerProcess.start(arguments)
            try running.process.run()
            Thread.sleep(forTimeInterval: Double.random(in: round % 2 == 0 ? 0.3...1.2 : 0.01...0.15, using: &random))
            kill(running.process.processIdentifier, SIGKILL)
            _ = running.wait()
            let store = try TrackerDatabase(path: db)
            #expect(try store.integrityProblems().isEmpty, "round \(round)")
            for document in try store.documents() {
                let text = try #require(try store.documentText(document.id))
                #expect(document.sentenceCount == segmenter.sentences(in: text).count, "document \(document.id) not whole")
            }
            let kept = try statements([], db: db)
            for id in ids {
                #expect(kept.first { $0.id == id }?.kind == "claim", "round \(round): correction of \(id) lost")
                #expect(try store.corrections(ofStatement: id).count == 1)
            }
            // A correction lands whole: changed with its history, or not at all.
            if round % 2 == 1, let target, let now = kept.first(where: { $0.id == target.id }) {
                #expect((now.polarity == "negated") == !(try store.corrections(ofStatement: target.id)).isEmpty, "round \(round)")
            }
        }
    }
}
