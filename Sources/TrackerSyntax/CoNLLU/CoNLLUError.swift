/// A malformed CoNLL-U line, with the file and line number.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file read.
    public var file: String
    /// The 1-based line at fault.
    public var line: Int
    /// What is wrong with it.
    public var problem: String

    /// An error at this line of this file.
    public init(file: String, line: Int, problem: String) {
        self.file = file; self.line = line; self.problem = problem
    }

    /// `file:line: problem`, as compilers print.
    public var description: String { "\(file):\(line): \(problem)" }
}
