import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// End to end on dated stories written for the purpose by a helper who had
/// not read the linker (Fixtures/stories/<slug>: the articles and key.json,
/// the links and statuses expected on two dates): every article ingested,
/// every commitment tracked, and the result scored against the key.
@Suite struct StoryKeyTests {
    static let folder = CommitmentTrackerTests.root.appendingPathComponent("Tests/TrackerStoreTests/Fixtures/stories")
    static let slugs = ["lake-victoria-fisheries", "portugal-programme", "vestkyst-cement"]

    struct Key: Decodable {
        struct Commitment: Decodable {
            var label: String
            var statedIn: [Sentence]
            /// Null on a date before the pledge was made.
            var status: [String: String?]
            var outcomes: [Outcome]

            enum CodingKeys: String, CodingKey {
                case label, status, outcomes
                case statedIn = "stated_in"
            }
        }
        struct Sentence: Decodable { var file: String; var sentence: String }
        struct Outcome: Decodable { var file: String; var sentence: String; var relation: String }
        var statusDates: [String]
        var commitments: [Commitment]

        enum CodingKeys: String, CodingKey {
            case commitments
            case statusDates = "status_dates"
        }
    }

    /// What the tracker got right and wrong on one story's key.
    struct Score {
        var linksExpected = 0
        var linksFound = 0
        var linksRight = 0
        var statusesChecked = 0
        var statusesRight = 0
        var failures: [String] = []

        mutating func add(_ other: Score) {
            linksExpected += other.linksExpected
            linksFound += other.linksFound
            linksRight += other.linksRight
            statusesChecked += other.statusesChecked
            statusesRight += other.statusesRight
            failures += other.failures
        }

        var precision: Double { linksFound == 0 ? 1 : Double(linksRight) / Double(linksFound) }
        var recall: Double { linksExpected == 0 ? 1 : Double(linksRight) / Double(linksExpected) }
    }

    static func ingest(_ files: [URL], into store: TrackerDatabase) throws {
        let analyzer = DocumentAnalyzer()
        for file in files {
            let format: DocumentFormat = file.pathExtension == "md" ? .markdown : .text
            let document = try DocumentReader().read([UInt8](try Data(contentsOf: file)), format: format, path: file.lastPathComponent)
            _ = try store.ingest(analyzer.analyze(document), path: file.lastPathComponent, analyzerVersion: "test")
        }
    }

    /// Sentences compared as the key writes them and the store keeps them: words only.
    static func same(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> String {
            text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
        }
        return words(a) == words(b)
    }

