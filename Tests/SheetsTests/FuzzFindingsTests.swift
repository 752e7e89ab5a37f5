import Foundation
import Testing
@testable import Sheets

/// Inputs that `scripts/fuzz` found (kept in Tests/Fixtures/fuzz as they were found), each with
/// the property the fuzz target checks.
@Suite struct FuzzFindingsTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/\(name)")
        return Array(try Data(contentsOf: url))
    }

    struct Reading: Equatable {
        var rows: [Row]
        var encoding: TextEncoding
        var notes: [ReadNote]
    }

    static func read(_ bytes: [UInt8], chunk: Int, encoding: EncodingChoice = .auto) throws -> Reading {
        var rows: [Row] = []
        let info = try CSVReader.forEachRow(bytes: bytes, path: "fuzz.csv", options: ReadOptions(encoding: encoding), chunkSize: chunk) {
            rows.append($0)
        }
        return Reading(rows: rows, encoding: info.encoding, notes: info.notes)
    }

    /// UTF-16 text ending in half a code unit: the note named a byte that moved with the chunk size.
    /// The broken unit is the file's last byte, whatever the chunks.
    @Test(arguments: [1, 2, 3, 7, 64, CSVReader.chunkSize])
    func utf16ReplacementOffsetDoesNotDependOnChunks(chunk: Int) throws {
        let bytes = try Self.fixture("csv-utf16-replaced-offset.txt")
        let reading = try Self.read(bytes, chunk: chunk)
        #expect(reading == (try Self.read(bytes, chunk: CSVReader.chunkSize)))
        let note = try #require(reading.notes.first { $0.kind == .invalidUTF8 })
        #expect(note.detail.contains("the first at byte \(bytes.count - 1)"), "\(note.detail)")
    }

    /// Offsets count from the file's first byte, the BOM included, for each kind of damage.
    @Test(arguments: [
        ([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00], 4),   // an unpaired high surrogate at byte 4
        ([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xDC], 4),               // a lone low surrogate at byte 4
        ([0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x00], 4),               // a high surrogate at the end
    ] as [([UInt8], Int)])
    func utf16DamageIsPlacedExactly(bytes: [UInt8], at offset: Int) throws {
        for chunk in [1, 2, 3, 5, 64] {
            let reading = try Self.read(bytes, chunk: chunk)
            let note = try #require(reading.notes.first { $0.kind == .invalidUTF8 })
            #expect(note.detail.contains("the first at byte \(offset)"), "chunk \(chunk): \(note.detail)")
        }
    }

    /// A Latin letter, then high bytes arriving in another chunk: the guess between Windows-874
    /// and Windows-1252 lost the letter before the first high byte when the chunk ended there.
    @Test(arguments: 1...8)
    func encodingGuessDoesNotDependOnChunks(chunk: Int) throws {
        let bytes = try Self.fixture("csv-guess-across-chunks.csv")
        let whole = try Self.read(bytes, chunk: CSVReader.chunkSize)
        #expect(whole.encoding == .windows1252)
        #expect(try Self.read(bytes, chunk: chunk) == whole)
    }
}
