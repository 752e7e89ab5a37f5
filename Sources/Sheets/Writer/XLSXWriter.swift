import Foundation

/// Writes one XLSX workbook through libxlsxwriter 1.1.4, guarding everything 1.1.4 trusts its
/// caller with (see `WriterGuards`).
///
/// The writer owns the C workbook (a `~Copyable` owner: no copy can write or close it twice).
/// Output goes to a temporary file next to `path`, renamed onto `path` by `close()` (the same
/// `OutputFile.Staging` as every output of the toolkit), so a failure never leaves half a
/// workbook. A writer dropped without `close()` frees the workbook and writes nothing.
///
/// ```swift
/// var writer = try XLSXWriter(path: "out.xlsx")
/// let sheet = try writer.addSheet(named: "ผลการดำเนินการ")
/// try writer.write(.string("มาตรการ"), at: CellAddress(row: 1, column: 1), in: sheet, style: CellStyle(bold: true))
/// try writer.close()
/// ```
///
/// In `constantMemory` mode each row is flushed to disk when a later row is written, so rows must
/// be written in increasing order (a typed error otherwise); merged ranges are registered when
/// the writer reaches their last row, which this type does for you.
public struct XLSXWriter: ~Copyable {
    // Storage is an `Unmanaged` reference to a private class: a trivially destroyable stored
    // property, so `close()` can `discard self` (Swift 6.3 allows `discard` only for trivial
    // layouts) while `deinit` still releases the state. The class's own deinit frees a workbook
    // that was never closed (`lxw_workbook_free`) and removes the temporary file; after `close()`
    // its `workbook` pointer is nil (the state flag), because `workbook_close` already freed it.
    private let box: Unmanaged<WriterState>
    /// Internal so that the `XLSXWriter+Concern.swift` extension files can reach the state.
    var state: WriterState { box.takeUnretainedValue() }

    /// Starts a workbook that `close()` will write to `path`.
    ///
    /// - Parameters:
    ///   - path: The final file; its directory must exist and be writable.
    ///   - constantMemory: Stream rows to disk (for large sheets, written row by row in order).
    /// - Throws: `write-failed` when the directory is missing or not writable, or libxlsxwriter
    ///   cannot start a workbook. The corresponding C function is `workbook_new_opt`.
    public init(path: String, constantMemory: Bool = false) throws(SheetsError) {
        box = Unmanaged.passRetained(try WriterState(path: path, constantMemory: constantMemory))
    }

    deinit { box.release() }

    /// Adds a sheet; the name is made valid (see `SheetNameRules`) and unique. `name(of:)` gives the
    /// final name.
    public mutating func addSheet(named name: String) throws(SheetsError) -> SheetHandle {
        try state.addSheet(named: name)
    }

    /// The final (sanitized, unique) name of a sheet.
    public func name(of sheet: SheetHandle) -> String { state.sheet(sheet).name }

    /// Writes one value. Text is always written as text (never as a formula); an empty string
    /// becomes a blank; dates and durations get a date or `[h]:mm:ss` number format merged into
    /// `style` unless it has its own; known error literals (`#N/A` …) become error cells. Every
    /// number comes back exactly, also one that needs 17 digits (see `ExactCell`).
    ///
    /// - Throws: `limit-exceeded` outside Excel's grid or for text over 32,767 characters;
    ///   `invalid-argument` for NaN or ±Inf (nothing is written), or, in constant-memory mode, for
    ///   a row already flushed.
    public mutating func write(_ value: CellValue, at address: CellAddress, in sheet: SheetHandle, style: CellStyle? = nil) throws(SheetsError) {
        try state.write(value, at: address, in: sheet, style: style)
    }

    /// Writes a blank cell carrying `style` (nothing without a style).
    public mutating func writeBlank(at address: CellAddress, in sheet: SheetHandle, style: CellStyle? = nil) throws(SheetsError) {
        try state.write(.string(""), at: address, in: sheet, style: style)
    }

