/// A month of a year, for arithmetic across year boundaries (December plus one
/// month is January of the next year).
struct CalendarMonth: Hashable {
    let year: Int
    let month: Int

    init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month)
    }

    /// The month `offset` months later (earlier when negative).
    func adding(months offset: Int) -> CalendarMonth {
        let index = year * 12 + (month - 1) + offset
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return CalendarMonth(year: year, month: index - year * 12 + 1)
    }

    /// The same day as `date`, `months` months later, clamped to the month's length:
    /// January 31 plus one month is the last day of February.
    static func date(_ date: CalendarDate, addingMonths months: Int) -> CalendarDate? {
        let target = CalendarMonth(date).adding(months: months)
        let day = min(date.day, CalendarDate.daysIn(month: target.month, year: target.year))
        return CalendarDate(year: target.year, month: target.month, day: day)
    }

    var value: TimeValue { .month(year: year, month: month) }

    var lastDay: TimeValue? { TimeValue.lastDay(ofMonth: month, year: year) }
}
