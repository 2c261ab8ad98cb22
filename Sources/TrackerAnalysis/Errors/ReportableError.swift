import TrackerSyntax

/// An error the tracker tells its user about in one line (`error: FILE: what is
/// wrong`) with an exit code: bad input, a missing name, a database it cannot
/// use. Anything else that escapes a command is a bug and is shown as such.
///
/// The one protocol `tracker` maps errors through: the analysis's, the
/// store's, the sources', the syntax model's and the web workbench's errors
/// conform, and `Tracker.main` prints ``userMessage`` and exits with
/// ``exitCode`` for any of them, with a fallback only for errors of
/// Foundation and the argument parser.
public protocol ReportableError: Error, CustomStringConvertible {
    /// The line a user reads: what happened, naming the file or the thing where there is one,
    /// and what to do where there is something to do. ``description`` unless the type says better.
    var userMessage: String { get }
    /// The process's exit status for the error; 1 unless the type says otherwise.
    var exitCode: Int32 { get }
}

extension ReportableError {
    /// The error's own description.
    public var userMessage: String { description }
    /// 1: the command could not do what it was asked.
    public var exitCode: Int32 { 1 }
}

extension DocumentError: ReportableError {}

extension RuleFileError: ReportableError {}

extension SyntaxModelError: ReportableError {}
