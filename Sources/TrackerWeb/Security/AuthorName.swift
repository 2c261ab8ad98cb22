import Foundation

/// The name a reviewer gives once; it is recorded with every change they make.
enum AuthorName {
    /// At most this many characters: a name, not a paragraph.
    static let maximumLength = 80

    /// The name trimmed, or nil when it is empty, too long or holds control characters.
    static func validated(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= maximumLength,
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return trimmed
    }
}
