import Foundation

/// An in-memory source, for tests and for parts already held.
final class BytesSource: XMLByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    private let chunk: Int
    let partName: String
    let path: String

    init(_ bytes: [UInt8], chunk: Int = ZipEntryStream.chunkSize, partName: String = "memory.xml", path: String = "memory") {
        self.bytes = bytes
        self.chunk = chunk
        self.partName = partName
        self.path = path
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SheetsError) -> Int {
        let n = min(chunk, buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}
