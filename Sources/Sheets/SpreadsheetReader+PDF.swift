extension SpreadsheetReader {
    /// Where an identified PDF document goes (`bytes` holds standard input, nil for a file).
    static func readPDF(path: String, bytes: [UInt8]?, options: ReadOptions) throws(SheetsError) -> Workbook {
        if let bytes { return try PDFReader.readWorkbook(bytes: bytes, path: path) }
        return try PDFReader.readWorkbook(path: path, options: options)
    }
}
