import Sheets
import ThaiText

/// The submitted file(s) as read — every sheet, every cell, values kept (text stays text, numbers
/// numbers, dates dates), merged ranges kept — with each problem cell filled in its severity's
/// colour and a comment giving the Thai message and its fix. A finding about a whole table is a
/// comment on the table's first header cell; one about the whole file, on the first cell.
public struct AnnotatedCopy: Sendable {
    /// The submitted files with their documents and findings.
    public var inputs: [ResultsWorkbook.Input]
    /// A fixed creation time gives byte-stable output (tests); nil means now.
    public var created: SpreadsheetDate?
    /// Whether a submitted .xlsx is copied by editing its own package, opened again at its path.
    /// Off where the path is only a label (an upload's name on the web page): never open it.
    public var editsSubmittedPackage: Bool

    /// A copy of each of `inputs`, marked with its findings.
    public init(inputs: [ResultsWorkbook.Input], created: SpreadsheetDate? = nil, editsSubmittedPackage: Bool = true) {
        self.inputs = inputs
        self.created = created
        self.editsSubmittedPackage = editsSubmittedPackage
    }

    /// A copy of the files `Pipeline.run` read, marked with their findings.
    public init(outcomes: [Pipeline.Outcome], created: SpreadsheetDate? = nil, editsSubmittedPackage: Bool = true) {
        self.init(inputs: outcomes.map { .init(path: $0.path, document: $0.document, findings: $0.findings) }, created: created,
                  editsSubmittedPackage: editsSubmittedPackage)
    }

    let look = ExportLook.standard
    static let author = "ita"
    static let base = CellStyle(fontName: ExportStyle.fontName, fontSize: ExportLook.standard.fontSize, wrap: true, vertical: .top)

    /// The findings on one cell: the worst severity colours it; the comment lists them all.
    struct Note {
        var severity: Severity
        var lines: [String] = []
    }

    /// Where a finding is shown in the copy: its cell, its table's first header cell, or the
    /// first cell of the file's first sheet.
    static func anchor(of finding: Finding, in document: ITADocument) -> SourceRef? {
        if let place = finding.place { return place }
        let tables = document.tables.filter { finding.sheet == nil || $0.located.sheet == finding.sheet }
        if let table = tables.first {
            let located = table.located
            let row = located.headerRows.first ?? located.range.start.row
            let column = located.columns.values.min() ?? located.range.start.column
            return SourceRef(sheet: located.sheet, address: CellAddress(row: row, column: column))
        }
        let sheet = finding.sheet ?? document.workbook.sheets.first?.name
        return sheet.map { SourceRef(sheet: $0, address: CellAddress(row: 1, column: 1)) }
    }

    static func comment(for finding: Finding) -> String {
        var text = "[\(finding.severity.label.th)] \(finding.message.th)"
        if !finding.fix.th.isEmpty { text += "\nวิธีแก้: \(finding.fix.th)" }
        return text
    }

    /// The notes of one input's findings, by the cell they are shown on.
    static func notes(_ input: ResultsWorkbook.Input, document: ITADocument) -> [SourceRef: Note] {
        var notes: [SourceRef: Note] = [:]
        for finding in input.findings {
            guard let anchor = anchor(of: finding, in: document) else { continue }
            var note = notes[anchor] ?? Note(severity: finding.severity)
            note.severity = min(note.severity, finding.severity)
            note.lines.append(comment(for: finding))
            notes[anchor] = note
        }
        return notes
    }

    /// One submitted .xlsx: its own package edited (`AnnotatedPackage`); otherwise (CSV, text,
    /// several files, or a package that cannot be edited) a rebuilt copy.
    public func write(to path: String) throws(SheetsError) {
        if editsSubmittedPackage, inputs.count == 1, let input = inputs.first, let document = input.document, input.path.lowercased().hasSuffix(".xlsx") {
            do {
                try AnnotatedPackage.write(input: input.path, notes: Self.notes(input, document: document), to: path)
                return
            } catch let error as SheetsError where error.code == .writeFailed {
                throw error
            } catch {
                // Not editable in place: the rebuilt copy below keeps the values and marks the problems.
            }
        }
        try writeRebuilt(to: path)
    }

