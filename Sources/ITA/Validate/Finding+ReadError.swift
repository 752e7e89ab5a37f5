import Sheets

extension Finding {
    /// The file-level finding for a reader's refusal: the code from the error's code, the
    /// words from its typed reason (never from its English message).
    public init(readError error: SheetsError) {
        let code: FindingCode = switch error.code {
        case .encryptedWorkbook: .encryptedWorkbook
        case .unsupportedFormat: .unsupportedFormat
        case .invalidTextEncoding: .invalidTextEncoding
        case .limitExceeded: .limitExceeded
        default: .unreadableFile
        }
        // A file of the wrong kind carries the kind as its value, for scripts (`"value": "pdf"`).
        var detected: String?
        if case .wrongFormat(let kind) = error.reason { detected = kind.rawValue }
        self.init(code, sheet: Self.sheetName(error.part), value: detected, detail: Self.readErrorDetail(error))
        // A PDF that cannot be read has its own remedy (not "save as .xlsx").
        switch error.reason {
        case .scannedPDF, .pdfWithoutText:
            fix = LocalizedText(th: "ส่งไฟล์ต้นฉบับ Word หรือ Excel หรือไฟล์ PDF ที่บันทึกจากโปรแกรมนั้นโดยตรง (ไม่ใช่ภาพสแกน)",
                                en: "Send the original Word or Excel file, or a PDF saved from it (not a scan).")
        case .pdfPassword:
            fix = LocalizedText(th: "ส่งไฟล์ PDF ที่ไม่ได้ตั้งรหัสผ่าน หรือไฟล์ต้นฉบับ Word/Excel",
                                en: "Send the PDF without its password, or the original Word/Excel file.")
        default: break
        }
    }

    /// What went wrong, in Thai and English; the English names the part of the container, the
    /// Thai says where in words a clerk knows (`thaiPlace`).
    public static func readErrorDetail(_ error: SheetsError) -> LocalizedText {
        let where_ = error.part.map { " [\($0)]" } ?? ""
        return LocalizedText(th: thaiReason(error) + thaiPlace(error.part), en: error.message + where_)
    }

    /// The sheet a damaged worksheet part belongs to (`xl/worksheets/sheet1.xml (sheet Sheet1)`).
    static func sheetName(_ part: String?) -> String? {
        guard let part, let open = part.range(of: " (sheet "), part.hasSuffix(")") else { return nil }
        return String(part[open.upperBound..<part.index(before: part.endIndex)])
    }

    /// Where in the file, as a clerk knows it: the sheet, or what the damaged part holds — never
    /// the container's part name (`xl/sharedStrings.xml`), which the English text keeps.
    static func thaiPlace(_ part: String?) -> String {
        guard let part else { return "" }
        if let sheet = sheetName(part) { return " ที่แผ่นงาน «\(sheet)»" }
        switch part {
        case "xl/sharedStrings.xml": return " ในส่วนที่เก็บข้อความของไฟล์"
        case "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml": return " ในส่วนที่บอกรายชื่อแผ่นงาน"
        case "xl/styles.xml": return " ในส่วนที่เก็บรูปแบบตัวอักษรและตัวเลข"
        default: return part.hasPrefix("xl/worksheets/") ? " ในแผ่นงานหนึ่งของไฟล์" : ""
        }
    }

    /// The reason in words a clerk reads. The technical detail (sizes, tags, limits) is in the
    /// English text only: the Thai says what it means for the clerk.
    static func thaiReason(_ error: SheetsError) -> String {
        switch error.reason {
        case .notFound: return "ไม่พบไฟล์นี้ (ตรวจชื่อไฟล์และโฟลเดอร์)"
        case .permissionDenied: return "ไม่มีสิทธิ์เปิดไฟล์นี้"
        case .isDirectory: return "นี่คือโฟลเดอร์ ไม่ใช่ไฟล์"
        case .empty: return "ไฟล์ว่างเปล่า ไม่มีข้อมูล"
        case .readFailed: return "อ่านไฟล์ไม่สำเร็จ (\(error.message))"
        case .wrongFormat(let kind): return "นี่คือ\(kind.thaiName): \(kind.thaiAdvice)"
        case .scannedPDF: return "ไฟล์ PDF นี้เป็นภาพสแกน มีแต่รูปหน้ากระดาษ ไม่มีตัวอักษรให้อ่าน จึงตรวจไม่ได้"
        case .pdfWithoutText: return "ไฟล์ PDF นี้ไม่มีตัวอักษรให้อ่าน จึงตรวจไม่ได้"
        case .pdfPassword: return "ไฟล์ PDF นี้ตั้งรหัสผ่านไว้ ต้องใส่รหัสจึงจะเปิดได้"
        case .hostileStructure: return "ไฟล์มีโครงสร้างผิดปกติที่อาจเป็นอันตราย โปรแกรมจึงไม่เปิด"
        case .outsideGrid: return "มีช่องอยู่นอกขอบเขตที่ Excel รองรับ ไฟล์อาจเสียหาย"
        case nil: break
        }
        switch error.code {
        case .malformed: return "ไฟล์เสียหายหรือบันทึกไม่ครบ"
        case .limitExceeded: return "ไฟล์มีข้อมูลมากหรือใหญ่เกินกว่าที่โปรแกรมเปิดได้อย่างปลอดภัย"
        case .invalidTextEncoding: return "มีตัวอักษรที่อ่านไม่ได้ ไฟล์อาจถูกบันทึกด้วยวิธีเก็บตัวอักษรแบบอื่น"
        case .unsupportedFormat: return "รูปแบบไฟล์ที่ไม่รองรับ"
        case .encryptedWorkbook: return "ไฟล์ถูกตั้งรหัสผ่าน: เปิดไฟล์ด้วยรหัสผ่าน เอารหัสผ่านออก แล้วบันทึกใหม่"
        default: return error.message
        }
    }
}

