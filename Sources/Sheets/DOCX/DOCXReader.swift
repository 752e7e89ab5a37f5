/// Reads a Word document (.docx) as a workbook of one sheet: the body's paragraphs and table
/// rows in reading order (see `DOCXBodyParser`). The main part is found through the package
/// relationships, as for a workbook; the zip and XML limits are the XLSX reader's
/// (`ReadOptions.limits`, `ZipArchive`, `XMLTokenizer`).
public enum DOCXReader {
    /// The sheet's name before `SpreadsheetReader` names it after the file (as for text files).
    public static let sheetName = "Document"

    /// Reads the document at `path`, in place through libzip.
    public static func readWorkbook(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        var archive = try ZipArchive(path: path, limits: options.limits)
        return try read(&archive, path: path, options: options)
    }

    /// Reads a document held in memory; `path` names it in messages.
    public static func readWorkbook(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        var archive = try ZipArchive(bytes: bytes, path: path, limits: options.limits)
        return try read(&archive, path: path, options: options)
    }

    private static func read(_ archive: inout ZipArchive, path: String, options: ReadOptions) throws(SheetsError) -> Workbook {
        let main = try archive.officeDocumentPart() ?? "word/document.xml"
        guard let part = archive.entryName(main) else {
            throw SheetsError(.malformed, "the archive has no document part (\(main)); is it a .docx file?", path: path)
        }
        var parser = DOCXBodyParser(sheetName: sheetName, maxCells: options.limits.maxGridCells)
        let sheet = try archive.parseXML(part) { (tok) throws(SheetsError) in try parser.parse(&tok) }
        return Workbook(path: path, format: .docx, sheets: [sheet], notes: archive.repairNote.map { [$0] } ?? [])
    }
}
