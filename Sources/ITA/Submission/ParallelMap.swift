import Foundation
import Synchronization

/// `map` over `jobs` worker threads that each take the next item as they finish one; the results
/// come back in input order. `after` is called once per item as it is finished, one call at a time.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R,
                                              after: @Sendable (_ done: Int, _ result: R) -> Void = { _, _ in }) -> [R] {
        let state = Mutex(State<R>(results: Array(repeating: nil, count: items.count)))
        let workers = max(1, min(jobs, items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index: Int? = state.withLock { s in
                    guard s.next < items.count else { return nil }
                    defer { s.next += 1 }
                    return s.next
                }
                guard let index else { return }
                let result = transform(items[index])
                state.withLock { s in
                    s.results[index] = result
                    s.done += 1
                    after(s.done, result)
                }
            }
        }
        return state.withLock { $0.results.map { $0! } }
    }

    struct State<R> {
        var results: [R?]
        var next = 0
        var done = 0
    }
}
