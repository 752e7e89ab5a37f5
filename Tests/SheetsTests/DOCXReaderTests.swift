import Foundation
import Testing
@testable import Sheets

/// Word documents (python-docx and LibreOffice) read as one sheet: paragraphs and table rows in
/// reading order, merges as merged ranges, nested tables flattened into their cell.
@Suite struct DOCXReaderTests {
    static func docx(_ name: String) -> String { XLSXFixtures.root.appendingPathComponent("docx/\(name)").path }

    static func cells(_ sheet: Sheet) -> [String: String] {
        var out: [String: String] = [:]
        for row in sheet.rows { for cell in row.cells { out[cell.address.a1] = cell.value.text ?? "\(cell.value)" } }
        return out
    }

    @Test func wordFeaturesBecomeRowsCellsAndMerges() throws {
        let workbook = try SpreadsheetReader.read(path: Self.docx("features.docx"))
        #expect(workbook.format == .docx)
        let sheet = try #require(workbook.sheets.first)
        #expect(workbook.sheets.count == 1)
        #expect(sheet.name == "features")
        #expect(Self.cells(sheet) == [
            "A1": "ชื่อเรื่อง\tแท็บ",
            "A2": "บรรทัดแรก\nบรรทัดสอง",
            // A3: an empty paragraph, an empty row.
            "A4": "ก", "B4": "ข", "C4": "ค", "D4": "ง",
            "A5": "สูงสามแถว", "B5": "กว้างสองช่อง", "D5": "หนึ่ง",
            "B6": "ย่อหน้าที่หนึ่ง\nย่อหน้าที่สอง", "C6": "0012",
            // python-docx puts the paragraph every table in a cell needs after the nested table: an empty line.
            "B7": "ก่อนตารางซ้อน\nซ้อน11\tซ้อน12\nซ้อน21\tซ้อน22\n\nหลังตารางซ้อน",
            "C7": "เพิ่มใหม่",
            "B8": "ในตัวควบคุม",
            "A9": "ลงชื่อ",
        ])
        #expect(sheet.merged.map(\.a1).sorted() == ["A5:A7", "B5:C5"])
    }

    @Test func libreOfficeRowspanAndColspanAreMerges() throws {
        let sheet = try #require(try SpreadsheetReader.read(path: Self.docx("libreoffice-merges.docx")).sheets.first)
        let cells = Self.cells(sheet)
        #expect(cells["A1"] == "หัวเรื่อง")
        #expect(cells["C3"] == "รายงานทุกเดือน" && cells["C4"] == nil)
        #expect(cells["A5"] == "รวมสองช่อง" && cells["C5"] == "สาม")
        #expect(sheet.merged.map(\.a1).sorted() == ["A5:B5", "C3:C4"])
    }

    @Test func theSampleReportKeepsItsMonitoringMergeAndOneResultsHeader() throws {
        let sheet = try #require(try SpreadsheetReader.read(path: Self.docx("kudjok-2564-report.docx")).sheets.first)
        #expect(sheet.name == "kudjok-2564-report")
        // The plan's monitoring cell, written once for six rows.
        #expect(sheet.merged.map(\.a1) == ["E24:E29"])
        let headers = sheet.rows.filter { row in row.cells.contains { $0.value.text == "ข้อเสนอแนะ" } }
        #expect(headers.count == 1, "Word repeats a header row on paper only")
    }

    @Test func standardInputReadsTheSame() throws {
        let path = Self.docx("features.docx")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromMemory = try #require(try SpreadsheetReader.read(bytes: bytes, path: "-").sheets.first)
        let fromFile = try #require(try SpreadsheetReader.read(path: path).sheets.first)
        #expect(fromMemory.rows == fromFile.rows)
        #expect(fromMemory.merged == fromFile.merged)
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var file: String
        var code: SheetsError.Code
        var mentions: [String]
        var testDescription: String { file }
    }

    @Test(arguments: [
        Hostile(file: "hostile_bomb.docx", code: .limitExceeded, mentions: ["word/document.xml", "200 times"]),
        Hostile(file: "hostile_deep_nesting.docx", code: .limitExceeded, mentions: ["word/document.xml", "nested more than 1024"]),
        Hostile(file: "hostile_doctype.docx", code: .malformed, mentions: ["word/document.xml", "DOCTYPE"]),
        Hostile(file: "hostile_no_document.docx", code: .malformed, mentions: ["no document part"]),
    ])
    func hostileDocumentsAreRefusedWithTypedErrors(_ c: Hostile) throws {
        let path = Self.docx(c.file)
        let clock = ContinuousClock(), start = clock.now
        var caught: SheetsError?
        do { _ = try SpreadsheetReader.read(path: path) } catch { caught = error }
        let error = try #require(caught, "\(c.file) was read")
        #expect(error.code == c.code, "\(error)")
        #expect(error.path == path)
        for text in c.mentions { #expect(error.description.contains(text), "\(error)") }
        // A hang guard, not a speed test: an unguarded bomb or loop runs for minutes.
        #expect(clock.now - start < .seconds(60))
    }

    @Test func aRowWiderThanTheSheetIsALimit() throws {
        let xml = Array("""
        <w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="16384"/></w:tcPr><w:p/></w:tc>\
        <w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>
        """.utf8)
        var tok = XMLTokenizer(source: BytesSource(xml, partName: "word/document.xml", path: "wide.docx"))
        var parser = DOCXBodyParser(sheetName: "S", maxCells: 100)
        #expect { _ = try parser.parse(&tok) } throws: { ($0 as? SheetsError)?.code == .limitExceeded }
    }

    @Test func cellsPastTheBudgetAreALimit() throws {
        let rows = String(repeating: "<w:p><w:r><w:t>x</w:t></w:r></w:p>", count: 11)
        let xml = Array("<w:document xmlns:w=\"w\"><w:body>\(rows)</w:body></w:document>".utf8)
        var tok = XMLTokenizer(source: BytesSource(xml, partName: "word/document.xml", path: "many.docx"))
        var parser = DOCXBodyParser(sheetName: "S", maxCells: 10)
        #expect { _ = try parser.parse(&tok) } throws: { ($0 as? SheetsError)?.code == .limitExceeded }
    }
}

