#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Bytes on their way to a file descriptor (written in chunks) or collected in memory.
/// Call `flush()` at the end: the class does not write anything when it goes away.
///
/// The buffer is raw memory behind `let` pointers, so the writers' per-byte appends need no
/// array bookkeeping and no exclusivity checks; a write larger than the buffer goes out directly.
/// With `background: true` a full buffer is handed to a writer thread and filling goes on in a
/// second buffer, so the kernel's copying overlaps the caller's work; a failed write is then
/// reported by the next `flush()` (or the next buffer handed over).
public final class BufferedOutput {
    private struct State {
        /// `capacity` bytes; the first `count` are pending.
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        /// The buffer the background writer may still be writing.
        var spare: UnsafeMutablePointer<UInt8>?
        var collected: [UInt8]
    }

    private let fd: Int32?
    private let capacity: Int
    private let state: UnsafeMutablePointer<State>
    private let background: BackgroundWriter?
    /// For messages: the file written to.
    public let path: String?

    /// Writes to an open descriptor (not closed here), `capacity` bytes at a time; with
    /// `background`, on a thread of its own.
    public init(fileDescriptor: Int32, path: String? = nil, capacity: Int = 1 << 16, background: Bool = false) {
        fd = fileDescriptor
        self.path = path
        // Room for the largest fixed-size write (`reserve`), whatever the caller asked for.
        self.capacity = max(capacity, Self.maxReserve)
        state = .allocate(capacity: 1)
        state.initialize(to: State(base: .allocate(capacity: self.capacity), count: 0,
                                   spare: background ? .allocate(capacity: self.capacity) : nil, collected: []))
        self.background = background ? BackgroundWriter(fd: fileDescriptor) : nil
    }

    /// Writes to a file handle (not closed here).
    public convenience init(fileHandle: FileHandle, path: String? = nil) {
        self.init(fileDescriptor: fileHandle.fileDescriptor, path: path)
    }

    /// Collects everything in memory; read it back with `bytes`.
    public init() {
        fd = nil
        path = nil
        capacity = 1 << 16
        state = .allocate(capacity: 1)
        state.initialize(to: State(base: .allocate(capacity: capacity), count: 0, spare: nil, collected: []))
        background = nil
    }

    deinit {
        background?.stop()
        state.pointee.base.deallocate()
        state.pointee.spare?.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Everything written so far, for an in-memory output (empty for a file descriptor).
    public var bytes: [UInt8] { state.pointee.collected + UnsafeBufferPointer(start: state.pointee.base, count: state.pointee.count) }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) throws(SheetsError) {
        if state.pointee.count == capacity { try drain() }
        state.pointee.base[state.pointee.count] = byte
        state.pointee.count += 1
    }

    /// Appends bytes; a run larger than the buffer is written through.
    @inline(__always)
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
        let n = bytes.count
        let used = state.pointee.count
        if n <= capacity - used {
            if n > 0 { (state.pointee.base + used).update(from: bytes.baseAddress!, count: n) }
            state.pointee.count = used + n
            return
        }
        try writeLarge(bytes)
    }

    /// Appends a string's UTF-8.
    public func write(_ text: String) throws(SheetsError) {
        var text = text
        var failure: SheetsError?
        text.withUTF8 { bytes in
            do throws(SheetsError) { try write(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends a literal's UTF-8.
    @inline(__always)
    public func write(_ text: StaticString) throws(SheetsError) {
        try write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes out whatever is buffered (and waits for the background writer).
    public func flush() throws(SheetsError) {
        try drain()
        if let background { try check(background.wait()) }
    }

    // MARK: - Direct access for the writers

    /// The most `reserve` may ask for.
    static let maxReserve = 4096

    /// Makes room for `n` (at most `maxReserve`) bytes and returns where they go; call
    /// `commit` with the number actually written.
    @inline(__always)
    func reserve(_ n: Int) throws(SheetsError) -> UnsafeMutablePointer<UInt8> {
        if capacity - state.pointee.count < n { try drain() }
        return state.pointee.base + state.pointee.count
    }

    @inline(__always)
    func commit(_ n: Int) {
        state.pointee.count += n
    }

    private func writeLarge(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
        try drain()
        if bytes.count < capacity {
            state.pointee.base.update(from: bytes.baseAddress!, count: bytes.count)
            state.pointee.count = bytes.count
            return
        }
        // The caller's memory cannot be handed over: wait, then write it here.
        if let background { try check(background.wait()) }
        try check(Self.send(UnsafeRawBufferPointer(bytes), to: fd, collecting: &state.pointee.collected))
    }

    private func drain() throws(SheetsError) {
        let n = state.pointee.count
        guard n > 0 else { return }
        state.pointee.count = 0
        if let background, let spare = state.pointee.spare {
            let failure = background.submit(UnsafeRawBufferPointer(start: state.pointee.base, count: n))
            state.pointee.spare = state.pointee.base
            state.pointee.base = spare
            return try check(failure)
        }
        try check(Self.send(UnsafeRawBufferPointer(start: state.pointee.base, count: n), to: fd, collecting: &state.pointee.collected))
    }

    private func check(_ failure: Int32) throws(SheetsError) {
        guard failure != 0 else { return }
        throw SheetsError(.writeFailed, "writing failed (\(String(cString: strerror(failure))))", path: path)
    }

    /// Writes all of `raw` to `fd` (or appends it to `collected`); returns errno, 0 when done.
    fileprivate static func send(_ raw: UnsafeRawBufferPointer, to fd: Int32?, collecting collected: inout [UInt8]) -> Int32 {
        guard let fd else {
            collected.append(contentsOf: raw)
            return 0
        }
        var done = 0
        while done < raw.count {
            let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return 0
    }
}

/// The thread behind `BufferedOutput(background: true)`: writes one buffer at a time.
private final class BackgroundWriter: HelperThread, @unchecked Sendable {
    private let fd: Int32
    let condition = NSCondition()
    /// The buffer being written; nil when idle. Guarded by `condition`.
    private var job: UnsafeRawBufferPointer?
    private var failure: Int32 = 0
    var stopping = false
    private(set) var finished = false

    init(fd: Int32) {
        self.fd = fd
        let thread = Thread { [self] in run() }
        thread.name = "ita output"
        thread.start()
    }

    private func run() {
        condition.lock()
        while true {
            while job == nil && !stopping { condition.wait() }
            guard let current = job else { break }
            condition.unlock()
            var unused: [UInt8] = []
            let error = BufferedOutput.send(current, to: fd, collecting: &unused)
            condition.lock()
            if error != 0 && failure == 0 { failure = error }
            job = nil
            condition.broadcast()
        }
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the buffer being written, then hands over `buffer`; returns the first failure
    /// so far (after which nothing more is written).
    func submit(_ buffer: UnsafeRawBufferPointer) -> Int32 {
        condition.lock()
        defer { condition.unlock() }
        while job != nil { condition.wait() }
        if failure == 0 {
            job = buffer
            condition.broadcast()
        }
        return failure
    }

    /// Waits until nothing is being written; returns the first failure.
    func wait() -> Int32 {
        condition.lock()
        defer { condition.unlock() }
        while job != nil { condition.wait() }
        return failure
    }

}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
