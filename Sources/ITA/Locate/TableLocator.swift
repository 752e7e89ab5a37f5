import Sheets
import ThaiText

/// Finds the plan and results tables in a workbook: header rows recognized by the template's
/// column wordings (exact after Thai cleanup, a known wording with a qualifier, or a near spelling
/// of damaged text), a second header row of sub-columns under a group header (months under
/// ระยะเวลาดำเนินการ, status marks under ผลการดำเนินการ with the result's text in a details column),
/// bodies up to the next prose or signature block (totals rows and section rows skipped), repeated
/// header blocks of the same kind joined into one table (also across consecutive sheets),
/// continuation rows joined to their measure, group values carried down, merged cells followed.
/// Only visible sheets are read: a hidden sheet holds dropdown lists, not a table.
public struct TableLocator: Sendable {
    public var template: Template
    private let headerIndex: HeaderIndex

    public init(template: Template) {
        self.template = template
        self.headerIndex = HeaderIndex(template: template)
    }

    /// What a workbook holds: its tables, and the text around them.
    public struct Result: Sendable {
        public var tables: [LocatedTable]
        /// Every non-empty row outside the tables (title block, analysis, prose), one text per row.
        public var prose: [SourcedText]

        /// Tables and prose as found (`Normalizer.normalize` reads a result into a document).
        public init(tables: [LocatedTable], prose: [SourcedText]) {
            self.tables = tables
            self.prose = prose
        }
    }

    /// Merged ranges bigger than this are not followed cell by cell (a whole-sheet merge is a drawing, not data).
    static let maxMergeCells = 20_000

    public func locate(in workbook: Workbook) -> Result {
        var perSheet: [(index: Int, tables: [LocatedTable])] = []
        var prose: [SourcedText] = []
        // Formats without merge information (text, CSV) flatten a vertical merge to one written cell.
        let carryDownGuess = !workbook.format.recordsMerges
        for (index, sheet) in workbook.sheets.enumerated() where sheet.state == .visible {
            let found = locate(in: sheet, carryDownGuess: carryDownGuess)
            perSheet.append((index, found.tables))
            prose += found.prose
        }
        return Result(tables: Self.joinAcrossSheets(perSheet), prose: prose)
    }

    /// For each cell filled from a merge (not the merge's first cell), that first cell.
    static func mergeOrigins(_ sheet: Sheet) -> [CellAddress: CellAddress] {
        var origins: [CellAddress: CellAddress] = [:]
        var budget = 200_000
        for range in sheet.merged where range.cellCount > 1 && range.cellCount <= maxMergeCells {
            budget -= range.cellCount
            if budget < 0 { break }
            for r in range.start.row...range.end.row {
                for c in range.start.column...range.end.column where !(r == range.start.row && c == range.start.column) {
                    origins[CellAddress(row: r, column: c)] = range.start
                }
            }
        }
        return origins
    }

