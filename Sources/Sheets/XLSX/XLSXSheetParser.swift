import Foundation

/// Streams one worksheet part: `<sheetData>` rows one at a time, then `<mergeCells>`.
///
/// - `<row r>` and `<c r>` may be missing: the row after the previous one, the column after
///   the previous cell. Rows must ascend and cells within a row must go left to right (Excel
///   refuses files that do otherwise); anything else is a typed error, never a crash.
/// - References are checked against Excel's limits (1,048,576 rows × 16,384 columns).
/// - `<dimension>` is ignored and nothing is allocated from merge areas.
/// - Formulas are never evaluated: a formula cell has the value Excel cached in its `<v>`,
///   whether its `<f>` holds the formula or is a shared-formula reference
///   (`<f t="shared" si="0"/>`). A formula cell without `<v>` (written by a generator that
///   does not calculate, or `<v></v>`) has no value and is left out like an empty cell.
///
/// Speed: a whole common `<c>` element (`<c r="B7" s="3" t="s"><v>12</v></c>`, with an optional
/// `<f>` or a plain `<is><t>…</t></is>`) is recognised in place in the tokenizer's window by
/// `Run.fastCell`, with no events and no copies; anything else (entities, rich text, odd
/// spacing, prefixes, a cell cut by the end of the window that cannot be refilled) is declined
/// and read by the generic event loop, which also reports whatever is malformed. Both paths
/// share the checks (`startCell`, `finishCell`).
///
/// One parser, several sinks (`XLSXCellSink`): `parse(_:row:)` builds `Row`s of `Cell`s;
/// `parse(_:into:)` hands each cell to a writer as it is read, text as UTF-8 bytes (a shared
/// string's straight from the table), other values as `CellValue`s, with no `Row`, `Cell` or
/// `String` per cell.
struct XLSXSheetParser {
    enum CellType { case number, shared, inline, formulaString, bool, error, isoDate }

    let sharedStrings: SharedStrings
    /// Number-format kind per `cellXfs` index.
    let styles: [NumberFormatKind]
    let date1904: Bool
    let sheetName: String

    /// Streams the rows as `Row`s; `cache` keeps one `String` per shared string across calls.
    func parse(_ tok: inout XMLTokenizer, cache: SharedStringCache = SharedStringCache(),
               row deliver: (Row) throws(SheetsError) -> Void) throws(SheetsError) -> [CellRange] {
        try withoutActuallyEscaping(deliver) { (deliver) throws(SheetsError) -> [CellRange] in
            var sink = XLSXRowSink(cache: cache, deliver: deliver)
            return try parse(&tok, into: &sink)
        }
    }

    /// Streams the cells into `sink`.
    func parse<S: XLSXCellSink>(_ tok: inout XMLTokenizer, into sink: inout S) throws(SheetsError) -> [CellRange] {
        var run = Run(parser: self, source: tok.source, sink: sink)
        defer { sink = run.sink }
        return try run.parse(&tok)
    }
}
