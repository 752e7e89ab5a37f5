import Dispatch
import Synchronization

/// Runs `fire` once at a deadline unless cancelled first, and cancelling frees it at once.
///
/// Why not a `Task` that sleeps: a cancelled `Task.sleep` wakes its task, but the runtime's timer
/// job stays queued in Dispatch until the original deadline, about 1.4 kB per sleep. With one
/// sleep per request for the request timeout (60 s), 50 clients at ~280 requests/s kept ~24 MB
/// of cancelled timers alive: the server's memory grew for a whole timeout under load
/// (docs/BENCHMARKS.md (g)). A Dispatch timer source leaves the timer list when cancelled.
final class OneShotTimer: Sendable {
    /// Its own queue: the global queue's threads (one per core) may all be busy with checks,
    /// and a request's clock must strike while they are.
    private static let queue = DispatchQueue(label: "ita-serve.deadlines")
    private let source: Mutex<(any DispatchSourceTimer)?>

    init(deadline: ContinuousClock.Instant, fire: @escaping @Sendable () -> Void) {
        let remaining = max(.zero, deadline - .now)
        let nanoseconds = remaining.components.seconds * 1_000_000_000 + remaining.components.attoseconds / 1_000_000_000
        source = Mutex(DispatchSource.makeTimerSource(queue: Self.queue))
        source.withLock { source in
            source?.schedule(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds)), leeway: .milliseconds(10))
            source?.setEventHandler { [weak self] in
                // Fired: taken out first, so that a late `cancel()` finds nothing to do.
                guard let self, let fired = self.source.withLock({ $0.take() }) else { return }
                fired.cancel()
                fire()
            }
            source?.activate()
        }
    }

    func cancel() {
        source.withLock { $0.take() }?.cancel()
    }

    deinit { cancel() }
}
