import Foundation

/// Turns the body of a Word document (`word/document.xml`) into one sheet, so that the title
/// block, the analysis, the tables and the signature come in reading order, as in a text file:
///
/// - each body paragraph is a row with one cell in column A (an empty paragraph is an empty row);
/// - each row of a table is a row, its cells at their grid columns (`w:gridBefore` skips
///   columns, `w:gridSpan` widens a cell into a merged range, `w:vMerge` restart/continue makes
///   a vertical merged range whose value is the first cell's);
/// - a cell's paragraphs are joined with line breaks (empty ones at its start and end dropped);
/// - a table inside a cell is flattened into that cell: one line per row, its cells joined by tabs;
/// - header rows (`w:tblHeader`) are rows like the others: Word writes them once and repeats them
///   only on paper, and a header typed again, or a table split in two, gives the repeated header
///   rows that `TableLocator` already recognizes in text files.
///
/// - a text box's paragraphs come as rows (or cell lines) before the paragraph it is anchored to.
///
/// Text is what Word shows: `w:t` runs, tabs and line breaks, text boxes; not deleted or
/// moved-away text, not field codes, other drawings or the fallback copies of `mc:AlternateContent`.
/// Rows, columns and cells are bounded like a worksheet's.
struct DOCXBodyParser {
    let sheetName: String
    let maxCells: Int

    private enum FrameKind { case body, table, row, cell, paragraph, text, drawing, textBox, skipped }
    private struct Frame { var kind: FrameKind; var depth: Int }

    private enum VerticalMerge { case none, restart, proceed }

    private struct CellBuild {
        var column: Int
        var span = 1
        var verticalMerge = VerticalMerge.none
        var continuesLeft = false
        var paragraphs: [[UInt8]] = []
    }

    private struct OpenMerge { var startRow: Int; var lastRow: Int; var column: Int; var span: Int }

    private struct TableBuild {
        var cells: [CellBuild] = []
        var nextColumn = 1
        var cell: CellBuild?
        /// Vertical merges still open, by their first column (top-level tables only).
        var openMerges: [Int: OpenMerge] = [:]
        /// A nested table's rows, flattened to lines.
        var lines: [[UInt8]] = []
    }

    private var frames: [Frame] = []
    private var tables: [TableBuild] = []
    private var paragraph: [UInt8] = []
    /// The paragraphs a text box interrupts, restored when it ends.
    private var interrupted: [[UInt8]] = []
    private var rows: [Row] = []
    private var merged: [CellRange] = []
    private var nextRow = 1
    private var cellCount = 0

    init(sheetName: String, maxCells: Int) {
        self.sheetName = sheetName
        self.maxCells = maxCells
    }

    /// Element names whose content is not body text (`mc:Fallback` repeats the `mc:Choice`
    /// before it, for older readers).
    private static func isSkipped(_ tok: borrowing XMLTokenizer) -> Bool {
        tok.isNamed("object") || tok.isNamed("Fallback") || tok.isNamed("moveFrom") || tok.isNamed("sectPr")
            || tok.isNamed("pPr") || tok.isNamed("rPr")
    }

    mutating func parse(_ tok: inout XMLTokenizer) throws(SheetsError) -> Sheet {
        while true {
            let event = try tok.next()
            switch event {
            case .eof:
                return Sheet(name: sheetName, rows: rows, merged: merged)
            case .start:
                try start(&tok)
            case .end:
                while let top = frames.last, top.depth > tok.depth {
                    frames.removeLast()
                    try close(top.kind, &tok)
                }
            case .text:
                if frames.last?.kind == .text { try tok.appendText(to: &paragraph) }
            }
        }
    }