extension DOCXReaderTests {
    /// Empty merged cells hold no value, but each range counts against the cell budget.
    @Test func emptyMergesCountAgainstTheBudget() throws {
        let row = "<w:tr>" + String(repeating: "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p/></w:tc>", count: 6) + "</w:tr>"
        let xml = Array("<w:document xmlns:w=\"w\"><w:body><w:tbl>\(row)\(row)</w:tbl></w:body></w:document>".utf8)
        var tok = XMLTokenizer(source: BytesSource(xml, partName: "word/document.xml", path: "merges.docx"))
        var parser = DOCXBodyParser(sheetName: "S", maxCells: 10)
        #expect { _ = try parser.parse(&tok) } throws: { ($0 as? SheetsError)?.code == .limitExceeded }
        var again = XMLTokenizer(source: BytesSource(xml, partName: "word/document.xml", path: "merges.docx"))
        var roomy = DOCXBodyParser(sheetName: "S", maxCells: 12)
        #expect(try roomy.parse(&again).merged.count == 12)
    }
}

extension DOCXReaderTests {
    /// A title block in a text box (LibreOffice Writer frame): its paragraphs are rows before the
    /// paragraph it is anchored to, once (the VML copy in mc:Fallback is not read again).
    @Test func textBoxParagraphsAreRows() throws {
        let sheet = try #require(try SpreadsheetReader.read(path: Self.docx("libreoffice-textbox.docx")).sheets.first)
        #expect(sheet.rows.map { $0.cells.map(\.address.a1) } == [["A1"], ["A2"], ["A3"], ["A4"]])
        #expect(sheet.rows.compactMap { $0.cells.first?.value.text } == [
            "องค์การบริหารส่วนตำบลกุดจอก", "อำเภอบัวใหญ่ จังหวัดนครราชสีมา", "ก่อนกรอบ", "หลังกรอบ",
        ])
    }
}
