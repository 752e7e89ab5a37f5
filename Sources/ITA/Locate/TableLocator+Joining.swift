import Sheets

extension TableLocator {
    /// Whether two blocks have compatible columns: one's fields (numbers and codes aside) contain the other's.
    static func compatible(_ a: LocatedTable, _ b: LocatedTable) -> Bool {
        let ignored: Set<Field> = [.number, .code]
        let x = Set(a.columns.keys).subtracting(ignored), y = Set(b.columns.keys).subtracting(ignored)
        return x.isSuperset(of: y) || y.isSuperset(of: x)
    }

    /// Blocks of the same kind and fields that follow each other (a table continued under a
    /// repeated, possibly differently worded header, with prose between) become one table.
    static func joinRepeatedHeaders(_ blocks: [LocatedTable]) -> [LocatedTable] {
        var joined: [LocatedTable] = []
        for block in blocks {
            if var last = joined.last, last.kind == block.kind, last.sheet == block.sheet, compatible(last, block) {
                last.range = CellRange(start: CellAddress(row: last.range.start.row, column: min(last.range.start.column, block.range.start.column)),
                                       end: CellAddress(row: block.range.end.row, column: max(last.range.end.column, block.range.end.column)))
                last.absorb(block)
                joined[joined.count - 1] = last
            } else {
                joined.append(block)
            }
        }
        return joined
    }

    /// A table that ends one sheet and one of the same kind with compatible columns that starts
    /// the next sheet (in workbook order) are one table printed over two sheets.
    static func joinAcrossSheets(_ perSheet: [(index: Int, tables: [LocatedTable])]) -> [LocatedTable] {
        var out: [LocatedTable] = []
        var previousIndex: Int?
        for (index, tables) in perSheet {
            for (k, table) in tables.enumerated() {
                if k == 0, let previousIndex, index == previousIndex + 1, var last = out.last,
                   last.kind == table.kind, compatible(last, table), last.parts.last?.sheet != table.sheet {
                    last.continuedOn.append(SheetRange(sheet: table.sheet, range: table.range))
                    last.absorb(table)
                    out[out.count - 1] = last
                } else {
                    out.append(table)
                }
            }
            if !tables.isEmpty || previousIndex != nil { previousIndex = tables.isEmpty ? nil : index }
        }
        return out
    }
}

extension LocatedTable {
    /// Takes another block's header rows, body and header notes (its range is the caller's business).
    mutating func absorb(_ block: LocatedTable) {
        headerRows += block.headerRows
        bodyRows += block.bodyRows
        unknownColumns += block.unknownColumns
        duplicateColumns += block.duplicateColumns
        fuzzyHeaders += block.fuzzyHeaders
        for (field, text) in block.headerText where headerText[field] == nil { headerText[field] = text }
        for (field, column) in block.columns where columns[field] == nil { columns[field] = column }
    }
}
