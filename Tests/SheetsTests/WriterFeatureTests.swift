import Foundation
import Testing
@testable import Sheets
import CXLSXWriter

/// Everything the results workbook uses, read back with openpyxl.
@Suite struct WriterFeatureTests {
    static let sarabun = "TH SarabunPSK"

    @Test func stylesPageSetupAndSheetFeaturesRoundTrip() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let report = try writer.addSheet(named: "ผลการดำเนินการ")
        let summary = try writer.addSheet(named: "สรุป")
        let hidden = try writer.addSheet(named: "ข้อมูล")

        let header = CellStyle(fontName: Self.sarabun, fontSize: 16, bold: true, fill: 0xD9E1F2, wrap: true,
                               horizontal: .center, vertical: .center, border: true)
        let body = CellStyle(fontName: Self.sarabun, fontSize: 16, italic: true, underline: true, fontColor: 0xC00000,
                             vertical: .top, numberFormat: "#,##0.00")
        for (i, title) in ["มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา", "การกำกับติดตาม"].enumerated() {
            try writer.write(.string(title), at: CellAddress(row: 3, column: i + 1), in: report, style: header)
        }
        try writer.write(.number(1234.5), at: CellAddress(row: 4, column: 1), in: report, style: body)
        try writer.setColumnWidth(40, columns: 1...2, in: report)
        try writer.setRowHeight(30, row: 3, in: report)
        var setup = PageSetup()
        setup.landscape = true
        setup.fitToPagesWide = 1
        setup.repeatRows = 1...3
        setup.footer = "&Cหน้า &P / &N"
        setup.header = "&Rแบบ ITA"
        setup.margins = (left: 0.5, right: 0.4, top: 0.75, bottom: 0.6)
        setup.centerHorizontally = true
        try writer.setPageSetup(setup, in: report)
        writer.freezePanes(at: CellAddress(row: 4, column: 2), in: report)
        try writer.autofilter(try #require(CellRange(a1: "A3:E10")), in: report)
        try writer.addComment("ควรระบุหน่วยงาน", at: CellAddress(row: 4, column: 3), in: report, author: "ita")
        try writer.writeInternalLink(text: "ไปที่ C7", to: CellAddress(row: 7, column: 3), onSheet: writer.name(of: report),
                                     at: CellAddress(row: 1, column: 1), in: summary)
        try writer.write(.string("หมวด"), at: CellAddress(row: 2, column: 1), in: summary)
        try writer.write(.number(3), at: CellAddress(row: 2, column: 2), in: summary)
        try writer.write(.string("ผ่าน"), at: CellAddress(row: 3, column: 1), in: summary)
        try writer.write(.number(5), at: CellAddress(row: 3, column: 2), in: summary)
        var spec = ColumnChart(title: "จำนวนข้อค้นพบ",
                               categories: .init(sheet: "สรุป", range: try #require(CellRange(a1: "A2:A3"))),
                               values: .init(sheet: "สรุป", range: try #require(CellRange(a1: "B2:B3"))))
        spec.seriesName = "จำนวน"
        spec.fontName = Self.sarabun
        try writer.addColumnChart(spec, at: CellAddress(row: 5, column: 4), in: summary)
        writer.setHidden(hidden)
        writer.activate(summary)
        try writer.setProperties(DocumentProperties(title: "รายงาน ITA", subject: "O43", author: "ita", company: "อบต.",
                                                    keywords: "ITA", comments: "ทดสอบ",
                                                    created: SpreadsheetDate(serial: 44_270.5, kind: .dateTime)))
        try writer.close()

        let info = try WriterTestSupport.inspect(path)
        #expect(info.sheets.map(\.name) == ["ผลการดำเนินการ", "สรุป", "ข้อมูล"])
        #expect(info.sheets.map(\.state) == ["visible", "visible", "hidden"])
        #expect(info.active == "สรุป")
        #expect(info.properties.title == "รายงาน ITA" && info.properties.creator == "ita" && info.properties.subject == "O43")
        #expect(info.properties.created == "2021-03-15T12:00:00")

        let r = try info.sheet("ผลการดำเนินการ")
        let h = try #require(r.cells["C3"])
        #expect(h.value == .string("ผู้รับผิดชอบ"))
        #expect(h.font == Self.sarabun && h.size == 16 && h.bold && h.wrap && h.border == "thin")
        #expect(h.fill == "D9E1F2" && h.horizontal == "center" && h.vertical == "center")
        let b = try #require(r.cells["A4"])
        #expect(b.value == .number(1234.5) && b.number_format == "#,##0.00")
        #expect(b.italic && b.underline == "single" && b.color == "C00000" && b.vertical == "top")
        #expect(r.orientation == "landscape" && r.paperSize == 9)
        #expect(r.fitToPage && (r.fitToWidth ?? 1) == 1 && r.fitToHeight == 0)  // 1 is the default, so omitted
        #expect(r.printTitleRows == "$1:$3")
        #expect(r.footer == "หน้า &P / &N" && r.header == "แบบ ITA")
        #expect(r.margins.left == 0.5 && r.margins.right == 0.4 && r.margins.bottom == 0.6)
        #expect(r.centerHorizontally)
        #expect(r.freezePanes == "B4")
        #expect(r.autoFilter == "A3:E10")
        #expect(r.comments["C4"]?.text == "ควรระบุหน่วยงาน" && r.comments["C4"]?.author == "ita")
        #expect(r.columnWidths["A"] != nil && r.rowHeights["3"] == 30)

        let s = try info.sheet("สรุป")
        #expect(s.hyperlinks["A1"]?.location == "'ผลการดำเนินการ'!C7")
        #expect(s.cells["A1"]?.value == .string("ไปที่ C7"))
        #expect(s.charts == 1)
        let chart = String(decoding: try WriterTestSupport.run(["unzip", "-p", path, "xl/charts/chart1.xml"]), as: UTF8.self)
        #expect(chart.contains("จำนวนข้อค้นพบ") && chart.contains(Self.sarabun) && chart.contains("'สรุป'!$B$2:$B$3"))
    }

    struct ValueCase: Sendable, CustomTestStringConvertible {
        var id: String
        var value: CellValue
        var type: String
        var shown: JSONValue
        var numberFormat: String
        var testDescription: String { id }
    }

    static let valueCases: [ValueCase] = [
        ValueCase(id: "number", value: .number(2564), type: "n", shown: .number(2564), numberFormat: "General"),
        ValueCase(id: "negative fraction", value: .number(-0.125), type: "n", shown: .number(-0.125), numberFormat: "General"),
        ValueCase(id: "bool", value: .bool(true), type: "b", shown: .bool(true), numberFormat: "General"),
        ValueCase(id: "date", value: .date(SpreadsheetDate(year: 2021, month: 3, day: 15)), type: "d",
                  shown: .string("2021-03-15T00:00:00"), numberFormat: "yyyy-mm-dd"),
        ValueCase(id: "date-time", value: .date(SpreadsheetDate(serial: 44_270.5, kind: .dateTime)), type: "d",
                  shown: .string("2021-03-15T12:00:00"), numberFormat: "yyyy-mm-dd hh:mm:ss"),
        ValueCase(id: "time of day", value: .date(SpreadsheetDate(serial: 0.25, kind: .timeOfDay)), type: "d",
                  shown: .string("06:00:00"), numberFormat: "hh:mm:ss"),
        ValueCase(id: "duration", value: .duration(1.5), type: "d", shown: .string("1 day, 12:00:00"), numberFormat: "[h]:mm:ss"),
        // An error cell (t="e"), as Excel writes one: openpyxl gives its literal, not a formula.
        ValueCase(id: "error #N/A", value: .error("#N/A"), type: "e", shown: .string("#N/A"), numberFormat: "General"),
        ValueCase(id: "error #DIV/0!", value: .error("#DIV/0!"), type: "e", shown: .string("#DIV/0!"), numberFormat: "General"),
        ValueCase(id: "unknown error is text", value: .error("#OOPS"), type: "s", shown: .string("#OOPS"), numberFormat: "General"),
    ]

    @Test(arguments: valueCases)
    func valuesAreWrittenWithTheirTypes(_ c: ValueCase) throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(c.value, at: CellAddress(row: 1, column: 1), in: sheet, style: CellStyle(fontName: "TH SarabunPSK"))
        try writer.close()
        let cell = try #require(try WriterTestSupport.inspect(path).sheet("S").cells["A1"])
        #expect(cell.type == c.type)
        #expect(cell.value == c.shown)
        #expect(cell.number_format == c.numberFormat)
        #expect(cell.font == "TH SarabunPSK")
    }

    @Test func explicitNumberFormatWinsOverTheDateDefault() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        try writer.write(.date(SpreadsheetDate(year: 2021, month: 3, day: 15)), at: CellAddress(row: 1, column: 1), in: sheet,
                         style: CellStyle(numberFormat: "d mmm yyyy"))
        try writer.close()
        #expect(try WriterTestSupport.inspect(path).sheet("S").cells["A1"]?.number_format == "d mmm yyyy")
    }

    @Test func stylesAreInternedOnePerDistinctStyle() throws {
        let path = WriterTestSupport.tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var writer = try XLSXWriter(path: path)
        let sheet = try writer.addSheet(named: "S")
        for row in 1...50 {
            try writer.write(.string("x"), at: CellAddress(row: row, column: 1), in: sheet, style: CellStyle(bold: true))
            try writer.write(.string("y"), at: CellAddress(row: row, column: 2), in: sheet, style: CellStyle(italic: true))
        }
        try writer.close()
        let styles = String(decoding: try WriterTestSupport.run(["unzip", "-p", path, "xl/styles.xml"]), as: UTF8.self)
        #expect(styles.contains("<cellXfs count=\"3\">"))  // default + bold + italic
    }

    @Test func lxwErrorsAreMappedBySymbol() {
        #expect(LXWError(raw: LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED).sheetsCode == .limitExceeded)
        #expect(LXWError(raw: LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE).sheetsCode == .limitExceeded)
        #expect(LXWError(raw: LXW_ERROR_PARAMETER_VALIDATION).sheetsCode == .invalidArgument)
        #expect(LXWError(raw: LXW_ERROR_CREATING_XLSX_FILE).sheetsCode == .writeFailed)
        #expect(LXWError(raw: LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED).description.contains("32,767"))
        // A code this build does not know (a newer library) still gets a message and a code.
        let unknown = LXWError(raw: lxw_error(rawValue: LXW_MAX_ERRNO.rawValue + 5))
        #expect(unknown.sheetsCode == .writeFailed)
        #expect(!unknown.description.isEmpty)
    }
}
