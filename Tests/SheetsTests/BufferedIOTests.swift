import Foundation
import Testing
@testable import Sheets

/// The output writer thread and the input read-ahead thread: same bytes as without them,
/// errors reported, threads ended on every path.
@Suite struct BufferedIOTests {
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bufferedio-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    /// Several MiB of rows, with some invalid UTF-8, so reading takes several chunks.
    static let bigText: [UInt8] = {
        var text: [UInt8] = []
        var r = 0
        while text.count < (5 << 20) / 2 {
            text += Array("\(r),ทดสอบ \(r),\"a,b\"\"c\"\r\n".utf8)
            if r % 10_007 == 3 { text += [0x78, 0xFF, 0x0A] }
            r += 1
        }
        return text
    }()

    @Test(arguments: [1, 3, 4096, 1 << 18])
    func backgroundOutputWritesTheSameBytes(capacity: Int) throws {
        let path = try Self.temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_WRONLY | O_TRUNC)
        #expect(fd >= 0)
        let expected = BufferedOutput()
        do {
            let output = BufferedOutput(fileDescriptor: fd, path: path, capacity: capacity, background: true)
            for k in 0..<20_000 {
                for out in [output, expected] {
                    try out.write("แถว \(k),")
                    try out.write(byte: 0x0A)
                    if k % 997 == 0 {
                        let large = [UInt8](repeating: UInt8(k % 26) + 0x41, count: 300_000)
                        try large.withUnsafeBufferPointer { (b) throws(SheetsError) in try out.write(b) }
                    }
                }
            }
            try output.flush()
        }
        close(fd)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == expected.bytes)
    }

    @Test func backgroundWriteFailureIsReported() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let output = BufferedOutput(fileDescriptor: fd, path: "/dev/full", capacity: 4096, background: true)
        #expect {
            for _ in 0..<10 { try output.write(String(repeating: "x", count: 3000)) }
            try output.flush()
        } throws: { ($0 as? SheetsError)?.code == .writeFailed && ($0 as? SheetsError)?.path == "/dev/full" }
    }

    @Test func unflushedBackgroundOutputEndsItsThread() throws {
        let fd = open("/dev/null", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        for _ in 0..<50 {
            let output = BufferedOutput(fileDescriptor: fd, capacity: 4096, background: true)
            try output.write(String(repeating: "y", count: 10_000))
        }
    }

    /// A file of several chunks is read ahead on a thread: rows and notes as from memory.
    @Test func readAheadGivesTheSameRows() throws {
        let path = try Self.temporaryFile(Self.bigText)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var fromFile: [Row] = [], fromMemory: [Row] = []
        let a = try CSVReader.forEachRow(path: path) { fromFile.append($0) }
        let b = try CSVReader.forEachRow(bytes: Self.bigText, path: path) { fromMemory.append($0) }
        #expect(fromFile == fromMemory)
        #expect(a.notes == b.notes && a.byteCount == b.byteCount && a.recordCount == b.recordCount)
        #expect(a.notes.contains { $0.kind == .invalidUTF8 })

        var viaFile = try CSVWriter(output: BufferedOutput()), viaMemory = try CSVWriter(output: BufferedOutput())
        _ = try CSVReader.stream(path: path, into: &viaFile)
        _ = try CSVReader.stream(bytes: Self.bigText, path: path, into: &viaMemory)
        #expect(viaFile.output.bytes == viaMemory.output.bytes)
    }

    @Test func exactMultipleOfTheChunkSize() throws {
        var text = Array(String(repeating: "abc,def\n", count: CSVReader.chunkSize / 8 * 2).utf8)
        #expect(text.count == 2 * CSVReader.chunkSize)
        let path = try Self.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var count = 0
        let info = try CSVReader.forEachRow(path: path) { _ in count += 1 }
        #expect(count == text.count / 8 && info.byteCount == text.count)
        text.removeAll()
    }

    @Test func anErrorInTheBodyStopsTheReadAhead() throws {
        struct Stop: Error {}
        let path = try Self.temporaryFile(Self.bigText)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for stopAt in [1, 40_000, 69_000] {
            var seen = 0
            #expect(throws: SheetsError.self) {
                try CSVReader.forEachRow(path: path) { _ in
                    seen += 1
                    if seen == stopAt { throw Stop() }
                }
            }
            #expect(seen == stopAt)
        }
    }

    @Test func progressHearsTheRecordCountPerChunk() throws {
        let path = try Self.temporaryFile(Self.bigText)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for fromFile in [true, false] {
            var counts: [Int] = []
            var writer = try JSONWriter(output: BufferedOutput())
            try writer.beginSheet(name: "Sheet1")
            let info = fromFile
                ? try CSVReader.stream(path: path, into: &writer) { counts.append($0) }
                : try CSVReader.stream(bytes: Self.bigText, path: path, into: &writer) { counts.append($0) }
            #expect(counts.count == (Self.bigText.count + CSVReader.chunkSize - 1) / CSVReader.chunkSize)
            #expect(counts == counts.sorted() && counts.last == info.recordCount && counts.first! > 0)
        }
    }
}
