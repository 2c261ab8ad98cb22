/// The time phrases that may follow a cue, each parsed at a token index and
/// normalised against the reference date.
extension TimeExpressionScanner {
    /// Every phrase that starts at `index` (several may, of different lengths:
    /// "March" and "March 3" in "in March 3 people died").
    func phrases(at index: Int, _ context: PhraseContext) -> [TimePhrase] {
        guard let token = token(at: index), token.kind != .punctuation else { return [] }
        var found: [TimePhrase] = []
        func add(_ phrase: TimePhrase?) {
            if let phrase { found.append(phrase) }
        }
        if token.kind == .number {
            add(isoDate(at: index))
            add(dayFirstDate(at: index, context))
            add(year(at: index))
            add(ago(at: index))
            return found
        }
        typealias W = TimeWordKey
        // "Q1" to "Q4" have digits, so no key: compared as text.
        if token.key == 0, token.lower.utf8.count == 2, ["q1", "q2", "q3", "q4"].contains(token.lower) {
            add(quarter(at: index, context))
            add(half(at: index, context))
            return found
        }
        switch token.key {
        case W.the:
            add(endOf(at: index, context))
            add(quarter(at: index, context))
            add(half(at: index, context))
            add(summer(at: index, context))
        case W.end: add(endOf(at: index, context))
        case W.mid: add(middle(at: index, context))
        case W.early, W.late, W.earlier, W.later: add(earlyOrLate(at: index, context))
        case W.last, W.next, W.this: add(relative(at: index, context))
        case W.yesterday, W.today, W.tonight, W.tomorrow: add(relativeDay(at: index))
        case W.summer: add(summer(at: index, context))
        case W.first, W.second, W.third, W.fourth, W.final:
            add(quarter(at: index, context))
            add(half(at: index, context))
        default:
            add(ago(at: index))
            add(dayFirstDate(at: index, context))
            monthFirstDates(at: index, context, into: &found)
            add(weekday(at: index, context))
        }
        return found
    }

    // MARK: - Calendar dates

    /// `2024-07-01`.
    private func isoDate(at index: Int) -> TimePhrase? {
        guard let year = tokens[index].number, tokens[index].digitCount == 4,
            lower(at: index + 1) == "-", isAttached(index + 1), isAttached(index + 2),
            let month = token(at: index + 2)?.number, token(at: index + 2)?.digitCount == 2,
            lower(at: index + 3) == "-", isAttached(index + 3), isAttached(index + 4),
            let day = token(at: index + 4)?.number, token(at: index + 4)?.digitCount == 2,
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return TimePhrase(end: index + 5, value: .day(date), form: .date)
    }

    /// "12 December 2015", "1 January", "12th of June".
    private func dayFirstDate(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        guard let day = dayNumber(at: index) else { return nil }
        var next = index + 1
        if lower(at: next) == "of" { next += 1 }
        guard let name = monthName(at: next) else { return nil }
        if let year = yearNumber(at: name.end) {
            return CalendarDate(year: year, month: name.month, day: day)
                .map { TimePhrase(end: name.end + 1, value: .day($0), form: .date) }
        }
        return resolvedDay(month: name.month, day: day, context.direction)
            .map { TimePhrase(end: name.end, value: .day($0), form: .date) }
    }

    /// "June 12, 2018", "June 12", "March 2020", "February", "March-end".
    private func monthFirstDates(at index: Int, _ context: PhraseContext, into found: inout [TimePhrase]) {
        guard let name = monthName(at: index) else { return }
        let after = name.end
        if !name.isAbbreviation, lower(at: after) == "-", isAttached(after), lower(at: after + 1) == "end",
            isAttached(after + 1), let last = resolvedMonth(name.month, context.direction).lastDay
        {
            found.append(TimePhrase(end: after + 2, value: last, form: .end))
        }
        if let day = dayNumber(at: after) {
            var yearIndex = after + 1
            if lower(at: yearIndex) == ",", isAttached(yearIndex) { yearIndex += 1 }
            if let year = yearNumber(at: yearIndex) {
                if let date = CalendarDate(year: year, month: name.month, day: day) {
                    found.append(TimePhrase(end: yearIndex + 1, value: .day(date), form: .date))
                }
            } else if let date = resolvedDay(month: name.month, day: day, context.direction) {
                found.append(TimePhrase(end: after + 1, value: .day(date), form: .date))
            }
        }
        if let year = yearNumber(at: after) {
            found.append(TimePhrase(end: after + 1, value: .month(year: year, month: name.month), form: .month))
        }
        if !name.isAbbreviation, !isFollowedByName(name) {
            found.append(TimePhrase(end: after, value: resolvedMonth(name.month, context.direction).value, form: .month))
        }
    }

