import Foundation
import Testing

/// Files of the wrong kind through the real `ita`: exit 2 and a message, in Thai and in English,
/// that names what the file really is (Tests/Fixtures/identify, scripts/make-identify-fixtures).
@Suite struct IdentifyCommandTests {
    static func identify(_ name: String) -> String { packageRoot.appendingPathComponent("Tests/Fixtures/identify/\(name)").path }

    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var thai: String
        var english: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "scan-png.xlsx", thai: "นี่คือไฟล์รูปภาพ PNG", english: "a PNG image"),
        Case(file: "photo-jpeg.xlsx", thai: "นี่คือไฟล์รูปภาพ JPEG", english: "a JPEG image"),
        Case(file: "chart-gif.xlsx", thai: "นี่คือไฟล์รูปภาพ GIF", english: "a GIF image"),
        Case(file: "old-excel.xls", thai: "นี่คือไฟล์ Excel รุ่นเก่า (.xls", english: "old-format Excel workbook (.xls"),
        Case(file: "old-word.xlsx", thai: "นี่คือไฟล์ Word รุ่นเก่า (.doc", english: "old-format Word document (.doc"),
        Case(file: "password.xlsx", thai: "นี่คือไฟล์ Office ที่ตั้งรหัสผ่านไว้", english: "password-protected Office file"),
        Case(file: "sheet-ods.xlsx", thai: "OpenDocument (.ods)", english: "OpenDocument spreadsheet (.ods)"),
        Case(file: "document-odt.xlsx", thai: "OpenDocument (.odt)", english: "OpenDocument text document (.odt)"),
        Case(file: "slides.xlsx", thai: "นี่คือไฟล์ PowerPoint (.pptx)", english: "PowerPoint presentation (.pptx)"),
        Case(file: "web-export.xls", thai: "นี่คือหน้าเว็บ (HTML)", english: "a web page (HTML)"),
        Case(file: "excel-2003.xml.xls", thai: "นี่คือไฟล์ Excel 2003 XML", english: "Excel 2003 XML spreadsheet"),
        Case(file: "binary-workbook.xlsx", thai: "นี่คือไฟล์ Excel แบบไบนารี (.xlsb)", english: "Excel binary workbook (.xlsb)"),
        Case(file: "archive.xlsx", thai: "นี่คือไฟล์บีบอัด zip", english: "a zip archive"),
        Case(file: "data.csv", thai: "นี่คือข้อมูลไบนารี", english: "binary data"),
        Case(file: "utf16-no-bom.csv", thai: "UTF-16 ที่ไม่มีเครื่องหมาย BOM", english: "UTF-16 text without a byte-order mark"),
    ]

    @Test(arguments: cases)
    func validateNamesTheRealKind(_ c: Case) throws {
        let thai = try ita("validate", Self.identify(c.file))
        #expect(thai.status == 2, "\(thai.stdout)")
        #expect(thai.stdout.contains(c.thai), "\(thai.stdout)")
        let english = try ita("validate", "--lang", "en", "--format", "json", Self.identify(c.file))
        #expect(english.status == 2)
        let report = try jsonObject(english.stdout)
        let findings = try #require((report["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let message = try #require(findings.first?["message"] as? [String: String])
        #expect(message["th"]?.contains(c.thai) == true, "\(message)")
        #expect(message["en"]?.contains(c.english) == true, "\(message)")
    }

    @Test(arguments: cases)
    func convertRefusesWithTheRealKindAndWritesNothing(_ c: Case) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.csv")
        // Thai by default, English with --lang en: one language at a time.
        let run = try ita("convert", Self.identify(c.file), "-o", out.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(c.thai), "\(run.stderr)")
        let english = try ita("convert", Self.identify(c.file), "-o", out.path, "--lang", "en")
        #expect(english.status == 2)
        #expect(english.stderr.contains(c.english), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Standard input is identified the same way: a PDF named .xlsx goes to the PDF reader.
    @Test func aPDFOnStandardInput() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.identify("report-pdf.xlsx")))
        let run = try execute(itaBinary, ["convert", "-", "-o", "-", "--to", "json"], stdin: bytes)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("มาตรการ"))
    }

    @Test func aWordDocumentConvertsParsesAndExports() throws {
        let report = packageRoot.appendingPathComponent("Tests/Fixtures/docx/kudjok-2564-report.docx").path
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try ita("convert", report, "-o", "-", "--to", "json")
        #expect(json.status == 0, "\(json.stderr)")
        let sheet = try #require((try jsonObject(json.stdout)["sheets"] as? [[String: Any]])?.first)
        #expect(sheet["name"] as? String == "kudjok-2564-report")
        #expect(sheet["merged"] as? [String] == ["E24:E29"])
        let parse = try ita("parse", report)
        #expect(parse.status == 0, "\(parse.stderr)")
        let tables = try #require(try jsonObject(parse.stdout)["files"] as? [[String: Any]])
        #expect(tables.first?["format"] as? String == "docx")
        let validate = try ita("validate", report)
        #expect(validate.status == 0, "\(validate.stdout)")
        let export = try ita("export", report, "-o", dir.appendingPathComponent("results.xlsx").path)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("results.xlsx").path))
    }
}

extension IdentifyCommandTests {
    /// A named pipe (`ita convert <(cat report.docx)`) is read whole once, then identified.
    @Test func aWordDocumentThroughANamedPipe() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("report.docx").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let report = packageRoot.appendingPathComponent("Tests/Fixtures/docx/kudjok-2564-report.docx").path
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", report, fifo]
        try writer.run()
        let run = try ita("convert", fifo, "-o", "-", "--to", "json")
        writer.waitUntilExit()
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = try #require((try jsonObject(run.stdout)["sheets"] as? [[String: Any]])?.first)
        #expect(sheet["merged"] as? [String] == ["E24:E29"])
    }
}
