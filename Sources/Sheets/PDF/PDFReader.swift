import Foundation
import ThaiText

/// Reads a published PDF's text layer into one sheet, as the text reader reads a document: each
/// paragraph between tables a one-cell row, each table row its cells, a blank row between blocks.
/// Tables come from their drawn borders (rows, columns and merged cells for certain), else from
/// columns of aligned text; page headers, footers and numbers are dropped, and a table broken by a
/// page (its header repeated on the next) is joined. Thai text is repaired (`ThaiRepair`).
/// A PDF has no cells: the sheet's `pages` map says on which page each row is.
public enum PDFReader {
    /// Bounds of their own: a PDF is read whole into memory, and each page is rendered once.
    public struct Limits: Sendable {
        /// The largest PDF read, in bytes.
        public var maxBytes = 64 << 20
        /// The most pages read.
        public var maxPages = 300
        /// The most characters of text read in all.
        public var maxGlyphs = 3_000_000
        /// Wall-clock time for the whole document, checked between pages.
        public var maxSeconds = 60.0
        /// The default limits.
        public init() {}
    }

    /// Points per pixel when a page is rendered to find its ruled lines.
    static let renderScale = 2.0

    /// Reads the PDF at `path` (or standard input as `-`) within the default limits.
    public static func readWorkbook(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        let limits = Limits()
        if path != "-", let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int, size > limits.maxBytes {
            throw SheetsError(.limitExceeded, "the PDF is \(size >> 20) MiB, more than the limit of \(limits.maxBytes >> 20) MiB", path: path)
        }
        if let stream = try SpreadsheetReader.readWholeIfStream(path) { return try readWorkbook(bytes: stream, path: path, limits: limits) }
        guard let data = FileManager.default.contents(atPath: path) else { throw SheetsError.opening(path, errno: errno) }
        return try readWorkbook(bytes: Array(data), path: path, limits: limits)
    }

    /// Reads a PDF held in memory; `path` names it in messages.
    public static func readWorkbook(bytes: [UInt8], path: String, limits: Limits = Limits()) throws(SheetsError) -> Workbook {
        guard bytes.count <= limits.maxBytes else {
            throw SheetsError(.limitExceeded, "the PDF is \(bytes.count >> 20) MiB, more than the limit of \(limits.maxBytes >> 20) MiB", path: path)
        }
        let document = try PopplerDocument(bytes: bytes, path: path)
        let count = document.pageCount
        guard count > 0 else { throw SheetsError(.malformed, "the PDF has no pages", path: path) }
        guard count <= limits.maxPages else {
            throw SheetsError(.limitExceeded, "the PDF has \(count) pages, more than the limit of \(limits.maxPages)", path: path)
        }
        let start = Date()
        var pages: [PDFPageContent] = []
        var glyphs = 0
        for index in 0..<count {
            if Date().timeIntervalSince(start) > limits.maxSeconds {
                throw SheetsError(.limitExceeded, "reading took longer than \(Int(limits.maxSeconds)) s (at page \(index + 1) of \(count))", path: path)
            }
            let page = try document.page(index, renderScale: renderScale)
            glyphs += page.glyphs.count
            guard glyphs <= limits.maxGlyphs else {
                throw SheetsError(.limitExceeded, "the PDF holds more than \(limits.maxGlyphs) characters", path: path)
            }
            pages.append(page)
        }
        try refuseWithoutText(pages, path: path)
        let name = path == "-" ? "PDF" : SpreadsheetReader.sheetName(forFile: path)
        let sheet = PDFLayout(pages: pages).sheet(named: name)
        return Workbook(path: path, format: .pdf, sheets: [sheet])
    }

    /// A scan has pictures and no text: nothing to read, and guessing by OCR would be worse.
    static func refuseWithoutText(_ pages: [PDFPageContent], path: String) throws(SheetsError) {
        let letters = pages.reduce(0) { $0 + $1.glyphs.count { $0.scalar.properties.isAlphabetic } }
        guard letters < 20 * pages.count / 4 + 10 else { return }
        let pictured = pages.filter { $0.pictureCoverage > 0.3 }.count
        throw pictured > 0
            ? SheetsError(.unsupportedFormat, "this PDF is a scan (pictures of pages, no text layer); send the original Word/Excel file or a PDF saved from it",
                          path: path, reason: .scannedPDF)
            : SheetsError(.unsupportedFormat, "this PDF has no text to read; send the original Word/Excel file or a PDF saved from it",
                          path: path, reason: .pdfWithoutText)
    }
}
