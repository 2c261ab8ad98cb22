/// Publication dates as pages write them: ISO 8601 in meta tags and JSON-LD
/// (`2019-01-19T10:00:00-05:00`: the day as written, not moved to UTC), in URL
/// paths (`/2019/01/19/`), and in words in a dateline ("Jan. 19, 2019",
/// "Saturday 19 January 2019").
enum PageDate {
    /// A machine-readable date: `YYYY-MM-DD` (with any time after it),
    /// `YYYY/MM/DD`, `YYYYMMDD`, or failing those, a date in words.
    static func parse(_ value: String) -> CalendarDate? {
        let trimmed = value.trimmingWhitespace()
        if let iso = CalendarDate(iso: trimmed) { return iso }
        let digits = Array(trimmed.utf8.prefix(10))
        if digits.count == 10, digits[4] == UInt8(ascii: "/"), digits[7] == UInt8(ascii: "/"),
            let year = number(digits[0..<4]), let month = number(digits[5..<7]), let day = number(digits[8..<10])
        {
            return CalendarDate(year: year, month: month, day: day)
        }
        let compact = Array(trimmed.utf8.prefix(9))
        if compact.count >= 8, compact.count == 8 || !isDigit(compact[8]),
            let year = number(compact[0..<4]), let month = number(compact[4..<6]), let day = number(compact[6..<8]),
            (1990...2100).contains(year)
        {
            return CalendarDate(year: year, month: month, day: day)
        }
        return inWords(String(trimmed))
    }

    /// A date in a URL's path: `/2019/01/19/`, `/2019-01-19-`, `/20190119/`.
    static func inURL(_ url: String) -> CalendarDate? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        guard let slash = path.firstIndex(of: "/") else { return nil }
        path = path[slash...]
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        if let match = path.firstMatch(of: #/(?:^|[/_-])((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:$|[/_.-])/#),
            let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
        {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let match = path.firstMatch(of: #/\/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:$|[/_.-])/#),
            let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
        {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// "January 19, 2019", "Jan. 19 2019", "19 January 2019", "19th of Jan 2019":
    /// the first English date in words in the text.
    static func inWords(_ text: String) -> CalendarDate? {
        // Most lines hold no year: skip them before building a regex.
        guard hasYear(text) else { return nil }
        let monthFirst =
            #/(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/#
        let dayFirst =
            #/(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/#
        var found: (Substring.Index, CalendarDate)?
        if let match = text.firstMatch(of: monthFirst), let month = monthNumber(match.1),
            let day = Int(match.2), let year = Int(match.3), let date = CalendarDate(year: year, month: month, day: day)
        {
            found = (match.range.lowerBound, date)
        }
        if let match = text.firstMatch(of: dayFirst), let month = monthNumber(match.2),
            let day = Int(match.1), let year = Int(match.3), let date = CalendarDate(year: year, month: month, day: day),
            found.map({ match.range.lowerBound < $0.0 }) ?? true
        {
            found = (match.range.lowerBound, date)
        }
        return found?.1
    }

    private static func monthNumber(_ word: Substring) -> Int? {
        let prefix = word.lowercased().prefix(3)
        return MonthNames.full.firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 }
    }

    /// Whether four digits starting 19 or 20 stand somewhere in the text.
    static func hasYear(_ text: String) -> Bool {
        var run = 0
        var start: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if isDigit(byte) {
                if run == 0 { start.0 = byte } else if run == 1 { start.1 = byte }
                run += 1
                if run == 4, (start == (0x31, 0x39) || start == (0x32, 0x30)) { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
