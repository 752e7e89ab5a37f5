import Foundation
import Testing
@testable import Sheets

/// What a file is, from its content: every kind made by the program that makes it
/// (Tests/Fixtures/identify, scripts/make-identify-fixtures), mostly under a misleading name.
@Suite struct FileIdentifierTests {
    static func identify(_ name: String) -> String { XLSXFixtures.root.appendingPathComponent("identify/\(name)").path }

    @Test(arguments: [
        ("scan-png.xlsx", FileKind.png), ("photo-jpeg.xlsx", .jpeg), ("chart-gif.xlsx", .gif),
        ("old-excel.xls", .legacyExcel), ("old-word.xlsx", .legacyWord), ("password.xlsx", .encryptedOffice),
        ("sheet-ods.xlsx", .ods), ("document-odt.xlsx", .odt), ("slides.xlsx", .pptx),
        ("web-export.xls", .html), ("binary-workbook.xlsx", .xlsb), ("excel-2003.xml.xls", .spreadsheetML2003), ("archive.xlsx", .zip),
        ("data.csv", .binary), ("utf16-no-bom.csv", .utf16WithoutBOM),
    ])
    func namesWhatTheFileReallyIs(_ file: String, _ kind: FileKind) throws {
        let path = Self.identify(file)
        #expect(try FileIdentifier.identify(path: path) == kind)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(try FileIdentifier.identify(bytes: bytes, path: "-") == kind)
        // Refused by the reader with the kind as its typed reason.
        #expect { _ = try SpreadsheetReader.read(path: path) } throws: { error in
            (error as? SheetsError)?.reason == .wrongFormat(kind) && "\(error)".contains(kind.englishName)
        }
    }

    @Test(arguments: [
        ("docx/kudjok-2564-report.docx", FileKind.docx), ("docx/libreoffice-merges.docx", .docx),
        ("xlsx/openpyxl_types.xlsx", .xlsx), ("hostile/no_workbook.xlsx", .zip), ("identify/report-pdf.xlsx", .pdf),
    ])
    func readableKinds(_ file: String, _ kind: FileKind) throws {
        #expect(try FileIdentifier.identify(path: XLSXFixtures.root.appendingPathComponent(file).path) == kind)
    }

    @Test(arguments: [
        "มาตรการ,ผู้รับผิดชอบ\n(๑),กองคลัง\n",
        "BMW,รถยนต์\n",  // starts like a BMP header
        "ชื่อ,ก\u{0}\r\nข,1\u{0}\r\n\"ค\u{0}\",2\r\n",  // NULs in fields (6 %) are the CSV reader's to keep or report
        "\u{FEFF}<ไม่ใช่ HTML>,x\n",
    ])
    func textStaysText(_ text: String) throws {
        #expect(try FileIdentifier.identify(bytes: Array(text.utf8), path: "-") == .text)
    }

    @Test func windows874AndUTF16WithBOMAreText() throws {
        let cp874: [UInt8] = [0xC1, 0xD2, 0xB5, 0xC3, 0xA1, 0xD2, 0xC3, 0x2C, 0xA1, 0xCD, 0xA7, 0x0D, 0x0A]
        #expect(try FileIdentifier.identify(bytes: cp874, path: "-") == .text)
        let utf16: [UInt8] = [0xFF, 0xFE] + "มาตรการ,กอง\r\n".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try FileIdentifier.identify(bytes: utf16, path: "-") == .text)
    }

    @Test func openingProblemsHaveTypedReasons() throws {
        let missing = "/nonexistent-\(UUID().uuidString).xlsx"
        #expect { _ = try FileIdentifier.identify(path: missing) } throws: { ($0 as? SheetsError)?.reason == .notFound }
        #expect { _ = try FileIdentifier.identify(path: NSTemporaryDirectory()) } throws: { ($0 as? SheetsError)?.reason == .isDirectory }
        #expect { _ = try FileIdentifier.identify(bytes: [], path: "-") } throws: { ($0 as? SheetsError)?.reason == .empty }
    }

    /// A Compound File whose directory sector numbers point anywhere is still named, in bounds.
    @Test func aDamagedCompoundFileDirectoryStaysInBounds() throws {
        var bytes = CompoundFileDirectory.magic + [UInt8](repeating: 0, count: 504)
        bytes[30] = 9  // 512-byte sectors
        for k in 48..<52 { bytes[k] = 0xFE }  // directory at a huge sector
        #expect(try FileIdentifier.identify(bytes: bytes, path: "-") == .compoundFile)
        bytes[48] = 0; bytes[49] = 0; bytes[50] = 0; bytes[51] = 0  // directory at sector 0, past the end
        #expect(try FileIdentifier.identify(bytes: bytes, path: "-") == .compoundFile)
    }
}
