import Foundation
import Testing

/// `commitments`, `statements` and `report` agree on the day they speak for:
/// by default the latest document's date (stated in the output), `--as-of
/// today` for today, so one pledge shows one status whichever command asks.
@Suite(.serialized) struct AsOfDefaultTests {
    static let latest = "2026-08-14"  // Examples/story/07-seventeen-months-on.md

    func storyDatabase() throws -> String {
        let db = try Scratch.directory().appendingPathComponent("story.sqlite").path
        let story = TrackerProcess.projectRoot.appendingPathComponent("Examples/story").path
        let ingest = try TrackerProcess.run(["ingest", story, "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    func run(_ arguments: [String], db: String) throws -> String {
        let result = try TrackerProcess.run(arguments + ["--db", db])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    struct Listing: Decodable {
        struct Item: Decodable {
            var action: String?
            var status: String
        }
        var asOf: String
        var commitments: [Item]
    }

    @Test func everyCommandDefaultsToTheLatestDocument() throws {
        let db = try storyDatabase()
        let stated = "as of \(Self.latest) (the latest document's date)"
        #expect(try run(["commitments", "Peru"], db: db).hasPrefix("Commitments of Peru \(stated)\n"))
        #expect(try run(["statements", "--kind", "commitment"], db: db).hasPrefix("Statements \(stated)\n"))
        #expect(try run(["report", "status"], db: db).contains("As of **\(Self.latest)**"))

        // One status per pledge: the default of commitments is the report's.
        let json = try run(["commitments", "Peru", "--format", "json"], db: db)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(json.utf8))
        #expect(listing.asOf == Self.latest)
        let report = try run(["report", "status"], db: db)
        let explicit = try run(["report", "status", "--as-of", Self.latest], db: db)
        #expect(report == explicit)
        for item in listing.commitments {
            let action = try #require(item.action)
            // The report may add the share done to the status ("in progress (2 of 5)").
            let row = report.split(separator: "\n").first { $0.hasPrefix("| **") && $0.contains(" | \(action) |") }
            #expect(row?.hasPrefix("| **\(item.status)") == true, "\(action): \(item.status) in commitments, not in the report")
        }
    }

    @Test func todayAndADateAreWhatTheUserAsks() throws {
        let db = try storyDatabase()
        let today = try run(["commitments", "Peru", "--as-of", "today", "--format", "json"], db: db)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(today.utf8))
        #expect(listing.asOf > Self.latest)
        #expect(try run(["commitments", "Peru", "--as-of", "today"], db: db).contains("(today)"))
        // Statements as of a day are those reported by then.
        let early = try run(["statements", "--as-of", "2025-05-06", "--format", "csv"], db: db)
        let all = try run(["statements", "--format", "csv", "--limit", "1000"], db: db)
        #expect(early.contains("2025-05-06") && !early.contains("2025-06-21"))
        #expect(all.contains("2026-08-14"))
        let bad = try TrackerProcess.run(["commitments", "Peru", "--as-of", "tomorrow", "--db", db])
        #expect(bad.status != 0 && bad.stderr.contains("--as-of"))
    }
}
