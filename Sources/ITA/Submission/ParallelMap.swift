import Foundation
import Synchronization

/// Outcomes of `map` over worker threads that take the next item as they finish one, results in input order.
enum ParallelMap {
    typealias R = Pipeline.Outcome

    static func map<T: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R,
                                 after: @Sendable (_ done: Int, _ result: R, _ errorsSoFar: Int) -> Void) -> [R] {
        let state = Mutex(State(results: Array(repeating: nil, count: items.count)))
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
                let errors = result.findings.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
                state.withLock { s in
                    s.results[index] = result
                    s.done += 1
                    s.errors += errors
                    after(s.done, result, s.errors)
                }
            }
        }
        return state.withLock { $0.results.map { $0! } }
    }

    struct State {
        var results: [R?]
        var next = 0
        var done = 0
        var errors = 0
    }
}
