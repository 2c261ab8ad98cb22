import Foundation
import GRDB
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// The outcome links shown are right after every command that changes
/// statements: the rules' links are computed from the statements whenever a
/// status is shown, and `outcome_link` holds people's decisions only
/// (Schema/012), so nothing stored can go stale. After each command: no
/// automatic row, the stored rows are exactly the decisions made, each
/// decision is what is shown, and the command's own effect on the links is
/// seen at once.
@Suite struct OutcomeLinkInvariantTests {
    struct Link: Hashable, CustomStringConvertible {
        var commitment: Int64
        var outcome: Int64
        var description: String { "\(commitment)→\(outcome)" }
    }

    struct Decision: Hashable {
        var link: Link
        var linked: Bool
    }

    static let day = CalendarDate(year: 2026, month: 8, day: 14)!

    /// Every link `commitments` shows today, across the database.
    static func shown(_ store: TrackerDatabase) throws -> Set<Link> {
        var links: Set<Link> = []
        for item in try store.allCommitments(asOf: day) {
            for outcome in item.outcomes {
                links.insert(Link(commitment: item.reports[0].statementID, outcome: outcome.evidence.statementID))
            }
        }
        return links
    }

    /// The shown link whose commitment and outcome actions start so.
    static func link(_ store: TrackerDatabase, pledge: String, outcome: String) throws -> Link {
        for item in try store.allCommitments(asOf: day) where item.action?.hasPrefix(pledge) == true {
            if let found = item.outcomes.first(where: { $0.action?.hasPrefix(outcome) == true }) {
                return Link(commitment: item.reports[0].statementID, outcome: found.evidence.statementID)
            }
        }
        throw StoreError.notFound("no link \(pledge) → \(outcome)")
    }

