import Foundation
import Testing

@testable import TrackerAnalysis

/// `tracker reanalyze` with no flags redoes exactly the documents another
/// analyzer stored: after a change to the analyzer's data (here the user's
/// own cue file, which changes the version as a changed bundled file does)
/// every document, and after nothing changed, none.
@Suite struct ReanalyzeVersionTests {
    static func reanalysed(_ result: TrackerProcess.Result) -> Int? {
        let line = result.stderrLines.first { $0.contains("documents reanalysed") }
        return line.flatMap { Int($0.split(separator: " ").first ?? "") }
    }

    @Test func aChangedDataFileReanalysesEveryDocument() throws {
        let directory = try Scratch.directory()
        let db = directory.appendingPathComponent("story.sqlite").path
        let story = TrackerProcess.projectRoot.appendingPathComponent("Examples/story").path
        let ingest = try TrackerProcess.run(["ingest", story, "--db", db])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let documents = try FileManager.default.contentsOfDirectory(atPath: story).filter { $0.hasSuffix(".md") }.count
        #expect(documents == 7)

        // The same analyzer: nothing is stale.
        let unchanged = try TrackerProcess.run(["reanalyze", "--db", db])
        #expect(unchanged.status == 0, "\(unchanged.stderr)")
        #expect(Self.reanalysed(unchanged) == 0, "\(unchanged.stderr)")

        // Another lexicon: every document is stale, once.
        let cues = directory.appendingPathComponent("cues.tsv")
        try Data("vouched\tcommit\t1\n".utf8).write(to: cues)
        let changed = try TrackerProcess.run(["reanalyze", "--cues", cues.path, "--db", db])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(Self.reanalysed(changed) == documents, "\(changed.stderr)")
        let again = try TrackerProcess.run(["reanalyze", "--cues", cues.path, "--db", db])
        #expect(Self.reanalysed(again) == 0, "\(again.stderr)")

        // The same file with other content is another analyzer again; back to the bundled one, too.
        try Data("vouched\tcommit\t1\nswore\tcommit\t1\n".utf8).write(to: cues)
        #expect(Self.reanalysed(try TrackerProcess.run(["reanalyze", "--cues", cues.path, "--db", db])) == documents)
        #expect(Self.reanalysed(try TrackerProcess.run(["reanalyze", "--db", db])) == documents)
    }

    /// The version is the release and a hash of the rules and the data: stable
    /// for the same content, different for any other.
    @Test func versionFollowsContent() {
        #expect(AnalyzerVersion.current.hasPrefix(AnalyzerVersion.release + "+"))
        #expect(AnalyzerVersion.current.count == AnalyzerVersion.release.count + 17)
        #expect(AnalyzerVersion.version(adding: []) == AnalyzerVersion.current)
        let one = AnalyzerVersion.version(adding: [Array("vouched\tcommit\t1\n".utf8)])
        #expect(one != AnalyzerVersion.current)
        #expect(one == AnalyzerVersion.version(adding: [Array("vouched\tcommit\t1\n".utf8)]))
        #expect(one != AnalyzerVersion.version(adding: [Array("vouched\tcommit\t2\n".utf8)]))
    }

    /// A change to any bundled data file (one byte, or one more line) makes
    /// another version, so `reanalyze` with no flags re-analyses every
    /// document the bundled analyzer stored (as the user's own file does in
    /// `aChangedDataFileReanalysesEveryDocument`).
    @Test func everyBundledFileChangesTheVersion() {
        #expect(AnalyzerVersion.version(bundled: BundledData.files, adding: []) == AnalyzerVersion.current)
        var unchanged: [String] = []
        for (index, file) in BundledData.files.enumerated() {
            for change in ["last byte", "a line added"] {
                var files = BundledData.files
                if change == "last byte", let last = files[index].bytes.indices.last {
                    files[index].bytes[last] ^= 0x20
                } else {
                    files[index].bytes += Array("# a line\n".utf8)
                }
                if AnalyzerVersion.version(bundled: files, adding: []) == AnalyzerVersion.current {
                    unchanged.append("\(file.name): \(change)")
                }
            }
        }
        #expect(unchanged.isEmpty, "the version did not change: \(unchanged)")
    }

    /// FNV-1a 64 of the empty string is its offset basis; a boundary between
    /// added strings counts (their lengths are hashed).
    @Test func contentHashIsFNV1aWithLengths() {
        #expect(ContentHash().hex == "cbf29ce484222325")
        var split1 = ContentHash()
        split1.add(Array("ab".utf8))
        split1.add(Array("c".utf8))
        var split2 = ContentHash()
        split2.add(Array("a".utf8))
        split2.add(Array("bc".utf8))
        #expect(split1.hex != split2.hex)
        #expect(split1.hex.count == 16)
    }
}
