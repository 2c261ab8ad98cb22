import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// The example story (Examples/story, seven dated articles written by the
/// team; the key is Fixtures/story-expected.md), ingested in date order.
@Suite struct CommitmentTrackerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func storyStore() throws -> TrackerDatabase {
        let store = try TrackerDatabase.inMemory()
        let folder = root.appendingPathComponent("Examples/story")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.count >= 6)
        let analyzer = DocumentAnalyzer()
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            let document = try DocumentReader().read(bytes, format: .markdown, path: file)
            _ = try store.ingest(analyzer.analyze(document), path: file, analyzerVersion: "test")
        }
        return store
    }

    func status(_ store: TrackerDatabase, _ actor: String, _ action: String, asOf: String) throws -> String? {
        let (commitments, nonCommitments) = try store.commitments(of: actor, asOf: try #require(CalendarDate(iso: asOf)))
        if let found = commitments.first(where: { $0.action?.contains(action) == true }) { return found.status.rawValue }
        if nonCommitments.contains(where: { $0.action?.contains(action) == true }) { return "no commitment" }
        return nil
    }

    @Test func statusesAtTheEndOfTheStory() throws {
        let store = try Self.storyStore()
        let end = "2026-08-14"
        #expect(try status(store, "Ecuador", "release 85", asOf: end) == "kept")
        #expect(try status(store, "Peru", "halt artillery fire", asOf: end) == "broken")
        #expect(try status(store, "Peru", "free 120", asOf: end) == "partly kept")
        #expect(try status(store, "Ecuador", "reopen the Huaquillas", asOf: end) == "overdue")
        #expect(try status(store, "Peru", "withdraw its troops from five border posts", asOf: end) == "in progress")
        #expect(try status(store, "Ecuador", "restore 40,000 hectares", asOf: end) == "pending")
        #expect(try status(store, "Ecuador", "timetable for clearing landmines", asOf: end) == "no commitment")
        // "The Organization of American States deployed 40 civilian monitors along the Ecuador–Peru border".
        #expect(try status(store, "OAS", "deploy 40 civilian monitors", asOf: end) == "kept")
        // Reversed: "Peru withdrew from its pledge to suspend the concessions".
        #expect(try status(store, "Peru", "suspend new gold-mining concessions", asOf: end) == "broken")
        // Restated in the last article: one commitment, two reports.
        let (peru, _) = try store.commitments(of: "Peru", asOf: try #require(CalendarDate(iso: end)))
        #expect(peru.first { $0.action?.contains("five border posts") == true }?.reports.count == 2)
    }

    @Test func statusesEarlierInTheStoryDiffer() throws {
        let store = try Self.storyStore()
        let early = "2025-06-21"
        // Before the shelling, the pledge to halt fire was not yet broken.
        #expect(try status(store, "Peru", "halt artillery fire", asOf: early) == "pending")
        // Before its deadline had passed, the partial release was still in progress.
        #expect(try status(store, "Peru", "free 120", asOf: early) == "in progress")
        #expect(try status(store, "Ecuador", "release 85", asOf: early) == "kept")
        // The crossing pledge was not yet made.
        #expect(try status(store, "Ecuador", "reopen the Huaquillas", asOf: early) == nil)
    }

    /// Human links and un-links win over the rules, and are kept.
    @Test func humanDecisionsWin() throws {
        let store = try Self.storyStore()
        let day = try #require(CalendarDate(iso: "2026-08-14"))
        func release() throws -> TrackedCommitment {
            try #require(try store.commitments(of: "Ecuador", asOf: day).commitments.first { $0.action?.contains("release 85") == true })
        }
        let kept = try release()
        #expect(kept.status == .kept)
        let commitmentID = kept.reports[0].statementID
        let outcomeID = try #require(kept.outcomes.first?.evidence.statementID)
        try store.unlink(commitment: commitmentID, outcome: outcomeID, note: "a different group of detainees", author: "test")
        #expect(try release().status == .overdue)
        try store.link(commitment: commitmentID, outcome: outcomeID, relation: .progresses, note: nil, author: "test")
        #expect(try release().status == .partlyKept)
        #expect(throws: StoreError.self) {
            try store.link(commitment: outcomeID, outcome: commitmentID, relation: .fulfils, note: nil, author: "test")
        }
    }

    @Test func aRepeatedPledgeIsOneCommitmentWithEveryReport() throws {
        let store = try Self.storyStore()
        let (commitments, _) = try store.commitments(of: "Ecuador", asOf: try #require(CalendarDate(iso: "2026-08-14")))
        let release = try #require(commitments.first { $0.action?.contains("release 85") == true })
        #expect(release.reports.count >= 2)
        #expect(Set(release.reports.map(\.documentID)).count >= 2)
    }

    /// The seed article (when ../shared is here): what each party committed to, and did not.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(
                atPath: root.deletingLastPathComponent().appendingPathComponent("shared/corpus/seed-article.txt").path)))
    func seedCommitments() throws {
        let url = Self.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/seed-article.txt")
        let store = try TrackerDatabase.inMemory()
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2019, month: 1, day: 19)
        let document = try DocumentReader().read([UInt8](try Data(contentsOf: url)), format: .text, path: url.path, metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "seed", analyzerVersion: "test")
        let day = try #require(CalendarDate(iso: "2019-01-19"))
        let (northKorea, notCommitted) = try store.commitments(of: "North Korea", asOf: day)
        #expect(notCommitted.map(\.action) == ["halt any weapons development", "shut down its missile bases"])
        #expect(!northKorea.contains { $0.action?.contains("halt") == true })
        let (unitedStates, _) = try store.commitments(of: "United States", asOf: day)
        #expect(unitedStates.contains { $0.action == "continue to keep pressure and sanctions on North Korea" })
        let summit = try #require(unitedStates.first { $0.action?.hasPrefix("meet North Korean leader") == true })
        #expect(summit.deadline?.iso == "2019-02-28")
        #expect(summit.status == .pending)
    }

    /// Linking quality on the story: the links the rules store are exactly the
    /// expected ones (every one found, none wrong), each above the reporting threshold.
    @Test func everyExpectedLinkAndNoOther() throws {
        let store = try Self.storyStore()
        #expect(try store.countOutcomeLinks() == 6)
        let expected: [(pledge: String, outcome: String, relation: OutcomeRelation)] = [
            ("release 85 Peruvian detainees", "released the 85 Peruvian detainees", .fulfils),
            ("free 120 Ecuadorian nationals", "freed 104 of the 120 Ecuadorian nationals", .progresses),
            ("halt artillery fire", "resumed artillery fire", .contradicts),
            ("deploy 40 civilian monitors", "deployed 40 civilian monitors", .fulfils),
            ("withdraw its troops from five border posts", "withdrew its troops from two of the five border posts", .progresses),
            ("visit Lima and Quito", "visited Lima", .fulfils),
        ]
        var found: [(pledge: String, outcome: String, relation: OutcomeRelation)] = []
        for party in try store.committingParties() {
            for item in try store.commitments(of: party, asOf: try #require(CalendarDate(iso: "2026-08-14"))).commitments {
                for outcome in item.outcomes {
                    #expect(outcome.score >= TrackedCommitment.reportingThreshold)
                    found.append((item.action ?? "", outcome.action ?? "", outcome.relation))
                }
            }
        }
        for link in expected {
            #expect(
                found.contains { $0.pledge.hasPrefix(link.pledge) && $0.outcome.hasPrefix(link.outcome) && $0.relation == link.relation },
                "missing: \(link)")
        }
        for link in found {
            #expect(
                expected.contains {
                    link.pledge.hasPrefix($0.pledge) && link.outcome.hasPrefix($0.outcome) && link.relation == $0.relation
                },
                "wrong link: \(link)")
        }
        #expect(found.count == expected.count)
    }

    /// A wrong merge can be split, and a split joined back; both survive as decisions.
    @Test func splitAndJoinRegroupReports() throws {
        let store = try Self.storyStore()
        let day = try #require(CalendarDate(iso: "2026-08-14"))
        func troops() throws -> [TrackedCommitment] {
            try store.commitments(of: "Peru", asOf: day).commitments.filter { $0.action?.contains("five border posts") == true }
        }
        let merged = try #require(try troops().first)
        #expect(merged.reports.count == 2)
        #expect(merged.mergedBecause.contains("same action (withdraw)"))
        let restated = merged.reports[1].statementID
        try store.split(statement: restated, note: "test", author: "test")
        let apart = try troops()
        #expect(apart.count == 2)
        #expect(apart.allSatisfy { $0.reports.count == 1 })
        // The restatement of August has no later outcome of its own.
        #expect(apart.first { $0.reports[0].statementID == restated }?.status == .pending)
        #expect(apart.first { $0.reports[0].statementID != restated }?.status == .inProgress)
        try store.join(statement: restated, with: merged.reports[0].statementID, note: nil, author: "test")
        #expect(try troops().map(\.reports.count) == [2])
        #expect(try store.corrections(ofStatement: restated).map(\.field) == ["split", "join"])
        #expect(throws: StoreError.self) {
            try store.split(statement: try #require(merged.outcomes.first).evidence.statementID, note: nil, author: "test")
        }
    }
}
