/// A path cut into its folder and last name, by plain string rules:
/// Foundation's `NSString` path methods trap on some inputs on Linux
/// (`"."` in `deletingLastPathComponent`), and output paths are user input.
struct PathParts: Sendable, Equatable {
    /// The folder: `"."` for a bare name, `"/"` at the root.
    let folder: String
    /// The last name (may be `"."` or `".."`).
    let name: String

    init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            folder = "."
            name = String(trimmed)
            return
        }
        let head = trimmed[..<slash]
        folder = head.isEmpty ? "/" : String(head)
        name = String(trimmed[trimmed.index(after: slash)...])
    }

    /// `folder` and `name` joined with one slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
