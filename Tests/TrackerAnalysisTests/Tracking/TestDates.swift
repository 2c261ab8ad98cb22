import Testing
import TrackerAnalysis

/// Dates as the tests write them, in ISO 8601 text: a typo fails the test
/// that uses it (a recorded issue) instead of passing as no date.
enum TestDates {
    /// The day `text` (`2026-01-10`) names; nil for nil.
    static func day(_ text: String?, sourceLocation: SourceLocation = #_sourceLocation) -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(iso: text) else {
            Issue.record("not a day: \(text)", sourceLocation: sourceLocation)
            return nil
        }
        return day
    }

    /// The partial date `text` (`2026`, `2026-06`, `2026-06-30`) names; nil for nil.
    static func partial(_ text: String?, sourceLocation: SourceLocation = #_sourceLocation) -> PartialDate? {
        guard let text else { return nil }
        do {
            return try PartialDate(iso: text)
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}
