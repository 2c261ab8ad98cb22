/// A date as precise as the text said it: a day ("2025-06-30"), a month
/// ("2025-06"), a quarter ("2025-Q3"), a half year ("2025-H1") or a year
/// ("2027"). Deadlines and the values of time expressions are partial dates;
/// "by the end of 2026" is the day 2026-12-31, as the time scanner resolves it.
///
/// Written and read as ISO 8601 text (`iso`, `init(iso:)`, and in JSON), so
/// stored values and output are the text they were before the type.
public struct PartialDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much of the date the text gave.
    public enum Precision: Sendable, Hashable {
        /// A day: `2025-06-30`.
        case day
        /// A month: `2025-06`.
        case month
        /// A quarter: `2025-Q3`.
        case quarter
        /// A half year: `2025-H1`.
        case half
        /// A year: `2027`.
        case year
    }

    /// How precise it is.
    public let precision: Precision
    /// The first day it covers: "2019-02" → 2019-02-01, "2019-Q3" → 2019-07-01, "2030" → 2030-01-01.
    public let firstDay: CalendarDate

    /// A day.
    public init(day: CalendarDate) {
        self.init(precision: .day, firstDay: day)
    }

    /// A month of a year (1 to 12); nil outside the calendar.
    public init?(year: Int, month: Int) {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        self.init(precision: .month, firstDay: first)
    }

    /// A quarter of a year (1 to 4); nil outside the calendar.
    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), let first = CalendarDate(year: year, month: quarter * 3 - 2, day: 1) else { return nil }
        self.init(precision: .quarter, firstDay: first)
    }

    /// A half of a year (1 or 2); nil outside the calendar.
    public init?(year: Int, half: Int) {
        guard (1...2).contains(half), let first = CalendarDate(year: year, month: half * 6 - 5, day: 1) else { return nil }
        self.init(precision: .half, firstDay: first)
    }

    /// A year (1 to 9999); nil outside the calendar.
    public init?(year: Int) {
        guard let first = CalendarDate(year: year, month: 1, day: 1) else { return nil }
        self.init(precision: .year, firstDay: first)
    }

    private init(precision: Precision, firstDay: CalendarDate) {
        self.precision = precision
        self.firstDay = firstDay
    }

    /// Text that is none of the five forms, or names no date of the calendar ("2025-13", "2025-02-30").
    public struct Unreadable: ReportableError, Hashable {
        /// The text as given.
        public var text: String
        /// The refusal of `text`.
        public init(text: String) {
            self.text = text
        }
        /// What is wrong, in one line.
        public var description: String {
            "'\(text)' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-QN or YYYY-HN"
        }
    }

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-QN` or `YYYY-HN`; any other text is an error, never a guess.
    public init(iso text: some StringProtocol) throws(Unreadable) {
        // The first bytes in a value on the stack: the loader reads a time per statement row, and an
        // array (or the error's text) made for each would be an allocation each.
        var bytes = SIMD16<UInt8>()
        var count = 0
        for byte in text.utf8 {
            if count < 11 { bytes[count] = byte }
            count += 1
        }
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= min(count, 11) else { return nil }
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = digits(0..<4) else { throw Unreadable(text: String(text)) }
        let read: PartialDate?
        switch count {
        case 4:
            read = PartialDate(year: year)
        case 7 where bytes[4] == UInt8(ascii: "-"):
            if let month = digits(5..<7) {
                read = PartialDate(year: year, month: month)
            } else if bytes[5] == UInt8(ascii: "Q"), let quarter = digits(6..<7) {
                read = PartialDate(year: year, quarter: quarter)
            } else if bytes[5] == UInt8(ascii: "H"), let half = digits(6..<7) {
                read = PartialDate(year: year, half: half)
            } else {
                read = nil
            }
        case 10 where bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-"):
            read = digits(5..<7).flatMap { month in
                digits(8..<10).flatMap { CalendarDate(year: year, month: month, day: $0) }
            }.map { PartialDate(day: $0) }
        default:
            read = nil
        }
        guard let read else { throw Unreadable(text: String(text)) }
        self = read
    }

    /// ISO 8601 at its precision: `2025-06-30`, `2025-06`, `2025-Q3`, `2025-H1`, `2027`.
    public var iso: String {
        let year = Self.padded(firstDay.year, 4)
        switch precision {
        case .day: return firstDay.iso
        case .month: return year + "-" + Self.padded(firstDay.month, 2)
        case .quarter: return year + "-Q\((firstDay.month + 2) / 3)"
        case .half: return year + "-H\((firstDay.month + 5) / 6)"
        case .year: return year
        }
    }

    /// The ISO 8601 form (``iso``).
    public var description: String { iso }

    /// The last day it covers: "2019-02" → 2019-02-28, "2019-Q3" → 2019-09-30, "2030" → 2030-12-31.
    /// Deadlines are inclusive, so a deadline has passed on the day after this.
    public var lastDay: CalendarDate {
        let months: Int
        switch precision {
        case .day: return firstDay
        case .month: months = 1
        case .quarter: months = 3
        case .half: months = 6
        case .year: months = 12
        }
        let month = firstDay.month + months - 1
        return CalendarDate(year: firstDay.year, month: month, day: CalendarDate.daysIn(month: month, year: firstDay.year))
            ?? firstDay
    }

    /// Reads the ISO 8601 text JSON holds; other text is a decoding error naming it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try PartialDate(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Writes the ISO 8601 text (``iso``), as the value was written before it was typed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
