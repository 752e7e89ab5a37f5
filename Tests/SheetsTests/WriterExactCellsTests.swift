import Foundation
import Testing
@testable import Sheets

/// Numbers that need 17 significant digits and error values come back exactly from the XLSX
/// writer (libxlsxwriter prints `%.16G` and has no error cell; see `ExactCell`): through the
/// toolkit's reader, through openpyxl and python-calamine
/// (`Tests/SheetsTests/Support/read_exact_values.py`), and as the golden sheet part
/// `Tests/Fixtures/writer/exactCells/sheet1.xml`.
@Suite struct WriterExactCellsTests {
    /// Values at the edges of what `%.16G` loses or keeps, each in column A of its own row.
    static let numbers: [Double] = [
        0.1 + 0.2,                      // 0.30000000000000004: 17 digits
        5e-324,                         // the smallest subnormal
        1.7976931348623157e308,         // the largest double: 17 digits
        Double(9_007_199_254_740_993),  // 2^53 + 1 as a double (2^53): 16 digits, kept by %.16G
        -0.0,
        12_345_678_901_234_568,         // a 17-digit whole number
        0x1p-1022,                      // the smallest normal, a power of two
        0x1p60,
        1_103_700_012_345,              // a 13-digit ID as a number
        44_270.123_456_789_012,         // a date-time serial with a long fraction
        -2.2250738585072014e-308,
        0.1,
        2564,
    ]

    static func write(numbers: [Double], errors: [String], to path: String, constantMemory: Bool) throws {
        var writer = try XLSXWriter(path: path, constantMemory: constantMemory)
        let sheet = try writer.addSheet(named: "ค่า")
        for row in 1...max(numbers.count, errors.count) {
            if row <= numbers.count {
                try writer.write(.number(numbers[row - 1]), at: CellAddress(row: row, column: 1), in: sheet,
                                 style: row % 2 == 1 ? CellStyle(bold: true) : nil)
            }
            if row <= errors.count {
                try writer.write(.error(errors[row - 1]), at: CellAddress(row: row, column: 2), in: sheet,
                                 style: row % 2 == 0 ? CellStyle(bold: true) : nil)
            }
        }
        try writer.setProperties(DocumentProperties(created: SpreadsheetDate(serial: 44_270.5, kind: .dateTime)))
        try writer.close()
    }

    static let errors = WriterGuards.errorLiterals.sorted()

