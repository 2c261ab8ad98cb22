/// Placing an underspecified time ("February", "June 12", "Friday", "the third
/// quarter") on the calendar, from the reference date in a direction.
extension TimeExpressionScanner {
    /// Which weekday "Friday" is, counted from the reference date.
    enum WeekdayRule {
        /// A report's "on Friday": the reference day itself or the last one before it.
        case onOrBefore
        /// "last Tuesday".
        case strictlyBefore
        /// A plan's "on Friday", "next Tuesday".
        case strictlyAfter
    }

    /// The year of the `period`-th of `count` periods of a year (months, quarters,
    /// halves), the reference date lying in the `current` one: looking back, the
    /// most recent such period up to the current one; looking forward, the next
    /// from the current one on.
    func yearOfPeriod(_ period: Int, of count: Int, current: Int, _ direction: Direction) -> Int {
        switch direction {
        case .backward: period > current ? reference.year - 1 : reference.year
        case .forward: period < current ? reference.year + 1 : reference.year
        }
    }

    /// "February": the reference month itself or the nearest one in `direction`.
    func resolvedMonth(_ month: Int, _ direction: Direction) -> CalendarMonth {
        CalendarMonth(year: yearOfPeriod(month, of: 12, current: reference.month, direction), month: month)
    }

    /// "last June" (strictly before the reference month), "next March" (strictly after it).
    func monthStrictly(_ month: Int, before: Bool) -> CalendarMonth {
        if before {
            return CalendarMonth(year: month >= reference.month ? reference.year - 1 : reference.year, month: month)
        }
        return CalendarMonth(year: month <= reference.month ? reference.year + 1 : reference.year, month: month)
    }

    /// "June 12": the reference day itself or the nearest June 12 in `direction`
    /// (February 29 moves to a leap year); `nil` for a day no month has.
    func resolvedDay(month: Int, day: Int, _ direction: Direction) -> CalendarDate? {
        for offset in 0..<8 {
            let year = direction == .backward ? reference.year - offset : reference.year + offset
            guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
            if direction == .backward ? date <= reference : date >= reference { return date }
        }
        return nil
    }

    /// The weekday (0 = Monday) nearest the reference date by `rule`.
    func resolvedWeekday(_ weekday: Int, _ rule: WeekdayRule) -> CalendarDate {
        let back = (reference.weekday - weekday + 7) % 7
        let ahead = (weekday - reference.weekday + 7) % 7
        return switch rule {
        case .onOrBefore: reference.adding(days: -back)
        case .strictlyBefore: reference.adding(days: -(back == 0 ? 7 : back))
        case .strictlyAfter: reference.adding(days: ahead == 0 ? 7 : ahead)
        }
    }

    /// "before the summer": May 31, the eve of the summer, this year's or the
    /// nearest one in `direction`.
    func eveOfSummer(_ direction: Direction) -> CalendarDate? {
        guard let eve = CalendarDate(year: reference.year, month: 5, day: 31) else { return nil }
        switch direction {
        case .backward: return eve > reference ? CalendarDate(year: reference.year - 1, month: 5, day: 31) : eve
        case .forward: return eve < reference ? CalendarDate(year: reference.year + 1, month: 5, day: 31) : eve
        }
    }
}
