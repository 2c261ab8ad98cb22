/// What one linker has worked out, kept across its calls: the facts of each
/// distinct wording of a statement, a number for each distinct content (the
/// facts with the topics, the action as written and the polarity), and the
/// score of each pair of contents.
///
/// Two rows of one content score alike against any third row: only their
/// dates, documents and sentences differ, and those are checked row by row
/// (``CommitmentLinker/admits(_:against:)``). A large store repeats a few
/// hundred wordings across hundreds of thousands of rows, so scoring each
/// pair of contents once instead of each pair of rows is what keeps the
/// status of every commitment at a million statements under a second
/// (17.1 s CPU before, most of it `ProgressShare.find` re-reading an outcome's
/// words for every pledge it was compared with: issue 15).
final class LinkMemo {
    /// What a statement's facts are worked out from, besides its topics.
    struct FactsKey: Hashable {
        var normalized: String?
        var action: String?
        var achievement: Bool
        var polarity: Polarity
        var stillHolds = false
    }

    /// A content named by its facts' number and its topics.
    struct ContentKey: Hashable {
        var facts: Int
        var topics: [String]
    }

    /// A content named by the facts themselves, for rows whose facts were worked out elsewhere.
    struct FullKey: Hashable {
        var facts: ActionFacts
        var action: String?
        var polarity: Polarity
    }

    /// A commitment's content and an outcome's.
    struct Pair: Hashable {
        var commitment: Int
        var outcome: Int
    }

    /// Each wording's facts (with no topics) and its number.
    var facts: [FactsKey: (id: Int, facts: ActionFacts)] = [:]
    var contents: [ContentKey: Int] = [:]
    var fullContents: [FullKey: Int] = [:]
    /// The next number for a content or a wording: one counter, so a number names one thing.
    var next = 0
    /// Each scored pair's place in ``scores``.
    var pairs: [Pair: Int32] = [:]
    /// The scores of the pairs, nil where the outcome cannot bear on the commitment.
    var scores: [LinkScore?] = []
    /// The outcome as linked under the commitment (relation, reasons, progress), by the pair's place in ``scores``.
    var outcomes: [Int32: TrackedCommitment.Outcome] = [:]

    func number() -> Int {
        defer { next += 1 }
        return next
    }
}
