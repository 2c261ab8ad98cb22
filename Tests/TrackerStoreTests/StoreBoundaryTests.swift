import Foundation
import Testing

/// The store is given who acts and what to read: it never reads `$USER` or
/// `$TRACKER_AUTHOR` (the CLI's `Author` does; the workbench asks the
/// person), and finding the documents under a folder is `DocumentFiles`, in
/// TrackerAnalysis.
@Suite struct StoreBoundaryTests {
    @Test func theStoreReadsNoAuthorFromTheEnvironmentAndFindsNoFiles() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TrackerStore")
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for needle in ["\"USER\"", "\"TRACKER_AUTHOR\"", "enum DocumentFiles"] where text.contains(needle) {
                found.append("\(file.lastPathComponent): \(needle)")
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
