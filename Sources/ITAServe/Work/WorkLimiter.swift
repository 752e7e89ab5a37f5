import Dispatch
import Synchronization

/// The cap on concurrent work. At most `jobs` checks run at once, each on a thread of its own
/// (reading and validating is blocking CPU work that must not hold the server's event loops);
/// up to `queue` more wait their turn; one more is refused at once (503 server-busy). A request
/// that has waited and worked longer than `timeout` is answered 503 request-timeout; its check,
/// bounded by the reader limits, finishes on its thread and only then frees its job.
final class WorkLimiter: Sendable {
    let timeout: Duration
    let admission: Admission

    init(jobs: Int, queue: Int, timeout: Duration) {
        self.timeout = timeout
        self.admission = Admission(jobs: max(1, jobs), queue: max(0, queue))
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws(ServeError) -> T {
        let deadline = ContinuousClock.now + timeout
        switch await admission.enter(deadline: deadline) {
        case .busy: throw .busy
        case .timedOut: throw .timedOut
        case .granted: break
        }
        let admission = self.admission
        let result: T? = await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            let timer = OneShotTimer(deadline: deadline) { once.resume(nil) }
            DispatchQueue.global().async {
                let value = work()
                timer.cancel()
                once.resume(value)
                Task { await admission.leave() }
            }
        }
        guard let result else { throw .timedOut }
        return result
    }

    /// Takes one job for the caller until `release()`, as a check would (tests hold the server busy with it).
    func hold() async -> Bool {
        await admission.enter(deadline: .now + timeout) == .granted
    }

    func release() async { await admission.leave() }
}

/// Jobs in use and the requests waiting for one, in order of arrival.
actor Admission {
    enum Entry { case granted, busy, timedOut }

    let jobs: Int
    let queue: Int
    private var running = 0
    private var waiting: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID = 0

    init(jobs: Int, queue: Int) {
        self.jobs = jobs
        self.queue = queue
    }

    func enter(deadline: ContinuousClock.Instant) async -> Entry {
        if running < jobs {
            running += 1
            return .granted
        }
        guard waiting.count < queue else { return .busy }
        nextID += 1
        let id = nextID
        let timer = OneShotTimer(deadline: deadline) { Task { await self.expire(id) } }
        let granted = await withCheckedContinuation { waiting.append((id, $0)) }
        timer.cancel()
        return granted ? .granted : .timedOut
    }

    /// A job ends: the longest-waiting request gets it, else it is free.
    func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().continuation.resume(returning: true) }
    }

    private func expire(_ id: Int) {
        guard let index = waiting.firstIndex(where: { $0.id == id }) else { return }
        waiting.remove(at: index).continuation.resume(returning: false)
    }
}

/// A continuation resumed by whichever comes first, the work or the clock.
final class ResumeOnce<T: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<T?, Never>?>

    init(_ continuation: CheckedContinuation<T?, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume(_ value: T?) {
        continuation.withLock { $0.take() }?.resume(returning: value)
    }
}
