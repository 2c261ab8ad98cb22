import Foundation

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

    /// The file's bytes read straight into one array (through `Data` they
    /// would be held twice: 400 MB for a 200 MB file), or nil when it cannot be read.
    public static func bytes(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(0, Int(status.st_size)))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 1 << 16)) }
            let read = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return bytes
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
