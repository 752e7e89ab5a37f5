import Foundation

/// A helper thread guarded by one condition (`BackgroundWriter`, `ChunkPrefetcher`): its loop
/// ends when it sees `stopping` and sets `finished` as it leaves.
protocol HelperThread: AnyObject {
    var condition: NSCondition { get }
    var stopping: Bool { get set }
    var finished: Bool { get }
}

extension HelperThread {
    /// Asks the thread to end after its current job and waits until it has.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
