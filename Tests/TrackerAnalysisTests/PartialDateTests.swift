import Foundation
import Testing
import TrackerAnalysis

/// Deadlines and time values as precise as the text said them: each form
/// read, written back byte for byte, with the days it covers; anything else
/// is an error naming the text, never a guess.
@Suite struct PartialDateTests {
    /// A text, and what it reads as: its precision and the first and last
    /// day it covers; nil when it must be refused.
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var read: (precision: PartialDate.Precision, first: String, last: String)?
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "2025-06-30", read: (.day, "2025-06-30", "2025-06-30")),
        Row(text: "2024-02-29", read: (.day, "2024-02-29", "2024-02-29")),
        Row(text: "2025-06", read: (.month, "2025-06-01", "2025-06-30")),
        Row(text: "2024-02", read: (.month, "2024-02-01", "2024-02-29")),
        Row(text: "2100-02", read: (.month, "2100-02-01", "2100-02-28")),
        Row(text: "2025-12", read: (.month, "2025-12-01", "2025-12-31")),
        Row(text: "2019-Q1", read: (.quarter, "2019-01-01", "2019-03-31")),
        Row(text: "2019-Q3", read: (.quarter, "2019-07-01", "2019-09-30")),
        Row(text: "2019-Q4", read: (.quarter, "2019-10-01", "2019-12-31")),
        Row(text: "2026-H1", read: (.half, "2026-01-01", "2026-06-30")),
        Row(text: "2026-H2", read: (.half, "2026-07-01", "2026-12-31")),
        Row(text: "2027", read: (.year, "2027-01-01", "2027-12-31")),
        Row(text: "0001", read: (.year, "0001-01-01", "0001-12-31")),
        // Refused: not a date of the calendar, or not one of the five forms.
        Row(text: "2025-13", read: nil),
        Row(text: "2025-00", read: nil),
        Row(text: "2025-02-30", read: nil),
        Row(text: "2023-02-29", read: nil),
        Row(text: "2019-Q5", read: nil),
        Row(text: "2019-Q0", read: nil),
        Row(text: "2019-H3", read: nil),
        Row(text: "0000", read: nil),
        Row(text: "27", read: nil),
        Row(text: "20270", read: nil),
        Row(text: "2025-6", read: nil),
        Row(text: "2025-06-1", read: nil),
        Row(text: "2025/06/30", read: nil),
        Row(text: "2019-01-19T10:00:00Z", read: nil),
        Row(text: "end of 2026", read: nil),
        Row(text: "soon", read: nil),
        Row(text: "", read: nil),
        Row(text: "٢٠٢٥", read: nil),
    ]

    @Test(arguments: rows) func readsWritesAndCovers(_ row: Row) {
        let read = Result { try PartialDate(iso: row.text) }
        guard let expected = row.read else {
            #expect(throws: PartialDate.Unreadable(text: row.text)) { try read.get() }
            return
        }
        guard case .success(let date) = read else {
            Issue.record("refused \(row.text)")
            return
        }
        #expect(date.precision == expected.precision)
        #expect(date.iso == row.text, "written back as it was read")
        #expect(date.description == row.text)
        #expect(date.firstDay.iso == expected.first)
        #expect(date.lastDay.iso == expected.last)
    }

    /// The refusal says what was wrong with what, in one line.
    @Test func theErrorNamesTheText() {
        #expect(
            PartialDate.Unreadable(text: "2025-13").description
                == "'2025-13' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-QN or YYYY-HN")
    }

    /// In JSON a partial date is its ISO text, as the string it replaced was; other text fails to decode.
    @Test func jsonIsTheISOText() throws {
        let dates = try ["2027", "2025-06", "2025-06-30", "2019-Q3"].map { try PartialDate(iso: $0) }
        let json = String(decoding: try JSONEncoder().encode(dates), as: UTF8.self)
        #expect(json == #"["2027","2025-06","2025-06-30","2019-Q3"]"#)
        #expect(try JSONDecoder().decode([PartialDate].self, from: Data(json.utf8)) == dates)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PartialDate].self, from: Data(#"["2025-13"]"#.utf8)) }
    }

    /// Every value the time scanner writes is one a partial date reads: the
    /// deadlines of "by the end of 2026", "by June", "in the third quarter of 2019", "by 2030".
    @Test func everyScannedValueReads() throws {
        let reference = try #require(CalendarDate(iso: "2026-01-19"))
        let text = """
            It will finish by the end of 2026. The road opens by June. Output rises in the third quarter of 2019. \
            The plant closes by 2030. The vote is on 3 March 2026. Talks ran until the first half of 2027.
            """
        let found = TimeExpressionFinder().find(in: text, reference: reference, tense: .future)
        let values = found.compactMap(\.value)
        #expect(values.count >= 5, "\(values)")
        for value in values { #expect(throws: Never.self) { try PartialDate(iso: value) } }
        #expect(found.compactMap(\.date).map(\.iso) == values)
    }
}
