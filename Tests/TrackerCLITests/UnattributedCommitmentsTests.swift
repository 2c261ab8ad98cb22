import Foundation
import Testing

/// Nothing dropped: a commitment whose holder the analyzer cannot name is
/// listed as unattributed, with who it may be and one command that fixes it.
@Suite(.serialized) struct UnattributedCommitmentsTests {
    struct Unattributed: Decodable {
        var id: Int64
        var action: String?
        var candidates: [String]
        var correction: String
    }

    struct Listing: Decodable {
        struct Commitment: Decodable { var action: String? }
        var commitments: [Commitment]
        var unattributed: [Unattributed]
    }

    /// A party's manifesto whose pledge has no subject the analyzer can name.
    func database() throws -> String {
        let dir = try Scratch.directory()
        let article = dir.appendingPathComponent("manifesto.md")
        try Data(
            """
            ---
            title: Coastal Alliance manifesto
            date: 2024-03-02
            ---
            The Coastal Alliance published its manifesto in Brightwater on Saturday.

            The party promises free ferry crossings for all pensioners from June 2025.
            """.utf8
        ).write(to: article)
        let db = dir.appendingPathComponent("manifesto.sqlite").path
        let ingest = try TrackerProcess.run(["ingest", article.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    @Test func listedWithCandidatesAndFixedWithOneCorrection() throws {
        let db = try database()
        let all = try TrackerProcess.run(["commitments", "--unattributed", "--format", "json", "--db", db])
        #expect(all.status == 0, "\(all.stderr)")
        let items = try JSONDecoder().decode([Unattributed].self, from: Data(all.stdout.utf8))
        let pledge = try #require(items.first { $0.action?.contains("free ferry crossings") == true }, "\(all.stdout)")
        #expect(pledge.candidates.first == "Coastal Alliance")
        #expect(pledge.correction == "tracker correct \(pledge.id) --holder 'Coastal Alliance'")

        // Shown with the party it may belong to, under its own heading.
        let table = try TrackerProcess.run(["commitments", "Coastal Alliance", "--db", db])
        #expect(table.stdout.contains("Unattributed commitments that may be Coastal Alliance's"), "\(table.stdout)")
        let status = try TrackerProcess.run(["report", "status", "--as-of", "2024-03-02", "--db", db])
        #expect(status.stdout.contains("## Unattributed commitments") && status.stdout.contains(pledge.correction), "\(status.stdout)")

        // The command shown, run as it is, attributes it.
        let arguments = ["correct", "\(pledge.id)", "--holder", "Coastal Alliance", "--db", db]
        #expect(try TrackerProcess.run(arguments).status == 0)
        let after = try TrackerProcess.run(["commitments", "Coastal Alliance", "--format", "json", "--db", db])
        let listing = try JSONDecoder().decode(Listing.self, from: Data(after.stdout.utf8))
        #expect(listing.commitments.contains { $0.action?.contains("free ferry crossings") == true }, "\(after.stdout)")
        #expect(listing.unattributed.isEmpty)
    }

    @Test func anUnknownNameGetsSuggestions() throws {
        let db = try database()
        let result = try TrackerProcess.run(["commitments", "Coastal Aliance", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("did you mean 'Coastal Alliance'?"), "\(result.stderr)")
    }
}
