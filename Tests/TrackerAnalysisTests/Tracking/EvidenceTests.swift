import Foundation
import Testing
import TrackerAnalysis

/// Evidence carries a typed day (issue 17) and writes it as before:
/// `commitments --format json` is unchanged.
@Suite struct EvidenceTests {
    static func json(_ evidence: Evidence) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(evidence), as: UTF8.self)
    }

    @Test func theDateIsWrittenAsISOTextAndReadBack() throws {
        let dated = Evidence(
            statementID: 7, documentID: 3, documentTitle: "Talks", date: CalendarDate(iso: "2025-03-15"), source: "OAS",
            sentence: "Peru undertook to free 120 nationals.")
        let text = try Self.json(dated)
        #expect(
            text
                == #"{"date":"2025-03-15","documentID":3,"documentTitle":"Talks","review":"unreviewed","sentence":"Peru undertook to free 120 nationals.","source":"OAS","statementID":7}"#
        )
        #expect(try JSONDecoder().decode(Evidence.self, from: Data(text.utf8)) == dated)
        let undated = Evidence(statementID: 8, documentID: 3, documentTitle: nil, date: nil, source: nil, sentence: "")
        #expect(try !Self.json(undated).contains("date\""))
        #expect(try JSONDecoder().decode(Evidence.self, from: Data(try Self.json(undated).utf8)) == undated)
    }

    @Test(arguments: ["2025-03", "2025-02-30", "15 March 2025"])
    func anotherFormOfDateIsAnError(_ day: String) {
        let text = #"{"date":"\#(day)","documentID":3,"review":"unreviewed","sentence":"","statementID":7}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Evidence.self, from: Data(text.utf8)) }
    }
}
