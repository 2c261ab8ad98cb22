import Foundation
import TrackerAnalysis

/// UTC timestamps as ISO 8601 text (`2026-11-29T05:07:05Z`), without a
/// formatter object per call.
enum Timestamp {
    static func iso(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(CalendarDate(dayNumber: days).iso)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    /// The moment a stored timestamp names (`2026-11-29T05:07:05Z`, or with a
    /// space for the `T`; a fraction of a second or a `Z` after is ignored),
    /// or nil for other text.
    static func date(_ text: String) -> Date? {
        let scalars = Array(text.unicodeScalars.prefix(19))
        guard scalars.count == 19, scalars[10] == "T" || scalars[10] == " ", scalars[13] == ":", scalars[16] == ":",
            let day = CalendarDate(iso: String(String.UnicodeScalarView(scalars[0..<10])))
        else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(String.UnicodeScalarView(scalars[range]))) }
        guard let hours = number(11..<13), let minutes = number(14..<16), let seconds = number(17..<19),
            hours < 24, minutes < 60, seconds < 61
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + hours * 3600 + minutes * 60 + seconds))
    }
}
