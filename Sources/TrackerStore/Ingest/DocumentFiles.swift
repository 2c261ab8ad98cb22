import Foundation
public import TrackerAnalysis

/// Finds the documents under the paths a user gives: files as they are,
/// folders recursively (`.txt`, `.md`, `.markdown`, `.html`, `.htm`), in a
/// stable order.
public enum DocumentFiles {
    /// What the paths hold.
    public struct Found: Sendable {
        /// Files to read, with their format.
        public var files: [(path: String, format: DocumentFormat)]
        /// Paths that could not be used, with the reason (one line each).
        public var problems: [String]
    }

    /// The documents under `paths` and the paths that could not be used.
    public static func collect(_ paths: [String]) -> Found {
        var files: [(String, DocumentFormat)] = []
        var problems: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append("\(path): no such file or directory")
                continue
            }
            if !isDirectory.boolValue {
                files.append((path, DocumentFormat(path: path) ?? .text))
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                problems.append("\(path): cannot list the folder")
                continue
            }
            var found: [(String, DocumentFormat)] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                guard let format = DocumentFormat(path: relative) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                    found.append((full, format))
                }
            }
            if found.isEmpty {
                problems.append("\(path): no .txt, .md or .html files in this folder")
            }
            files += found.sorted { $0.0 < $1.0 }
        }
        return Found(files: files, problems: problems)
    }
}
