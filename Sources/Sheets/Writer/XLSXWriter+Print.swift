// Printing companions of `XLSXWriter.setPageSetup`.

extension XLSXWriter {
    /// Starts a new printed page above each of `rows` (1-based; row 1 and duplicates are ignored).
    ///
    /// - Throws: `limit-exceeded` for a row outside Excel's grid or more than 1,023 breaks (Excel's
    ///   limit). The corresponding C function is `worksheet_set_h_pagebreaks`.
    public mutating func setPageBreaks(beforeRows rows: [Int], in sheet: SheetHandle) throws(SheetsError) {
        let s = state.sheet(sheet)
        let breaks = Array(Set(rows.filter { $0 > 1 })).sorted()
        guard !breaks.isEmpty else { return }
        for row in breaks { try WriterGuards.checkAddress(CellAddress(row: row, column: 1), sheet: s.name) }
        guard breaks.count <= 1_023 else {
            throw SheetsError(.limitExceeded, "\(breaks.count) page breaks exceed Excel's limit of 1,023", part: s.name)
        }
        try LXW.setRowBreaks(s.pointer, breaks, sheet: s.name)
    }
}
