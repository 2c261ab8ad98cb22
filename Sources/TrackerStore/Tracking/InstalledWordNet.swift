import Foundation
import TrackerAnalysis

/// WordNet as installed on this machine (Debian's `wordnet-base`), read once
/// per process: from `$TRACKER_WORDNET` when set (empty: none), else
/// `/usr/share/wordnet`. Absent, tracking goes on with its own tables
/// (`actions.tsv`, `outcome-verbs.tsv`) on the words as written.
enum InstalledWordNet {
    static let shared: WordNet? = path.flatMap { load(from: URL(fileURLWithPath: $0, isDirectory: true)) }

    /// The folder WordNet is read from, or nil when `$TRACKER_WORDNET` is empty.
    static let path: String? = {
        let path = ProcessInfo.processInfo.environment["TRACKER_WORDNET"] ?? "/usr/share/wordnet"
        return path.isEmpty ? nil : path
    }()

    /// WordNet from `directory`, or nil when a verb or noun index or data
    /// file is not there (the exception lists only add irregular forms).
    /// The files are mapped, not read: the index is searched in place.
    static func load(from directory: URL) -> WordNet? {
        var files: [String: Data] = [:]
        for file in WordNet.fileNames {
            // A missing or unreadable file is WordNet absent, which tracking handles; no error to report.
            if let contents = try? Data(contentsOf: directory.appendingPathComponent(file.name), options: .alwaysMapped) {
                files[file.name] = contents
            } else if file.required {
                return nil
            }
        }
        return WordNet(files: files)
    }
}
