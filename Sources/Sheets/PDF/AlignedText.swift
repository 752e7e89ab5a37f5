import ThaiText

/// Text whose columns are aligned with spaces, as a PDF viewer's copy (or `pdftotext -layout`)
/// gives a table: read with the PDF reader's column finder, a character column for a point and a
/// line for a line height. Pages are split at form feeds; page numbers and lines repeated at the
/// top or bottom of every page are dropped, and a table's header repeated on each page is joined.
enum AlignedText {
    /// Two spaces or more separate columns; one space is inside a cell.
    static let minGap = 2.0

    /// The text reader's one-column sheet read again as aligned columns, when it is such text
    /// (a table of three columns or more over three lines or more); otherwise nil.
    static func sheet(reading sheet: Sheet) -> Sheet? {
        guard sheet.rows.allSatisfy({ $0.cells.count <= 1 }), sheet.rows.count >= 3 else { return nil }
        var pages: [[PDFLine]] = [[]]
        var heights: [Double] = [0]
        var lineNumber = 0
        var previousRow = 0
        for row in sheet.rows {
            lineNumber += row.index - previousRow
            previousRow = row.index
            guard let text = row.cells.first?.value.plainText else { continue }
            for (part, piece) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
                if part > 0 {
                    pages.append([])
                    heights.append(0)
                }
                let y = Double(lineNumber)
                let words = words(String(piece), y: y)
                // A page number on a line of its own (`หน้า ๒`) is the page's footer or header.
                if !words.isEmpty, !PageFurniture.isPageNumber(String(piece)) { pages[pages.count - 1].append(PDFLine(words: words)) }
                heights[heights.count - 1] = y + 1
            }
        }
        // Page coordinates start at each page's first line.
        var laid: [(tables: [LaidTable], lines: [PDFLine])] = []
        var pageHeights: [Double] = []
        for (lines, bottom) in zip(pages, heights) where !lines.isEmpty {
            let top = lines[0].box.y0
            laid.append(([], lines.map { line in
                PDFLine(words: line.words.map { PDFWord(text: $0.text, box: PDFBox(x0: $0.box.x0, y0: $0.box.y0 - top, x1: $0.box.x1, y1: $0.box.y1 - top)) })
            }))
            pageHeights.append(max(bottom - top, 1))
        }
        let found = AlignedColumns(minGap: minGap)
        guard laid.contains(where: { page in found.blocks(page.lines, lineHeight: 0.8).contains { if case .table = $0.block { true } else { false } } }) else {
            return nil
        }
        // Rows are renumbered as for a PDF: the page map says where each was (pages split at form feeds).
        return PDFLayout.sheet(pages: laid, heights: pageHeights, minGap: minGap, name: sheet.name)
    }

    /// The words of a line at their display columns (a Thai mark takes no column).
    static func words(_ line: String, y: Double) -> [PDFWord] {
        var words: [PDFWord] = []
        var column = 0
        var current = "", start = 0
        for character in line + " " {
            if character == " " || character == "\t" {
                if !current.isEmpty {
                    words.append(PDFWord(text: current, box: PDFBox(x0: Double(start), y0: y, x1: Double(column), y1: y + 0.8)))
                    current = ""
                }
                column += character == "\t" ? 8 - column % 8 : 1
            } else {
                if current.isEmpty { start = column }
                current.append(character)
                column += DisplayWidth.of(String(character))
            }
        }
        return words
    }
}

extension AlignedText {
    /// A text file's workbook, with its one sheet read as aligned columns when it is such text.
    static func reading(_ workbook: Workbook) -> Workbook {
        guard workbook.sheets.count == 1, let aligned = sheet(reading: workbook.sheets[0]) else { return workbook }
        var read = workbook
        read.sheets[0] = aligned
        return read
    }
}
