import Testing
@testable import Sheets

@Suite struct JSONWriterTests {
    static func json(_ cells: [(String, CellValue)], merged: [String] = [], state: SheetState = .visible, name: String = "Sheet1") -> String {
        let rows = cells.map { Cell(CellAddress(a1: $0.0)!, $0.1) }.reduce(into: [Row]()) { rows, cell in
            if rows.last?.index == cell.address.row { rows[rows.count - 1].cells.append(cell) }
            else { rows.append(Row(index: cell.address.row, cells: [cell])) }
        }
        let sheet = Sheet(name: name, state: state, rows: rows, merged: merged.map { CellRange(a1: $0)! })
        return JSONWriter.string(Workbook(path: "x", format: .xlsx, sheets: [sheet]))
    }

    @Test func canonicalForm() {
        let text = Self.json([
            ("A1", .string("มาตรการ")), ("C2", .number(2564)),
            ("D2", .date(SpreadsheetDate(year: 2021, month: 3, day: 15))),
        ], merged: ["E2:E7"])
        #expect(text == #"{"sheets":[{"name":"Sheet1","cells":[{"row":1,"col":1,"ref":"A1","type":"string","value":"มาตรการ"},{"row":2,"col":3,"ref":"C2","type":"number","value":2564},{"row":2,"col":4,"ref":"D2","type":"date","value":"2021-03-15"}],"merged":["E2:E7"],"state":"visible"}]}"# + "\n")
    }

    @Test(arguments: [
        (CellValue.bool(true), #""type":"bool","value":true"#),
        (.bool(false), #""type":"bool","value":false"#),
        (.number(0.1), #""type":"number","value":0.1"#),
        (.number(1e21), #""type":"number","value":1e+21"#),
        (.number(-0.0), #""type":"number","value":0"#),
        (.number(1_234_567_890_123), #""type":"number","value":1234567890123"#),
        (.number(-1234), #""type":"number","value":-1234"#),
        (.number(-7), #""type":"number","value":-7"#),
        (.number(9_007_199_254_740_991), #""type":"number","value":9007199254740991"#),
        (.number(-9_007_199_254_740_991), #""type":"number","value":-9007199254740991"#),
        (.number(9_007_199_254_740_992), #""type":"number","value":9007199254740992"#),
        (.number(12.5), #""type":"number","value":12.5"#),
        (.number(-.infinity), ##""type":"error","value":"#NUM!""##),
        (.number(.nan), ##""type":"error","value":"#NUM!""##),
        (.duration(-0.25), #""type":"duration","value":"-6:00:00""#),
        (.date(SpreadsheetDate(serial: 44_270.5, kind: .dateTime)), #""type":"date","value":"2021-03-15T12:00:00""#),
        (.date(SpreadsheetDate(serial: 0.75, kind: .timeOfDay)), #""type":"date","value":"18:00:00""#),
        (.error("#DIV/0!"), ##""type":"error","value":"#DIV/0!""##),
    ])
    func types(value: CellValue, expected: String) {
        #expect(Self.json([("B3", value)]).contains(#"{"row":3,"col":2,"ref":"B3","# + expected + "}"))
    }

    @Test(arguments: [
        ("say \"hi\"", #""say \"hi\"""#),
        ("C:\\ita\\แผน", #""C:\\ita\\แผน""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{08}\u{0C}\u{01}\u{1F}", #""\b\f\u0001\u001f""#),
        ("๑๒๓ ม.ค.-มี.ค.๖๔ /", #""๑๒๓ ม.ค.-มี.ค.๖๔ /""#),
        ("\u{7F}\u{2028}😀", "\"\u{7F}\u{2028}😀\""),
    ])
    func escaping(text: String, expected: String) {
        #expect(Self.json([("A1", .string(text))]).contains(#""value":"# + expected + "}"))
    }

    @Test func sheetNameIsEscapedAndStatesListed() {
        let hidden = Sheet(name: "แผน \"2564\"", state: .veryHidden)
        let visible = Sheet(name: "Sheet2")
        let text = JSONWriter.string(Workbook(path: "x", format: .xlsx, sheets: [hidden, visible]))
        #expect(text == #"{"sheets":[{"name":"แผน \"2564\"","cells":[],"merged":[],"state":"veryHidden"},{"name":"Sheet2","cells":[],"merged":[],"state":"visible"}]}"# + "\n")
    }

    @Test func streamingMatchesWholeWorkbook() throws {
        let workbook = try CSVReader.readWorkbook(bytes: CSVFixtures.bytes("plan-utf8.csv"), path: "p")
        let output = BufferedOutput()
        var writer = try JSONWriter(output: output)
        try writer.beginSheet(name: "Sheet1")
        try CSVReader.forEachRow(path: CSVFixtures.path("plan-utf8.csv")) { try writer.write($0) }
        try writer.endSheet()
        try writer.finish()
        #expect(String(decoding: output.bytes, as: UTF8.self) == JSONWriter.string(workbook))
    }

    @Test func emptyWorkbook() {
        #expect(JSONWriter.string(Workbook(path: "x", format: .csv, sheets: [])) == "{\"sheets\":[]}\n")
    }

    /// Addresses written as digits and letters straight into the buffer match `CellAddress.a1`.
    @Test(arguments: [(1, 1), (9, 26), (10, 27), (99, 52), (100, 702), (1_048_576, 703), (123_456, 16_384), (2_000_000, 18_278)])
    func addressesAsDigitsAndLetters(row: Int, column: Int) {
        let a = CellAddress(row: row, column: column)
        let text = JSONWriter.string(Workbook(path: "x", format: .csv, sheets: [
            Sheet(name: "S", rows: [Row(index: row, cells: [Cell(a, .string("v")), Cell(CellAddress(row: row, column: column + 1), .bool(true))])]),
        ]))
        #expect(text.contains(#"{"row":\#(row),"col":\#(column),"ref":"\#(a.a1)","type":"string","value":"v"}"#), "\(text)")
        let b = CellAddress(row: row, column: column + 1)
        #expect(text.contains(#"{"row":\#(row),"col":\#(column + 1),"ref":"\#(b.a1)","type":"bool","value":true}"#), "\(text)")
    }
}
