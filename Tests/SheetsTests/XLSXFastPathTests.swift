import Foundation
import Testing
@testable import Sheets

/// The sheet parser's fast path (whole `<c>` elements read in place) against the generic
/// tokenizer path: the same rows whatever the chunking, and the same as a part that only the
/// generic path can read (every element prefixed, which the fast path declines).
@Suite struct XLSXFastPathTests {
    static let parser = XLSXSheetParser(sharedStrings: ["ก", "ข้อความ ไทย", "", "unit"] as SharedStrings,
                                        styles: [.plain, .date, .dateTime], date1904: false, sheetName: "S")

    /// Every kind of cell the fast path takes or declines, in one small part.
    static let sheet = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H9"/>\
    <sheetData><row r="1" spans="1:8"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
    <c r="C1" t="s"><v>2</v></c><c r="D1"><v>2564</v></c><c r="E1"><v>-1234567.89</v></c>\
    <c r="F1"><v>1.5E-3</v></c><c r="G1" s="1"><v>45200</v></c><c r="H1" s="2"><v>45200.5</v></c></row>\
    <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2" t="str"><f>A1&amp;"x"</f><v>ไทย</v></c>\
    <c r="D2" s="1"/><c r="E2"></c><c r="F2" t="inlineStr"><is><t>ใน &amp; line</t></is></c>\
    <c r="G2" t="str"><v>a &lt; b</v></c><c r="H2" t="str"><v>x_x000D_y</v></c></row>\
    <row r="3"><c r="A3"><f t="shared" ref="A3:A5" si="0">D1*2</f><v>5128</v></c><c r="B3" t='s'><v>3</v></c>\
    <c r="C3" t="n"><v>0.30000000000000004</v></c><c r="D3"><v>1103700012345</v></c></row>\
    <row r="4"><c r="A4"><f t="shared" si="0"/><v>5130</v></c><c r="B4"><f>1/0</f><v></v></c><c t="s"><v>1</v></c><c><v>7</v></c></row>\
    <row r="5"><c r="A5"><f t="shared" si="0"/></c><c r="B5" s="1" t="d"><v>2024-10-01</v></c>\
    <c r="C5" t="inlineStr"><is><t xml:space="preserve"> ไทย </t></is></c><c r="D5" t="inlineStr"><is><t>x</t></is><v>9</v></c>\
    <c r="E5" t="inlineStr"><is><t></t></is></c><c r="F5" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>\
    <row r="7"><c r="C7" t="s"><v> 3 </v></c><c r="D7"><v>\t12 </v></c></row>\
    </sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>
    """

    static func read(_ xml: String, chunk: Int) throws(SheetsError) -> ([Row], [CellRange]) {
        var tok = XMLTokenizer(source: BytesSource(Array(xml.utf8), chunk: chunk, partName: "xl/worksheets/sheet1.xml"))
        var rows: [Row] = []
        let merged = try parser.parse(&tok) { row in rows.append(row) }
        while try tok.next() != .eof {}
        return (rows, merged)
    }

    /// The same part with every element prefixed (`<x:c>`): only the generic path reads it.
    static func prefixed(_ xml: String) -> String {
        var out = ""
        var i = xml.startIndex
        while i < xml.endIndex {
            let ch = xml[i]
            out.append(ch)
            if ch == "<" {
                let next = xml.index(after: i)
                if next < xml.endIndex, xml[next] == "/" { out.append("/"); i = xml.index(after: next) } else { i = next }
                if i < xml.endIndex, xml[i] != "?", xml[i] != "!" { out += "x:" }
                continue
            }
            i = xml.index(after: i)
        }
        return out.replacingOccurrences(of: "<x:worksheet xmlns=", with: "<x:worksheet xmlns:x=")
    }

    static func canonical(_ rows: [Row]) -> [String] {
        rows.flatMap { $0.cells.map { CanonicalCell($0).description } }
    }

    @Test func readsEveryKindOfCell() throws {
        let (rows, merged) = try Self.read(Self.sheet, chunk: 65_536)
        #expect(Self.canonical(rows) == [
            "A1=string:ก", "B1=string:ข้อความ ไทย", "D1=number:2564.0", "E1=number:-1234567.89", "F1=number:0.0015",
            "G1=date:2023-10-01", "H1=date:2023-10-01T12:00:00",
            "A2=bool:true", "B2=error:#DIV/0!", "C2=string:ไทย", "F2=string:ใน & line", "G2=string:a < b", "H2=string:x\ry",
            "A3=number:5128.0", "B3=string:unit", "C3=number:0.30000000000000004", "D3=number:1103700012345.0",
            "A4=number:5130.0", "C4=string:ข้อความ ไทย", "D4=number:7.0",
            "B5=date:2024-10-01", "C5=string: ไทย ", "D5=string:x", "F5=string:ab",
            "C7=string:unit", "D7=number:12.0",
        ])
        #expect(rows.map(\.index) == [1, 2, 3, 4, 5, 7])
        #expect(merged.map(\.a1) == ["A1:B1"])
    }

    /// Shared formulas keep their cached value; a formula cell without `<v>` (never calculated,
    /// as some generators write them) has no value and is left out, like an empty cell.
    @Test func sharedFormulasKeepTheirCachedValue() throws {
        let (rows, _) = try Self.read(Self.sheet, chunk: 65_536)
        let cells = Dictionary(uniqueKeysWithValues: rows.flatMap(\.cells).map { ($0.address.a1, $0.value) })
        #expect(cells["A3"] == .number(5128))
        #expect(cells["A4"] == .number(5130))
        #expect(cells["A5"] == nil)
        #expect(cells["B4"] == nil)  // <f>1/0</f><v></v>
    }

    /// Tokens split at every offset (chunks of 1…n bytes) give the same rows.
    @Test func chunkBoundariesAtEveryOffset() throws {
        let expected = try Self.read(Self.sheet, chunk: 65_536)
        for chunk in [1, 2, 3, 4, 5, 7, 8, 11, 13, 16, 31, 64, 100, 257, 1000] {
            let got = try Self.read(Self.sheet, chunk: chunk)
            #expect(got.0 == expected.0, "chunk \(chunk)")
            #expect(got.1 == expected.1, "chunk \(chunk)")
        }
    }

    @Test func genericPathAgrees() throws {
        let fast = try Self.read(Self.sheet, chunk: 65_536)
        let xml = Self.prefixed(Self.sheet)
        #expect(xml.contains("<x:c r=\"A1\""))
        for chunk in [1, 7, 65_536] {
            let generic = try Self.read(xml, chunk: chunk)
            #expect(generic.0 == fast.0)
            #expect(generic.1 == fast.1)
        }
    }

    /// What the fast path declines is still refused by the generic path, with the same message
    /// whatever the chunking.
    /// A number past the Double range (openpyxl prints DBL_MAX as 1.797693134862316e+308, which
    /// overflows) is Excel's #NUM! in that cell, not a refusal of the whole file.
    @Test(arguments: ["1.797693134862316e+308", "-1e999"])
    func numbersPastTheDoubleRangeAreNumErrors(text: String) throws {
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>\(text)</v></c><c r=\"B1\"><v>2</v></c></row></sheetData></worksheet>"
        for chunk in [1, 3, 65_536] {
            let (rows, _) = try Self.read(xml, chunk: chunk)
            #expect(rows.first?.cells.map(\.value) == [.error("#NUM!"), .number(2)])
        }
    }

    @Test(arguments: [
        ("<c r=\"A1\" t=\"zz\"><v>1</v></c>", "unknown cell type"),
        ("<c r=\"A1\" t=\"s\"><v>9</v></c>", "shared string index"),
        ("<c r=\"A1\"><v>1,5</v></c>", "malformed number"),
        ("<c r=\"A1\" t=\"b\"><v>2</v></c>", "malformed boolean"),
        ("<c r=\"B1\"/><c r=\"A1\"/>", "out of order"),
        ("<c r=\"A2\"><v>1</v></c>", "inside row 1"),
        ("<c r=\"XFE1\"><v>1</v></c>", "past column XFD"),
        ("<c r=\"A1&amp;\"><v>1</v></c>", "malformed cell reference"),
        ("<c r=\"A1\"><v>1</v></d>", "does not match"),
        ("<c r=\"A1\"><v>1</v>", "</row> does not match <c>"),
        ("<c r=\"A1\" t=\"str\"><v>\u{FFFF}&#0;</v></c>", "not a character"),
    ])
    func malformedCellsAreRefused(cell: String, mentions: String) {
        let xml = "<worksheet><sheetData><row r=\"1\">\(cell)</row></sheetData></worksheet>"
        for chunk in [1, 3, 65_536] {
            #expect { _ = try Self.read(xml, chunk: chunk) } throws: { error in
                guard let e = error as? SheetsError else { return false }
                return e.part == "xl/worksheets/sheet1.xml" && e.message.contains(mentions)
            }
        }
    }

    @Test func invalidUTF8InACellIsRefused() {
        var bytes = Array("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>ok".utf8)
        bytes += [0xE0, 0xB8]  // a truncated Thai letter
        bytes += Array("</v></c></row></sheetData></worksheet>".utf8)
        var tok = XMLTokenizer(source: BytesSource(bytes, partName: "xl/worksheets/sheet1.xml"))
        #expect { _ = try Self.parser.parse(&tok) { _ in } } throws: { error in
            (error as? SheetsError)?.code == .invalidTextEncoding
        }
    }

    /// The decimal fast path (≤ 15 digits, no exponent) is correctly rounded: it agrees with
    /// `strtod` on every input, and the shortest text of a Double reads back as that Double.
    @Test func decimalFastPathRoundTrips() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...15, using: &rng)
            let mantissa = Int.random(in: 0..<Int(pow(10.0, Double(digits))), using: &rng)
            let point = Int.random(in: 0...min(digits, 15), using: &rng)
            var text = String(mantissa)
            if point > 0 {
                text = String(repeating: "0", count: max(0, point - text.count + 1)) + text
                text.insert(".", at: text.index(text.endIndex, offsetBy: -point))
            }
            if Bool.random(using: &rng) { text = "-" + text }
            #expect(XLSXSheetParser.double(Array(text.utf8)[...]) == strtod(text, nil), "\(text)")
            let d = Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &rng))
            let shortest = "\(d)"
            if !shortest.contains("e") {
                #expect(XLSXSheetParser.double(Array(shortest.utf8)[...]) == d, "\(shortest)")
            }
        }
    }

    @Test(arguments: [("1.", 1.0), (".5", 0.5), ("00012.50", 12.5), ("-1234567.89", -1234567.89),
                      ("123456789012345.5", 123456789012345.5), ("9007199254740993", 9007199254740992)])
    func decimalEdges(text: String, value: Double) {
        #expect(XLSXSheetParser.double(Array(text.utf8)[...]) == value)
    }

    static let sharedStrings = """
    <?xml version="1.0" encoding="UTF-8"?>
    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">    <si><t>กองคลัง</t></si><si><t xml:space="preserve"> เว้น วรรค </t></si><si><t>a &amp; b</t></si>    <si><r><rPr><b/></rPr><t>ตัว</t></r><r><t>หนา</t></r></si><si><t>อ่าน</t><rPh sb="0" eb="1"><t>x</t></rPh></si>    <si><t>line_x000D_break</t></si><si><t/></si><si/>
    <si>
      <t>spaced</t>
    </si><si><t></t></si></sst>
    """

    static func strings(_ xml: String, chunk: Int) throws(SheetsError) -> [String] {
        var tok = XMLTokenizer(source: BytesSource(Array(xml.utf8), chunk: chunk, partName: "xl/sharedStrings.xml"))
        let strings = try XLSXParts.sharedStrings(&tok, maxCount: 100)
        return strings.strings
    }

    @Test func sharedStringsAtEveryChunkSizeAndOnTheGenericPath() throws {
        let expected = ["กองคลัง", " เว้น วรรค ", "a & b", "ตัวหนา", "อ่าน", "line\rbreak", "", "", "spaced", ""]
        for chunk in [1, 2, 3, 5, 8, 13, 64, 65_536] {
            #expect(try Self.strings(Self.sharedStrings, chunk: chunk) == expected, "chunk \(chunk)")
            #expect(try Self.strings(Self.prefixed(Self.sharedStrings).replacingOccurrences(of: "<x:sst xmlns=", with: "<x:sst xmlns:x="),
                                     chunk: chunk) == expected, "generic, chunk \(chunk)")
        }
        #expect {
            var tok = Self.tokenizer(Self.sharedStrings)
            _ = try XLSXParts.sharedStrings(&tok, maxCount: 3)
        } throws: {
            ($0 as? SheetsError)?.code == .limitExceeded
        }
    }

    static func tokenizer(_ xml: String) -> XMLTokenizer {
        XMLTokenizer(source: BytesSource(Array(xml.utf8), partName: "xl/sharedStrings.xml"))
    }
}
