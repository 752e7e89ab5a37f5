import Foundation
import HTTPTypes
import ITA
import Sheets

/// A request the server refuses: its HTTP status, a stable code (a finding code where the
/// problem is the file) and words for the clerk in Thai and English.
struct ServeError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: LocalizedText
    /// The validate report of the upload, when the refusal came from reading a file.
    var report: ValidationReport?

    init(_ status: HTTPResponse.Status, code: String, th: String, en: String, report: ValidationReport? = nil) {
        self.status = status
        self.code = code
        self.message = LocalizedText(th: th, en: en)
        self.report = report
    }

    /// An upload over `--max-upload`; `received`: its declared size, when the client said it.
    /// What helps differs: several files go one agency at a time, one big file loses its pictures.
    static func tooLarge(limit: Int, received: Int? = nil) -> ServeError {
        let mb = ByteCountText.megabytes(limit)
        let size = received.map { ByteCountText.megabytes($0) }
        return ServeError(.contentTooLarge, code: "upload-too-large",
                          th: (size.map { "ไฟล์ที่ส่งมามีขนาดรวม \($0) MB เกินที่รับได้ \(mb) MB" } ?? "ไฟล์ที่ส่งมามีขนาดรวมเกิน \(mb) MB ที่รับได้")
                            + " ถ้าส่งหลายไฟล์ ให้ส่งทีละหน่วยงาน ถ้าเป็นไฟล์เดียว ให้ลบรูปภาพหรือแผ่นงานที่ไม่ใช่แผนหรือรายงานผลออกแล้วบันทึกใหม่"
                            + " (ผู้ดูแลเพิ่มขนาดที่รับได้ด้วย ita serve --max-upload)",
                          en: (size.map { "The upload is \($0) MB, more than the \(mb) MB accepted." } ?? "The upload is more than the \(mb) MB accepted.")
                            + " Send several files one agency at a time; for one large file, remove the pictures and the sheets"
                            + " that are not the plan or the results and save it again (the operator can raise the limit with ita serve --max-upload).")
    }

    static let busy = ServeError(.serviceUnavailable, code: "server-busy",
                                 th: "ระบบกำลังตรวจไฟล์ของผู้อื่นอยู่เต็มที่ กรุณาลองใหม่ในอีกสักครู่",
                                 en: "The server is busy checking other uploads; try again in a moment.")

    static let timedOut = ServeError(.serviceUnavailable, code: "request-timeout",
                                     th: "การตรวจใช้เวลานานเกินกำหนด กรุณาลองใหม่ หรือส่งไฟล์ที่เล็กลง",
                                     en: "The check took too long; try again, or send a smaller file.")

    static let noFiles = ServeError(.badRequest, code: "no-files",
                                    th: "ไม่ได้เลือกไฟล์ กรุณาเลือกไฟล์แผนหรือรายงานผลอย่างน้อยหนึ่งไฟล์",
                                    en: "No file was sent; choose at least one plan or results file.")

    static func badRequest(th: String, en: String) -> ServeError {
        ServeError(.badRequest, code: "bad-request", th: th, en: en)
    }

    /// Writing an output failed (the folder for it, the disk): the server's fault, not the file's.
    static func output(_ error: SheetsError) -> ServeError {
        ServeError(.internalServerError, code: "output-failed",
                   th: "สร้างไฟล์ผลลัพธ์ไม่สำเร็จ กรุณาลองใหม่ หรือแจ้งผู้ดูแลระบบ", en: "The output could not be written (\(error.message)); try again or tell the operator.")
    }

    static func severalAgencies(_ names: [String]) -> ServeError {
        let list = names.prefix(5).joined(separator: ", ")
        return ServeError(.badRequest, code: "several-agencies",
                          th: "ไฟล์เหล่านี้เป็นของหลายหน่วยงาน (\(list)) ไฟล์ Excel รายงานผลหนึ่งไฟล์ใช้กับหน่วยงานเดียว ให้ส่งทีละหน่วยงาน หรือใช้ /api/batch",
                          en: "These files are several agencies' (\(list)); a results workbook is one agency's. Send one agency at a time, or use /api/batch.")
    }

    /// No LibreOffice on the server: the workbook can still be downloaded and printed.
    static let pdfUnavailable = ServeError(.notImplemented, code: "pdf-unavailable",
                                           th: "เครื่องที่เปิดหน้านี้ไม่มี LibreOffice จึงทำ PDF ไม่ได้ ดาวน์โหลดไฟล์ Excel รายงานผลแล้วพิมพ์หรือบันทึกเป็น PDF เอง หรือให้ผู้ดูแลติดตั้ง LibreOffice (เช่น apt-get install libreoffice-calc) แล้วเริ่ม ita serve ใหม่",
                                           en: "This server has no LibreOffice, so it cannot make a PDF. Download the results workbook and print or save it as PDF yourself, or ask the operator to install LibreOffice (e.g. apt-get install libreoffice-calc) and restart ita serve.")

    /// LibreOffice ran but made no PDF (or took too long): the server's fault, the workbook still works.
    static func pdfFailed(_ failure: PDFRendering.Failure) -> ServeError {
        ServeError(.internalServerError, code: "pdf-failed",
                   th: "ทำ PDF ไม่สำเร็จ กรุณาลองใหม่ หรือดาวน์โหลดไฟล์ Excel รายงานผลแล้วบันทึกเป็น PDF เอง",
                   en: "The PDF could not be made (\(failure)); try again, or download the results workbook and save it as PDF yourself.")
    }

    static let notFoundPath = ServeError(.notFound, code: "not-found", th: "ไม่พบหน้านี้", en: "There is no such page.")

    static let notFound = ServeError(.notFound, code: "not-found",
                                     th: "ไม่พบผลการตรวจนี้ (ผลการตรวจถูกลบเมื่อครบเวลา) กรุณาส่งไฟล์ตรวจใหม่",
                                     en: "This result is gone (results are deleted after a while); upload the files again.")

    /// The refusal for files the reader could not use: the first unusable file decides the status
    /// (413 past a reader limit, 415 a kind of file not read, 400 damaged), its finding code the code.
    static func unusable(_ report: ValidationReport) -> ServeError? {
        guard let outcome = report.outcomes.first(where: { $0.document == nil }),
              let finding = outcome.findings.first else { return nil }
        let status: HTTPResponse.Status = switch finding.code {
        case .limitExceeded: .contentTooLarge
        case .unsupportedFormat, .encryptedWorkbook: .unsupportedMediaType
        default: .badRequest
        }
        return ServeError(status, code: finding.code.rawValue,
                          th: "\(outcome.path): \(finding.message.th)", en: "\(outcome.path): \(finding.message.en)", report: report)
    }

    /// `{"error":{"status":…,"code":…,"message":{"th":…,"en":…}},"report":{…}}`; the report is
    /// the validate report (the same JSON as `ita validate --format json`), when there is one.
    var json: String {
        let error: JSONValue = .object([
            ("status", .int(status.code)), ("code", .string(code)),
            ("message", .object([("th", .string(message.th)), ("en", .string(message.en))])),
        ])
        guard let report else { return "{\"error\":\(error.serialized())}" }
        return "{\"error\":\(error.serialized()),\"report\":\(report.json(pretty: false))}"
    }
}

enum ByteCountText {
    /// 20000000 → "20", 1500000 → "1.5", 30000212 → "30" (one decimal at most, none when it is 0).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (Double(bytes) / 1e5).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
    }
}