    private mutating func start(_ tok: inout XMLTokenizer) throws(SheetsError) {
        let depth = tok.depth
        guard let top = frames.last?.kind else {
            if tok.isNamed("body") { frames.append(Frame(kind: .body, depth: depth)) }
            return
        }
        if top == .skipped || top == .text { return }
        if Self.isSkipped(tok) {
            frames.append(Frame(kind: .skipped, depth: depth))
            return
        }
        switch top {
        case .paragraph:
            if tok.isNamed("drawing") || tok.isNamed("pict") {
                frames.append(Frame(kind: .drawing, depth: depth))
            } else if tok.isNamed("t") {
                frames.append(Frame(kind: .text, depth: depth))
            } else if tok.isNamed("tab") {
                paragraph.append(0x09)
            } else if tok.isNamed("br") || tok.isNamed("cr") {
                let type = try tok.attributeString("type")
                if type == nil || type == "textWrapping" { paragraph.append(0x0A) }
            } else if tok.isNamed("noBreakHyphen") {
                paragraph.append(UInt8(ascii: "-"))
            }
        case .drawing:
            // Of a drawing, only a text box's paragraphs are text (a title block is often one).
            if tok.isNamed("txbxContent") {
                interrupted.append(paragraph)
                frames.append(Frame(kind: .textBox, depth: depth))
            }
        case .body, .cell, .textBox:
            if tok.isNamed("p") {
                paragraph.removeAll(keepingCapacity: true)
                frames.append(Frame(kind: .paragraph, depth: depth))
            } else if tok.isNamed("tbl") {
                tables.append(TableBuild())
                frames.append(Frame(kind: .table, depth: depth))
            } else if top == .cell, tables[tables.count - 1].cell != nil {
                try cellProperty(&tok)
            }
        case .table:
            if tok.isNamed("tr") {
                tables[tables.count - 1].cells = []
                tables[tables.count - 1].nextColumn = 1
                frames.append(Frame(kind: .row, depth: depth))
            }
        case .row:
            if tok.isNamed("tc") {
                let column = tables[tables.count - 1].nextColumn
                tables[tables.count - 1].cell = CellBuild(column: column)
                frames.append(Frame(kind: .cell, depth: depth))
            } else if tok.isNamed("gridBefore"), let n = try Self.count(&tok) {
                tables[tables.count - 1].nextColumn += n
                try checkColumn(tables[tables.count - 1].nextColumn - 1, &tok)
            }
        case .text, .skipped:
            break
        }
    }

    /// `w:gridSpan`, `w:vMerge`, `w:hMerge` of the open cell (inside its `w:tcPr`).
    private mutating func cellProperty(_ tok: inout XMLTokenizer) throws(SheetsError) {
        let t = tables.count - 1
        if tok.isNamed("gridSpan"), let n = try Self.count(&tok), n > 1 {
            tables[t].cell!.span = n
        } else if tok.isNamed("vMerge") {
            tables[t].cell!.verticalMerge = try tok.attributeString("val") == "restart" ? .restart : .proceed
        } else if tok.isNamed("hMerge") {
            tables[t].cell!.continuesLeft = try tok.attributeString("val") != "restart"
        }
    }