    @Test(arguments: [false, true])
    func everyNumberAndErrorComesBack(constantMemory: Bool) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.write(numbers: Self.numbers, errors: Self.errors, to: path, constantMemory: constantMemory)
        let sheet = try XLSXReader.readWorkbook(path: path).sheets[0]
        for (i, n) in Self.numbers.enumerated() {
            let address = CellAddress(row: i + 1, column: 1)
            guard case .number(let got)? = sheet[address] else {
                Issue.record("\(address.a1): \(String(describing: sheet[address])) instead of \(n)")
                continue
            }
            #expect(got.bitPattern == n.bitPattern, "\(address.a1): \(got) instead of \(n)")
        }
        for (i, e) in Self.errors.enumerated() {
            #expect(sheet[CellAddress(row: i + 1, column: 2)] == .error(e))
        }
    }

    /// The independent readers get the same doubles and see error cells, not formulas or text.
    @Test func independentReadersAgree() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.write(numbers: Self.numbers, errors: Self.errors, to: path, constantMemory: true)
        let script = WriterTestSupport.testsDirectory.appendingPathComponent("Support/read_exact_values.py").path
        let read = try JSONDecoder().decode([String: [String: [String]?]].self,
                                            from: WriterTestSupport.run(["python3", script, path]))
        for (i, n) in Self.numbers.enumerated() {
            let ref = "A\(i + 1)"
            let hex = n.hexForPython
            // openpyxl parses the text "-0" as the integer 0 (Excel shows no negative zero either).
            #expect(read[ref]?["openpyxl"] == ["number", n == 0 ? 0.0.hexForPython : hex], "openpyxl \(ref)")
            #expect(read[ref]?["calamine"] == ["number", hex], "calamine \(ref)")
        }
        for (i, e) in Self.errors.enumerated() {
            let ref = "B\(i + 1)"
            #expect(read[ref]?["openpyxl"] == ["error", e], "openpyxl \(ref)")
            #expect(read[ref]?["calamine"] == ["string", ""], "calamine \(ref): its binding gives an error cell as \"\"")
        }
    }

    /// The rewritten sheet part, element by element as Excel writes such cells.
    @Test func sheetPartMatchesGolden() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.write(numbers: Self.numbers, errors: Self.errors, to: path, constantMemory: false)
        let part = try #require(try WriterTestSupport.parts(path)["xl/worksheets/sheet1.xml"])
        let golden = WriterTestSupport.fixtures.appendingPathComponent("exactCells/sheet1.xml")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try part.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(golden.path); run again to compare")
        }
        #expect(part == (try String(contentsOf: golden, encoding: .utf8)))
    }

    /// A workbook with no such cell is written by libxlsxwriter alone: the same bytes whether
    /// or not it holds numbers that `%.16G` keeps.
    @Test func workbookWithoutSuchCellsIsNotRewritten() throws {
        let kept = Self.numbers.filter { !ExactCell.needsExactText($0) }
        #expect(kept.count >= 7 && kept.count < Self.numbers.count)
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.write(numbers: kept, errors: [], to: path, constantMemory: false)
        let part = try #require(try WriterTestSupport.parts(path)["xl/worksheets/sheet1.xml"])
        for n in kept { #expect(part.contains("<v>\(LXW.numberText(n))</v>"), "\(n)") }
        // libxlsxwriter's zip code records "version made by" 0; libzip, which rewrites a part, 63.
        #expect(Set(try Self.madeBy(path).values) == [0])
    }

    /// A rewrite replaces the sheet part alone; every other part stays libxlsxwriter's.
    @Test func onlyTheSheetPartIsReplaced() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.write(numbers: [0.1 + 0.2], errors: ["#N/A"], to: path, constantMemory: true)
        let versions = try Self.madeBy(path)
        #expect(versions["xl/worksheets/sheet1.xml"] == 63)
        #expect(versions.filter { $0.key != "xl/worksheets/sheet1.xml" }.values.allSatisfy { $0 == 0 })
        #expect(versions.count == 9)
    }

    /// "Version made by" of every zip entry, by name (Python's zipfile).
    static func madeBy(_ path: String) throws -> [String: Int] {
        try JSONDecoder().decode([String: Int].self, from: WriterTestSupport.run([
            "python3", "-c", "import json, sys, zipfile; print(json.dumps({i.filename: i.create_version for i in zipfile.ZipFile(sys.argv[1]).infolist()}))", path,
        ]))
    }

    /// Overwritten cells lose their rewrite: a later value, a styled merge over the cell (an
    /// unstyled merge leaves the other cells of its range as they are).
    @Test func overwrittenCellsAreLeftAlone() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "ก")
        let a1 = CellAddress(row: 1, column: 1), b2 = CellAddress(row: 2, column: 2), c3 = CellAddress(row: 3, column: 3)
        try writer.write(.number(0.1 + 0.2), at: a1, in: sheet)
        try writer.write(.string("ข้อความ"), at: a1, in: sheet)
        try writer.write(.error("#N/A"), at: b2, in: sheet)
        try writer.merge(CellRange(start: CellAddress(row: 2, column: 1), end: b2), value: .number(1.5), in: sheet, style: CellStyle(bold: true))
        try writer.write(.error("#DIV/0!"), at: CellAddress(row: 2, column: 4), in: sheet)
        try writer.merge(CellRange(a1: "C2:D2")!, value: .number(2.5), in: sheet)
        try writer.write(.error("#REF!"), at: c3, in: sheet)
        try writer.write(.number(0.1 + 0.2), at: c3, in: sheet)
        try writer.close()
        let read = try XLSXReader.readWorkbook(path: path).sheets[0]
        #expect(read[a1] == .string("ข้อความ"))
        #expect(read[b2] == nil)
        #expect(read[CellAddress(row: 2, column: 1)] == .number(1.5))
        #expect(read[CellAddress(row: 2, column: 4)] == .error("#DIV/0!"))
        #expect(read[c3] == .number(0.1 + 0.2))
    }

    /// The cheap test agrees with parsing libxlsxwriter's own text back, on random bit patterns
    /// (every exponent), random decimals of 15 to 17 digits, whole numbers around 2^53 and
    /// every power of two.
    @Test func cheapTestAgreesWithTheLibrarysText() {
        var rng = RoundTripPropertyTests.SeededGenerator(state: 0x5EED)
        var values: [Double] = (-1074...1023).map { Double(sign: .plus, exponent: $0, significand: 1) }
        for _ in 0..<50_000 {
            let bits = Double(bitPattern: rng.next())
            if bits.isFinite { values.append(bits) }
            values.append(Double.random(in: -1e6...1e6, using: &rng))
            values.append(Double(Int64.random(in: 9_007_199_254_740_000...9_007_199_254_741_000, using: &rng)) * [1, -1, 0.5, 2].randomElement(using: &rng)!)
            values.append(Double("0.\(UInt64.random(in: 100_000_000_000_000...99_999_999_999_999_999, using: &rng))e\(Int.random(in: -300...300, using: &rng))")!)
        }
        var wrong: [Double] = []
        for n in values where ExactCell.needsExactText(n) != (Double(LXW.numberText(n))?.bitPattern != n.bitPattern) {
            wrong.append(n)
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.debugDescription))")
        #expect(values.filter(ExactCell.needsExactText).count > values.count / 10)
    }
}

extension Double {
    /// Python's `float.hex()` form: `0x1.3333333333334p-2`, `0x0.0000000000001p-1022`, `-0x0.0p+0`.
    var hexForPython: String {
        let sign = self.sign == .minus ? "-" : ""
        if self == 0 { return sign + "0x0.0p+0" }
        let digits = String(significandBitPattern, radix: 16)
        let exponent = isNormal ? Int(self.exponent) : -1022
        return "\(sign)0x\(isNormal ? 1 : 0).\(String(repeating: "0", count: 13 - digits.count) + digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }
}