    /// Merges `range` and writes `value` in its first cell, `style` on every cell. A 1×1 range
    /// is a plain write.
    ///
    /// - Throws: `invalid-argument` when the range overlaps an earlier merge of the sheet
    ///   (libxlsxwriter does not check; Excel would call the file corrupt), plus `write`'s errors.
    public mutating func merge(_ range: CellRange, value: CellValue, in sheet: SheetHandle, style: CellStyle? = nil) throws(SheetsError) {
        try state.merge(range, value: value, in: sheet, style: style)
    }

    /// Sets the width (in characters, 0…255) and optionally a default style of 1-based columns.
    public mutating func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, in sheet: SheetHandle, style: CellStyle? = nil) throws(SheetsError) {
        try state.setColumnWidth(width, columns: columns, in: sheet, style: style)
    }

    /// The tallest row a worksheet may have, in points (Excel's limit).
    public static let maximumRowHeight = 409.0

    /// Sets a row's height in points (0…409).
    public mutating func setRowHeight(_ points: Double, row: Int, in sheet: SheetHandle) throws(SheetsError) {
        try state.setRowHeight(points, row: row, in: sheet)
    }

    /// Orientation, paper, fit to width, margins, repeated rows, header and footer.
    ///
    /// - Throws: `limit-exceeded` for a header or footer over 255 characters.
    public mutating func setPageSetup(_ setup: PageSetup, in sheet: SheetHandle) throws(SheetsError) {
        try state.setPageSetup(setup, in: sheet)
    }

    /// Freezes the rows above and the columns left of `address` (the first unfrozen cell).
    /// An address outside Excel's grid is ignored.
    public mutating func freezePanes(at address: CellAddress, in sheet: SheetHandle) {
        guard address.isWithinExcelLimits else { return }
        LXW.freezePanes(state.sheet(sheet).pointer, address)
    }

    /// Adds filter buttons to the first row of `range`.
    public mutating func autofilter(_ range: CellRange, in sheet: SheetHandle) throws(SheetsError) {
        try state.autofilter(range, in: sheet)
    }

    /// Hides a sheet (it stays in the workbook). Do not hide the active sheet.
    public mutating func setHidden(_ sheet: SheetHandle) { LXW.hide(state.sheet(sheet).pointer) }

    /// Makes a sheet the one shown when the file opens.
    public mutating func activate(_ sheet: SheetHandle) { LXW.activate(state.sheet(sheet).pointer) }

    /// A dropdown of `items` on every cell of `range`.
    ///
    /// Short lists are stored inline. A list whose quoted, comma-joined form is over 255 UTF-8
    /// bytes (8 Thai items are enough), or with an item containing `,` or `"`, is written to a
    /// row of a hidden sheet (`_lists`, created once) and referenced as a formula: libxlsxwriter
    /// 1.1.4 aborts the process on the inline path.
    ///
    /// - Throws: `invalid-argument` for no (non-empty) items; `limit-exceeded` for an input title
    ///   over 32 or a message over 255 characters, or more than 16,384 items.
    public mutating func addListValidation(
        _ range: CellRange, items: [String], in sheet: SheetHandle, inputTitle: String? = nil, inputMessage: String? = nil
    ) throws(SheetsError) {
        try state.addListValidation(range, items: items, in: sheet, inputTitle: inputTitle, inputMessage: inputMessage)
    }

    /// A cell note.
    ///
    /// - Throws: `invalid-argument` for an empty text (it overflows the heap in 1.1.4).
    public mutating func addComment(_ text: String, at address: CellAddress, in sheet: SheetHandle, author: String? = nil) throws(SheetsError) {
        try state.addComment(text, at: address, in: sheet, author: author)
    }

    /// A link to `target` on the sheet named `onSheet` (`internal:'Sheet name'!C7`), shown as
    /// `text` in the cell `address`.
    public mutating func writeInternalLink(
        text: String, to target: CellAddress, onSheet: String, at address: CellAddress, in sheet: SheetHandle, style: CellStyle? = nil
    ) throws(SheetsError) {
        try state.writeInternalLink(text: text, to: target, onSheet: onSheet, at: address, in: sheet, style: style)
    }

    /// A link to `target` on the sheet `onSheet` of another workbook, `file` relative to this one
    /// (`external:other.xlsx#'Sheet name'!C7`), shown as `text` in the cell `address`.
    public mutating func writeFileLink(
        text: String, file: String, to target: CellAddress, onSheet: String, at address: CellAddress, in sheet: SheetHandle, style: CellStyle? = nil
    ) throws(SheetsError) {
        try state.writeInternalLink(text: text, to: target, onSheet: onSheet, inFile: file, at: address, in: sheet, style: style)
    }

    /// Title, author, … and a fixed creation time for byte-stable output.
    public mutating func setProperties(_ properties: DocumentProperties) throws(SheetsError) {
        try state.setProperties(properties)
    }

    /// Writes the workbook and renames it onto `path`. The C workbook is freed whatever happens
    /// (`workbook_close` frees it even when it fails); on failure the temporary file is removed
    /// and `path` is untouched.
    public consuming func close() throws(SheetsError) {
        let state = box.takeRetainedValue()
        discard self
        try state.close()
    }
}