    /// "2017".
    private func year(at index: Int) -> TimePhrase? {
        yearNumber(at: index).map { TimePhrase(end: index + 1, value: .year($0), form: .year) }
    }

    /// "Friday", "Thursday night", "Tuesday, June 12" (where the date wins).
    private func weekday(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        guard let weekday = weekdayName(at: index) else { return nil }
        var next = index + 1
        if lower(at: next) == "," { next += 1 }
        var dates: [TimePhrase] = []
        monthFirstDates(at: next, context, into: &dates)
        if let date = dayFirstDate(at: next, context) { dates.append(date) }
        if let date = dates.filter({ $0.form == .date }).max(by: { $0.end < $1.end }) {
            return date
        }
        let date = resolvedWeekday(weekday, context.direction == .backward ? .onOrBefore : .strictlyAfter)
        return TimePhrase(end: dayPartEnd(after: index + 1), value: .day(date), form: .weekday)
    }

    // MARK: - Periods

    /// "the end of February", "the end of the year", "the end of 2025", "end-February", "end-2025".
    private func endOf(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        var end = index
        if lower(at: end) == "the" { end += 1 }
        guard lower(at: end) == "end" else { return nil }
        if end == index, lower(at: end + 1) == "-", isAttached(end + 1), isAttached(end + 2) {
            return lastDay(at: end + 2, context)
        }
        guard lower(at: end + 1) == "of" else { return nil }
        return lastDay(at: end + 2, context)
    }

    /// The last day of the period at `index`: a month, a year, "the year", "next
    /// month", a quarter or a half.
    private func lastDay(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        if let shift = shift(at: index) {
            switch lower(at: index + 1) {
            case "year":
                return TimeValue.lastDay(ofMonth: 12, year: reference.year + shift)
                    .map { TimePhrase(end: index + 2, value: $0, form: .end) }
            case "month":
                return CalendarMonth(reference).adding(months: shift).lastDay
                    .map { TimePhrase(end: index + 2, value: $0, form: .end) }
            default: break
            }
        }
        if let year = yearNumber(at: index) {
            return TimeValue.lastDay(ofMonth: 12, year: year).map { TimePhrase(end: index + 1, value: $0, form: .end) }
        }
        if let name = monthName(at: index), !name.isAbbreviation {
            if let year = yearNumber(at: name.end) {
                return TimeValue.lastDay(ofMonth: name.month, year: year)
                    .map { TimePhrase(end: name.end + 1, value: $0, form: .end) }
            }
            return resolvedMonth(name.month, context.direction).lastDay
                .map { TimePhrase(end: name.end, value: $0, form: .end) }
        }
        let deadline = PhraseContext(direction: context.direction, isDeadline: true)
        return [quarter(at: index, deadline), half(at: index, deadline)].compactMap { $0 }
            .max { $0.end < $1.end }
            .map { TimePhrase(end: $0.end, value: $0.value, form: .end) }
    }

    /// "the third quarter", "the first quarter of 2025", "Q3 2019": a quarter, or
    /// its last day as a deadline.
    private func quarter(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        var next = index
        if lower(at: next) == "the" { next += 1 }
        let quarter: Int
        if let word = lower(at: next), let ordinal = TimeVocabulary.periodOrdinals[word], lower(at: next + 1) == "quarter" {
            quarter = ordinal
            next += 2
        } else if next == index, let word = lower(at: next), word.count == 2, word.hasPrefix("q"),
            let ordinal = Int(word.dropFirst()), (1...4).contains(ordinal)
        {
            quarter = ordinal
            next += 1
        } else {
            return nil
        }
        var year = yearOfPeriod(quarter, of: 4, current: (reference.month - 1) / 3 + 1, context.direction)
        if lower(at: next) == "of", let spec = yearSpecification(at: next + 1) {
            year = spec.year
            next = spec.end
        } else if let number = yearNumber(at: next) {
            year = number
            next += 1
        }
        let value: TimeValue? =
            context.isDeadline
            ? TimeValue.lastDay(ofMonth: quarter * 3, year: year)
            : .quarter(year: year, quarter: quarter)
        return value.map { TimePhrase(end: next, value: $0, form: .period) }
    }

