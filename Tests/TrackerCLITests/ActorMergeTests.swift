import Foundation
import Testing

/// `actors merge` is a person's decision like a correction (issue 12,
/// point 7): it is kept in the correction history, reanalysis does not undo
/// it, and it travels through export and import.
@Suite(.serialized) struct ActorMergeTests {
    let workflow = CorrectionWorkflowTests()

    func run(_ arguments: [String], as author: String) throws -> TrackerProcess.Result {
        try TrackerProcess.run(arguments, environment: ["TRACKER_AUTHOR": author])
    }

    /// Statement roles still naming the merged-away actor.
    static func rolesOfMerged(_ db: String, key: String) throws -> [String] {
        try ImportTests.query(db, "SELECT count(*) FROM statement_actor r JOIN actor a ON a.id = r.actor_id WHERE a.key = '\(key)'")
    }

    @Test func aMergeIsHistorySurvivesReanalyzeAndTravels() throws {
        let source = try workflow.storyDatabase("annotator")
        let merged = try run(["actors", "merge", "Peru", "Ecuador", "--note", "one party for this test", "--db", source], as: "alice")
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.rolesOfMerged(source, key: "peru") == ["0"])
        #expect(
            try ImportTests.query(source, "SELECT old_value, new_value, author, note FROM correction WHERE field = 'merge'")
                == ["peru|ecuador|alice|one party for this test"])

        let reanalyzed = try run(["reanalyze", "--all", "--db", source], as: "alice")
        #expect(reanalyzed.status == 0, "\(reanalyzed.stderr)")
        #expect(try Self.rolesOfMerged(source, key: "peru") == ["0"], "reanalyze named the merged-away actor again")

        // A reviewed statement naming the kept actor carries the merge out.
        let commitment = try workflow.commitment("halt artillery fire", of: "Ecuador", db: source)
        #expect(try run(["correct", "\(commitment.id)", "--confirm", "--db", source], as: "alice").status == 0)
        let file = try Scratch.directory().appendingPathComponent("reviewed.jsonl").path
        #expect(try run(["export", "--reviewed", "--out", file, "--db", source], as: "alice").status == 0)

        let target = try workflow.storyDatabase("team")
        #expect(try Self.rolesOfMerged(target, key: "peru") != ["0"])
        let imported = try run(["import", file, "--db", target], as: "bob")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Self.rolesOfMerged(target, key: "peru") == ["0"], "the merge did not travel")
        #expect(
            try ImportTests.query(target, "SELECT old_value, new_value, author, import_id FROM correction WHERE field = 'merge'")
                == ["peru|ecuador|bob|1"])
        let before = try ImportTests.dump(target)
        #expect(try run(["import", file, "--db", target], as: "bob").status == 0)
        #expect(try ImportTests.dump(target) == before, "importing the merge twice changed the database")
    }
}
