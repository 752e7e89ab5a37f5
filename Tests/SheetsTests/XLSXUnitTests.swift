import Testing
@testable import Sheets

@Suite struct XLSXNumberFormatTests {
    @Test(arguments: [
        ("General", NumberFormatKind.plain), ("0.00E+00", .plain), ("#,##0", .plain), ("@", .plain), ("0.00%", .plain),
        ("\"Date: \"0.00", .plain), ("[Red]#,##0", .plain), ("#,##0.00_);[Red](#,##0.00)", .plain), ("\\d0", .plain),
        ("yyyy-mm-dd", .date), ("d/m/yy", .date), ("mmm-yy", .date), ("[$-th-TH,107]d mmmm bbbb", .date),
        ("[$-41E]d/m/bb", .date), ("[$-D07041E]d mmm yy", .date), ("ว/ด/ปปปป", .date), ("dd\\-mm\\-yyyy", .date),
        ("[h]:mm:ss", .duration), ("[mm]:ss", .duration), ("[ss]", .duration), ("[ช]:นน:ทท", .duration),
        ("h:mm", .timeOfDay), ("hh:mm:ss AM/PM", .timeOfDay), ("mm:ss", .timeOfDay), ("mm:ss.0", .timeOfDay), ("ช:นน", .timeOfDay),
        ("m/d/yyyy h:mm", .dateTime), ("[$-41E]d/m/yy h:mm", .dateTime), ("yyyy-mm-dd\"T\"hh:mm:ss", .dateTime),
    ])
    func customCodes(code: String, kind: NumberFormatKind) {
        #expect(NumberFormatKind.custom(code) == kind)
    }

    @Test(arguments: [(0, NumberFormatKind.plain), (14, .date), (22, .dateTime), (21, .timeOfDay), (46, .duration),
                      (49, .plain), (31, .date), (71, .date), (79, .duration), (4, .plain)])
    func builtInIDs(id: Int, kind: NumberFormatKind) {
        #expect(NumberFormatKind.builtIn(id) == kind)
    }

    /// The cell's value is the serial; the format only says that it is a date. What the format
    /// does not show (a time under a date format, a date under a time format) is kept.
    static let serialCases: [(NumberFormatKind, Double, Bool, String)] = [
        (.date, 41_333.5, false, "2013-02-28T12:00:00"), (.date, 44_270, false, "2021-03-15"),
        (.date, 44_270.000_011_574, false, "2021-03-15T00:00:01"), (.date, 0, false, "1899-12-30"),
        (.date, 44_270.000_000_001, false, "2021-03-15"),  // under a millisecond: nothing to show
        (.timeOfDay, 44_270.25, false, "2021-03-15T06:00:00"), (.timeOfDay, 0, false, "00:00:00"),
        (.timeOfDay, 0.5, false, "12:00:00"), (.timeOfDay, 1.5, false, "1900-01-01T12:00:00"),
        (.timeOfDay, 0.5, true, "12:00:00"), (.timeOfDay, 0.999_999_999_9, false, "1899-12-31T00:00:00"),
        (.dateTime, 44_270, false, "2021-03-15T00:00:00"), (.date, 42_443.5, true, "2020-03-15T12:00:00"),
    ]

    @Test(arguments: serialCases)
    func dateKindKeepsTheWholeSerial(format: NumberFormatKind, number: Double, date1904: Bool, iso: String) throws {
        let value = XLSXSheetParser.apply(format, to: number, date1904: date1904)
        guard case .date(let date) = value else { Issue.record("not a date: \(value)"); return }
        #expect(date.iso8601 == iso)
    }
}

@Suite struct XLSXEscapeTests {
    @Test(arguments: [
        ("a_x000D_b", "a\rb"), ("_x005F_x000D_", "_x000D_"), ("no escapes", "no escapes"), ("_x00_", "_x00_"),
        ("_xD83D__xDE00_", "😀"), ("_xD83D_ alone", "_xD83D_ alone"), ("ไทย_x0009_", "ไทย\t"),
    ])
    func decodes(raw: String, decoded: String) {
        #expect(String(decoding: OOXMLEscapes.decode(Array(raw.utf8)), as: UTF8.self) == decoded)
    }
}