    /// "the first half of 2019", "the second half": its last day as a deadline,
    /// otherwise its year (ISO 8601 has no half-years).
    private func half(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        var next = index
        if lower(at: next) == "the" { next += 1 }
        guard let word = lower(at: next), let half = TimeVocabulary.periodOrdinals[word], half <= 2,
            lower(at: next + 1) == "half"
        else { return nil }
        next += 2
        var year = yearOfPeriod(half, of: 2, current: reference.month <= 6 ? 1 : 2, context.direction)
        if lower(at: next) == "of", let spec = yearSpecification(at: next + 1) {
            year = spec.year
            next = spec.end
        }
        let value: TimeValue? = context.isDeadline ? TimeValue.lastDay(ofMonth: half * 6, year: year) : .year(year)
        return value.map { TimePhrase(end: next, value: $0, form: .period) }
    }

    /// "mid-2026" (June 30 as a deadline, otherwise the year), "mid-March" (the
    /// 15th as a deadline, otherwise the month).
    private func middle(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        var next = index + 1
        if lower(at: next) == "-", isAttached(next) { next += 1 }
        if let year = yearNumber(at: next) {
            let value: TimeValue? = context.isDeadline ? CalendarDate(year: year, month: 6, day: 30).map { .day($0) } : .year(year)
            return value.map { TimePhrase(end: next + 1, value: $0, form: .period) }
        }
        guard let name = monthName(at: next), !name.isAbbreviation else { return nil }
        var end = name.end
        var month = resolvedMonth(name.month, context.direction)
        if let year = yearNumber(at: end) {
            month = CalendarMonth(year: year, month: name.month)
            end += 1
        }
        let value: TimeValue? =
            context.isDeadline
            ? CalendarDate(year: month.year, month: month.month, day: 15).map { .day($0) } : month.value
        return value.map { TimePhrase(end: end, value: $0, form: .month) }
    }

    /// "early next year", "later this month", "early 2019", "late March".
    private func earlyOrLate(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        if let shift = shift(at: index + 1), lower(at: index + 1) != "the",
            let unit = relativeUnit(shift: shift, at: index + 2)
        {
            return TimePhrase(end: index + 3, value: unit, form: .relative, pointsBack: shift < 0)
        }
        guard lower(at: index) == "early" || lower(at: index) == "late" else { return nil }
        if let year = yearNumber(at: index + 1) {
            return TimePhrase(end: index + 2, value: .year(year), form: .period)
        }
        guard let name = monthName(at: index + 1), !name.isAbbreviation else { return nil }
        if let year = yearNumber(at: name.end) {
            return TimePhrase(end: name.end + 1, value: .month(year: year, month: name.month), form: .month)
        }
        guard !isFollowedByName(name) else { return nil }
        return TimePhrase(end: name.end, value: resolvedMonth(name.month, context.direction).value, form: .month)
    }

    /// "before the summer": May 31 of the coming (or, looking back, the last) summer.
    private func summer(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        var next = index
        if lower(at: next) == "the" { next += 1 }
        guard lower(at: next) == "summer", let eve = eveOfSummer(context.direction) else { return nil }
        return TimePhrase(end: next + 1, value: .day(eve), form: .season)
    }

    // MARK: - Relative to the reference date

    /// "last June", "next March", "this year", "last year's", "next month", "last Tuesday".
    private func relative(at index: Int, _ context: PhraseContext) -> TimePhrase? {
        guard let shift = shift(at: index) else { return nil }
        if let value = relativeUnit(shift: shift, at: index + 1) {
            return TimePhrase(end: possessiveEnd(after: index + 2), value: value, form: .relative, pointsBack: shift < 0)
        }
        if shift != 0, let name = monthName(at: index + 1), !name.isAbbreviation, !isFollowedByName(name) {
            let month = monthStrictly(name.month, before: shift < 0)
            return TimePhrase(end: name.end, value: month.value, form: .relative, pointsBack: shift < 0)
        }
        if let weekday = weekdayName(at: index + 1) {
            let rule: WeekdayRule =
                switch shift {
                case ..<0: .strictlyBefore
                case 0: context.direction == .backward ? .onOrBefore : .strictlyAfter
                default: .strictlyAfter
                }
            return TimePhrase(
                end: dayPartEnd(after: index + 2), value: .day(resolvedWeekday(weekday, rule)),
                form: .relative, pointsBack: shift < 0)
        }
        return nil
    }

