import Foundation
import Testing
import TrackerAnalysis

/// A change of status carries a typed day (issue 17) and writes it as
/// before: `commitments --format json` is unchanged.
@Suite struct StatusChangeTests {
    @Test func theDayIsWrittenAsISOTextAndReadBack() throws {
        let change = StatusChange(
            date: try #require(CalendarDate(iso: "2026-07-01")), status: .overdue, cause: "deadline passed", evidence: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(change), as: UTF8.self)
        #expect(json == #"{"cause":"deadline passed","date":"2026-07-01","status":"overdue"}"#)
        #expect(try JSONDecoder().decode(StatusChange.self, from: Data(json.utf8)) == change)
    }

    @Test(arguments: ["2026-07", "2026-02-30", "1 July 2026", "2026-07-01T10:00:00Z"])
    func anotherFormOfDayIsAnError(_ day: String) {
        let json = #"{"cause":"pledged","date":"\#(day)","status":"pending"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(StatusChange.self, from: Data(json.utf8)) }
    }

    /// The linker's history gives typed days in date order.
    @Test func theHistoryHasTypedDays() throws {
        let rows = [
            CommitmentLinkerTests.pledge(1, "release the detainees", deadline: "2026-06-30"),
            CommitmentLinkerTests.outcome(2, "release the detainees", date: "2026-07-10"),
        ]
        let tracked = try #require(CommitmentLinker(asOf: CalendarDate(iso: "2026-08-01")!).track(rows).first)
        #expect(tracked.history.map(\.date.iso) == ["2026-01-10", "2026-07-01", "2026-07-10"])
        #expect(tracked.history.map(\.date) == tracked.history.map(\.date).sorted())
    }
}
