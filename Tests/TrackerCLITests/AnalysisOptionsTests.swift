import Foundation
import Testing
import TrackerStore

/// `--actors FILE` on `annotate` and `ingest`: JSON or YAML, the same shape.
@Suite struct AnalysisOptionsTests {
    static let yaml = """
        actors:
          - id: lantern-cooperative
            name: Lantern Fishing Cooperative
            kind: organisation
            aliases: [Lantern Cooperative]
          - id: rosa-quill
            name: Rosa Quill
            kind: person
            parent: lantern-cooperative
            aliases: [Quill]
            roles:
              - {title: Chair, of: lantern-cooperative, from: "2022-01-01"}
        """

    static let article = "Rosa Quill said the Lantern Cooperative would stop trawling in the bay by March.\n"

    struct Line: Decodable {
        struct Statement: Decodable {
            struct Actor: Decodable { var actor: String; var affiliation: String? }
            var kind: String
            var holder: Actor?
            var source: Actor?
        }
        var statements: [Statement]
    }

    @Test func annotateReadsAYAMLDictionary() throws {
        let dir = try Scratch.directory()
        let actors = dir.appendingPathComponent("beat.yml")
        try Data(Self.yaml.utf8).write(to: actors)
        let result = try TrackerProcess.run(
            ["annotate", "-", "--date", "2024-05-02", "--format", "jsonl", "--actors", actors.path],
            stdin: Self.article)
        #expect(result.status == 0, "\(result.stderr)")
        let line = try JSONDecoder().decode(Line.self, from: Data(result.stdout.utf8))
        let claim = line.statements.first { $0.kind == "claim" }
        #expect(claim?.source?.actor == "Rosa Quill")
        #expect(claim?.source?.affiliation == "Lantern Fishing Cooperative")
        #expect(line.statements.first { $0.kind == "commitment" }?.holder?.actor == "Lantern Fishing Cooperative")
    }

    @Test func ingestStoresTheActorsOfAYAMLDictionary() throws {
        let dir = try Scratch.directory()
        let actors = dir.appendingPathComponent("beat.yaml")
        try Data(Self.yaml.utf8).write(to: actors)
        let article = dir.appendingPathComponent("bay.txt")
        try Data(Self.article.utf8).write(to: article)
        let db = dir.appendingPathComponent("t.sqlite").path
        let result = try TrackerProcess.run(["ingest", article.path, "--db", db, "--date", "2024-05-02", "--actors", actors.path])
        #expect(result.status == 0, "\(result.stderr)")
        let store = try TrackerDatabase(path: db)
        let cooperative = try #require(try store.actor(named: "Lantern Cooperative"))
        #expect(cooperative.name == "Lantern Fishing Cooperative" && cooperative.origin == .dictionary)
        let chair = try #require(try store.actor(named: "Rosa Quill"))
        #expect(chair.parent == "Lantern Fishing Cooperative")
        #expect(!chair.roles.isEmpty)
    }

    @Test func aBrokenYAMLDictionaryIsOneLineAndAFailure() throws {
        let dir = try Scratch.directory()
        let actors = dir.appendingPathComponent("broken.yaml")
        try Data("actors:\n  - id: x\n    name: [unclosed\n".utf8).write(to: actors)
        let result = try TrackerProcess.run(["annotate", "-", "--actors", actors.path], stdin: Self.article)
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("broken.yaml"), "\(result.stderr)")
    }
}
