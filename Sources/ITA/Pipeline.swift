import Sheets

/// The stages of DESIGN §2 wired in order: read → locate → normalize → validate.
public struct Pipeline: Sendable {
    public var template: Template {
        didSet { locator = TableLocator(template: template) }
    }
    public var fiscalYear: Int?
    /// Built once per template: its header index serves every file of a batch.
    private var locator: TableLocator
    public var readOptions: ReadOptions

    public init(template: Template = .forYear(nil), fiscalYear: Int? = nil, readOptions: ReadOptions = ReadOptions()) {
        self.template = template
        self.locator = TableLocator(template: template)
        self.fiscalYear = fiscalYear
        self.readOptions = readOptions
    }

    /// What one input file gave: its document, or the reason it could not be read.
    public struct Outcome: Sendable {
        public var path: String
        public var document: ITADocument?
        public var findings: [Finding]
        public var readError: SheetsError?
    }

    public func document(from workbook: Workbook) -> ITADocument {
        let located = locator.locate(in: workbook)
        return Normalizer(fiscalYear: fiscalYear, plausibleFiscalYears: template.fiscalYear.plausibleRange).normalize(workbook, located: located)
    }

    /// Reads, locates and normalizes one file (what `ita parse` shows); no validation.
    public func document(path: String) throws(SheetsError) -> ITADocument {
        document(from: try SpreadsheetReader.read(path: path, options: readOptions))
    }

    /// Every stage, validation included.
    public func run(path: String) -> Outcome {
        do {
            let document = try document(path: path)
            return Outcome(path: path, document: document, findings: Validator(template: template).validate(document), readError: nil)
        } catch {
            return Outcome(path: path, document: nil, findings: [Finding(readError: error)], readError: error)
        }
    }
}

extension Finding {
    /// The file-level finding for a reader's refusal.
    init(readError error: SheetsError) {
        let code: FindingCode = switch error.code {
        case .encryptedWorkbook: .encryptedWorkbook
        case .unsupportedFormat: .unsupportedFormat
        case .invalidTextEncoding: .invalidTextEncoding
        case .limitExceeded: .limitExceeded
        default: .unreadableFile
        }
        let where_ = error.part.map { " [\($0)]" } ?? ""
        let detail = LocalizedText(th: Self.thaiReason(error) + where_, en: error.message + where_)
        self.init(code, sheet: error.part, detail: detail)
        // A PDF that cannot be read has its own reason and its own remedy (not "save as .xlsx").
        if let refusal = Self.pdfRefusals[error.message] {
            message = refusal.message
            fix = refusal.fix
        }
    }

    /// The PDF reader's refusals (`PDFReader`), in words a clerk reads.
    static let pdfRefusals: [String: (message: LocalizedText, fix: LocalizedText)] = {
        let sendOriginal = LocalizedText(th: "ส่งไฟล์ต้นฉบับ Word หรือ Excel หรือไฟล์ PDF ที่บันทึกจากโปรแกรมนั้นโดยตรง (ไม่ใช่ภาพสแกน)",
                                         en: "Send the original Word or Excel file, or a PDF saved from it (not a scan).")
        return [
            PDFReader.scanned: (LocalizedText(th: "ไฟล์ PDF นี้เป็นภาพสแกน มีแต่รูปหน้ากระดาษ ไม่มีตัวอักษรให้อ่าน จึงตรวจไม่ได้",
                                              en: "This PDF is a scan: pictures of pages with no text layer, so it cannot be checked."), sendOriginal),
            PDFReader.noText: (LocalizedText(th: "ไฟล์ PDF นี้ไม่มีตัวอักษรให้อ่าน จึงตรวจไม่ได้",
                                             en: "This PDF has no text to read, so it cannot be checked."), sendOriginal),
            PDFReader.passwordNeeded: (LocalizedText(th: "ไฟล์ PDF นี้ตั้งรหัสผ่านไว้ ต้องใส่รหัสจึงจะเปิดได้",
                                                     en: "This PDF needs a password to open."),
                                       LocalizedText(th: "ส่งไฟล์ PDF ที่ไม่ได้ตั้งรหัสผ่าน หรือไฟล์ต้นฉบับ Word/Excel",
                                                     en: "Send the PDF without its password, or the original Word/Excel file.")),
        ]
    }()

    /// The reader's reasons in words a clerk reads; the technical detail stays in brackets where
    /// there is no plain Thai for it.
    static func thaiReason(_ error: SheetsError) -> String {
        switch error.message {
        case "no such file": return "ไม่พบไฟล์นี้ (ตรวจชื่อไฟล์และโฟลเดอร์)"
        case "the file is empty": return "ไฟล์ว่างเปล่า ไม่มีข้อมูล"
        case "this is a folder, not a file": return "นี่คือโฟลเดอร์ ไม่ใช่ไฟล์"
        case "the file cannot be opened (permissions?)": return "ไม่มีสิทธิ์เปิดไฟล์นี้"
        default: break
        }
        switch error.code {
        case .malformed: return "ไฟล์เสียหายหรือบันทึกไม่ครบ (\(error.message))"
        case .limitExceeded: return "ข้อมูลเกินขีดจำกัด (\(error.message))"
        case .invalidTextEncoding: return "มีตัวอักษรที่อ่านไม่ได้ (\(error.message))"
        case .unsupportedFormat: return "รูปแบบไฟล์ที่ไม่รองรับ (\(error.message))"
        case .encryptedWorkbook: return "ไฟล์ถูกตั้งรหัสผ่าน หรือเป็นไฟล์ .xls รุ่นเก่า"
        default: return error.message
        }
    }
}
