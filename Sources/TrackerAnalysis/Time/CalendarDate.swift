/// A day in the proleptic Gregorian calendar, with no time zone: the unit of
/// every date the tracker stores (`2019-01-19`).
///
/// Deliberately not `Foundation.Date`: a publication date is a calendar day,
/// and normalising "by the end of February" must not depend on the machine's
/// time zone or clock.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2019.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// A valid date, or `nil` (February 30 is `nil`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; a longer ISO 8601 timestamp (`2019-01-19T10:00:00Z`)
    /// is accepted and its time dropped.
    public init?(iso text: some StringProtocol) {
        // Read as bytes, with no array, through one generic call: called across modules the initialiser is
        // not specialised, and iterating a generic string cost 3,800 instructions a day (the loader parses
        // the day of every row it reads: 320 k rows for the status of every commitment at a million
        // statements). A byte past ASCII fails the checks as its scalar would.
        guard let parts = text.utf8.withContiguousStorageIfAvailable({ Self.parts($0) }) ?? Self.parts(Array(text.utf8.prefix(11)))
        else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The year, month and day of `YYYY-MM-DD` (then `T` or a space and anything) in UTF-8 bytes.
    private static func parts(_ bytes: some Collection<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var year = 0
        var month = 0
        var day = 0
        var position = 0
        for byte in bytes {
            switch position {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 10: guard byte == UInt8(ascii: "T") || byte == UInt8(ascii: " ") else { return nil }
            default:
                guard byte >= 48, byte <= 57 else { return nil }
                let digit = Int(byte - 48)
                if position < 4 {
                    year = year * 10 + digit
                } else if position < 7 {
                    month = month * 10 + digit
                } else {
                    day = day * 10 + digit
                }
            }
            position += 1
            if position == 11 { break }
        }
        return position >= 10 ? (year, month, day) : nil
    }

    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String { iso }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Whether `lhs` is the earlier day.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a February 29.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// The last day an ISO 8601 value covers, as `YYYY-MM-DD`: "2019-02" →
    /// "2019-02-28", "2030" → "2030-12-31", "2019-Q3" → "2019-09-30"; a day
    /// is itself. Deadlines are inclusive, so a deadline has passed on the
    /// day after this.
    public static func lastDay(of value: String) -> String {
        let parts = value.split(separator: "-")
        guard let year = Int(parts.first ?? ""), (1...9999).contains(year) else { return value }
        func day(_ month: Int) -> String {
            CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))?.iso ?? value
        }
        if parts.count == 1 { return day(12) }
        if parts.count == 2, parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) {
            return day(quarter * 3)
        }
        if parts.count == 2, parts[1].hasPrefix("H"), let half = Int(parts[1].dropFirst()), (1...2).contains(half) {
            return day(half * 6)
        }
        if parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) { return day(month) }
        return value
    }
}