extension FileKind {
    /// What the file is, after "นี่คือ": "ไฟล์ PDF".
    public var thaiName: String {
        switch self {
        case .text: "ไฟล์ข้อความ"
        case .xlsx: "ไฟล์ Excel (.xlsx)"
        case .docx: "ไฟล์ Word (.docx)"
        case .pdf: "ไฟล์ PDF"
        case .legacyExcel: "ไฟล์ Excel รุ่นเก่า (.xls, Excel 97–2003)"
        case .legacyWord: "ไฟล์ Word รุ่นเก่า (.doc, Word 97–2003)"
        case .legacyPowerPoint: "ไฟล์ PowerPoint รุ่นเก่า (.ppt)"
        case .encryptedOffice: "ไฟล์ Office ที่ตั้งรหัสผ่านไว้"
        case .compoundFile: "ไฟล์ Microsoft Office รุ่นเก่า (Compound File)"
        case .xlsb: "ไฟล์ Excel แบบไบนารี (.xlsb)"
        case .pptx: "ไฟล์ PowerPoint (.pptx)"
        case .ods: "ไฟล์ตารางคำนวณ OpenDocument (.ods)"
        case .odt: "ไฟล์เอกสาร OpenDocument (.odt)"
        case .odp: "ไฟล์งานนำเสนอ OpenDocument (.odp)"
        case .openDocument: "ไฟล์ OpenDocument"
        case .html: "หน้าเว็บ (HTML) ที่ระบบเว็บมักบันทึกเป็นชื่อ .xls"
        case .spreadsheetML2003: "ไฟล์ Excel 2003 XML"
        case .png: "ไฟล์รูปภาพ PNG"
        case .jpeg: "ไฟล์รูปภาพ JPEG (รูปถ่ายหรือภาพสแกน)"
        case .gif: "ไฟล์รูปภาพ GIF"
        case .bmp: "ไฟล์รูปภาพ BMP"
        case .tiff: "ไฟล์รูปภาพ TIFF (ภาพสแกน)"
        case .webp: "ไฟล์รูปภาพ WebP"
        case .zip: "ไฟล์บีบอัด zip"
        case .gzip: "ไฟล์บีบอัด gzip"
        case .sevenZip: "ไฟล์บีบอัด 7-Zip"
        case .rar: "ไฟล์บีบอัด RAR"
        case .utf16WithoutBOM: "ไฟล์ข้อความ UTF-16 ที่ไม่มีเครื่องหมาย BOM"
        case .binary: "ข้อมูลไบนารี ไม่ใช่ข้อความหรือตาราง"
        }
    }

    /// What to do with such a file.
    public var thaiAdvice: String {
        switch self {
        case .text, .xlsx, .docx: "อ่านได้ตามปกติ"
        case .pdf: "เปิดไฟล์ Word/Excel ต้นฉบับแล้วบันทึกเป็น .xlsx (หรือ .docx)"
        case .legacyExcel, .xlsb, .spreadsheetML2003, .html, .ods:
            "เปิดด้วย Excel หรือ LibreOffice Calc แล้วบันทึกเป็น Excel Workbook (.xlsx)"
        case .legacyWord, .odt: "เปิดด้วย Word หรือ LibreOffice Writer แล้วบันทึกเป็น Word Document (.docx)"
        case .encryptedOffice: "เปิดไฟล์ด้วยรหัสผ่าน เอารหัสผ่านออก แล้วบันทึกใหม่"
        case .compoundFile, .openDocument: "เปิดด้วยโปรแกรมที่สร้างไฟล์ แล้วบันทึกเป็น .xlsx หรือ .docx"
        case .legacyPowerPoint, .pptx, .odp: "นำตารางไปใส่ใน Excel หรือ Word แล้วบันทึกเป็น .xlsx หรือ .docx"
        case .png, .jpeg, .gif, .bmp, .tiff, .webp:
            "ตรวจตารางจากรูปภาพไม่ได้ ส่งไฟล์ Word/Excel ต้นฉบับที่บันทึกเป็น .xlsx หรือ .docx"
        case .zip, .gzip, .sevenZip, .rar: "แตกไฟล์ก่อน แล้วส่งไฟล์ .xlsx, .docx หรือ .csv ที่อยู่ข้างใน"
        case .utf16WithoutBOM: "บันทึกใหม่เป็น CSV UTF-8 (Excel: บันทึกเป็น → CSV UTF-8)"
        case .binary: "ส่งไฟล์ .xlsx, .docx หรือ .csv ตัวจริง"
        }
    }
}
