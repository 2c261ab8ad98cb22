/// A malformed CoNLL-U line, with the file and line number.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int
    public var problem: String

    /// An error at this line of this file.
    public init(file: String, line: Int, problem: String) {
        self.file = file; self.line = line; self.problem = problem
    }

    public var description: String { "\(file):\(line): \(problem)" }
}
