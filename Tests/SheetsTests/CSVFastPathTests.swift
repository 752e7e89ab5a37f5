import Foundation
import Testing
@testable import Sheets

/// The byte path (`CSVReader.stream(…into:)`: fields as bytes straight into the writer) against the
/// `String` path (`forEachRow`, then `write(_:)` of each row): byte-identical output and the same
/// notes, on every text fixture, with every output form and many chunk sizes.
@Suite struct CSVFastPathTests {
    enum Output: CustomTestStringConvertible, Sendable, CaseIterable {
        case csv, tsv, csvPaddedLF, json
        var testDescription: String { "\(self)" }
    }

    static let fixtureRoot = CSVFixtures.directory.deletingLastPathComponent()

    /// Every text file of Tests/Fixtures/csv and Tests/Fixtures/validation, and any text file of
    /// Tests/Fixtures/corpus (which today holds workbooks only).
    static let fixtures: [String] = ["csv", "validation", "corpus"].flatMap { dir -> [String] in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtureRoot.appendingPathComponent(dir).path)) ?? []
        return names.filter { [".csv", ".tsv", ".txt"].contains(where: $0.hasSuffix) }.map { "\(dir)/\($0)" }
    }.sorted()

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtureRoot.appendingPathComponent(name)))
    }

    struct Result: Equatable {
        var bytes: [UInt8]
        var notes: [ReadNote]
        var recordCount: Int
        var encoding: TextEncoding
        var format: FileFormat
    }

    static func run(_ input: [UInt8], _ output: Output, chunk: Int, options: ReadOptions = ReadOptions(), fast: Bool) throws -> Result {
        let out = BufferedOutput()
        let info: CSVFileInfo
        switch output {
        case .csv, .tsv, .csvPaddedLF:
            var writerOptions = CSVWriter.Options(delimiter: UInt8(ascii: output == .tsv ? "\t" : ","))
            if output == .csvPaddedLF {
                writerOptions = CSVWriter.Options(delimiter: UInt8(ascii: ";"), byteOrderMark: true, lineEnding: .lf, columnCount: 4)
            }
            var writer = try CSVWriter(output: out, options: writerOptions)
            if fast {
                var feed = CSVCellFeed(sink: writer)
                info = try CSVReader.forEachField(bytes: input, path: "in", options: options, chunkSize: chunk, into: &feed)
                writer = feed.sink
            } else {
                info = try CSVReader.forEachRow(bytes: input, path: "in", options: options, chunkSize: chunk) { try writer.write($0) }
            }
            try writer.finish()
        case .json:
            var writer = try JSONWriter(output: out)
            try writer.beginSheet(name: "Sheet1")
            if fast {
                var feed = CSVCellFeed(sink: writer)
                info = try CSVReader.forEachField(bytes: input, path: "in", options: options, chunkSize: chunk, into: &feed)
                writer = feed.sink
            } else {
                info = try CSVReader.forEachRow(bytes: input, path: "in", options: options, chunkSize: chunk) { try writer.write($0) }
            }
            try writer.finish()
        }
        return Result(bytes: out.bytes, notes: info.notes, recordCount: info.recordCount, encoding: info.encoding, format: info.format)
    }

    static func expectSame(_ input: [UInt8], _ label: String, chunks: [Int], options: ReadOptions = ReadOptions()) throws {
        for output in Output.allCases {
            for chunk in chunks {
                let slow = try run(input, output, chunk: chunk, options: options, fast: false)
                let fast = try run(input, output, chunk: chunk, options: options, fast: true)
                #expect(fast.bytes == slow.bytes, "\(label) → \(output), chunk \(chunk): \(String(decoding: fast.bytes.prefix(300), as: UTF8.self)) vs \(String(decoding: slow.bytes.prefix(300), as: UTF8.self))")
                #expect(fast.notes == slow.notes, "\(label) → \(output), chunk \(chunk)")
                #expect(fast.recordCount == slow.recordCount && fast.encoding == slow.encoding && fast.format == slow.format,
                        "\(label) → \(output), chunk \(chunk)")
            }
        }
    }

    @Test func everyFixtureIsListed() {
        #expect(Self.fixtures.count >= 20)
        #expect(Self.fixtures.contains("csv/plan-utf16le.txt") && Self.fixtures.contains("csv/plan-cp874.csv"))
    }

    @Test(arguments: fixtures)
    func fixtureGivesTheSameBytes(_ name: String) throws {
        try Self.expectSame(try Self.fixtureBytes(name), name, chunks: [1, 2, 3, 5, 17, 64, 1 << 20])
    }

    @Test(arguments: ["csv/plan-cp874.csv", "csv/plan-utf8.csv", "csv/plan-utf8-bom.csv", "csv/cp874-unassigned.csv"], [EncodingChoice.utf8, .cp874])
    func forcedEncodingGivesTheSameBytes(_ name: String, choice: EncodingChoice) throws {
        try Self.expectSame(try Self.fixtureBytes(name), "\(name) as \(choice)", chunks: [1, 7, 1 << 20], options: ReadOptions(encoding: choice))
    }

    /// Inputs the fixtures do not cover: broken UTF-8 everywhere a chunk or field can cut it,
    /// NULs and quotes inside multi-byte sequences, every line end, ragged and blank rows.
    static let edgeCases: [(String, [UInt8])] = {
        let thai = Array("สวัสดี".utf8)
        var cases: [(String, [UInt8])] = [
            ("doubled quotes and quoted newlines", Array("a,\"b\"\"c\",\"x\r\ny\"\r\n\"\"\"\"\n\"ก\nข\",\"\"\n".utf8)),
            ("text after closing quote", Array("\"ab\"cd,\"\"e,\"x\"\"\n".utf8)),
            ("unterminated quote", Array("a,\"bc\nd,e".utf8)),
            ("quotes inside unquoted", Array("5\" pipe,a\"b\"c,\"\n".utf8)),
            ("line ends", Array("a\rb\r\nc\n\rd\n\ne\r\r".utf8)),
            ("ragged and blank", Array("a,b,c\n1,2\n\n,,\n1,2,3,4\n,\n".utf8)),
            ("leading and trailing delimiters", Array(",x,,y,\n,,,\n".utf8)),
            ("spaces and tabs", Array(" a , b\t,\tc \n".utf8)),
            ("control and escapes", Array("a\u{01}b,c\\d,\u{1F}\u{7F},\"\u{08}\u{0C}\t\"\n".utf8)),
            ("emoji and 4-byte", Array("😀,𝄞x,\"😀\"\"\"\n".utf8)),
            ("nul everywhere", Array("a\u{0}b,\"c\u{0}\",\u{0}\n\u{0}\u{0},x\u{0}\n".utf8)),
            ("nul inside a Thai character", thai.prefix(2) + [0] + thai.dropFirst(2) + Array(",a\n".utf8)),
            ("quote splits a Thai character", [0x22] + thai.prefix(2) + [0x22] + thai.dropFirst(2) + Array(",b\n".utf8)),
            ("doubled quote inside a Thai character", [0x22] + thai.prefix(2) + [0x22, 0x22] + thai.dropFirst(2) + [0x22, 0x0A]),
            ("stray continuation first", [0x80, 0x81, 0x61, 0x2C, 0x62, 0x0A]),
            ("stray continuation after delimiter", [0x61, 0x2C, 0xBF, 0x62, 0x0A]),
            ("overlong and surrogate", [0xC0, 0xAF, 0x2C, 0xE0, 0x80, 0xAF, 0x2C, 0xED, 0xA0, 0x80, 0x2C, 0xF4, 0x90, 0x80, 0x80, 0x0A]),
            ("truncated at the end", thai + [0x2C, 0xE0, 0xB8]),
            ("invalid bytes F5-FF", [0xF5, 0x2C, 0xFF, 0xFE, 0x2C, 0x61, 0xF8, 0x0A]),
            ("semicolons", Array("ก;ข,ค;\"a;b\"\n1;2;3\n".utf8)),
            ("pipes", Array("ก|\"ข|ค\"|\n".utf8)),
            ("only a BOM", [0xEF, 0xBB, 0xBF]),
            ("empty", []),
            ("one field no newline", Array("x".utf8)),
            ("utf-16le with odd byte", [0xFF, 0xFE] + Array("a,ก\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x41]),
            ("utf-16be with lone surrogate", [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x2C, 0xD8, 0x00, 0x00, 0x62, 0x00, 0x0A]),
            ("cp874 with unassigned", Array("a,".utf8) + [0xCA, 0xC7, 0xD1, 0xDB, 0xCA, 0x2C, 0xFF, 0x0A]),
        ]
        // A long mostly-UTF-8 file (so detection says UTF-8) with broken bytes in its middle and
        // fields long enough for the 16-byte blocks.
        var long: [UInt8] = []
        for r in 0..<300 {
            long += Array("\(r),\(String(repeating: "ทดสอบ", count: r % 7)),\"มี \"\"คำพูด\"\", และ\nบรรทัด\",\(String(repeating: "x", count: r % 40))\n".utf8)
            if r % 50 == 17 { long += [0x61, 0xE0, 0xB8, 0x2C, 0xFF, 0x62, 0x2C, 0xE0, 0x41, 0x0A] }
            if r % 60 == 33 { long += [0x2C] + thai.dropFirst(1) + [0x0A] }
        }
        cases.append(("long mixed with broken bytes", long))
        // Random short inputs over an alphabet of the bytes that matter.
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D, 0x00, 0x61, 0x20, 0xE0, 0xB8, 0x81, 0xBF, 0xC2, 0xED, 0xA0, 0xF0, 0x90, 0xF4, 0xFF, 0x3B, 0x09]
        for k in 0..<40 {
            let count = Int.random(in: 0..<80, using: &rng)
            cases.append(("random \(k)", (0..<count).map { _ in alphabet.randomElement(using: &rng)! }))
        }
        return cases
    }()

    @Test(arguments: edgeCases.indices)
    func edgeCaseGivesTheSameBytes(_ index: Int) throws {
        let (label, bytes) = Self.edgeCases[index]
        try Self.expectSame(bytes, "\(label) \(bytes)", chunks: [1, 2, 3, 4, 5, 16, 17, 1 << 20])
        try Self.expectSame(bytes, "\(label) as UTF-8 \(bytes)", chunks: [1, 3, 1 << 20], options: ReadOptions(encoding: .utf8))
    }

    /// Big enough for several 1 MiB chunks, so chunk validation meets cut characters.
    @Test func multiMegabyteThaiFileGivesTheSameBytes() throws {
        var text: [UInt8] = []
        var r = 0
        while text.count < 3 << 20 {
            text += Array("\(r),ลำดับที่ \(r),\"หลาย\nบรรทัด \"\"ITA\"\"\",0012,\(String(repeating: "มาตรการ", count: r % 13))\r\n".utf8)
            if r % 9_973 == 5 { text += [0x78, 0xE0, 0xB8, 0x0D, 0x0A] }
            r += 1
        }
        for output in Output.allCases {
            let slow = try Self.run(text, output, chunk: CSVReader.chunkSize, fast: false)
            let fast = try Self.run(text, output, chunk: CSVReader.chunkSize, fast: true)
            #expect(fast == slow, "\(output)")
            #expect(fast.notes.contains { $0.kind == .invalidUTF8 })
        }
    }

    @Test func fileAndStandardInputEntryPointsAgree() throws {
        let name = "csv/quotes.csv"
        let path = Self.fixtureRoot.appendingPathComponent(name).path
        let viaFile = BufferedOutput(), viaBytes = BufferedOutput()
        var a = try CSVWriter(output: viaFile), b = try CSVWriter(output: viaBytes)
        let infoA = try CSVReader.stream(path: path, into: &a)
        let infoB = try CSVReader.stream(bytes: try Self.fixtureBytes(name), path: path, into: &b)
        try a.finish(); try b.finish()
        #expect(viaFile.bytes == viaBytes.bytes && infoA.notes == infoB.notes && infoA.byteCount == infoB.byteCount)
        #expect(viaFile.bytes == (try Self.run(try Self.fixtureBytes(name), .csv, chunk: 1 << 20, fast: false)).bytes)
    }

    @Test func limitsStillApply() throws {
        var options = ReadOptions()
        options.limits.maxCSVFieldBytes = 1_000
        let long = Array("a,\"".utf8) + [UInt8](repeating: 0x78, count: 5_000)
        var writer = try CSVWriter(output: BufferedOutput())
        #expect { try CSVReader.stream(bytes: long, path: "big.csv", options: options, into: &writer) } throws: {
            ($0 as? SheetsError)?.code == .limitExceeded && ($0 as? SheetsError)?.path == "big.csv"
        }
        let wide = Array(Array(repeating: "a", count: CellAddress.maxColumn + 1).joined(separator: ",").utf8)
        var json = try JSONWriter(output: BufferedOutput())
        try json.beginSheet(name: "Sheet1")
        #expect(throws: SheetsError.self) { try CSVReader.stream(bytes: wide, path: "w.csv", into: &json) }
    }
}
