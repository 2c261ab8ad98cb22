import Foundation
import Mustache
import TrackerAnalysis

/// One tracked commitment's values for the commitments partial: `status`,
/// `action`, `holder`, `deadline`, `happened` (a one-line summary), `reports`
/// and `outcomes` (those quoted: ``TrackedCommitment/quotedReports``,
/// ``TrackedCommitment/quotedOutcomes``), `more_reports` and `more_outcomes`
/// (how many more, or false), `reversal`, `progress` ("2 of 5", or false),
/// `history` (each change with its day, cause and document, on one line) with
/// `has_history`, and `possible` (each near miss: `outcome_action`, `score`,
/// `reasons`, `evidence`, `link`, the command that accepts it).
///
/// Each value is worked out when the template asks for it, from the
/// commitment itself: a status report at a million statements shows 5.9 k
/// commitments, and a dictionary of boxed values per commitment, quote and
/// outcome cost more than the values.
final class CommitmentContext: MustacheParent {
    let item: TrackedCommitment

    init(_ item: TrackedCommitment) {
        self.item = item
    }

    func child(named name: String) -> Any? {
        switch name {
        case "status": return ReportText(item.status.rawValue)
        case "action": return ReportText(item.action ?? "?")
        case "holder": return ReportText(item.holder)
        case "deadline": return ReportText(item.deadline?.iso ?? "–")
        case "happened": return ReportText(happened)
        case "reports": return item.quotedReports.map { EvidenceContext(evidence: $0) }
        case "more_reports":
            let quoted = item.quotedReports.count
            return item.reports.count > quoted ? ReportText(String(item.reports.count - quoted)) as Any : false
        case "more_outcomes":
            let quoted = item.quotedOutcomes.count
            return item.outcomes.count > quoted ? ReportText(String(item.outcomes.count - quoted)) as Any : false
        case "outcomes": return item.quotedOutcomes.map { OutcomeContext(outcome: $0) }
        case "reversal":
            if let reversal = item.reversal { return EvidenceContext(evidence: reversal) }
            return false
        case "progress": return EvidenceContext.textOrFalse(item.progress?.description)
        case "has_history": return item.history.count > 1
        case "history":
            return ReportText(
                item.history.map { change in
                    "\(change.status.rawValue) from \(change.date) (\(change.cause)"
                        + (change.evidence.map { ", document \($0.documentID)" } ?? "") + ")"
                }.joined(separator: "; "))
        case "possible": return item.possibleOutcomes.map { PossibleOutcomeContext(item: item, outcome: $0) }
        default: return nil
        }
    }

    /// What came of it, on one line: the first three outcomes, the reversal, the reports that it is still not done.
    var happened: String {
        var happened = item.outcomes.prefix(3).map { outcome in
            "\(outcome.relation.rawValue)\(outcome.progress.map { " (\($0))" } ?? ""): \(outcome.action ?? "?") (\(outcome.evidence.date?.iso ?? "?"))"
        }
        if item.outcomes.count > 3 { happened.append("and \(item.outcomes.count - 3) more") }
        if let reversal = item.reversal { happened.append("reversed (\(reversal.date?.iso ?? "?"))") }
        if !item.undone.isEmpty {
            happened.append("still not done (" + item.undone.map { $0.date?.iso ?? "?" }.joined(separator: ", ") + ")")
        }
        return happened.isEmpty ? "nothing reported" : happened.joined(separator: "; ")
    }

    /// A linked outcome: `relation`, `outcome_action`, `reasons`, `evidence`.
    struct OutcomeContext: MustacheParent {
        let outcome: TrackedCommitment.Outcome

        func child(named name: String) -> Any? {
            switch name {
            case "relation": return ReportText(outcome.relation.rawValue)
            case "outcome_action": return ReportText(outcome.action ?? "?")
            case "reasons": return ReportText(outcome.reasons.joined(separator: ", "))
            case "evidence": return EvidenceContext(evidence: outcome.evidence)
            default: return nil
            }
        }
    }

    /// A near miss: `outcome_action`, `score`, `reasons`, `evidence`, `link` (the command that accepts it).
    struct PossibleOutcomeContext: MustacheParent {
        let item: TrackedCommitment
        let outcome: TrackedCommitment.Outcome

        func child(named name: String) -> Any? {
            switch name {
            case "outcome_action": return ReportText(outcome.action ?? "?")
            case "score": return ReportText(String(format: "%.2f", outcome.score))
            case "reasons": return ReportText(outcome.reasons.joined(separator: ", "))
            case "evidence": return EvidenceContext(evidence: outcome.evidence)
            case "link": return ReportText(ReportContext.linkCommand(item, outcome))
            default: return nil
            }
        }
    }
}
