import Foundation
import Testing

@testable import TrackerAnalysis

/// Every data file built into the library parses without error (the
/// analyzer stops on a malformed bundled file rather than run without it),
/// and every file in `Resources/` is one the version hash covers.
@Suite struct BundledDataTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TrackerAnalysis/Resources")

    @Test func everyBundledFileParses() throws {
        _ = try AbbreviationTable.bundled()
        let abbreviations = BundledData.files.first { $0.name == "abbreviations.tsv" }?.text ?? ""
        #expect(
            try AbbreviationTable.parse(abbreviations, path: "abbreviations.tsv").contains { $0.word == "dr" && $0.wordClass == .title })
        #expect(try BoilerplateFilter.bundled().rules.count > 10)
        #expect(try Lexicon.bundled().classes(of: "pledged").contains(.commit))
        #expect(try ActorDictionary.bundled().entry(id: "peru")?.kind == .state)
        #expect(try ActionGroups.bundled().group(ofAction: "stop firing") == "halt")
        #expect(try TopicList.bundled().topics.contains { $0.key == "denuclearisation" })
        #expect(try PublisherCountries.bundled().country(of: "BBC") == "united-kingdom")
    }

    /// Every table built from bundled files loads (a malformed line fails
    /// here, naming the table, file and line), and every bundled file is read
    /// by exactly one table.
    @Test func everyBundledTableLoadsAndEveryFileHasOne() {
        var failures: [String] = []
        for table in BundledData.tables {
            do {
                _ = try table.bundled()
            } catch {
                failures.append("\(table): \(error.description)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        let read = BundledData.tables.flatMap { $0.bundledFileNames }
        #expect(read.sorted() == BundledData.files.map(\.name).sorted(), "files read by the tables and bundled files differ")
    }

    @Test func everyResourceIsListedOnce() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.resources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(onDisk) == Set(BundledData.files.map(\.name)), "Resources/ and BundledData.files differ")
        #expect(BundledData.files.count == Set(BundledData.files.map(\.name)).count)
        for file in BundledData.files {
            let bytes = [UInt8](try Data(contentsOf: Self.resources.appendingPathComponent(file.name)))
            #expect(bytes == file.bytes, "\(file.name) is not the file built in")
        }
    }

    /// A malformed line names its file and line, for the bundled parsers
    /// and for the user's own files alike.
    @Test func malformedLinesNameFileAndLine() {
        #expect(throws: RuleFileError.self) { try BoilerplateFilter.parse("line\tAdvertisement\n", path: "b.tsv") }
        #expect(throws: RuleFileError.self) { try AbbreviationTable.parse("Dr\tnot-a-class\n", path: "a.tsv") }
        var groups = ActionGroups()
        #expect(throws: RuleFileError(path: "g.tsv", line: 2, message: "expected 'group<TAB>verbs<TAB>opposite groups'")) {
            try groups.add("# groups\nhalt\n", path: "g.tsv")
        }
        var topics = TopicList()
        #expect(throws: RuleFileError(path: "t.tsv", line: 1, message: "expected 'key<TAB>label<TAB>terms'")) {
            try topics.add("trade\tTrade\n", path: "t.tsv")
        }
        #expect(throws: RuleFileError.self) { try ActorDictionary().adding(json: Array("{\"actors\": [".utf8), path: "x.json") }
    }
}