    /// "yesterday", "today", "tonight", "tomorrow".
    private func relativeDay(at index: Int) -> TimePhrase? {
        let days: Int
        switch lower(at: index) {
        case "yesterday": days = -1
        case "today", "tonight": days = 0
        case "tomorrow": days = 1
        default: return nil
        }
        return TimePhrase(end: index + 1, value: .day(reference.adding(days: days)), form: .relative, pointsBack: days < 0)
    }

    /// "two days ago", "a week ago", "three months ago", "a year ago".
    private func ago(at index: Int) -> TimePhrase? {
        guard let (amount, unit) = quantity(at: index), lower(at: index + 2) == "ago" else { return nil }
        let value: TimeValue =
            switch unit {
            case .day: .day(reference.adding(days: -amount))
            case .week: .day(reference.adding(days: -7 * amount))
            case .month: CalendarMonth(reference).adding(months: -amount).value
            case .year: .year(reference.year - amount)
            }
        return TimePhrase(end: index + 3, value: value, form: .relative, pointsBack: true)
    }

    /// "year" or "month" at `index`, `shift` of them from the reference date.
    private func relativeUnit(shift: Int, at index: Int) -> TimeValue? {
        switch lower(at: index) {
        case "year": .year(reference.year + shift)
        case "month": CalendarMonth(reference).adding(months: shift).value
        // "next week": its Sunday (weeks run Monday to Sunday). "This week" and
        // "last week" often describe a stretch already under way ("have met
        // several times this week"), so they stay unresolved.
        case "week" where shift == 1: .day(reference.adding(days: 6 - reference.weekday + 7))
        default: nil
        }
    }

    /// -1 for "last", 0 for "this" (and "the" in "the end of the year"), 1 for "next".
    private func shift(at index: Int) -> Int? {
        switch lower(at: index) {
        case "last": -1
        case "this", "the": 0
        case "next": 1
        default: nil
        }
    }

    /// A year written out, or counted: "2025", "next year", "the year".
    private func yearSpecification(at index: Int) -> (year: Int, end: Int)? {
        if let year = yearNumber(at: index) { return (year, index + 1) }
        guard let shift = shift(at: index), lower(at: index + 1) == "year" else { return nil }
        return (reference.year + shift, index + 2)
    }

    // MARK: - Words

    /// A capitalised month name at `index` that is not part of a name.
    struct MonthName {
        var month: Int
        /// The token after the name (and after the full stop of an abbreviation).
        var end: Int
        var isAbbreviation: Bool
    }

    /// The month named at `index`, unless the name belongs to a person: a
    /// capitalised word before it ("Theresa May") or a reporting verb after it
    /// ("May said"). Abbreviations ("Sept.") are for dates with a day or a year.
    func monthName(at index: Int) -> MonthName? {
        guard let token = token(at: index), token.kind == .word, token.isCapitalized else { return nil }
        var name: MonthName
        if let month = TimeVocabulary.month(named: token.lower) {
            name = MonthName(month: month, end: index + 1, isAbbreviation: false)
        } else if let month = TimeVocabulary.monthAbbreviations[token.lower] {
            name = MonthName(month: month, end: index + 1, isAbbreviation: true)
            if lower(at: name.end) == ".", isAttached(name.end) { name.end += 1 }
        } else {
            return nil
        }
        if let previous = self.token(at: index - 1), previous.kind == .word, previous.isCapitalized,
            !TimeVocabulary.wordsBeforeMonth.contains(previous.lower), TimeVocabulary.weekday(named: previous.lower) == nil
        {
            return nil
        }
        if let next = lower(at: name.end), TimeVocabulary.nameVerbs.contains(next) { return nil }
        return name
    }

