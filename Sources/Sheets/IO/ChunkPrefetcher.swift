#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads in chunks on a thread of its own, one chunk ahead of the caller, so the reading (the
/// kernel's copying of a file, or inflating a zip part) overlaps the parsing. Two buffers: while
/// the caller works on one, the thread fills the other. The source is only ever touched by that
/// thread once it has started.
final class ChunkPrefetcher: HelperThread, @unchecked Sendable {
    /// Fills the buffer as far as the source allows; fewer bytes than its size means the end.
    typealias Fill = (UnsafeMutableRawBufferPointer) throws(SheetsError) -> Int
    private let fillChunk: Fill
    let chunkSize: Int
    private let buffers: [UnsafeMutableRawBufferPointer]
    let condition = NSCondition()
    // Guarded by `condition`:
    private var request: Int?
    private var filled: [Int?] = [nil, nil]
    private var failure: SheetsError?
    var stopping = false
    private(set) var finished = false
    /// The buffer the caller gets next.
    private var next = 0

    /// Starts reading the first chunk of `fd` (left open).
    convenience init(fd: Int32, path: String, chunkSize: Int) {
        self.init(chunkSize: chunkSize) { (buffer) throws(SheetsError) in try Self.fill(buffer, from: fd, path: path) }
    }

    /// Starts filling the first chunk with `fill`.
    init(chunkSize: Int, fill: @escaping Fill) {
        self.fillChunk = fill
        self.chunkSize = chunkSize
        buffers = [.allocate(byteCount: chunkSize, alignment: 64), .allocate(byteCount: chunkSize, alignment: 64)]
        request = 0
        let thread = Thread { [self] in run() }
        thread.name = "ita input"
        thread.start()
    }

    deinit {
        buffers.forEach { $0.deallocate() }
    }

    /// The next chunk (shorter than `chunkSize` only at the end of the file), valid until the
    /// following call; the chunk after it is being read meanwhile.
    func take() throws(SheetsError) -> UnsafeBufferPointer<UInt8> {
        let k = next
        condition.lock()
        while filled[k] == nil && failure == nil { condition.wait() }
        if let failure {
            condition.unlock()
            throw failure
        }
        let count = filled[k]!
        filled[k] = nil
        if count == chunkSize {
            // The other buffer, which the caller has finished with, takes the chunk after.
            request = 1 - k
            condition.broadcast()
        }
        condition.unlock()
        next = 1 - k
        return UnsafeBufferPointer(start: buffers[k].baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
    }


    private func run() {
        condition.lock()
        while true {
            while request == nil && !stopping { condition.wait() }
            guard !stopping, let k = request else { break }
            request = nil
            condition.unlock()
            let result = Result { () throws(SheetsError) in try fillChunk(buffers[k]) }
            condition.lock()
            switch result {
            case .success(let count): filled[k] = count
            case .failure(let error): failure = error
            }
            condition.broadcast()
        }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Reads until the buffer is full or the file ends; returns the byte count.
    static func fill(_ buffer: UnsafeMutableRawBufferPointer, from fd: Int32, path: String) throws(SheetsError) -> Int {
        var filled = 0
        while filled < buffer.count {
            let n = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw SheetsError(.unreadableFile, "reading failed (\(String(cString: strerror(errno))))", path: path, reason: .readFailed)
            }
            filled += n
        }
        return filled
    }
}
