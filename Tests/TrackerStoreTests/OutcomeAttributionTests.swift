import Foundation
import GRDB
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// The outcomes given to a party without a holder named are stored
/// (Schema/013) and kept up to date by every command that changes
/// statements: after each, the stored attribution is exactly what working it
/// out afresh from the statements gives (what every query did before), and
/// nothing is left to do.
@Suite struct OutcomeAttributionTests {
    static let day = CalendarDate(year: 2026, month: 8, day: 14)!

    /// What differs between the stored attribution and a fresh one, or that it is not current.
    static func failures(_ store: TrackerDatabase) throws -> [String] {
        try store.read { db in
            var failures: [String] = []
            if try !OutcomeAttribution.isCurrent(db) { failures.append("not current after the command") }
            let stored = try OutcomeAttribution.stored(db)
            let fresh = Set(try OutcomeAttribution(db).computed())
            for given in stored.subtracting(fresh) { failures.append("stored, not computed: \(given)") }
            for given in fresh.subtracting(stored) { failures.append("computed, not stored: \(given)") }
            return failures
        }
    }

    /// The story of two states' pledges and their outcomes, with an outcome
    /// of our own written in the passive (no holder) after each of Peru's
    /// pledges to release and to withdraw.
    static func store() throws -> TrackerDatabase {
        let store = try CommitmentTrackerTests.storyStore()
        let text = """
            # Border talks end

            The 85 Peruvian detainees were released on Tuesday at the Huaquillas crossing.

            The troops of the five border posts were withdrawn before dawn, officials said.
            """
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2026, month: 7, day: 1)
        let document = try DocumentReader().read(Array(text.utf8), format: .markdown, path: "passive.md", metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "passive.md", analyzerVersion: "test")
        return store
    }

    static func attributed(_ store: TrackerDatabase) throws -> Set<OutcomeAttribution.Given> {
        try store.read(OutcomeAttribution.stored)
    }

    @Test func aFreshStoreIsAttributedAndNotEmpty() throws {
        let store = try Self.store()
        #expect(try Self.failures(store) == [])
        #expect(!(try Self.attributed(store)).isEmpty, "the story gives some holder-less outcome to a party")
    }

    @Test func everyWritingCommandLeavesTheStoredAttributionAsAFreshOne() throws {
        let store = try Self.store()
        var failures: [String: [String]] = [:]
        let given = try #require(try Self.attributed(store).sorted { $0.statementID < $1.statementID }.first)
        let commitments = try store.allCommitments(asOf: Self.day)
        let pledge = try #require(commitments.first { $0.reports.count > 1 })

        _ = try store.correct(statement: pledge.reports[0].statementID, StatementCorrection(kind: .claim, author: "test"))
        failures["correct kind"] = try Self.failures(store)
        _ = try store.correct(statement: pledge.reports[0].statementID, StatementCorrection(kind: .commitment, author: "test"))
        failures["correct kind back"] = try Self.failures(store)
        _ = try store.correct(statement: given.statementID, StatementCorrection(polarity: .negated, author: "test"))
        failures["correct polarity"] = try Self.failures(store)
        _ = try store.correct(statement: given.statementID, StatementCorrection(polarity: .affirmed, author: "test"))
        failures["correct polarity back"] = try Self.failures(store)
        // Another party pledging the very same thing makes the outcome ambiguous: no longer given.
        let withdraw = try OutcomeLinkInvariantTests.link(store, pledge: "withdraw its troops", outcome: "withdrew its troops")
        let added = try store.addStatement(
            toSentence: try OutcomeLinkInvariantTests.sentence(of: withdraw.commitment, store),
            StatementAddition(
                kind: .commitment, action: "withdraw its troops from the five border posts", normalizedAction: "withdraw troop",
                holders: ["Ecuador"], author: "test"))
        failures["add-statement"] = try Self.failures(store)
        if try Self.attributed(store).contains(given) { failures["add-statement", default: []].append("still given") }
        _ = try store.correct(statement: added, StatementCorrection(delete: true, author: "test"))
        failures["correct delete"] = try Self.failures(store)
        if try !Self.attributed(store).contains(given) { failures["correct delete", default: []].append("not given again") }
        _ = try store.split(statement: pledge.reports[1].statementID, note: nil, author: "test")
        failures["split"] = try Self.failures(store)
        try store.join(statement: pledge.reports[1].statementID, with: pledge.reports[0].statementID, note: nil, author: "test")
        failures["join"] = try Self.failures(store)
        _ = try store.mergeActor("Rodrigo Salcedo", into: "Peru", author: "test")
        failures["actors merge"] = try Self.failures(store)
        let document = try #require(
            try store.read { db in
                try Int64.fetchOne(db, sql: "SELECT document_id FROM statement WHERE id = ?", arguments: [given.statementID])
            })
        _ = try store.reanalyze(
            document: document, with: DocumentAnalyzer().analyze(store.cleanedDocument(document)), analyzerVersion: "test-2")
        failures["reanalyze"] = try Self.failures(store)
        _ = try store.removeDocument(document)
        failures["remove document"] = try Self.failures(store)
        let failed = failures.filter { !$0.value.isEmpty }
        #expect(failed.isEmpty, "\(failed)")
    }

    /// A person who names the holder of an outcome takes it out of the
    /// unattributed set: it is the named party's own outcome from then on.
    /// "The crossing is still closed" bears on the pledge to reopen it, an
    /// action of the opposite group: a change to that pledge redoes the
    /// outcome although the outcome's own group did not change.
    @Test func aThingStillUndoneFollowsThePledgeOfTheOppositeAction() throws {
        let store = try Self.store()
        var metadata = DocumentMetadata()
        metadata.date = CalendarDate(year: 2026, month: 7, day: 20)
        let text = "# Lorries wait at the border\n\nThe Huaquillas border crossing was still closed to lorries on Monday.\n"
        let document = try DocumentReader().read(Array(text.utf8), format: .markdown, path: "still.md", metadata: metadata)
        _ = try store.ingest(DocumentAnalyzer().analyze(document), path: "still.md", analyzerVersion: "test")
        let undone = try #require(
            try Self.attributed(store).first { $0.stillHolds }, "the crossing still closed is given to Ecuador, who pledged to reopen it")
        let commitments = try store.allCommitments(asOf: Self.day)
        let reopen = try #require(commitments.first { $0.action?.contains("reopen") == true })
        var failures: [String: [String]] = [:]
        for report in reopen.reports {
            _ = try store.correct(statement: report.statementID, StatementCorrection(kind: .claim, author: "test"))
        }
        failures["pledge withdrawn"] = try Self.failures(store)
        #expect(!(try Self.attributed(store)).contains { $0.statementID == undone.statementID }, "no pledge left to bear on")
        for report in reopen.reports {
            _ = try store.correct(statement: report.statementID, StatementCorrection(kind: .commitment, author: "test"))
        }
        failures["pledge back"] = try Self.failures(store)
        #expect(try Self.attributed(store).contains(undone) == true)
        let wrong = failures.filter { !$0.value.isEmpty }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func aCorrectionThatNamesTheHolderTakesTheOutcomeOut() throws {
        let store = try Self.store()
        let given = try #require(try Self.attributed(store).sorted { $0.statementID < $1.statementID }.first)
        _ = try store.correct(statement: given.statementID, StatementCorrection(holders: ["Ecuador"], author: "test"))
        #expect(!(try Self.attributed(store)).contains { $0.statementID == given.statementID })
        #expect(try Self.failures(store) == [])
        let shown = try store.allCommitments(asOf: Self.day).flatMap(\.outcomes).filter { $0.evidence.statementID == given.statementID }
        #expect(!shown.contains { $0.reasons.first == UnattributedOutcomes.reason }, "\(shown.map(\.reasons))")
    }

    /// An ingest in batches attributes once, when flushed; until then a
    /// reader works the attribution out itself and shows the same.
    @Test func aBatchIngestAttributesWhenFlushed() throws {
        let store = try TrackerDatabase.inMemory()
        var batch = DocumentBatch(store: store, analyzerVersion: "test", maxDocuments: 1)
        let folder = CommitmentTrackerTests.root.appendingPathComponent("Examples/story")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            let document = try DocumentReader().read(bytes, format: .markdown, path: file)
            _ = try batch.add(DocumentAnalyzer().analyze(document), path: file)
        }
        #expect(try !store.read(OutcomeAttribution.isCurrent), "written without attributing")
        let before = try Self.shown(store)
        _ = try batch.flush()
        #expect(try Self.failures(store) == [])
        #expect(try Self.shown(store) == before)
    }

    /// Every outcome shown under a commitment, with its reason.
    static func shown(_ store: TrackerDatabase) throws -> [String] {
        try store.allCommitments(asOf: day).flatMap { item in
            item.outcomes.map { "\(item.reports[0].statementID)→\($0.evidence.statementID) \($0.reasons.first ?? "")" }
        }
    }
}
