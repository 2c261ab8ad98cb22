import Foundation
import Testing
import TrackerAnalysis

/// The safety net for refactors: what `annotate` finds in every sentence of
/// the examples and of the labelled fixtures, compared with the recorded
/// snapshot in `Fixtures/Snapshots/`. Every difference is reported at once,
/// so a change shows exactly which sentences it moves.
///
/// To accept a change on purpose, record again and commit the new snapshot:
/// `TRACKER_RECORD_SNAPSHOTS=1 swift test --filter AnnotationSnapshotTests`
/// (the run fails after recording, so nobody records by accident).
@Suite struct AnnotationSnapshotTests {
    static let recordVariable = "TRACKER_RECORD_SNAPSHOTS"
    static let directory = Fixtures.directory.appendingPathComponent("Snapshots")
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    let tagger = StatementTagger()

    /// Each example article, read as `annotate` reads it (its own date and source).
    @Test func examples() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.examples.path)?.allObjects as? [String]).sorted()
        var lines: [AnnotationSnapshot.Line] = []
        for file in files {
            guard let format = DocumentFormat(path: file) else { continue }
            let bytes = [UInt8](try Data(contentsOf: Self.examples.appendingPathComponent(file)))
            let document = try DocumentReader().read(bytes, format: format, path: file)
            let spans = SentenceSegmenter().sentences(in: document.text)
            let context = StatementTagger.DocumentContext(date: document.metadata.date, publication: document.metadata.source)
            for sentence in tagger.annotate(document.text, sentences: spans, context: context) {
                lines.append(AnnotationSnapshot.Line(id: "\(file)#\(sentence.index)", sentence))
            }
        }
        #expect(files.count >= 5 && lines.count > 100, "the examples were not found at \(Self.examples.path)")
        try compare(lines, with: "examples.jsonl")
    }

    /// Each labelled sentence of the development and test splits, read as `evaluate` reads it.
    @Test(arguments: ["statements-dev.jsonl", "statements-test.jsonl"])
    func fixtures(file: String) throws {
        var lines: [AnnotationSnapshot.Line] = []
        for line in try Fixtures.lines(file, as: LabelledLine.self) {
            let spans = SentenceSegmenter().sentences(in: line.text)
            for sentence in tagger.annotate(line.text, sentences: spans) {
                lines.append(AnnotationSnapshot.Line(id: "\(line.id)#\(sentence.index)", sentence))
            }
        }
        #expect(lines.count >= 162)
        try compare(lines, with: file)
    }

    /// Reports every line that differs from the snapshot `name` (or records it).
    func compare(_ lines: [AnnotationSnapshot.Line], with name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let found = try lines.map(AnnotationSnapshot.encode)
        if ProcessInfo.processInfo.environment[Self.recordVariable] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(found.map { $0 + "\n" }.joined().utf8).write(to: url)
            Issue.record("recorded \(lines.count) sentences in \(url.path); unset \(Self.recordVariable) to compare")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let expectedByID = try Dictionary(expected.map { (try AnnotationSnapshot.id(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        let foundIDs = Set(lines.map(\.id))
        var differences = 0
        for (line, json) in zip(lines, found) where expectedByID[line.id] != json {
            differences += 1
            Issue.record("\(name) \(line.id) changed\n  was: \(expectedByID[line.id] ?? "(no such sentence)")\n  now: \(json)")
        }
        for (id, json) in expectedByID where !foundIDs.contains(id) {
            differences += 1
            Issue.record("\(name) \(id) is gone\n  was: \(json)")
        }
        #expect(differences == 0, "\(differences) of \(lines.count) sentences differ from \(url.path)")
    }
}

/// One sentence of the snapshot: what a refactor must not change by accident.
enum AnnotationSnapshot {
    struct Line: Codable {
        var id: String
        var text: String
        var statements: [Tag]

        init(id: String, _ sentence: AnnotatedSentence) {
            self.id = id
            text = sentence.text
            statements = sentence.statements.map(Tag.init)
        }
    }

    struct Tag: Codable {
        var kind: StatementKind
        var polarity: Polarity
        var certainty: Certainty
        var holder: String?
        var holders: [String]?
        var source: String?
        var targets: [String]
        var action: String?
        var normalizedAction: String?
        var time: String?
        var rules: [String]

        init(_ statement: Statement) {
            kind = statement.kind
            polarity = statement.polarity
            certainty = statement.certainty
            holder = statement.holder?.actor
            holders = statement.holders.count > 1 ? statement.holders.map(\.actor) : nil
            source = statement.source?.actor
            targets = statement.targets.map(\.actor)
            action = statement.action
            normalizedAction = statement.normalizedAction
            time = statement.time.map { "\($0.role.rawValue) \($0.text) = \($0.value ?? "?")" }
            rules = statement.rules.map(\.rawValue)
        }
    }

    struct Key: Decodable { var id: String }

    static func encode(_ line: Line) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(line), as: UTF8.self)
    }

    static func id(of json: String) throws -> String {
        try JSONDecoder().decode(Key.self, from: Data(json.utf8)).id
    }
}
