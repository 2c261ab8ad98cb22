/// A publication date written in a file's path: `2019-01-19` or `2019/01/19`
/// (the last one in the path, so a dated file in a dated folder takes its own).
public enum PathDate {
    /// The last valid `YYYY-MM-DD` or `YYYY/MM/DD` date in `path`, or nil.
    public static func find(in path: String) -> CalendarDate? {
        var found: CalendarDate?
        for match in path.matches(of: #/((?:19|20)\d\d)([-/])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/#) {
            if let year = Int(match.1), let month = Int(match.3), let day = Int(match.4),
                let date = CalendarDate(year: year, month: month, day: day)
            {
                found = date
            }
        }
        return found
    }
}