    func writeRebuilt(to path: String) throws(SheetsError) {
        var writer = try XLSXWriter(path: path)
        try writer.setDefaultFont(name: ExportStyle.fontName, size: look.fontSize)
        var wroteSheet = false
        for input in inputs {
            guard let document = input.document else { continue }
            let notes = Self.notes(input, document: document)
            for sheet in document.workbook.sheets {
                try writeSheet(sheet, notes: notes.filter { $0.key.sheet == sheet.name }, hide: wroteSheet && sheet.state != .visible,
                               with: &writer)
                wroteSheet = true
            }
        }
        if !wroteSheet { _ = try writer.addSheet(named: "Sheet1") }
        try writer.setProperties(DocumentProperties(title: "สำเนาพร้อมหมายเหตุผลการตรวจ ITA", author: Self.author,
                                                    comments: "ITA Toolkit", created: created))
        try writer.close()
    }

    /// `hide`: the sheet was hidden in the file (never the first sheet written: it is the active one).
    func writeSheet(_ source: Sheet, notes: [SourceRef: Note], hide: Bool, with writer: inout XLSXWriter) throws(SheetsError) {
        let sheet = try writer.addSheet(named: source.name)
        if hide { writer.setHidden(sheet) }
        // The cells inside a merged range other than its first are written by the merge.
        var mergedFirst: [CellAddress: CellRange] = [:]
        var covered = Set<CellAddress>()
        for range in source.merged where range.cellCount > 1 && range.cellCount <= 10_000 {
            mergedFirst[range.start] = range
            for r in range.start.row...range.end.row {
                for c in range.start.column...range.end.column where CellAddress(row: r, column: c) != range.start {
                    covered.insert(CellAddress(row: r, column: c))
                }
            }
        }
        var noted = notes
        var longest: [Int: Int] = [:]
        var lines: [Int: Int] = [:]
        for row in source.rows {
            for cell in row.cells {
                let address = cell.address
                var style = Self.base
                let key = SourceRef(sheet: source.name, address: address)
                let note = noted.removeValue(forKey: key)
                if let note { style.fill = ExportStyle.severityFill[note.severity] }
                if let range = mergedFirst[address] {
                    do throws(SheetsError) {
                        try writer.merge(range, value: cell.value, in: sheet, style: style)
                    } catch {
                        try writer.write(cell.value, at: address, in: sheet, style: style)
                    }
                } else if !covered.contains(address) {
                    try writer.write(cell.value, at: address, in: sheet, style: style)
                }
                if let note { try writer.addComment(note.lines.joined(separator: "\n\n"), at: address, in: sheet, author: Self.author) }
                if case .string(let text) = cell.value, mergedFirst[address] == nil {
                    longest[address.column] = max(longest[address.column] ?? 0, DisplayWidth.of(text))
                    lines[address.row] = max(lines[address.row] ?? 1, text.split(separator: "\n", omittingEmptySubsequences: false).count)
                } else {
                    longest[address.column] = max(longest[address.column] ?? 0, 10)
                }
            }
        }
        // Problem cells that are empty in the file (a blank required cell): coloured and commented too.
        for (key, note) in noted.sorted(by: { $0.key < $1.key }) {
            var style = Self.base
            style.fill = ExportStyle.severityFill[note.severity]
            if !covered.contains(key.address) { try writer.writeBlank(at: key.address, in: sheet, style: style) }
            try writer.addComment(note.lines.joined(separator: "\n\n"), at: key.address, in: sheet, author: Self.author)
        }
        // Readable widths (the file's own are not known): its longest line, within 6…30 units.
        var widths: [Int: Double] = [:]
        for (column, width) in longest {
            widths[column] = min(30, max(6, Double(width) + 2))
            try writer.setColumnWidth(widths[column]!, columns: column...column, in: sheet)
        }
        // Heights from the wrapped lines of the row's longest text.
        for row in source.rows {
            var most = lines[row.index] ?? 1
            for cell in row.cells where mergedFirst[cell.address] == nil {
                if case .string(let text) = cell.value, let width = widths[cell.address.column] {
                    most = max(most, look.lineCount(text, units: width))
                }
            }
            try writer.setRowHeight(min(look.rowHeight(lines: most), look.printableHeight - 10, XLSXWriter.maximumRowHeight), row: row.index, in: sheet)
        }
        try writer.setPageSetup(look.pageSetup(repeatRows: nil), in: sheet)
    }
}
