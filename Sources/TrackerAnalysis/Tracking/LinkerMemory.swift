/// What linking works out of the wordings it compares, kept from one
/// ``CommitmentLinker`` to the next: each action's meaning, object and
/// mentions, each wording's facts and each pair of contents' score
/// (``LinkMemo``).
///
/// None of it depends on the day statuses are decided for, on a person's
/// link decisions or on which rows carry a wording: only on the wordings and
/// the linker's ``ActionVocabulary``. So a server answering page after page
/// of one store keeps one and works each wording out once, not once a page.
/// At a million statements (`TrackerBenchmarks query --sizes 1000000`,
/// release, 2026-12-04, CPU medians of 200 calls on one open store) a
/// typical party's commitments went from 15.0 to 7.5 ms, the busiest
/// party's from 60.8 to 50.1 ms.
///
/// Not thread-safe: one linker at a time uses a memory (`@unchecked
/// Sendable` so that a pool can hand it from one request to the next).
public final class LinkerMemory: @unchecked Sendable {
    let cache = CommitmentLinker.Cache()
    let memo = LinkMemo()

    /// An empty memory.
    public init() {}

    /// How many things it holds: wordings' facts, contents and scored pairs
    /// (a pool drops a memory grown past its bound rather than keep it).
    public var entries: Int {
        memo.facts.count + memo.contents.count + memo.fullContents.count + memo.scores.count + cache.meanings.count
            + cache.sameObjects.count
    }
}