/// Per-sheet bookkeeping. The pointer never leaves the writer.
final class WriterSheet {
    let pointer: LXWSheet
    let name: String
    var merges: [CellRange] = []
    /// Constant-memory mode: the row libxlsxwriter holds in memory (0 before the first write).
    var cursorRow = 0
    /// Constant-memory mode: merges whose last row has not been reached yet.
    var pending: [WriterPendingMerge] = []
    /// Cells libxlsxwriter cannot write exactly, rewritten by `close()` (see `ExactCell`).
    var exactCells: [CellAddress: ExactCell] = [:]

    /// The cell at `address` is overwritten: its rewrite, if any, no longer applies.
    func overwrite(_ address: CellAddress) {
        if !exactCells.isEmpty { exactCells[address] = nil }
    }

    init(pointer: LXWSheet, name: String) {
        self.pointer = pointer
        self.name = name
    }
}

struct WriterPendingMerge {
    var range: CellRange
    var format: LXWFormat?
}

final class WriterState {
    private(set) var workbook: LXWWorkbook?
    let path: String
    /// The temporary file libxlsxwriter writes, renamed onto `path` by `close()` (`OutputFile`).
    let staging: OutputFile.Staging
    let constantMemory: Bool
    private var formats: [CellStyle: LXWFormat] = [:]
    private var sheets: [WriterSheet] = []
    private var takenNames: Set<String> = []
    private var listSheet: SheetHandle?
    private var listRows: [[String]: Int] = [:]

