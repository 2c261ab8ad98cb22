import Foundation
import Testing

/// The `--one-sentence-per-line` contract: exactly one output row per input
/// line, in order, whatever the lines are, so a script can zip rows with lines.
@Suite struct OneSentencePerLineTests {
    struct Row: Decodable {
        struct Statement: Decodable {
            var kind: String
            var topics: [String]
        }
        var sentence: Int
        var text: String
        var statements: [Statement]?
    }

    /// Repeated lines, empty and blank lines, a line of 4,000+ bytes, a Windows line end.
    static let lines: [String] = {
        let long =
            "The port authority pledged to dredge the harbour, "
            + (1...250).map { "rebuild quay \($0)" }.joined(separator: ", ") + " and widen the channel."
        return [
            "Norway pledged to halve its fishing quota by 2030.",
            "Norway pledged to halve its fishing quota by 2030.",
            "",
            "   ",
            long,
            "Rain fell on Tuesday.\r",
            "Norway pledged to halve its fishing quota by 2030.",
        ]
    }()
    static let input = lines.joined(separator: "\n") + "\n"

    func rows(_ command: String, _ extra: [String] = []) throws -> [Row] {
        let result = try TrackerProcess.run(
            [command, "-", "--one-sentence-per-line", "--format", "jsonl"] + extra,
            stdin: Self.input)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { try JSONDecoder().decode(Row.self, from: Data($0.utf8)) }
    }

    @Test func annotateGivesOneRowPerLine() throws {
        #expect(Self.lines[4].utf8.count > 3_000)
        let rows = try rows("annotate")
        #expect(rows.count == 7)
        #expect(rows.map(\.sentence) == Array(0..<7))
        #expect(rows.map(\.text) == Self.lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        // The repeated line is analysed each time; the empty lines carry nothing.
        #expect(rows[0].statements?.map(\.kind) == ["commitment"] && rows[1].statements?.map(\.kind) == ["commitment"])
        #expect(rows[6].statements?.map(\.kind) == ["commitment"])
        #expect(rows[2].statements?.isEmpty == true && rows[3].statements?.isEmpty == true)
        // The long line is one row with its commitment.
        #expect(rows[4].statements?.contains { $0.kind == "commitment" } == true)
    }

    @Test func segmentGivesOneRowPerLine() throws {
        let result = try TrackerProcess.run(["segment", "-", "--one-sentence-per-line"], stdin: Self.input)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 8)  // 7 rows and the final break
    }

    /// `annotate --format jsonl` gives statements their topics, as ingest stores them.
    @Test func annotateJSONLFillsTopics() throws {
        let rows = try rows("annotate")
        #expect(rows[0].statements?.first?.topics.isEmpty == false, "\(rows[0])")
    }

    /// `annotate --format markdown` shows holder, source and time, as the text format does.
    @Test func annotateMarkdownShowsHolderSourceAndTime() throws {
        let text = "Officials said on Monday that Norway would halve its fishing quota by 2030."
        let markdown = try TrackerProcess.run(["annotate", "-", "--format", "markdown", "--date", "2024-05-08"], stdin: text)
        let plain = try TrackerProcess.run(["annotate", "-", "--format", "text", "--date", "2024-05-08"], stdin: text)
        #expect(markdown.status == 0 && plain.status == 0)
        for label in ["holder: Norway", "time: by 2030 → 2030"] {
            #expect(plain.stdout.contains(label), "text: \(plain.stdout)")
            #expect(markdown.stdout.contains(label), "markdown: \(markdown.stdout)")
        }
    }
}
