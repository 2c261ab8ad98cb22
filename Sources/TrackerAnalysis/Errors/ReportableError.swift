/// An error the tracker tells its user about in one line (`error: FILE: what is
/// wrong`) with exit code 1: bad input, a missing name, a database it cannot
/// use. Anything else that escapes a command is a bug and is shown as such.
public protocol ReportableError: Error, CustomStringConvertible {}

extension DocumentError: ReportableError {}

extension RuleFileError: ReportableError {}