    /// A `w:val` count such as a span: at least 1, at most the sheet's width.
    private static func count(_ tok: inout XMLTokenizer) throws(SheetsError) -> Int? {
        guard let text = try tok.attributeString("val"), let n = Int(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return min(max(n, 0), CellAddress.maxColumn + 1)
    }

    private func checkColumn(_ column: Int, _ tok: inout XMLTokenizer) throws(SheetsError) {
        guard column <= CellAddress.maxColumn else {
            throw SheetsError(.limitExceeded, "a table row is wider than the sheet's \(CellAddress.maxColumn) columns",
                              path: tok.source.path, part: tok.source.partName, address: CellAddress(row: nextRow, column: CellAddress.maxColumn))
        }
    }

    private mutating func close(_ kind: FrameKind, _ tok: inout XMLTokenizer) throws(SheetsError) {
        switch kind {
        case .paragraph:
            if let t = tables.indices.last, tables[t].cell != nil {
                tables[t].cell!.paragraphs.append(paragraph)
            } else if tables.isEmpty {
                try appendRow([(1, paragraph)], &tok)
            }
        case .cell:
            let t = tables.count - 1
            guard var cell = tables[t].cell else { return }
            tables[t].cell = nil
            if cell.continuesLeft, !tables[t].cells.isEmpty {
                tables[t].cells[tables[t].cells.count - 1].span += cell.span
            } else {
                cell.column = tables[t].nextColumn
                tables[t].cells.append(cell)
            }
            tables[t].nextColumn += cell.span
            try checkColumn(tables[t].nextColumn - 1, &tok)
        case .row:
            if tables.count == 1 {
                try emitTopLevelRow(&tok)
            } else {
                let texts = tables[tables.count - 1].cells.map { Self.joined($0.paragraphs, separator: 0x20) }.filter { !$0.isEmpty }
                if !texts.isEmpty { tables[tables.count - 1].lines.append(Self.joined(texts, separator: 0x09)) }
            }
        case .table:
            let table = tables.removeLast()
            if tables.isEmpty {
                for merge in table.openMerges.values.sorted(by: { $0.column < $1.column }) { finish(merge) }
            } else if let t = tables.indices.last, tables[t].cell != nil {
                tables[t].cell!.paragraphs += table.lines
            }
        case .textBox:
            paragraph = interrupted.popLast() ?? []
        case .body, .text, .drawing, .skipped:
            break
        }
    }

    private mutating func emitTopLevelRow(_ tok: inout XMLTokenizer) throws(SheetsError) {
        let row = nextRow
        var table = tables[0]
        var values: [(Int, [UInt8])] = []
        var continued: Set<Int> = []
        for cell in table.cells {
            if cell.verticalMerge == .proceed, var open = table.openMerges[cell.column] {
                open.lastRow = row
                table.openMerges[cell.column] = open
                continued.insert(cell.column)
                continue
            }
            if let open = table.openMerges.removeValue(forKey: cell.column) { finish(open) }
            if cell.verticalMerge == .restart {
                table.openMerges[cell.column] = OpenMerge(startRow: row, lastRow: row, column: cell.column, span: cell.span)
                continued.insert(cell.column)
            } else if cell.span > 1 {
                finish(OpenMerge(startRow: row, lastRow: row, column: cell.column, span: cell.span))
            }
            values.append((cell.column, Self.joined(Self.trimmingEmpty(cell.paragraphs), separator: 0x0A)))
        }
        // A merge ends where its column has no continuing cell.
        for (column, open) in table.openMerges where !continued.contains(column) {
            finish(open)
            table.openMerges[column] = nil
        }
        table.cells = []
        tables[0] = table
        try appendRow(values, &tok)
        try checkBudget(&tok)
    }

    private mutating func finish(_ merge: OpenMerge) {
        guard merge.lastRow > merge.startRow || merge.span > 1 else { return }
        merged.append(CellRange(start: CellAddress(row: merge.startRow, column: merge.column),
                                end: CellAddress(row: merge.lastRow, column: merge.column + merge.span - 1)))
        // Empty merged cells hold no value but a range each: they count against the same budget.
        cellCount += 1
    }

    /// Adds the next row (its non-empty values) and moves on to the row after it.
    private mutating func appendRow(_ values: [(Int, [UInt8])], _ tok: inout XMLTokenizer) throws(SheetsError) {
        let index = nextRow
        guard index <= CellAddress.maxRow else {
            throw SheetsError(.limitExceeded, "the document has more than \(CellAddress.maxRow) paragraphs and table rows",
                              path: tok.source.path, part: tok.source.partName)
        }
        nextRow += 1
        var cells: [Cell] = []
        for (column, bytes) in values where !bytes.isEmpty {
            cells.append(Cell(CellAddress(row: index, column: column), .string(try tok.string(from: bytes))))
        }
        guard !cells.isEmpty else { return }
        cellCount += cells.count
        try checkBudget(&tok)
        rows.append(Row(index: index, cells: cells))
    }

    private func checkBudget(_ tok: inout XMLTokenizer) throws(SheetsError) {
        guard cellCount <= maxCells else {
            throw SheetsError(.limitExceeded, "the document has more than \(maxCells) cells and merged ranges",
                              path: tok.source.path, part: tok.source.partName)
        }
    }

    private static func trimmingEmpty(_ paragraphs: [[UInt8]]) -> ArraySlice<[UInt8]> {
        let first = paragraphs.firstIndex { !$0.isEmpty } ?? paragraphs.endIndex
        let last = paragraphs.lastIndex { !$0.isEmpty } ?? first
        return first < paragraphs.endIndex ? paragraphs[first...last] : []
    }

    private static func joined(_ pieces: some Collection<[UInt8]>, separator: UInt8) -> [UInt8] {
        var out: [UInt8] = []
        for (i, piece) in pieces.enumerated() {
            if i > 0 { out.append(separator) }
            out += piece
        }
        return out
    }
}