    init(path: String, constantMemory: Bool) throws(SheetsError) {
        guard !path.isEmpty else { throw SheetsError(.writeFailed, "no output path given") }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: directory)
        else {
            throw SheetsError(.writeFailed, "the folder \(directory) does not exist or is not writable", path: path)
        }
        // The workbook is renamed onto `path` at the end: over a device or a pipe (/dev/null, a
        // FIFO) that would replace the special file itself, so only regular files are written.
        var status = stat()
        if lstat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            throw SheetsError(.writeFailed, "the output exists and is not a regular file (a device, pipe, link or folder); give a file name", path: path)
        }
        self.path = path
        self.staging = OutputFile(path: path).staging()
        self.constantMemory = constantMemory
        guard let workbook = LXW.newWorkbook(path: staging.temporaryPath, constantMemory: constantMemory) else {
            throw SheetsError(.writeFailed, "libxlsxwriter could not start a workbook", path: path)
        }
        self.workbook = workbook
    }

    deinit {
        if let workbook { LXW.freeUnclosed(workbook) }
        staging.discard()
    }

    var liveWorkbook: LXWWorkbook {
        guard let workbook else { preconditionFailure("the workbook is closed") }
        return workbook
    }

    func sheet(_ handle: SheetHandle) -> WriterSheet {
        precondition(sheets.indices.contains(handle.index), "a SheetHandle from another writer")
        return sheets[handle.index]
    }

    private func format(_ style: CellStyle?) throws(SheetsError) -> LXWFormat? {
        guard let style else { return nil }
        if let existing = formats[style] { return existing }
        var clean = style
        clean.fontName = style.fontName.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        clean.numberFormat = style.numberFormat.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        if let size = clean.fontSize, !(size.isFinite && size > 0 && size <= 409) { clean.fontSize = nil }
        if let color = clean.fontColor { clean.fontColor = color & 0xFF_FFFF }
        if let fill = clean.fill { clean.fill = fill & 0xFF_FFFF }
        guard let created = LXW.addFormat(liveWorkbook, clean) else {
            throw SheetsError(.writeFailed, "libxlsxwriter could not create a format", path: path)
        }
        formats[style] = created
        return created
    }

    // MARK: Sheets

    func addSheet(named requested: String) throws(SheetsError) -> SheetHandle {
        let name = SheetNameRules.sanitize(requested, taken: takenNames)
        guard let pointer = LXW.addSheet(liveWorkbook, name: name) else {
            throw SheetsError(.invalidArgument, "libxlsxwriter rejected the sheet name \"\(name)\"", part: name)
        }
        takenNames.insert(name.lowercased())
        sheets.append(WriterSheet(pointer: pointer, name: name))
        return SheetHandle(index: sheets.count - 1)
    }

    // MARK: Cells

    /// Constant-memory mode: moves the row cursor to `row`, first writing the blanks and
    /// registering the merges of the rows in between (a merge is registered while the
    /// cursor is on its last row).
    private func moveCursor(_ s: WriterSheet, to row: Int, column: Int = 1) throws(SheetsError) {
        guard constantMemory, row != s.cursorRow else { return }
        guard row > s.cursorRow else {
            throw SheetsError(.invalidArgument,
                "row \(row) was already written out (constant-memory mode writes rows in order; the current row is \(s.cursorRow))",
                part: s.name, address: CellAddress(row: row, column: column))
        }
        if !s.pending.isEmpty { try flushPending(s, through: row) }
        s.cursorRow = row
    }

    private func flushPending(_ s: WriterSheet, through row: Int) throws(SheetsError) {
        guard let maxLast = s.pending.map(\.range.end.row).max() else { return }
        var r = s.cursorRow + 1
        while r <= min(row, maxLast) {
            for merge in s.pending where merge.range.start.row < r && r <= merge.range.end.row {
                for c in merge.range.start.column...merge.range.end.column where merge.format != nil {
                    try LXW.writeBlank(s.pointer, CellAddress(row: r, column: c), merge.format, sheet: s.name)
                }
                s.cursorRow = r
                if r == merge.range.end.row { try LXW.mergeRange(s.pointer, merge.range, merge.format, sheet: s.name) }
            }
            s.pending.removeAll { $0.range.end.row <= r }
            r += 1
        }
    }

    func write(_ value: CellValue, at address: CellAddress, in handle: SheetHandle, style: CellStyle?) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkAddress(address, sheet: s.name)
        let prepared = try WriterGuards.prepare(value, at: address, sheet: s.name)
        try moveCursor(s, to: address.row, column: address.column)
        try emit(prepared, at: address, in: s, style: style)
    }

    private func emit(_ cell: WriterCell, at a: CellAddress, in s: WriterSheet, style: CellStyle?) throws(SheetsError) {
        s.overwrite(a)
        switch cell {
        case .blank:
            if let f = try format(style) { try LXW.writeBlank(s.pointer, a, f, sheet: s.name) }
        case .text(let text):
            try LXW.writeString(s.pointer, a, text, try format(style), sheet: s.name)
        case .number(let n, let defaultFormat):
            let effective = defaultFormat.map { (style ?? CellStyle()).withDefaultNumberFormat($0) } ?? style
            try LXW.writeNumber(s.pointer, a, n, try format(effective), sheet: s.name)
            if ExactCell.needsExactText(n) { s.exactCells[a] = .number(n) }
        case .bool(let b):
            try LXW.writeBool(s.pointer, a, b, try format(style), sheet: s.name)
        case .error(let literal):
            try LXW.writeErrorFormula(s.pointer, a, literal: literal, try format(style), sheet: s.name)
            s.exactCells[a] = .error(literal)
        }
    }

    func merge(_ range: CellRange, value: CellValue, in handle: SheetHandle, style: CellStyle?) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkRange(range, sheet: s.name)
        if range.cellCount == 1 { return try write(value, at: range.start, in: handle, style: style) }
        if let clash = s.merges.first(where: { $0.overlaps(range) }) {
            throw SheetsError(.invalidArgument, "the merged range \(range.a1) overlaps the merged range \(clash.a1)",
                              part: s.name, address: range.start)
        }
        let prepared = try WriterGuards.prepare(value, at: range.start, sheet: s.name)
        // The merge's blanks carry the cell's style; a date's number format belongs to the first cell only.
        let f = try format(style)
        // With a style, libxlsxwriter blanks the rest of the range (without one it leaves it).
        if f != nil, !s.exactCells.isEmpty { s.exactCells = s.exactCells.filter { !range.contains($0.key) } }
        try moveCursor(s, to: range.start.row, column: range.start.column)
        if !constantMemory || range.rowCount == 1 {
            // merge_range writes a formatted blank in the first cell; the value overwrites it.
            try LXW.mergeRange(s.pointer, range, f, sheet: s.name)
            try emit(prepared, at: range.start, in: s, style: style)
        } else {
            try emit(prepared, at: range.start, in: s, style: style)
            if let f {
                for c in (range.start.column + 1)...max(range.start.column + 1, range.end.column) where c <= range.end.column {
                    try LXW.writeBlank(s.pointer, CellAddress(row: range.start.row, column: c), f, sheet: s.name)
                }
            }
            s.pending.append(WriterPendingMerge(range: range, format: f))
        }
        s.merges.append(range)
    }

    // MARK: Layout

    func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, in handle: SheetHandle, style: CellStyle?) throws(SheetsError) {
        let s = sheet(handle)
        guard columns.lowerBound >= 1, columns.upperBound <= CellAddress.maxColumn else {
            throw SheetsError(.limitExceeded, "columns \(columns) are outside 1…\(CellAddress.maxColumn)", part: s.name)
        }
        guard width.isFinite, (0...255).contains(width) else {
            throw SheetsError(.invalidArgument, "column width \(width) is not within 0…255", part: s.name)
        }
        try LXW.setColumns(s.pointer, columns, width: width, try format(style), sheet: s.name)
    }

    func setRowHeight(_ points: Double, row: Int, in handle: SheetHandle) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkAddress(CellAddress(row: row, column: 1), sheet: s.name)
        guard points.isFinite, (0...XLSXWriter.maximumRowHeight).contains(points) else {
            throw SheetsError(.invalidArgument, "row height \(points) is not within 0…409 points", part: s.name,
                              address: CellAddress(row: row, column: 1))
        }
        try moveCursor(s, to: row)
        try LXW.setRow(s.pointer, row, height: points, sheet: s.name)
    }

    func setPageSetup(_ setup: PageSetup, in handle: SheetHandle) throws(SheetsError) {
        let s = sheet(handle)
        if let wide = setup.fitToPagesWide, !(0...Int(UInt16.max)).contains(wide) {
            throw SheetsError(.invalidArgument, "fitToPagesWide \(wide) is not within 0…65535", part: s.name)
        }
        if let m = setup.margins, ![m.left, m.right, m.top, m.bottom].allSatisfy({ $0.isFinite && $0 >= 0 }) {
            throw SheetsError(.invalidArgument, "page margins must be finite and not negative", part: s.name)
        }
        if let rows = setup.repeatRows, rows.lowerBound < 1 || rows.upperBound > CellAddress.maxRow {
            throw SheetsError(.limitExceeded, "repeated rows \(rows) are outside 1…\(CellAddress.maxRow)", part: s.name)
        }
        let header = setup.header.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        let footer = setup.footer.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        if let header { try WriterGuards.checkHeaderFooter(header, what: "the page header", sheet: s.name) }
        if let footer { try WriterGuards.checkHeaderFooter(footer, what: "the page footer", sheet: s.name) }
        try LXW.applyPageSetup(s.pointer, setup, header: header, footer: footer, sheet: s.name)
    }

    func autofilter(_ range: CellRange, in handle: SheetHandle) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkRange(range, sheet: s.name)
        try LXW.autofilter(s.pointer, range, sheet: s.name)
    }

    // MARK: Validation, comments, links, charts

    func addListValidation(
        _ range: CellRange, items rawItems: [String], in handle: SheetHandle, inputTitle: String?, inputMessage: String?,
        showError: Bool = true
    ) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkRange(range, sheet: s.name)
        let items = rawItems.map(WriterGuards.cleanText).filter { !$0.isEmpty }
        guard !items.isEmpty else {
            throw SheetsError(.invalidArgument, "a dropdown list needs at least one item", part: s.name, address: range.start)
        }
        let title = inputTitle.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        let message = inputMessage.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        if let title, title.unicodeScalars.count > WriterGuards.maxValidationTitle {
            throw SheetsError(.limitExceeded, "the input title exceeds Excel's limit of \(WriterGuards.maxValidationTitle) characters",
                              part: s.name, address: range.start)
        }
        if let message, message.unicodeScalars.count > WriterGuards.maxValidationMessage {
            throw SheetsError(.limitExceeded, "the input message exceeds Excel's limit of \(WriterGuards.maxValidationMessage) characters",
                              part: s.name, address: range.start)
        }
        if WriterGuards.fitsInline(items) {
            try LXW.validateList(s.pointer, range, items: items, title: title, message: message, showError: showError, sheet: s.name)
            return
        }
        guard items.count <= CellAddress.maxColumn else {
            throw SheetsError(.limitExceeded, "a dropdown list of \(items.count) items exceeds \(CellAddress.maxColumn)",
                              part: s.name, address: range.start)
        }
        let (listName, row) = try listRow(for: items)
        let formula = "=\(SheetNameRules.quoted(listName))!$A$\(row):$\(CellAddress.columnName(items.count))$\(row)"
        try LXW.validateListFormula(
            s.pointer, range, formula: formula, title: title, message: message, showError: showError, sheet: s.name)
    }

    /// The row of the hidden list sheet holding `items` (one list per row, so that constant-memory
    /// mode can append lists in order), writing it on first use.
    private func listRow(for items: [String]) throws(SheetsError) -> (sheet: String, row: Int) {
        let handle: SheetHandle
        if let listSheet { handle = listSheet } else {
            handle = try addSheet(named: "_lists")
            LXW.hide(sheet(handle).pointer)
            listSheet = handle
        }
        let s = sheet(handle)
        if let row = listRows[items] { return (s.name, row) }
        let row = listRows.count + 1
        for (i, item) in items.enumerated() {
            try write(.string(item), at: CellAddress(row: row, column: i + 1), in: handle, style: nil)
        }
        listRows[items] = row
        return (s.name, row)
    }

    func addComment(_ text: String, at address: CellAddress, in handle: SheetHandle, author: String?) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkAddress(address, sheet: s.name)
        let clean = WriterGuards.cleanText(text)
        guard !clean.isEmpty else {
            throw SheetsError(.invalidArgument, "a comment needs text", part: s.name, address: address)
        }
        try WriterGuards.checkTextLength(clean, at: address, sheet: s.name)
        let author = author.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        try LXW.writeComment(s.pointer, address, text: clean, author: author, sheet: s.name)
    }

    /// `file`: another workbook (an `external:` link), nil for this one.
    func writeInternalLink(
        text: String, to target: CellAddress, onSheet: String, inFile file: String? = nil, at address: CellAddress, in handle: SheetHandle,
        style: CellStyle?
    ) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkAddress(address, sheet: s.name)
        try WriterGuards.checkAddress(target, sheet: onSheet)
        let shown = WriterGuards.cleanText(text)
        try WriterGuards.checkTextLength(shown, at: address, sheet: s.name)
        let place = "\(SheetNameRules.quoted(WriterGuards.cleanText(onSheet)))!\(target.a1)"
        let url = file.map { "external:\(WriterGuards.cleanText($0))#\(place)" } ?? "internal:\(place)"
        try moveCursor(s, to: address.row, column: address.column)
        s.overwrite(address)
        try LXW.writeInternalURL(s.pointer, address, url: url, text: shown.isEmpty ? nil : shown, try format(style), sheet: s.name)
    }

    func setProperties(_ p: DocumentProperties) throws(SheetsError) {
        func clean(_ text: String?) -> String? { text.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 } }
        var created: Int?
        if let date = p.created {
            guard date.serial.isFinite, date.serial >= 1, date.serial < 2_958_466 else {
                throw SheetsError(.invalidArgument, "the creation date is outside 1900…9999")
            }
            created = Int(((date.serial - 25_569) * 86_400).rounded())
        }
        try LXW.setProperties(
            liveWorkbook, title: clean(p.title), subject: clean(p.subject), author: clean(p.author),
            company: clean(p.company), keywords: clean(p.keywords), comments: clean(p.comments), created: created)
    }

    // MARK: Close

    /// Puts right, in the written package, the cells libxlsxwriter could not write exactly
    /// (`ExactCell`); a workbook without any is not reopened.
    private func rewriteExactCells() throws(SheetsError) {
        var parts: [String: WriterSheet] = [:]
        for (index, s) in sheets.enumerated() where !s.exactCells.isEmpty { parts[ExactCells.partName(sheetIndex: index)] = s }
        guard !parts.isEmpty else { return }
        try ZipPackage.rewriteParts(at: staging.temporaryPath, parts.keys.sorted()) { (name, xml) throws(SheetsError) in
            let s = parts[name]!
            return try ExactCells.rewrite(xml, cells: s.exactCells, sheet: s.name)
        }
    }

    func close() throws(SheetsError) {
        guard let workbook else { return }
        if constantMemory {
            do throws(SheetsError) {
                for s in sheets {
                    if let last = s.pending.map(\.range.end.row).max() { try flushPending(s, through: last) }
                }
            } catch {
                // Leave nothing behind: free without writing (deinit removes the temp file).
                self.workbook = nil
                LXW.freeUnclosed(workbook)
                throw error
            }
        }
        self.workbook = nil  // workbook_close frees it on every path
        if let error = LXW.close(workbook) {
            staging.discard()
            throw SheetsError(error.sheetsCode, "writing the workbook failed: \(error)", path: path)
        }
        do throws(SheetsError) { try rewriteExactCells() } catch {
            staging.discard()
            throw error
        }
        if let reason = staging.moveIntoPlace() {
            throw SheetsError(.writeFailed, "could not move the finished workbook into place: \(reason)", path: path)
        }
    }
}
