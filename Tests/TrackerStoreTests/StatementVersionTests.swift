import Foundation
import Testing
import TrackerAnalysis
import TrackerStore

/// A statement's version is its history's length; a correction made against
/// a stale version is refused whole.
@Suite struct StatementVersionTests {
    func store() throws -> (TrackerDatabase, Int64) {
        let store = try TrackerDatabase.inMemory()
        let text = "Peru pledged to free the prisoners by June.\n\nEcuador said the border would reopen."
        let document = try DocumentReader().read(Array(text.utf8), format: .text, path: "v.txt", metadata: DocumentMetadata())
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "v.txt", analyzerVersion: "test")
        var ids: [Int64] = []
        try store.exportSentences(documents: [1]) { ids += $0.statements.map(\.id) }
        return (store, try #require(ids.first))
    }

    @Test func versionCountsEveryChange() throws {
        let (store, id) = try store()
        #expect(try store.statementVersion(id) == 0)
        #expect(try store.statementVersion(99_999) == nil)
        try store.correct(statement: id, StatementCorrection(confirm: true, author: "a"), expectedVersion: 0)
        #expect(try store.statementVersion(id) == 1)
        // Asking for what is already so changes nothing and keeps the version.
        try store.correct(statement: id, StatementCorrection(confirm: true, author: "a"), expectedVersion: 1)
        #expect(try store.statementVersion(id) == 1)
        try store.correct(statement: id, StatementCorrection(kind: .claim, polarity: .negated, author: "a"), expectedVersion: 1)
        #expect(try store.statementVersion(id) == 3)
    }

    /// A page's forms carry the versions read in one go: the same numbers as one at a time.
    @Test func versionsReadTogetherAreTheVersionsOneAtATime() throws {
        let (store, id) = try store()
        try store.correct(statement: id, StatementCorrection(kind: .claim, polarity: .negated, author: "a"), expectedVersion: 0)
        var ids: [Int64] = []
        try store.exportSentences(documents: [1]) { ids += $0.statements.map(\.id) }
        #expect(ids.count >= 2)
        let together = try store.statementVersions(ids + [99_999])
        #expect(together[id] == 2)
        #expect(together[99_999] == nil)
        for other in ids { #expect(together[other] == (try store.statementVersion(other)), "statement \(other)") }
        #expect(try store.statementVersions([]).isEmpty)
    }

    @Test func staleVersionIsRefusedAndNothingIsWritten() throws {
        let (store, id) = try store()
        try store.correct(statement: id, StatementCorrection(kind: .uncertainty, author: "first"), expectedVersion: 0)
        let conflict = #expect(throws: StatementConflict.self) {
            try store.correct(statement: id, StatementCorrection(kind: .claim, delete: true, author: "second"), expectedVersion: 0)
        }
        #expect(conflict == StatementConflict(statementID: id, expected: 0, current: 1))
        #expect(try store.corrections(ofStatement: id).map(\.author) == ["first"])
    }
}