    static func score(_ slug: String) throws -> Score {
        let story = folder.appendingPathComponent(slug)
        let key = try JSONDecoder().decode(Key.self, from: Data(contentsOf: story.appendingPathComponent("key.json")))
        let files = try FileManager.default.contentsOfDirectory(atPath: story.path).filter {
            $0.hasSuffix(".md") && $0.first?.isNumber == true
        }.sorted()
        let store = try TrackerDatabase.inMemory()
        try ingest(files.map { story.appendingPathComponent($0) }, into: store)
        var score = Score()
        for day in key.statusDates {
            let tracked = try store.allCommitments(asOf: try #require(CalendarDate(iso: day)))
            for commitment in key.commitments {
                // The tracked commitment reported in the key's first sentence of the pledge (or another).
                let match = commitment.statedIn.lazy.compactMap { stated in
                    tracked.first { $0.polarity == .affirmed && $0.reports.contains { same($0.sentence, stated.sentence) } }
                }.first
                if let stated = commitment.status[day] {
                    let expected = stated ?? "not tracked"
                    score.statusesChecked += 1
                    let status = match?.status.rawValue ?? "not tracked"
                    if status == expected {
                        score.statusesRight += 1
                    } else {
                        score.failures.append("\(slug) \(commitment.label) on \(day): expected \(expected), got \(status)")
                    }
                }
                // Links are scored on the last date, when every outcome has been reported.
                guard day == key.statusDates.last else { continue }
                let expected = commitment.outcomes.filter { $0.relation != "restates" }
                score.linksExpected += expected.count
                let found =
                    (match?.outcomes.map { ($0.evidence.sentence, $0.relation.rawValue) } ?? [])
                    + (match?.reversals.map { ($0.sentence, "reverses") } ?? [])
                    + (match?.delays.map { ($0.evidence.sentence, "delays") } ?? [])
                    + (match?.undone.map { ($0.sentence, "unfulfilled") } ?? [])
                score.linksFound += found.count
                for (sentence, relation) in found {
                    if expected.contains(where: { same($0.sentence, sentence) }) {
                        score.linksRight += 1
                    } else {
                        score.failures.append("\(slug) \(commitment.label): wrong link (\(relation)) \"\(sentence.prefix(90))\"")
                    }
                }
                for outcome in expected where !found.contains(where: { same($0.0, outcome.sentence) }) {
                    score.failures.append("\(slug) \(commitment.label): missed \(outcome.relation) \"\(outcome.sentence.prefix(90))\"")
                }
            }
        }
        return score
    }

    /// The scores on all three stories, with every miss listed. The issue's
    /// aim is precision and recall of 0.9 and every status right; the floors
    /// here are what the tracker reaches now (precision 30/30, recall 30/45,
    /// statuses 40/50 after the track8 branch, 2026-12-04: outcomes said as
    /// the state of the pledged thing, "in service", "60 percent complete",
    /// and targets named by their object; 23/23, 23/45, 36/50
    /// once a day of a month is no count, 2026-12-03: "opened
    /// to traffic on November 28" no longer counts 28 of 10,000 homes; 23/24
    /// after the kinds5 and tracking4 merges: the
    /// tagger reads outcomes said with no deed as achievements, "took place",
    /// "is 60 percent complete"; the linker reads "still closed" as not done,
    /// passive nominal delays, restatements, and a holder-less outcome
    /// counted against the pledged number ("filled 540 of the 900 posts");
    /// 17/17, 17/45 and 31/50 after the roles4 and kinds4 merges;
    /// 15/15, 15/45 and 24/50 before them; 3/3, 3/45 and 12/50 before the
    /// tracking2 branch), so that nothing goes back unnoticed: most misses
    /// begin upstream (no holder, or the wrong one; outcomes, failures and
    /// reversals the tagger reads as claims).
    @Test func linksAndStatusesOnTheStoriesKeys() throws {
        var total = Score()
        for slug in Self.slugs { total.add(try Self.score(slug)) }
        let summary =
            "links: precision \(total.linksRight)/\(total.linksFound), recall \(total.linksRight)/\(total.linksExpected); "
            + "statuses \(total.statusesRight)/\(total.statusesChecked)"
        print("StoryKeyTests: " + summary + "\n" + total.failures.joined(separator: "\n"))
        #expect(total.linksExpected >= 40, "the key holds at least 40 links")
        #expect(total.precision >= 0.9, "\(summary)")
        #expect(total.linksRight >= 30 && total.statusesRight >= 40, "\(summary)")
    }

    /// The seed article (when ../shared is here) and a later article of the
    /// team's reporting the second summit held: the summit pledge is kept.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
    func theSummitHeldKeepsTheSummitPledge() throws {
        let store = try TrackerDatabase.inMemory()
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2019, month: 1, day: 19)
        let document = try DocumentReader().read(
            [UInt8](try Data(contentsOf: Self.seed)), format: .text, path: "seed",
            metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "seed", analyzerVersion: "test")
        try Self.ingest([Self.folder.appendingPathComponent("seed-followup/seed-followup.md")], into: store)
        func summit(_ day: String) throws -> TrackedCommitment? {
            try store.commitments(of: "United States", asOf: try #require(CalendarDate(iso: day))).commitments
                .first { $0.action?.hasPrefix("meet North Korean leader") == true }
        }
        #expect(try summit("2019-01-19")?.status == .pending)
        let held = try #require(try summit("2019-02-28"))
        // The tagger gives "The second summit ... was held in Hanoi" no holder (a passive whose subject is the
        // summit) and leaves the summit out of its action ("held in Hanoi"): the outcome is read with its
        // subject and given to the one pledge of its action and object (UnattributedOutcomes).
        #expect(held.status == .kept, "\(held.outcomes.map(\.reasons)) \(held.possibleOutcomes.map(\.action))")
        #expect(held.history.map(\.status) == [.pending, .kept])
        #expect(held.outcomes.first?.reasons.first == UnattributedOutcomes.reason)
    }

    static let seed = CommitmentTrackerTests.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/seed-article.txt")
}
