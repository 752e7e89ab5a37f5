import Foundation
import Testing
@testable import Sheets

/// The PDF reader's refusals and limits on real files (Tests/Fixtures/pdf, scripts/make-pdf-fixtures)
/// and on damaged copies of them: each a typed error that names the file, never a crash.
@Suite struct PDFReaderTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: XLSXFixtures.root.appendingPathComponent("pdf/\(name)")))
    }

    @Test(arguments: [("scanned.pdf", SheetsError.Reason.scannedPDF, SheetsError.Code.unsupportedFormat),
                      ("encrypted.pdf", .pdfPassword, .encryptedWorkbook)])
    func refusesWhatHasNoTextToRead(file: String, reason: SheetsError.Reason, code: SheetsError.Code) throws {
        let bytes = try Self.bytes(file)
        #expect { _ = try PDFReader.readWorkbook(bytes: bytes, path: file) } throws: { error in
            let error = error as? SheetsError
            return error?.reason == reason && error?.code == code && error?.path == file
        }
    }

    @Test func pagesAndCharactersAreBounded() throws {
        let bytes = try Self.bytes("kudjok-2564-report.libreoffice.pdf")
        var limits = PDFReader.Limits()
        limits.maxPages = 5
        #expect(throws: SheetsError.self) { _ = try PDFReader.readWorkbook(bytes: bytes, path: "r.pdf", limits: limits) }
        limits = PDFReader.Limits()
        limits.maxGlyphs = 1_000
        #expect { _ = try PDFReader.readWorkbook(bytes: bytes, path: "r.pdf", limits: limits) } throws: { error in
            (error as? SheetsError)?.code == .limitExceeded
        }
        limits = PDFReader.Limits()
        limits.maxBytes = 1_000
        #expect { _ = try PDFReader.readWorkbook(bytes: bytes, path: "r.pdf", limits: limits) } throws: { error in
            (error as? SheetsError)?.code == .limitExceeded
        }
    }

    /// Cut short, or a header and nothing: refused as damaged or without text, with the file named.
    @Test(arguments: [0.1, 0.5, 0.9])
    func aTruncatedPDFIsRefusedNotCrashed(share: Double) throws {
        let whole = try Self.bytes("kudjok-2564-report.libreoffice.pdf")
        let cut = Array(whole.prefix(Int(Double(whole.count) * share)))
        do {
            let workbook = try PDFReader.readWorkbook(bytes: cut, path: "cut.pdf")
            #expect(workbook.format == .pdf)  // poppler may recover the pages that are whole
        } catch {
            #expect(error.path == "cut.pdf")
        }
        #expect(throws: SheetsError.self) { _ = try PDFReader.readWorkbook(bytes: Array("%PDF-1.4\n".utf8), path: "empty.pdf") }
    }

    @Test func everyRowHasItsPage() throws {
        let sheet = try PDFReader.readWorkbook(bytes: try Self.bytes("kudjok-2564-report.chromium.pdf"), path: "c.pdf").sheets[0]
        #expect(!sheet.rows.isEmpty)
        #expect(sheet.rows.allSatisfy { sheet.pages[$0.index] != nil })
        // Chromium's page header and footer (date, title, file address, "1/9") are not rows.
        #expect(!sheet.rows.contains { $0.cells.contains { $0.value.plainText.contains("file://") } })
        #expect(sheet.pages.values.map(\.page).max() == 9)
    }

    /// LibreOffice's page header (the agency and the report) and footer (หน้า N จาก 12) are not rows,
    /// and the plan's monitoring cell, merged over six rows across a page break, is one range.
    @Test func headersFootersAndMergesOfAWordDocumentsPrint() throws {
        let sheet = try PDFReader.readWorkbook(bytes: try Self.bytes("kudjok-2564-report.libreoffice.pdf"), path: "r.pdf").sheets[0]
        let texts = sheet.rows.flatMap(\.cells).map(\.value.plainText)
        #expect(!texts.contains { $0.contains("จาก 12") || $0.contains("· รายงานผลการดำเนินการ ITA") })
        let monitoring = sheet.merged.filter { $0.start.column == 5 }
        #expect(monitoring.count == 1)
        #expect(monitoring.first.map { $0.end.row - $0.start.row + 1 } == 6)  // measures (๑)–(๖), over two page breaks
        #expect(monitoring.first.map { sheet[$0.start]?.plainText.hasPrefix("รายงานผลการดำเนินการใน") } == true)
    }
}
