import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// The store says what went wrong, in a case of its own: a taken name is not
/// "not found", nor is a merge of an actor into itself or a wrong kind.
@Suite struct StoreErrorTests {
    @Test func eachRefusalHasItsCase() throws {
        let store = try TrackerDatabase.inMemory()
        let text = "Peru pledged to free the prisoners. Peru freed the prisoners."
        let document = try DocumentReader().read(Array(text.utf8), format: .text, path: "a.txt", metadata: DocumentMetadata())
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "a.txt", analyzerVersion: "test")
        let harbour = try store.addActor(name: "Valdora Harbour Authority", kind: .organisation, parent: nil, aliases: [])

        #expect(throws: StoreError.alreadyExists(name: "Valdora Harbour Authority", actor: harbour.id)) {
            _ = try store.addActor(name: "Valdora Harbour Authority", kind: .organisation, parent: nil, aliases: [])
        }
        #expect(throws: StoreError.sameActor("Peru", "Peru")) { _ = try store.mergeActor("Peru", into: "Peru", author: "test") }
        #expect(throws: StoreError.notFound("no actor named 'Atlantis'")) {
            _ = try store.mergeActor("Atlantis", into: "Peru", author: "test")
        }

        var commitments = StatementQuery()
        commitments.kind = .commitment
        var achievements = StatementQuery()
        achievements.kind = .achievement
        let commitment = try #require(try store.statements(commitments).first).id
        let achievement = try #require(try store.statements(achievements).first).id
        #expect(throws: StoreError.wrongKind(statement: achievement, expected: .commitment)) {
            try store.link(commitment: achievement, outcome: commitment, relation: .fulfils, note: nil, author: "test")
        }
        #expect(throws: StoreError.wrongKind(statement: commitment, expected: .achievement)) {
            try store.link(commitment: commitment, outcome: commitment, relation: .fulfils, note: nil, author: "test")
        }
    }

    @Test func messagesSayWhatHappened() {
        #expect(StoreError.alreadyExists(name: "Kim", actor: 4).description.hasPrefix("'Kim' already names actor 4;"))
        #expect(StoreError.sameActor("DPRK", "North Korea").description == "'DPRK' and 'North Korea' are already the same actor")
        #expect(
            StoreError.wrongKind(statement: 9, expected: .achievement).description
                == "statement 9 is not an outcome (achievement); see 'tracker statements --kind achievement'")
        #expect(StoreError.textMismatch(document: 3).description == "document 3: the analysed text is not the stored text")
    }

    /// A line with `statements` is an export line: malformed, it is reported, not read as a gold line.
    @Test func malformedExportLineIsNotReadAsGold() throws {
        #expect(throws: (any Error).self) {
            _ = try ImportLine.decode(#"{"text": "Peru freed them.", "kinds": ["achievement"], "statements": [{"kind": 3}]}"#)
        }
        guard case .gold = try ImportLine.decode(#"{"text": "Peru freed them.", "kinds": ["achievement"]}"#) else {
            Issue.record("a gold line was not read as one")
            return
        }
    }
}
