import Foundation
import Testing

/// Tables fit the terminal: `COLUMNS`, else the terminal's width, else 100.
/// Too wide, the long columns wrap; too narrow for that, each record is a
/// block of "column  value" lines. Nothing is cut, and JSON and CSV do not
/// depend on the width.
@Suite(.serialized) struct TableWidthTests {
    static let columns = ["status", "holder", "commitment", "deadline", "first reported", "reports", "outcomes", "evidence"]

    func storyDatabase() throws -> String {
        let db = try Scratch.directory().appendingPathComponent("story.sqlite").path
        let story = TrackerProcess.projectRoot.appendingPathComponent("Examples/story").path
        try #require(try TrackerProcess.run(["ingest", story, "--db", db]).status == 0)
        return db
    }

    func run(_ arguments: [String], columns: Int) throws -> String {
        let result = try TrackerProcess.run(arguments, environment: ["COLUMNS": String(columns)])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The words of a listing, whatever its line breaks and padding.
    func words(_ text: String) -> [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }

    @Test func everyColumnOfCommitmentsInAHundredColumns() throws {
        let db = try storyDatabase()
        let text = try run(["commitments", "Peru", "--db", db], columns: 100)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        // Each record shows every column, and every word of each evidence sentence.
        let json = try run(["commitments", "Peru", "--format", "json", "--db", db], columns: 100)
        struct Listing: Decodable {
            struct Item: Decodable {
                struct Report: Decodable { var sentence: String }
                var action: String?
                var reports: [Report]
            }
            var commitments: [Item]
        }
        let listing = try JSONDecoder().decode(Listing.self, from: Data(json.utf8))
        #expect(listing.commitments.count >= 4)
        for column in Self.columns {
            let labelled = lines.filter { $0.hasPrefix(column + " ") || $0 == Substring(column) }
            #expect(labelled.count >= listing.commitments.count, "column '\(column)' shown \(labelled.count) times")
        }
        let shown = words(text).joined(separator: " ")
        for item in listing.commitments {
            let first = try #require(item.reports.first).sentence
            #expect(shown.contains(words(first).joined(separator: " ")), "cut: \(first)")
        }
    }

    @Test func wideTerminalsWrapLongColumnsAndNarrowOnesGetBlocks() throws {
        let db = try storyDatabase()
        for columns in [60, 80, 100, 140, 200, 400] {
            let text = try run(["statements", "--kind", "commitment", "--db", db], columns: columns)
            let lines = text.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= columns }, "\(columns): \(lines.filter { $0.count > columns }.first ?? "")")
            #expect(!text.contains("…"), "a cell was cut at \(columns) columns")
            #expect(
                text.contains("Peru pledged to suspend new gold-mining") || text.contains("Peru pledged to suspend new"),
                "the sentence is missing at \(columns) columns")
        }
        // Wide enough, it is a table with a header row; narrow, one block per record.
        let wide = try run(["statements", "--kind", "commitment", "--db", db], columns: 400).split(separator: "\n")
        #expect(wide[1].hasPrefix("id ") && wide[2].hasPrefix("--"))
        let narrow = try run(["statements", "--kind", "commitment", "--db", db], columns: 60).split(separator: "\n")
        #expect(narrow[1].hasPrefix("id ") && narrow[2].hasPrefix("date "))
    }

    @Test func jsonAndCSVIgnoreTheWidth() throws {
        let db = try storyDatabase()
        for format in ["json", "csv"] {
            let narrow = try run(["statements", "--format", format, "--db", db], columns: 30)
            let wide = try run(["statements", "--format", format, "--db", db], columns: 500)
            #expect(narrow == wide, "\(format) depends on COLUMNS")
        }
    }
}
