import Mustache
import TrackerAnalysis

/// The evidence partial's values of one piece of evidence: `quote`,
/// `said_on`, `per`, `in_title`, `document`, `reviewed` (false where there is
/// nothing), read from the evidence when the template asks, with no
/// dictionary built per quote.
struct EvidenceContext: MustacheParent {
    let evidence: Evidence

    func child(named name: String) -> Any? {
        switch name {
        case "quote": return ReportText(evidence.sentence)
        case "said_on": return Self.textOrFalse(evidence.date?.iso)
        case "per": return Self.textOrFalse(evidence.source)
        case "in_title": return Self.textOrFalse(evidence.documentTitle)
        case "document": return ReportText(String(evidence.documentID))
        case "reviewed": return Self.textOrFalse(evidence.isReviewed ? evidence.review.rawValue : nil)
        default: return nil
        }
    }

    /// The text, or false where there is none (a section over it renders nothing).
    static func textOrFalse(_ text: String?) -> Any {
        if let text { return ReportText(text) }
        return false
    }
}
