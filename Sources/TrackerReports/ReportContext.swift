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

    /// One tracked commitment: `status`, `action`, `holder`, `deadline`,
    /// `happened` (a one-line summary), `reports` and `outcomes` (those
    /// quoted: ``TrackedCommitment/quotedReports``, ``TrackedCommitment/quotedOutcomes``),
    /// `more_reports` and `more_outcomes` (how many more, or false), `reversal`,
    /// `progress` ("2 of 5", or false), `history` (each change with its day,
    /// cause and document, on one line) with `has_history`, and
    /// `possible` (each near miss: `outcome_action`, `score`, `reasons`,
    /// `evidence`, `link`, the command that accepts it).
    static func commitment(_ item: TrackedCommitment) -> [String: Any] {
        var happened = item.outcomes.prefix(3).map { outcome in
            "\(outcome.relation.rawValue)\(outcome.progress.map { " (\($0))" } ?? ""): \(outcome.action ?? "?") (\(outcome.evidence.date?.iso ?? "?"))"
        }
        if item.outcomes.count > 3 { happened.append("and \(item.outcomes.count - 3) more") }
        if let reversal = item.reversal { happened.append("reversed (\(reversal.date?.iso ?? "?"))") }
        if !item.undone.isEmpty {
            happened.append("still not done (" + item.undone.map { $0.date?.iso ?? "?" }.joined(separator: ", ") + ")")
        }
        let quotedReports = item.quotedReports
        let quotedOutcomes = item.quotedOutcomes
        return [
            "status": item.status.rawValue, "action": item.action ?? "?", "holder": item.holder, "deadline": item.deadline?.iso ?? "–",
            "happened": happened.isEmpty ? "nothing reported" : happened.joined(separator: "; "),
            "reports": quotedReports.map(evidence),
            "more_reports": item.reports.count > quotedReports.count ? item.reports.count - quotedReports.count : false,
            "more_outcomes": item.outcomes.count > quotedOutcomes.count ? item.outcomes.count - quotedOutcomes.count : false,
            "outcomes": quotedOutcomes.map { outcome -> [String: Any] in
                [
                    "relation": outcome.relation.rawValue, "outcome_action": outcome.action ?? "?",
                    "reasons": outcome.reasons.joined(separator: ", "), "evidence": evidence(outcome.evidence),
                ]
            },
            "reversal": item.reversal.map(evidence) ?? false,
            "progress": item.progress.map(\.description) ?? false,
            "has_history": item.history.count > 1,
            "history": item.history.map { change in
                "\(change.status.rawValue) from \(change.date) (\(change.cause)"
                    + (change.evidence.map { ", document \($0.documentID)" } ?? "") + ")"
            }.joined(separator: "; "),
            "possible": item.possibleOutcomes.map { outcome -> [String: Any] in
                [
                    "outcome_action": outcome.action ?? "?", "score": String(format: "%.2f", outcome.score),
                    "reasons": outcome.reasons.joined(separator: ", "), "evidence": evidence(outcome.evidence),
                    "link": linkCommand(item, outcome),
                ]
            },
        ]
    }

    /// The command that accepts a possible outcome as a link.
    static func linkCommand(_ item: TrackedCommitment, _ outcome: TrackedCommitment.Outcome) -> String {
        "tracker link \(item.reports[0].statementID) \(outcome.evidence.statementID) --relation "
            + (outcome.progress?.isPartial == true ? "progresses" : "fulfils")
    }

    /// `has_commitments`, `commitments`, `has_non`, `non` (the commitments partial's keys).
    static func commitments(_ commitments: [TrackedCommitment], non: [TrackedCommitment]) -> [String: Any] {
        [
            "has_commitments": !commitments.isEmpty, "commitments": commitments.map(commitment),
            "has_non": !non.isEmpty,
            "non": non.map { item -> [String: Any] in
                ["holder": item.holder, "action": item.action ?? "?", "first_report": evidence(item.reports[0])]
            },
        ]
    }
}