    private func locate(in sheet: Sheet, carryDownGuess: Bool) -> Result {
        let origins = Self.mergeOrigins(sheet)
        let filled = origins.isEmpty ? sheet : sheet.fillingMerged()
        var blocks: [LocatedTable] = []
        var prose: [SourcedText] = []
        var current: BlockBuilder?
        var previousRowBlank = true

        func finish() {
            if let block = current?.build() { blocks.append(block) }
            current = nil
        }

        var expectedRow = filled.rows.first?.index ?? 1
        for row in filled.rows {
            if row.index > expectedRow { previousRowBlank = true }
            expectedRow = row.index + 1
            var cells: [RowCell] = []
            cells.reserveCapacity(row.cells.count)
            for cell in row.cells {
                let text = cell.value.displayText
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                let origin = origins.isEmpty ? nil : origins[cell.address]
                // A horizontal merge's copies add nothing to a row: the first cell speaks for it.
                if let origin, origin.row == row.index { continue }
                let source = SourceRef(sheet: sheet.name, address: cell.address)
                let typed: CellValue? = if case .string = cell.value { nil } else { cell.value }
                cells.append(RowCell(column: cell.address.column,
                                     text: SourcedText(text: text, source: source,
                                                       carriedFrom: origin.map { SourceRef(sheet: sheet.name, address: $0) }, value: typed),
                                     span: origins.isEmpty ? 1 : Self.span(of: cell.address, in: sheet)))
            }
            if cells.isEmpty {
                previousRowBlank = true
                continue
            }
            // A second header row: sub-columns under the header's groups.
            if var block = current, block.rows.isEmpty, !block.hasSubHeader, row.index == block.headerRows.last! + 1,
               block.applySubHeader(cells.filter { $0.text.carriedFrom == nil }, row: row.index, index: headerIndex) {
                current = block
                previousRowBlank = false
                continue
            }
            let written = cells.filter { $0.text.carriedFrom == nil }
            if !Self.startsWithItemNumber(written), let header = headerIndex.header(of: written) {
                finish()
                current = BlockBuilder(sheet: sheet.name, header: header, headerRow: row.index,
                                       carryDown: carryDownGuess ? template.columns.filter(\.carryDown).map(\.field) : [])
                previousRowBlank = false
                continue
            }
            // A totals row (รวม, สรุป, ร้อยละ) is never a measure and leaves the table open; a signature
            // block (ลงชื่อ…, (นาย…), ผู้รายงาน, ตำแหน่ง…) ends it. Both are prose.
            if current != nil, !written.isEmpty, !Self.startsWithItemNumber(written) {
                switch ClosingRow.kind(ofRow: written.map(\.text.text)) {
                case .summary?:
                    prose.append(Self.proseLine(written))
                    previousRowBlank = false
                    continue
                case .signature?:
                    finish()
                    prose.append(Self.proseLine(written))
                    previousRowBlank = false
                    continue
                case nil: break
                }
            }
            // A section heading merged across the table ("ด้านที่ 1 การเปิดเผยข้อมูล"), or written alone in
            // the first columns of a text file, neither ends the table nor is a measure.
            if let block = current, cells.count == 1, cells[0].text.carriedFrom == nil,
               cells[0].span >= 3 || block.isSectionHeading(cells[0], afterBlank: previousRowBlank) {
                previousRowBlank = false
                continue
            }
            // Mutated in place: a copy of the builder would copy every row collected so far.
            if current?.accepts(cells, afterBlank: previousRowBlank) == true {
                current!.add(row: row.index, cells: cells)
            } else {
                finish()
                if !written.isEmpty { prose.append(Self.proseLine(written)) }
            }
            previousRowBlank = false
        }
        finish()
        return Result(tables: Self.joinRepeatedHeaders(blocks), prose: prose)
    }

    /// A row outside the tables as one line of prose: its cells' texts joined, placed at its first
    /// cell, with its last cell's typed value (a signing date written in a date cell).
    static func proseLine(_ cells: [RowCell]) -> SourcedText {
        SourcedText(text: cells.map(\.text.text).joined(separator: " "), source: cells[0].text.source, value: cells.last?.text.value)
    }

    /// Whether a row's first cell opens with an item number ("(๑)", "1.", "๒)"): a measure row, never a
    /// header. A cheap scalar test that spares the header matcher nearly every body row.
    static func startsWithItemNumber(_ cells: [RowCell]) -> Bool {
        guard let first = cells.first else { return false }
        var scalars = first.text.text.unicodeScalars.makeIterator()
        var c = scalars.next()
        while let s = c, s == " " { c = scalars.next() }
        func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) || (0x0E50...0x0E59).contains($0.value) } ?? false }
        if c == "(" { return isDigit(scalars.next()) }
        guard isDigit(c) else { return false }
        var next = scalars.next()
        while isDigit(next) { next = scalars.next() }
        return next == "." || next == ")"
    }

    /// How many columns the merge starting at `address` spans (1 when none).
    static func span(of address: CellAddress, in sheet: Sheet) -> Int {
        for range in sheet.merged where range.start == address { return range.columnCount }
        return 1
    }
}
