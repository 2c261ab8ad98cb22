import Dispatch
import Foundation

/// Tasks spread over the machine's cores, the results in task order.
///
/// For work whose tasks are independent of each other (a chunk of
/// sentences to tokenise, a chunk to tag once its actors are known): the
/// result is the same as `range.map(body)`, whatever the number of cores.
enum ParallelMap {
    /// The cores this process may use.
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `range.map(body)`, each index a task of its own, taken in order by
    /// whichever of `cores` workers is free (tasks may be of uneven length).
    /// With one core or one task, all run on the calling thread.
    ///
    /// `body` runs on several threads at once: it may read shared state but
    /// must not write any.
    static func map<Result>(_ range: Range<Int>, cores: Int = ParallelMap.cores, _ body: (Int) -> Result) -> [Result] {
        let count = range.count
        guard cores > 1, count > 1 else { return range.map(body) }
        return withoutActuallyEscaping(body) { body in
            // `body` only reads what it shares (the contract above), and each
            // task writes only its own slot, once: the threads share nothing
            // they write.
            let work = Unchecked(value: body)
            return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                let slots = Unchecked(value: buffer.baseAddress!)
                let tasks = TaskCounter()
                DispatchQueue.concurrentPerform(iterations: min(cores, count)) { _ in
                    while true {
                        let offset = tasks.take()
                        guard offset < count else { break }
                        (slots.value + offset).initialize(to: work.value(range.lowerBound + offset))
                    }
                }
                initialized = count
            }
        }
    }

    /// The next task to take, handed out once each (a lock rather than an
    /// atomic: `Synchronization` needs macOS 15, the package supports 13).
    private final class TaskCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0

        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            next += 1
            return next - 1
        }
    }

    /// What the workers share: the work (which only reads) and the result
    /// buffer (whose slots each task writes apart).
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
    }
}
