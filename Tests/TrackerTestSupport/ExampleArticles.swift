public import Foundation
import TrackerAnalysis

/// The project's bundled example articles (`Examples/`), read as a user's
/// files are read (`DocumentFiles.collect`, then `DocumentReader`), for the
/// tests that need a long document of real shape.
public enum ExampleArticles {
    /// The `Examples/` folder of this checkout.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    /// Each example's cleaned text, in path order.
    public static func texts() throws -> [String] {
        let found = DocumentFiles.collect([folder.path])
        return try found.files.sorted { $0.path < $1.path }.map { file in
            guard let bytes = DocumentFiles.bytes(atPath: file.path) else { throw CocoaError(.fileReadUnknown) }
            return try DocumentReader().read(bytes, format: file.format, path: file.path).text
        }
    }

    /// Every example joined into one document (paragraph breaks between
    /// them), the whole repeated `times` times: long enough to span blocks.
    public static func joined(times: Int) throws -> String {
        let texts = try texts()
        return Array(repeating: texts.joined(separator: "\n\n"), count: times).joined(separator: "\n\n")
    }
}
