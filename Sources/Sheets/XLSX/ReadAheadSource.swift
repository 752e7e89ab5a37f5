/// A large zip part inflated on a second thread, one chunk ahead of the tokenizer, so that
/// inflating (about a third of reading a big sheet) overlaps the parsing. The part's checks
/// (limits, forged size, ratio, CRC) run on that thread as before; their errors surface here in
/// order, when the tokenizer reaches the chunk that failed.
final class ReadAheadSource: XMLByteSource {
    static let chunkSize = 1 << 20
    /// Parts declaring less than this are read in place: a thread would cost more than it saves.
    /// (The declared size only picks the strategy; nothing is allocated from it.)
    static let threshold: UInt64 = 4 << 20

    private let inner: ZipEntryStream
    private let prefetcher: ChunkPrefetcher
    private var chunk = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var offset = 0
    private var ended = false

    var partName: String { inner.partName }
    var path: String { inner.path }

    init(_ inner: ZipEntryStream) {
        self.inner = inner
        prefetcher = ChunkPrefetcher(chunkSize: Self.chunkSize) { (buffer) throws(SheetsError) in
            var filled = 0
            while filled < buffer.count {
                let n = try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if n == 0 { break }
                filled += n
            }
            return filled
        }
    }

    /// Ends the thread; call before the entry is closed.
    func stop() { prefetcher.stop() }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SheetsError) -> Int {
        if offset == chunk.count {
            guard !ended else { return 0 }
            chunk = try prefetcher.take()
            offset = 0
            // A short chunk is the last: the prefetcher asks for no more after it.
            if chunk.count < Self.chunkSize { ended = true }
            guard chunk.count > 0 else { return 0 }
        }
        guard let base = buffer.baseAddress else { return 0 }
        let n = min(buffer.count, chunk.count - offset)
        base.copyMemory(from: chunk.baseAddress! + offset, byteCount: n)
        offset += n
        return n
    }
}
