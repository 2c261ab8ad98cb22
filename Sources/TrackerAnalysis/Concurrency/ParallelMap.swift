import Dispatch
import Foundation

/// Work on a range of indices spread over the machine's cores, each core
/// taking one contiguous chunk, the results in index order.
///
/// For work whose items are independent of each other (each sentence's
/// tokens, each sentence's statements once its actors are known): the
/// result is the same as `range.map(body)`, whatever the number of cores.
enum ParallelMap {
    /// The cores this process may use.
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `range.map(body)`, computed in up to ``cores`` chunks at once, each of
    /// at least `minimumChunk` items (fewer items run on the calling thread:
    /// handing them over would cost more than it saves).
    ///
    /// `body` runs on several threads at once: it may read shared state but
    /// must not write any.
    ///
    /// Not `chunked`, each index is a task of its own, taken in order by
    /// whichever of `cores` workers is free (for tasks of uneven length,
    /// such as a few chunks of work made beforehand).
    static func map<Result>(_ range: Range<Int>, minimumChunk: Int = 1, cores: Int = ParallelMap.cores, chunked: Bool = true,
                            _ body: (Int) -> Result) -> [Result] {
        let count = range.count
        let chunks = chunked ? min(cores, count / max(minimumChunk, 1)) : count
        guard cores > 1, chunks > 1 else { return range.map(body) }
        return withoutActuallyEscaping(body) { body in
            // `body` only reads what it shares (the contract above), and each
            // chunk writes only its own slots, each exactly once: the
            // threads share nothing they write.
            let work = Unchecked(value: body)
            return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                let slots = Unchecked(value: buffer.baseAddress!)
                if chunked {
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        for offset in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                            (slots.value + offset).initialize(to: work.value(range.lowerBound + offset))
                        }
                    }
                } else {
                    // `cores` workers, each taking the next task not yet taken.
                    let tasks = TaskCounter()
                    DispatchQueue.concurrentPerform(iterations: min(cores, count)) { _ in
                        while true {
                            let offset = tasks.take()
                            guard offset < count else { break }
                            (slots.value + offset).initialize(to: work.value(range.lowerBound + offset))
                        }
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

    /// What the chunks share: the work (which only reads) and the result
    /// buffer (whose slots each chunk writes apart).
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
    }
}
