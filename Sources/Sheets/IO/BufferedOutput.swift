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
public final class BufferedOutput {
    private let fd: Int32?
    private let capacity: Int
    /// `capacity` bytes; the first `count.pointee` are pending.
    private let base: UnsafeMutablePointer<UInt8>
    private let count: UnsafeMutablePointer<Int>
    private let collected: UnsafeMutablePointer<[UInt8]>
    /// For messages: the file written to.
    public let path: String?

    /// Writes to an open descriptor (not closed here), `capacity` bytes at a time.
    public init(fileDescriptor: Int32, path: String? = nil, capacity: Int = 1 << 16) {
        fd = fileDescriptor
        self.path = path
        // Room for the largest fixed-size write (`reserve`), whatever the caller asked for.
        self.capacity = max(capacity, Self.maxReserve)
        base = .allocate(capacity: self.capacity)
        count = .allocate(capacity: 1)
        count.initialize(to: 0)
        collected = .allocate(capacity: 1)
        collected.initialize(to: [])
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
        base = .allocate(capacity: capacity)
        count = .allocate(capacity: 1)
        count.initialize(to: 0)
        collected = .allocate(capacity: 1)
        collected.initialize(to: [])
    }

    deinit {
        base.deallocate()
        count.deinitialize(count: 1)
        count.deallocate()
        collected.deinitialize(count: 1)
        collected.deallocate()
    }

    /// Everything written so far, for an in-memory output (empty for a file descriptor).
    public var bytes: [UInt8] { collected.pointee + UnsafeBufferPointer(start: base, count: count.pointee) }

    @inline(__always)
    public func write(byte: UInt8) throws(SheetsError) {
        if count.pointee == capacity { try drain() }
        base[count.pointee] = byte
        count.pointee += 1
    }

    @inline(__always)
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
        let n = bytes.count
        let used = count.pointee
        if n <= capacity - used {
            if n > 0 { (base + used).update(from: bytes.baseAddress!, count: n) }
            count.pointee = used + n
            return
        }
        try writeLarge(bytes)
    }

    public func write(_ text: String) throws(SheetsError) {
        var text = text
        var failure: SheetsError?
        text.withUTF8 { bytes in
            do throws(SheetsError) { try write(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    @inline(__always)
    public func write(_ text: StaticString) throws(SheetsError) {
        try write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes out whatever is buffered.
    public func flush() throws(SheetsError) {
        try drain()
    }

    // MARK: - Direct access for the writers

    /// The most `reserve` may ask for.
    static let maxReserve = 4096

    /// Makes room for `n` (at most `maxReserve`) bytes and returns where they go; call
    /// `commit` with the number actually written.
    @inline(__always)
    func reserve(_ n: Int) throws(SheetsError) -> UnsafeMutablePointer<UInt8> {
        if capacity - count.pointee < n { try drain() }
        return base + count.pointee
    }

    @inline(__always)
    func commit(_ n: Int) {
        count.pointee += n
    }

    /// Appends bytes known to fit (after `reserve`).
    @inline(__always)
    func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        (base + count.pointee).update(from: p, count: n)
        count.pointee += n
    }

    private func writeLarge(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
        try drain()
        if bytes.count < capacity {
            base.update(from: bytes.baseAddress!, count: bytes.count)
            count.pointee = bytes.count
            return
        }
        try send(UnsafeRawBufferPointer(bytes))
    }

    private func drain() throws(SheetsError) {
        let n = count.pointee
        guard n > 0 else { return }
        count.pointee = 0
        try send(UnsafeRawBufferPointer(start: base, count: n))
    }

    private func send(_ raw: UnsafeRawBufferPointer) throws(SheetsError) {
        guard let fd else {
            collected.pointee.append(contentsOf: raw)
            return
        }
        var done = 0
        while done < raw.count {
            let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                let failure = errno
                throw SheetsError(.writeFailed, "writing failed (\(String(cString: strerror(failure))))", path: path)
            }
            done += n
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
