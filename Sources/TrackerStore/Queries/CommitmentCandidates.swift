import Foundation
import GRDB

/// The actors a commitment with no holder may be by (``UnattributedCommitment/candidates``),
/// kept in the store (Schema/013) so that a party's page finds the few
/// holder-less commitments that name it through an index, instead of working
/// out the candidates of every holder-less commitment of the store (22,880 at
/// a million statements, up to four queries each) at every page.
///
/// What is kept for each holder-less commitment is the actors of the sentence
/// its candidates come from (its own, else the nearest of the three before
/// that names any), as stored: a merge (`actors merge`) is followed when they
/// are read, so that it changes nothing stored. A change to the actors of a
/// sentence, or to its statements, marks the sentence (triggers, in the
/// writer's transaction); the commitments of that sentence and of the three
/// after it are worked out again at the end of the write.
enum CommitmentCandidates {
    /// Whether the stored candidates are the ones the statements give now.
    static func isCurrent(_ db: Database) throws -> Bool {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT candidates_filled, EXISTS (SELECT 1 FROM commitment_candidate_dirty)
                    FROM outcome_attribution_state WHERE id = 1
                    """)
        else { return false }
        return row[0] as Bool? == true && row[1] as Bool? == false
    }

    /// Brings the stored candidates up to date: all of them the first time,
    /// else those of the commitments of the changed sentences and of the three after each.
    static func refresh(_ db: Database) throws {
        let filled = try Row.fetchOne(db, sql: "SELECT candidates_filled FROM outcome_attribution_state WHERE id = 1")?[0] as Bool?
        if filled != true {
            try db.execute(sql: "DELETE FROM commitment_candidate; DELETE FROM commitment_candidate_dirty")
            let commitments = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statement s WHERE s.kind = 'commitment'
                      AND NOT EXISTS (SELECT 1 FROM statement_actor r WHERE r.statement_id = s.id AND r.role = 'holder')
                    """)
            try store(commitments, db)
            try OutcomeAttributionStateRecord.setCandidatesFilled(db)
            return
        }
        let sentences = try Int64.fetchAll(db, sql: "SELECT sentence_id FROM commitment_candidate_dirty")
        guard !sentences.isEmpty else { return }
        // The commitments whose candidates a changed sentence can give: its own and the three after it.
        let commitments = try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT s.id FROM sentence changed
                JOIN sentence after ON after.document_id = changed.document_id
                    AND after.position BETWEEN changed.position AND changed.position + 3
                JOIN statement s ON s.sentence_id = after.id AND s.kind = 'commitment'
                WHERE changed.id IN (SELECT value FROM json_each(?))
                """, arguments: [CommitmentLoader.jsonArray(sentences)])
        try db.execute(
            sql: "DELETE FROM commitment_candidate WHERE statement_id IN (SELECT value FROM json_each(?))",
            arguments: [CommitmentLoader.jsonArray(commitments)])
        let holderless = try Int64.fetchAll(
            db,
            sql: """
                SELECT s.id FROM statement s WHERE s.id IN (SELECT value FROM json_each(?))
                  AND NOT EXISTS (SELECT 1 FROM statement_actor r WHERE r.statement_id = s.id AND r.role = 'holder')
                """, arguments: [CommitmentLoader.jsonArray(commitments)])
        try store(holderless, db)
        try db.execute(sql: "DELETE FROM commitment_candidate_dirty")
    }

    /// Works out and stores the candidates of `commitments`, as
    /// ``TrackerDatabase/unattributedCommitments(candidate:topic:until:)`` lists them.
    private static func store(_ commitments: [Int64], _ db: Database) throws {
        let place = try db.makeStatement(
            sql: "SELECT se.document_id, se.position FROM statement s JOIN sentence se ON se.id = s.sentence_id WHERE s.id = ?")
        let actors = try db.makeStatement(sql: actorsOfSentence)
        let insert = try db.makeStatement(
            sql: "INSERT INTO commitment_candidate (statement_id, rank, actor_id) VALUES (?, ?, ?)")
        for id in commitments {
            guard let row = try Row.fetchOne(place, arguments: [id]) else { continue }
            let documentID: Int64 = row[0]
            let position: Int = row[1]
            var found: [Int64] = []
            for back in 0...3 where found.isEmpty && position - back >= 0 {
                found = try Int64.fetchAll(actors, arguments: [documentID, position - back])
            }
            for (rank, actor) in found.enumerated() { try insert.execute(arguments: [id, rank, actor]) }
        }
    }

    /// The actors of the sentence at a document's position, in the order
    /// candidates are listed: holders, then sources, then the rest, by mention.
    static let actorsOfSentence = """
        SELECT r.actor_id FROM sentence se
        JOIN statement s ON s.sentence_id = se.id
        JOIN statement_actor r ON r.statement_id = s.id
        WHERE se.document_id = ? AND se.position = ?
        ORDER BY \(order)
        """

    /// The order of a sentence's actors among candidates: holders, then
    /// sources, then targets, by mention; ties in the order of their rows
    /// (the listing and the stored candidates order them alike).
    static let order = "r.role = 'holder' DESC, r.role = 'source' DESC, r.mention_start, r.statement_id, r.role, r.position"
}
