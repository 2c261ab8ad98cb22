import Foundation
public import TrackerAnalysis

/// Finds the documents under the paths a user gives: files as they are,
/// folders recursively (`.txt`, `.md`, `.markdown`, `.html`, `.htm`, `.pdf`), in a
/// stable order. Symbolic links are followed, to files and to folders (a
/// folder given as a link included), each folder read once; a folder that
/// cannot be read is reported, never skipped silently.
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
            var found: [(String, DocumentFormat)] = []
            var unreadable: [String] = []
            walk(path, into: &found, unreadable: &unreadable)
            problems += unreadable.map { "\($0): cannot read this folder (no permission?); the documents in it were not read" }
            if found.isEmpty, unreadable.isEmpty {
                problems.append("\(path): no .txt, .md, .html or .pdf files in this folder")
            }
            files += found.sorted { $0.0 < $1.0 }
        }
        return Found(files: files, problems: problems)
    }

    /// The documents under `folder` (named as the user gave it, followed by
    /// the names inside), depth first. A folder reached twice through links
    /// (its real path seen before) is read once, so a link loop ends.
    private static func walk(_ folder: String, into found: inout [(String, DocumentFormat)], unreadable: inout [String]) {
        let manager = FileManager.default
        var pending = [folder]
        var seen: Set<String> = []
        while let current = pending.popLast() {
            guard seen.insert(URL(fileURLWithPath: current).resolvingSymlinksInPath().path).inserted else { continue }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: current)
            } catch {
                unreadable.append(current)
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let full = (current as NSString).appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    pending.append(full)
                } else if let format = DocumentFormat(path: name) {
                    found.append((full, format))
                } else if name.lowercased().hasSuffix(".pdf") {
                    // Read through its source by the command (its text layer); `.text` is how it is stored.
                    found.append((full, .text))
                }
            }
        }
    }
}
