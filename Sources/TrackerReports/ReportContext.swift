import Foundation
import TrackerAnalysis
import TrackerStore

/// The values report templates see. Every key is present in every object
/// (false where there is nothing), so a template never picks up a key of an
/// enclosing object by accident.
enum ReportContext {
    /// `quote`, `said_on`, `per`, `in_title`, `document`, `reviewed` (the evidence partial's keys).
    static func evidence(_ evidence: Evidence) -> [String: Any] {
        [
            "quote": evidence.sentence, "said_on": evidence.date ?? false, "per": evidence.source ?? false,
            "in_title": evidence.documentTitle ?? false, "document": evidence.documentID,
            "reviewed": evidence.isReviewed ? evidence.review.rawValue : false,
        ]
    }

    /// Commitments with no holder: `id`, `action`, `negated`, `deadline`,
    /// `candidates` ("Peru, Ecuador" or false), `correct` (the command that
    /// attributes it) and the `evidence` keys of its sentence.
    static func unattributed(_ items: [UnattributedCommitment]) -> [[String: Any]] {
        items.map { item in
            evidence(
                Evidence(
                    statementID: item.id, documentID: item.documentID, documentTitle: item.title, date: item.date,
                    source: nil, sentence: item.sentence, review: .unreviewed)
            )
            .merging([
                "id": item.id, "action": item.action ?? "?", "negated": item.polarity == .negated,
                "deadline": item.deadline?.value?.iso ?? false,
                "candidates": item.candidates.isEmpty ? false : item.candidates.joined(separator: ", "),
                "correct": item.correction,
            ]) { $1 }
        }
    }

    static func evidence(_ statement: StoredStatement) -> [String: Any] {
        evidence(
            Evidence(
                statementID: statement.id, documentID: statement.documentID, documentTitle: statement.document,
                date: statement.date, source: statement.source, sentence: statement.sentence,
                review: statement.review))
    }

    /// The command that accepts a possible outcome as a link.
    static func linkCommand(_ item: TrackedCommitment, _ outcome: TrackedCommitment.Outcome) -> String {
        "tracker link \(item.reports[0].statementID) \(outcome.evidence.statementID) --relation "
            + (outcome.progress?.isPartial == true ? "progresses" : "fulfils")
    }

    /// `has_commitments`, `commitments`, `has_non`, `non` (the commitments partial's keys).
    static func commitments(_ commitments: [TrackedCommitment], non: [TrackedCommitment]) -> [String: Any] {
        [
            "has_commitments": !commitments.isEmpty, "commitments": commitments.map(CommitmentContext.init),
            "has_non": !non.isEmpty,
            "non": non.map { item -> [String: Any] in
                [
                    "holder": ReportText(item.holder), "action": ReportText(item.action ?? "?"),
                    "first_report": EvidenceContext(evidence: item.reports[0]),
                ]
            },
        ]
    }
}
