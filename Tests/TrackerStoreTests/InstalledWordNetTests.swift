import Foundation
import Testing

@testable import TrackerStore

/// Where WordNet is absent, the store goes on without it; where it is installed, it is read.
@Suite struct InstalledWordNetTests {
    @Test func aFolderWithoutWordNetGivesNone() {
        #expect(InstalledWordNet.load(from: URL(fileURLWithPath: "/nonexistent/wordnet")) == nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/wordnet/index.verb")))
    func theInstalledOneIsRead() throws {
        let wordNet = try #require(InstalledWordNet.load(from: URL(fileURLWithPath: "/usr/share/wordnet")))
        #expect(wordNet.lemmas(of: "withdrew", as: .verb) == ["withdraw"])
    }
}
