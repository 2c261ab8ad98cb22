/// Why a syntax model could not be read.
public enum SyntaxModelError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The model file is not where it should be.
    case missing(String)
    /// The file is not a model of this format (wrong magic bytes).
    case notAModel
    /// A model of another format version.
    case unsupportedVersion(UInt32)
    /// The file is damaged: truncated, checksum wrong, or a count out of range.
    case corrupt(String)

    /// One line a user can act on.
    public var description: String {
        switch self {
        case .missing(let path): "syntax model not found: \(path)"
        case .notAModel: "not a tracker syntax model (bad magic bytes)"
        case .unsupportedVersion(let v): "syntax model format version \(v) is not supported (this build reads \(SyntaxModel.formatVersion))"
        case .corrupt(let why): "syntax model is damaged: \(why)"
        }
    }
}
