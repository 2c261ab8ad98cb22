import Foundation
import TrackerAnalysis

/// WordNet as installed on this machine (Debian's `wordnet-base`), read once
/// per process: from `$TRACKER_WORDNET` when set (empty: none), else
/// `/usr/share/wordnet`. Absent, tracking goes on with its own tables
/// (`actions.tsv`, `outcome-verbs.tsv`) on the words as written.
enum InstalledWordNet {
    static let shared: WordNet? = {
        let path = ProcessInfo.processInfo.environment["TRACKER_WORDNET"] ?? "/usr/share/wordnet"
        guard !path.isEmpty, let files = WordNet.files(in: URL(fileURLWithPath: path, isDirectory: true)) else { return nil }
        return WordNet(files: files)
    }()
}
