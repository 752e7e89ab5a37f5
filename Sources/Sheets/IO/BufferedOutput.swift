#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Bytes on their way to a file descriptor (written in chunks) or collected in memory.
/// Call `flush()` at the end: the class does not write anything when it goes away.
public final class BufferedOutput {
    private let fd: Int32?
    private let capacity: Int
    private var buffer: [UInt8] = []
    private var collected: [UInt8] = []
    /// For messages: the file written to.
    public let path: String?

    /// Writes to an open descriptor (not closed here), `capacity` bytes at a time.
    public init(fileDescriptor: Int32, path: String? = nil, capacity: Int = 1 << 16) {
        fd = fileDescriptor
        self.path = path
        self.capacity = max(capacity, 1)
        buffer.reserveCapacity(self.capacity)
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
    }

    /// Everything written so far, for an in-memory output (empty for a file descriptor).
    public var bytes: [UInt8] { collected + buffer }

    @inline(__always)
    public func write(byte: UInt8) throws(SheetsError) {
        buffer.append(byte)
        if buffer.count >= capacity { try drain() }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(SheetsError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try drain() }
    }

    public func write(_ text: String) throws(SheetsError) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try drain() }
    }

    /// Writes out whatever is buffered.
    public func flush() throws(SheetsError) {
        try drain()
    }

    private func drain() throws(SheetsError) {
        guard !buffer.isEmpty else { return }
        guard let fd else {
            collected.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var failure: Int32 = 0
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 {
            throw SheetsError(.writeFailed, "writing failed (\(String(cString: strerror(failure))))", path: path)
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
