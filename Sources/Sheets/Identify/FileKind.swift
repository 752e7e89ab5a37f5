/// What a file is, judged by its content (never by its name): the kinds the readers take and
/// the kinds clerks send by mistake, each with the words that name it and say what to do.
public enum FileKind: String, Hashable, Sendable, CaseIterable {
    // Read.
    /// Text: CSV, TSV, tab-separated or space-aligned text, in any encoding the reader knows.
    case text
    /// An Excel workbook (Office Open XML).
    case xlsx
    /// A Word document (Office Open XML).
    case docx
    /// A PDF document.
    case pdf
    // Office files the readers do not take.
    /// An Excel 97–2003 workbook (.xls).
    case legacyExcel = "xls"
    /// A Word 97–2003 document (.doc).
    case legacyWord = "doc"
    /// A PowerPoint 97–2003 presentation (.ppt).
    case legacyPowerPoint = "ppt"
    /// A password-protected Office file: OOXML encrypted inside a Compound File.
    case encryptedOffice = "encrypted-office"
    /// A Compound File that is none of the above.
    case compoundFile = "compound-file"
    /// Excel's binary workbook (a zip like .xlsx, but its parts are not XML).
    case xlsb
    /// A PowerPoint presentation (.pptx).
    case pptx
    /// An OpenDocument spreadsheet (.ods).
    case ods
    /// An OpenDocument text document (.odt).
    case odt
    /// An OpenDocument presentation (.odp).
    case odp
    /// An OpenDocument package of another type (drawing, formula …).
    case openDocument = "opendocument"
    /// A web page, which web systems often save as "Excel" with an .xls name.
    case html
    /// Excel's XML Spreadsheet 2003 (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`).
    case spreadsheetML2003 = "xml-spreadsheet-2003"
    /// A PNG picture.
    case png
    /// A JPEG picture (a photo or a scan).
    case jpeg
    /// A GIF picture.
    case gif
    /// A BMP picture.
    case bmp
    /// A TIFF picture (often a scan).
    case tiff
    /// A WebP picture.
    case webp
    /// A zip archive that is not an Office document.
    case zip
    /// A gzip-compressed file.
    case gzip
    /// A 7-Zip archive.
    case sevenZip = "7z"
    /// A RAR archive.
    case rar
    /// UTF-16 text without a byte-order mark: text, but its encoding cannot be told for sure.
    case utf16WithoutBOM = "utf-16-no-bom"
    /// Anything else with the NUL and control bytes of binary data.
    case binary

    /// True for the kinds a reader turns into a workbook.
    public var isReadable: Bool { self == .text || self == .xlsx || self == .docx }

    /// What the file is, after "this is": "a PDF document".
    public var englishName: String {
        switch self {
        case .text: "a text file"
        case .xlsx: "an Excel workbook (.xlsx)"
        case .docx: "a Word document (.docx)"
        case .pdf: "a PDF document"
        case .legacyExcel: "an old-format Excel workbook (.xls, Excel 97–2003)"
        case .legacyWord: "an old-format Word document (.doc, Word 97–2003)"
        case .legacyPowerPoint: "an old-format PowerPoint presentation (.ppt)"
        case .encryptedOffice: "a password-protected Office file"
        case .compoundFile: "an old-format Microsoft Office file (Compound File)"
        case .xlsb: "an Excel binary workbook (.xlsb)"
        case .pptx: "a PowerPoint presentation (.pptx)"
        case .ods: "an OpenDocument spreadsheet (.ods)"
        case .odt: "an OpenDocument text document (.odt)"
        case .odp: "an OpenDocument presentation (.odp)"
        case .openDocument: "an OpenDocument file"
        case .html: "a web page (HTML), often saved by web systems under an .xls name"
        case .spreadsheetML2003: "an Excel 2003 XML spreadsheet"
        case .png: "a PNG image"
        case .jpeg: "a JPEG image (a photo or scan)"
        case .gif: "a GIF image"
        case .bmp: "a BMP image"
        case .tiff: "a TIFF image (a scan)"
        case .webp: "a WebP image"
        case .zip: "a zip archive"
        case .gzip: "a gzip-compressed file"
        case .sevenZip: "a 7-Zip archive"
        case .rar: "a RAR archive"
        case .utf16WithoutBOM: "UTF-16 text without a byte-order mark"
        case .binary: "binary data"
        }
    }

    /// What to do with such a file.
    public var englishAdvice: String {
        switch self {
        case .text, .xlsx, .docx: "it can be read as it is"
        case .pdf: "open the original Word/Excel file and save it as .xlsx (or .docx)"
        case .legacyExcel, .xlsb, .spreadsheetML2003, .html, .ods:
            "open it in Excel or LibreOffice Calc and save it as Excel Workbook (.xlsx)"
        case .legacyWord, .odt: "open it in Word or LibreOffice Writer and save it as Word Document (.docx)"
        case .encryptedOffice: "open it with its password, remove the password and save it again"
        case .compoundFile, .openDocument: "open it in the program that made it and save it as .xlsx or .docx"
        case .legacyPowerPoint, .pptx, .odp: "put the table in Excel or Word and save it as .xlsx or .docx"
        case .png, .jpeg, .gif, .bmp, .tiff, .webp:
            "a picture of a table cannot be checked; send the original Word/Excel file saved as .xlsx or .docx"
        case .zip, .gzip, .sevenZip, .rar: "unpack it and give the .xlsx, .docx or .csv files inside"
        case .utf16WithoutBOM: "save it again as CSV UTF-8 (Excel: Save As → CSV UTF-8)"
        case .binary: "give the .xlsx, .docx or .csv file itself"
        }
    }
}
