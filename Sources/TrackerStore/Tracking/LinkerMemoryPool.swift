import Synchronization
import TrackerAnalysis

/// The linker memories of one open store (``LinkerMemory``), lent to one
/// read at a time and kept between reads, so that a workbench answering page
/// after page works each wording out once rather than once a page.
///
/// What a memory holds depends only on the wordings and the bundled action
/// groups with the installed WordNet, none of which a correction changes: a
/// memory stays right whatever is written. Reads with other groups get a
/// fresh memory.
///
/// Bounded: a scored pair costs about 100 bytes by our estimate, not
/// measured (its key in a dictionary, its optional score, its linked outcome
/// when it links), so a memory is dropped rather than kept once it holds
/// more than ``maximumEntries`` (about 200 MB), and at most
/// ``maximumIdle`` wait between reads: the server's handlers run on Swift's
/// cooperative pool, one thread per core (two here), and a read that finds
/// no memory idle works with a fresh one.
final class LinkerMemoryPool: Sendable {
    private let idle = Mutex<[LinkerMemory]>([])

    static let maximumEntries = 2_000_000
    static let maximumIdle = 2

    /// Runs `body` with a memory of this pool when `groups` are the bundled ones, else with a fresh one.
    func with<T>(_ groups: ActionGroups, _ body: (LinkerMemory) throws -> T) rethrows -> T {
        guard CommitmentLoader.isStandard(groups) else { return try body(LinkerMemory()) }
        let memory = idle.withLock { $0.popLast() } ?? LinkerMemory()
        defer {
            if memory.entries <= Self.maximumEntries {
                idle.withLock { if $0.count < Self.maximumIdle { $0.append(memory) } }
            }
        }
        return try body(memory)
    }
}
