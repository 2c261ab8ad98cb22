import Foundation
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// `statements --actor` with a limit lists the actor's newest statements,
/// exactly the first rows of its unlimited list, whichever way the store
/// reads them: from the actor's rows, or (for an actor in a large share of
/// the statements and a small limit) newest first through the date index.
@Suite struct ActorListingTests {
    /// A store of the example story (`Examples/story`), read as `tracker demo` reads it.
    static func exampleStore() throws -> TrackerDatabase {
        let store = try TrackerDatabase.inMemory()
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/story")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        try #require(files.count >= 5, "the example story was not found at \(folder.path)")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            let document = try DocumentReader().read(bytes, format: .markdown, path: file)
            _ = try store.ingest(DocumentAnalyzer().analyze(document), path: file, analyzerVersion: "test")
        }
        return store
    }

    @Test func limitedListingsAreTheNewestOfTheFullList() throws {
        let store = try Self.exampleStore()
        let actors = try store.actors().map(\.actor).sorted {
            $0.statementsByRole.values.reduce(0, +) > $1.statementsByRole.values.reduce(0, +)
        }
        try #require(actors.count >= 3, "the example story names too few actors")
        var failures: [String] = []
        var byDate = 0
        for actor in actors.prefix(6) {
            for role in [nil, StatementQuery.Role.holder, .source] {
                var query = StatementQuery()
                query.actor = actor.name
                query.role = role
                let all = try store.statements(query).map(\.id)
                for limit in [1, 2, 3, 5, 10] {
                    query.limit = limit
                    let ids = try store.read { db in
                        guard let id = try TrackerDatabase.actorID(named: actor.name, db) else { return [Int64]() }
                        return try TrackerDatabase.actorAndAffiliates(id, db)
                    }
                    if try store.read({ db in try TrackerDatabase.readsActorByDate(ids, query, db) }) { byDate += 1 }
                    let limited = try store.statements(query).map(\.id)
                    if limited != Array(all.prefix(limit)) {
                        failures.append(
                            "\(actor.name) as \(role?.rawValue ?? "any role"), limit \(limit): \(limited), expected \(Array(all.prefix(limit)))"
                        )
                    }
                }
            }
        }
        #expect(byDate > 0, "no listing was read by date: the test does not reach that way")
        #expect(failures.isEmpty, "\(failures.count) limited listings differ:\n\(failures.joined(separator: "\n"))")
    }
}
