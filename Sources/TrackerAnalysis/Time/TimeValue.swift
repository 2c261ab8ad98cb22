/// A normalised time at the precision its text gives: a day, a month, a quarter or a year.
enum TimeValue: Hashable {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)

    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, `YYYY-QN` or `YYYY`.
    var iso: String {
        switch self {
        case .day(let date): date.iso
        case .month(let year, let month): "\(Self.padded(year, 4))-\(Self.padded(month, 2))"
        case .quarter(let year, let quarter): "\(Self.padded(year, 4))-Q\(quarter)"
        case .year(let year): Self.padded(year, 4)
        }
    }

    var isDay: Bool {
        if case .day = self { return true }
        return false
    }

    /// The last day of a month, or `nil` outside the calendar's years.
    static func lastDay(ofMonth month: Int, year: Int) -> TimeValue? {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)).map { .day($0) }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