    /// What must hold after any command, given the decisions people made.
    static func failures(_ store: TrackerDatabase, decisions: Set<Decision>) throws -> [String] {
        var failures: [String] = []
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT commitment_statement_id, outcome_statement_id, origin, state FROM outcome_link")
        }
        let automatic = rows.filter { ($0["origin"] as String) != "human" }
        if !automatic.isEmpty { failures.append("\(automatic.count) automatic rows stored") }
        let stored = Set(
            rows.map {
                Decision(
                    link: Link(commitment: $0["commitment_statement_id"], outcome: $0["outcome_statement_id"]),
                    linked: ($0["state"] as String) == "linked")
            })
        if stored != decisions { failures.append("stored \(stored), decided \(decisions)") }
        let shown = try shown(store)
        for decision in decisions where shown.contains(decision.link) != decision.linked {
            failures.append("\(decision.link) decided \(decision.linked ? "linked" : "unlinked") but \(decision.linked ? "not " : "")shown")
        }
        return failures
    }

    static func sentence(of statement: Int64, _ store: TrackerDatabase) throws -> Int64 {
        try #require(
            try store.read { db in
                try Int64.fetchOne(db, sql: "SELECT sentence_id FROM statement WHERE id = ?", arguments: [statement])
            })
    }

    @Test func correctDropsTheLinksOfAStatementNoLongerAnOutcome() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let before = try Self.shown(store)
        let released = try Self.link(store, pledge: "release 85 Peruvian detainees", outcome: "released the 85")
        _ = try store.correct(statement: released.outcome, StatementCorrection(kind: .claim, author: "test"))
        #expect(try Self.shown(store) == before.subtracting([released]))
        #expect(try Self.failures(store, decisions: []) == [])
    }

    @Test func addStatementLinksTheAddedOutcome() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let before = try Self.shown(store)
        let freed = try Self.link(store, pledge: "free 120 Ecuadorian nationals", outcome: "freed 104")
        // In a later report of Peru's (a sentence of its own: one outcome a sentence counts).
        let withdrew = try Self.link(store, pledge: "withdraw its troops", outcome: "withdrew its troops")
        let added = try store.addStatement(
            toSentence: try Self.sentence(of: withdrew.outcome, store),
            StatementAddition(
                kind: .achievement, action: "freed the 120 Ecuadorian nationals", holders: ["Peru"], author: "test"))
        let after = try Self.shown(store)
        #expect(after.isSuperset(of: before))
        #expect(after.contains(Link(commitment: freed.commitment, outcome: added)), "\(after.subtracting(before))")
        #expect(try Self.failures(store, decisions: []) == [])
    }

    @Test func linkAndUnlinkAreShownAndStoredAsDecisions() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let released = try Self.link(store, pledge: "release 85 Peruvian detainees", outcome: "released the 85")
        // Peru's outcome on another of Peru's pledges (a decision links within the holder's outcomes).
        let withdrew = try Self.link(store, pledge: "withdraw its troops", outcome: "withdrew its troops")
        let artillery = try #require(try store.allCommitments(asOf: Self.day).first { $0.action?.hasPrefix("halt artillery fire") == true })
        let made = Link(commitment: artillery.reports[0].statementID, outcome: withdrew.outcome)
        try store.link(commitment: made.commitment, outcome: made.outcome, relation: .fulfils, note: nil, author: "test")
        try store.unlink(commitment: released.commitment, outcome: released.outcome, note: nil, author: "test")
        let shown = try Self.shown(store)
        #expect(shown.contains(made))
        #expect(!shown.contains(released))
        #expect(try Self.failures(store, decisions: [Decision(link: made, linked: true), Decision(link: released, linked: false)]) == [])
    }

    @Test func splitJoinMergeAndReanalysisKeepTheDecisionsAndStoreNothingElse() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let before = try Self.shown(store)
        let released = try Self.link(store, pledge: "release 85 Peruvian detainees", outcome: "released the 85")
        try store.unlink(commitment: released.commitment, outcome: released.outcome, note: nil, author: "test")
        let decisions: Set<Decision> = [Decision(link: released, linked: false)]
        let troops = try #require(try store.allCommitments(asOf: Self.day).first { $0.action?.contains("five border posts") == true })
        var failures: [String: [String]] = [:]
        try store.split(statement: troops.reports[1].statementID, note: nil, author: "test")
        failures["split"] = try Self.failures(store, decisions: decisions)
        try store.join(statement: troops.reports[1].statementID, with: troops.reports[0].statementID, note: nil, author: "test")
        failures["join"] = try Self.failures(store, decisions: decisions)
        if try Self.shown(store) != before.subtracting([released]) {
            failures["join", default: []].append("links differ after split and join")
        }
        _ = try store.mergeActor("Rodrigo Salcedo", into: "Peru", author: "test")
        failures["actors merge"] = try Self.failures(store, decisions: decisions)
        let document = try #require(
            try store.read { db in
                try Int64.fetchOne(db, sql: "SELECT document_id FROM statement WHERE id = ?", arguments: [released.outcome])
            })
        _ = try store.reanalyze(
            document: document, with: DocumentAnalyzer().analyze(store.cleanedDocument(document)),
            analyzerVersion: "test-2")
        failures["reanalyze"] = try Self.failures(store, decisions: decisions)
        let failed = failures.filter { !$0.value.isEmpty }
        #expect(failed.isEmpty, "\(failed)")
    }

    /// A person's link from one party's pledge to another party's outcome (the
    /// rules link only the holder's own) is shown, with its sentence, by
    /// `commitments` of the pledge's party and by the status of every
    /// commitment; the rules still do not link it by themselves.
    @Test func aLinkToAnotherPartysOutcomeIsShown() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let released = try Self.link(store, pledge: "release 85 Peruvian detainees", outcome: "released the 85")
        let party = try #require(
            try store.allCommitments(asOf: Self.day).first { $0.reports[0].statementID == released.commitment }?.holder)
        let others = try store.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statement s JOIN statement_actor h ON h.statement_id = s.id AND h.role = 'holder'
                    JOIN actor a ON a.id = h.actor_id
                    WHERE a.name NOT IN (?, 'Peru', 'Ecuador') AND s.kind = 'achievement' AND s.polarity = 'affirmed' ORDER BY s.id
                    """, arguments: [party])
        }
        let outcome = try #require(others.first, "the story has an outcome of a third party's")
        let made = Link(commitment: released.commitment, outcome: outcome)
        #expect(!(try Self.shown(store)).contains(made), "the rules link only the holder's own outcomes")
        try store.link(commitment: made.commitment, outcome: made.outcome, relation: .progresses, note: "their half", author: "test")
        #expect(try Self.failures(store, decisions: [Decision(link: made, linked: true)]) == [])
        let own = try store.commitments(of: party, asOf: Self.day).commitments
        let pledge = try #require(own.first { $0.reports.contains { $0.statementID == made.commitment } })
        let shown = try #require(pledge.outcomes.first { $0.evidence.statementID == outcome })
        #expect(shown.reasons == ["human decision", "their half"])
        #expect(!shown.evidence.sentence.isEmpty, "the evidence quotes its sentence")
    }

    /// The schema itself refuses an automatic row, whoever would write one.
    @Test func theTableRefusesAutomaticRows() throws {
        let store = try CommitmentTrackerTests.storyStore()
        let released = try Self.link(store, pledge: "release 85 Peruvian detainees", outcome: "released the 85")
        #expect(throws: (any Error).self) {
            try store.writeTransaction { db in
                try db.execute(
                    sql: """
                        INSERT INTO outcome_link (commitment_statement_id, outcome_statement_id, relation, origin, created_at)
                        VALUES (?, ?, 'fulfils', 'automatic', '2026-01-01T00:00:00Z')
                        """, arguments: [released.commitment, released.outcome])
            }
        }
    }
}