@Suite struct XMLTokenizerTests {
    /// A tokenizer run reduced to a string: `<name`, `>` for an end, `"text"`.
    static func trace(_ xml: String, chunk: Int) throws(SheetsError) -> String {
        var tok = XMLTokenizer(source: BytesSource(Array(xml.utf8), chunk: chunk))
        var out = ""
        while true {
            switch try tok.next() {
            case .eof: return out
            case .start:
                out += "<" + tok.string(tok.local)
                if let v = try tok.attributeString("v") { out += "[\(v)]" }
            case .end: out += ">"
            case .text:
                var bytes: [UInt8] = []
                try tok.appendText(to: &bytes)
                out += "\"" + String(decoding: bytes, as: UTF8.self) + "\""
            }
        }
    }

    static let document = """
    \u{FEFF}<?xml version="1.0"?><!-- c -- > --><x:a v='1 &gt; 0'><b v="&#x0E01;&amp;"/>t&lt;&#3585;<![CDATA[<&>]]><?pi x?></x:a>
    """

    /// Every chunk size gives the same tokens: tokens split across refills are reassembled.
    @Test(arguments: [1, 2, 3, 5, 7, 16, 64, 65_536])
    func chunkBoundaries(chunk: Int) throws {
        #expect(try Self.trace(Self.document, chunk: chunk) == "<a[1 > 0]<b[ก&]>\"t<ก\"\"<&>\">")
    }

    /// XML 1.0 §2.11: raw CR LF and lone CR reach the reader as LF (CDATA too); a CR written as
    /// a character reference is data and stays.
    @Test(arguments: [1, 2, 3, 64])
    func lineEndsAreNormalised(chunk: Int) throws {
        let xml = "<a>one\r\ntwo\rthree&#13;four<![CDATA[x\r\ny]]></a>"
        #expect(try Self.trace(xml, chunk: chunk) == "<a\"one\ntwo\nthree\rfour\"\"x\ny\">")
    }

    @Test(arguments: [
        ("<!DOCTYPE a><a/>", "DTD"), ("<a><!ENTITY x 'y'></a>", "DTD"), ("<a>&foo;</a>", "unknown entity"),
        ("<a></b>", "does not match"), ("<a>", "ends inside"), ("<a v=1/>", "unquoted"), ("<a>&#0;</a>", "not a character"),
        ("<a>&#xD800;</a>", "not a character"), ("", "no XML content"), ("<a v=\"x></a>", "ends inside a start tag"),
    ])
    func malformedInputIsATypedError(xml: String, mentions: String) {
        #expect { _ = try Self.trace(xml, chunk: 3) } throws: { error in
            guard let e = error as? SheetsError else { return false }
            return e.part == "memory.xml" && e.message.contains(mentions)
        }
    }

    @Test func nestingAndAttributeCountsAreBounded() throws {
        let deep = String(repeating: "<a>", count: XMLTokenizer.maxDepth + 1)
        let wide = "<a " + (0...XMLTokenizer.maxAttributes).map { "x\($0)=''" }.joined(separator: " ") + "/>"
        for xml in [deep, wide] {
            #expect { _ = try Self.trace(xml, chunk: 65_536) } throws: { error in
                (error as? SheetsError)?.code == .limitExceeded && (error as? SheetsError)?.part == "memory.xml"
            }
        }
        #expect(try Self.trace(String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100), chunk: 7).count == 300)
    }

    @Test(arguments: [
        ("0.1", 0.1), ("1.7976931348623157E308", 1.7976931348623157e308), ("-5e-324", -5e-324), ("1103700012345", 1_103_700_012_345),
        ("123456789012345678", 123_456_789_012_345_678), ("0.30000000000000004", 0.30000000000000004), ("-0", -0.0), ("+12", 12),
    ])
    func numbersParseExactly(text: String, value: Double) {
        #expect(XLSXSheetParser.double(Array(text.utf8)[...]) == value)
    }

    @Test(arguments: ["inf", "nan", "0x10", "1e999", "", "1,5", "--1"])
    func nonNumbersAreRejected(text: String) {
        #expect(XLSXSheetParser.double(Array(text.utf8)[...]) == nil)
    }

    @Test(arguments: [
        ("../xl/./sharedStrings.xml", "xl/workbook.xml", "xl/sharedStrings.xml"),
        ("/xl/worksheets/sheet2.xml", "xl/workbook.xml", "xl/worksheets/sheet2.xml"),
        ("Worksheets\\SHEET1.xml", "xl/workbook.xml", "xl/Worksheets/SHEET1.xml"),
        ("xl/workbook.xml", "", "xl/workbook.xml"),
        ("sheet%201.xml", "xl/worksheets/x.xml", "xl/worksheets/sheet 1.xml"),
    ])
    func relationshipTargetsResolve(target: String, source: String, part: String) {
        #expect(XLSXParts.resolve(target, from: source) == part)
    }
}