    /// A month standing alone and followed by a capitalised word is a name: "April Nguyen".
    private func isFollowedByName(_ name: MonthName) -> Bool {
        guard let next = token(at: name.end), next.kind == .word, next.isCapitalized else { return false }
        return TimeVocabulary.month(named: next.lower) == nil && TimeVocabulary.weekday(named: next.lower) == nil
    }

    /// The weekday (0 = Monday) named by a capitalised word at `index`.
    private func weekdayName(at index: Int) -> Int? {
        guard let token = token(at: index), token.kind == .word, token.isCapitalized else { return nil }
        return TimeVocabulary.weekday(named: token.lower)
    }

    /// A weekday with no cue is a date after a lower-case word that is not a
    /// determiner ("officials said Friday"), not in a name ("The Sunday Times",
    /// "a Sunday newspaper").
    func isDateWeekday(at index: Int, end: Int) -> Bool {
        guard let previous = token(at: index - 1), previous.kind == .word, !previous.isCapitalized,
            !TimeVocabulary.wordsBeforeNonDateWeekday.contains(previous.lower)
        else { return false }
        guard let next = token(at: end) else { return true }
        return next.kind != .word || !next.isCapitalized
    }

    /// After "Thursday" at `index - 1`, the end of "Thursday night".
    private func dayPartEnd(after index: Int) -> Int {
        guard let word = lower(at: index), TimeVocabulary.dayParts.contains(word) else { return index }
        return index + 1
    }

    /// After "year" at `index - 1`, the end of "year's".
    private func possessiveEnd(after index: Int) -> Int {
        guard let mark = lower(at: index), mark == "'" || mark == "\u{2019}", isAttached(index),
            lower(at: index + 1) == "s", isAttached(index + 1)
        else { return index }
        return index + 2
    }

    /// "60 days", "two weeks", "a year": an amount and its unit at `index` and `index + 1`.
    func quantity(at index: Int) -> (amount: Int, unit: TimeVocabulary.Unit)? {
        guard let token = token(at: index), let unitWord = lower(at: index + 1),
            let unit = TimeVocabulary.units[unitWord]
        else { return nil }
        let amount: Int?
        if token.kind == .number {
            amount = isStandaloneNumber(at: index) ? token.number : nil
        } else {
            amount = TimeVocabulary.numbers[token.lower]
        }
        guard let amount, (1...999).contains(amount) else { return nil }
        return (amount, unit)
    }

    /// A four-digit year from 1800 to 2199 that is not part of a larger number or an amount.
    private func yearNumber(at index: Int) -> Int? {
        guard let token = token(at: index), token.digitCount == 4, let year = token.number,
            (1800...2199).contains(year), isStandaloneNumber(at: index)
        else { return nil }
        return year
    }

    /// A day of the month: "12", "12th", "1st".
    private func dayNumber(at index: Int) -> Int? {
        guard let token = token(at: index) else { return nil }
        var day: Int?
        if token.kind == .number, token.digitCount <= 2 {
            day = token.number
        } else if token.kind == .word, token.end - token.start <= 4, let first = token.lower.utf8.first, (48...57).contains(first),
            ["st", "nd", "rd", "th"].contains(where: { token.lower.hasSuffix($0) })
        {
            // "12th", "1st": one or two digits and an ordinal suffix (checked only
            // for short words that begin with a digit).
            let digits = token.lower.dropLast(2)
            if (1...2).contains(digits.count) { day = Int(digits) }
        }
        guard let day, (1...31).contains(day), isStandaloneNumber(at: index) else { return nil }
        return day
    }

    /// Not glued to a currency sign, a decimal point, a thousands separator, a
    /// time's colon or a per cent sign ("$12", "3,000", "0.4", "10:30", "40%").
    private func isStandaloneNumber(at index: Int) -> Bool {
        if isAttached(index), let previous = lower(at: index - 1),
            ["$", "€", "£", "¥", ",", ".", "/", "#", ":"].contains(previous)
        {
            return false
        }
        guard let next = token(at: index + 1), !next.followsSpace else { return true }
        if next.lower == "%" { return false }
        if [",", ".", "/", ":", "-"].contains(next.lower), let after = token(at: index + 2), !after.followsSpace,
            after.kind == .number
        {
            return false
        }
        return true
    }
}
