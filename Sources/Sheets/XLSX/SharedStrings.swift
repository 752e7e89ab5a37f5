#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shared-string table as UTF-8, not as `String` objects: the text of every `<si>` copied
/// into 1 MiB blocks, each allocated once, with a 12-byte entry (block, start, count) per
/// string (its `PlainText` flags in the top bits of `start`, which is below 1 MiB). A table of 450,000 short strings takes a third of the memory of `[String]` and one
/// allocation per MiB instead of one per string. The bytes are checked as valid UTF-8 (escapes
/// decoded) when the part is read, so the cells that use them need no check.
///
/// A class so that the sheet parser and the sinks share one table without copying; the blocks
/// live as long as it does, and `bytes(at:)` points into them. Filled once, by the reader that
/// reads the part, and only read afterwards (hence `@unchecked Sendable`).
final class SharedStrings: ExpressibleByArrayLiteral, @unchecked Sendable {
    static let blockSize = 1 << 20

    private struct Entry {
        var block: UInt32
        /// The offset in the block (below `blockSize`), and from bit 24 up the `PlainText` flags.
        var startAndFlags: UInt32
        var count: UInt32

        init(block: UInt32, start: Int, count: Int, plain: PlainText) {
            self.block = block
            startAndFlags = UInt32(start) | UInt32(plain.rawValue) << 24
            self.count = UInt32(count)
        }

        var start: Int { Int(startAndFlags & 0xFF_FFFF) }
        var plain: PlainText { PlainText(rawValue: UInt8(truncatingIfNeeded: startAndFlags >> 24)) }
    }

    private var blocks: [UnsafeMutablePointer<UInt8>] = []
    private var entries: [Entry] = []
    /// The block being filled (an index in `blocks`), its bytes used and its size.
    private var current = -1
    private var used = 0
    private var size = 0

    init() {}

    /// For tests: a table of these strings.
    convenience init(arrayLiteral elements: String...) {
        self.init()
        for var s in elements { _ = s.withUTF8 { append($0) } }
    }

    deinit {
        for block in blocks { block.deallocate() }
    }

    var count: Int { entries.count }

    /// Appends a string's UTF-8 bytes (already validated); false when one string is too long to
    /// be described by the table's 32-bit entries (4 GiB), which the caller reports.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n < Int(UInt32.max), blocks.count < Int(UInt32.max) else { return false }
        guard n > 0, let source = bytes.baseAddress else {
            entries.append(Entry(block: 0, start: 0, count: 0, plain: [.csv, .json]))
            return true
        }
        let plain = PlainText.of(bytes)
        if n > Self.blockSize / 4 {
            // A long string gets a block of its own; the current block stays open.
            let block = UnsafeMutablePointer<UInt8>.allocate(capacity: n)
            block.update(from: source, count: n)
            blocks.append(block)
            entries.append(Entry(block: UInt32(blocks.count - 1), start: 0, count: n, plain: plain))
            return true
        }
        if current < 0 || size - used < n {
            blocks.append(UnsafeMutablePointer<UInt8>.allocate(capacity: Self.blockSize))
            current = blocks.count - 1
            used = 0
            size = Self.blockSize
        }
        (blocks[current] + used).update(from: source, count: n)
        entries.append(Entry(block: UInt32(current), start: used, count: n, plain: plain))
        used += n
        return true
    }

    /// The bytes of string `index` (valid UTF-8, maybe empty), valid while the table lives.
    @inline(__always)
    func bytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let e = entries[index]
        if e.count == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: blocks[Int(e.block)] + e.start, count: Int(e.count))
    }

    /// The bytes of string `index`, as `bytes(at:)`, and what they leave out.
    @inline(__always)
    func text(at index: Int) -> (bytes: UnsafeBufferPointer<UInt8>, plain: PlainText) {
        let e = entries[index]
        if e.count == 0 { return (UnsafeBufferPointer(start: nil, count: 0), e.plain) }
        return (UnsafeBufferPointer(start: blocks[Int(e.block)] + e.start, count: Int(e.count)), e.plain)
    }

    /// String `index` as a `String`.
    func string(at index: Int) -> String {
        String(decoding: bytes(at: index), as: UTF8.self)
    }

    /// Every string, in order (for tests).
    var strings: [String] { (0..<count).map(string(at:)) }
}

/// A lazily filled `String` per shared-string index, for the `Row` path only: cells that show
/// the same shared string share one `String`, made once, as when the table was `[String]`.
/// The byte path (writers) never fills it.
final class SharedStringCache {
    private var strings: [String?] = []

    /// The `String` of shared string `index`, whose bytes are `bytes`.
    @inline(__always)
    func string(at index: Int, bytes: UnsafeBufferPointer<UInt8>) -> String {
        if index < strings.count, let s = strings[index] { return s }
        return make(at: index, bytes: bytes)
    }

    private func make(at index: Int, bytes: UnsafeBufferPointer<UInt8>) -> String {
        if index >= strings.count { strings.append(contentsOf: repeatElement(nil, count: max(index + 1, 2 * strings.count) - strings.count)) }
        let s = String(decoding: bytes, as: UTF8.self)
        strings[index] = s
        return s
    }
}
