import Foundation
import GRDB
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// Holder-less commitments' candidates are stored (Schema/013) and a party's
/// are found through them, kept up to date by every command that changes
/// statements: after each, the full list is the one that works the
/// candidates out from the sentences (as every listing did before), and
/// every party's list is that list filtered to those that name the party.
@Suite struct CommitmentCandidatesTests {
    /// Each party whose list differs from the full list filtered, with the two lists.
    static func failures(_ store: TrackerDatabase) throws -> [String] {
        var failures: [String] = []
        if try !store.read(CommitmentCandidates.isCurrent) { failures.append("not current after the command") }
        let all = try store.read { db in
            try TrackerDatabase.unattributedCommitments(candidate: nil, topic: nil, until: nil, storedCandidates: false, db)
        }
        if try store.unattributedCommitments() != all { failures.append("the full list differs with the stored candidates") }
        let parties = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM actor WHERE merged_into_id IS NULL ORDER BY id")
        }
        for party in parties {
            let allowed = try store.read { db -> Set<String> in
                guard let id = try TrackerDatabase.actorID(named: party, db) else { return [] }
                return Set(
                    try String.fetchAll(
                        db, sql: "SELECT name FROM actor WHERE id IN (SELECT value FROM json_each(?))",
                        arguments: [CommitmentLoader.jsonArray(try TrackerDatabase.actorAndAffiliates(id, db))]))
            }
            let expected = all.filter { $0.candidates.contains(where: allowed.contains) }
            let listed = try store.unattributedCommitments(candidate: party)
            if listed != expected { failures.append("\(party): listed \(listed.map(\.id)), expected \(expected.map(\.id))") }
        }
        return failures
    }

    @Test func everyWritingCommandKeepsEachPartysListAsTheFullOne() throws {
        let store = try OutcomeAttributionTests.store()
        var failures: [String: [String]] = [:]
        failures["ingest"] = try Self.failures(store)
        let all = try store.unattributedCommitments()
        let first = try #require(all.first { !$0.candidates.isEmpty }, "the story has a holder-less commitment with candidates")
        let before = try store.unattributedCommitments(candidate: first.candidates[0])
        #expect(before.contains { $0.id == first.id })

        // Naming its holder takes it out of every list.
        _ = try store.correct(statement: first.id, StatementCorrection(holders: [first.candidates[0]], author: "test"))
        failures["correct holder"] = try Self.failures(store)
        if try store.unattributedCommitments(candidate: first.candidates[0]).contains(where: { $0.id == first.id }) {
            failures["correct holder", default: []].append("still listed")
        }
        _ = try store.correct(statement: first.id, StatementCorrection(holders: [], author: "test"))
        failures["correct holder removed"] = try Self.failures(store)
        // An actor named in the commitment's own sentence becomes a candidate.
        _ = try store.addStatement(
            toSentence: try OutcomeLinkInvariantTests.sentence(of: first.id, store),
            StatementAddition(kind: .claim, action: "said so", holders: ["Ecuador"], author: "test"))
        failures["add-statement"] = try Self.failures(store)
        if try !store.unattributedCommitments(candidate: "Ecuador").contains(where: { $0.id == first.id }) {
            failures["add-statement", default: []].append("not listed under the actor added")
        }
        _ = try store.mergeActor("Rodrigo Salcedo", into: "Peru", author: "test")
        failures["actors merge"] = try Self.failures(store)
        let document = first.documentID
        _ = try store.reanalyze(
            document: document, with: DocumentAnalyzer().analyze(store.cleanedDocument(document)), analyzerVersion: "test-2")
        failures["reanalyze"] = try Self.failures(store)
        _ = try store.removeDocument(document)
        failures["remove document"] = try Self.failures(store)
        let failed = failures.filter { !$0.value.isEmpty }
        #expect(failed.isEmpty, "\(failed)")
    }
}
