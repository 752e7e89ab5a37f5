extension SpreadsheetReader {
    /// Where an identified PDF document goes (`bytes` holds standard input, nil for a file).
    /// No PDF reader yet: refused with its name and what to do instead.
    static func readPDF(path: String, bytes: [UInt8]?, options: ReadOptions) throws(SheetsError) -> Workbook {
        throw SheetsError.wrongFormat(.pdf, path: path)
    }
}
