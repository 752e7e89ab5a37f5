import Foundation

/// One input file, identified once by its content (`FileIdentifier`), behind one interface:
/// its sheet list, any sheet streamed into a `CellSink`, or the whole workbook. An `.xlsx` is
/// opened in place (its sheets streamed from the archive), delimited text is streamed in
/// 1 MiB chunks, and the formats read whole (a Word document, a PDF) are read once here.
///
/// ```swift
/// let source = try SpreadsheetSource(path: "plan.xlsx")
/// let workbook = try source.readWorkbook()          // every sheet, in memory
/// ```
public final class SpreadsheetSource {
    /// One entry of the sheet list.
    public struct SheetEntry: Hashable, Sendable {
        /// The sheet's name (a text file's only sheet is named after the file).
        public var name: String
        /// Visible, hidden or very hidden.
        public var state: SheetState
        /// False for a chart sheet or another sheet without cells.
        public var hasCells: Bool

        /// A sheet-list entry.
        public init(name: String, state: SheetState, hasCells: Bool) {
            self.name = name
            self.state = state
            self.hasCells = hasCells
        }
    }

    private enum Backend {
        case xlsx(XLSXReader)
        /// Delimited text: the file, or its bytes when it came from a stream.
        case text
        /// A format read whole (a Word document, a PDF).
        case workbook(Workbook)
    }

    /// The input as given (`-` for standard input); messages name it.
    public let path: String
    /// The limits, encoding and sheet choices the source reads with.
    public let options: ReadOptions
    /// What the content says the file is.
    public let kind: FileKind
    /// Every sheet, in workbook order.
    public let sheets: [SheetEntry]
    private let backend: Backend
    /// The whole input when it came from a stream (standard input, a pipe), which cannot be read twice.
    private let bytes: [UInt8]?

    /// Opens a file (`-` for standard input, which is read whole, as is a pipe or device).
    /// - Throws: `SheetsError` naming the file: missing, unreadable, or of a kind no reader takes
    ///   (`.wrongFormat`, saying what it is).
    public convenience init(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) {
        if let bytes = try SpreadsheetReader.readWholeIfStream(path) {
            try self.init(bytes: bytes, path: path, options: options)
        } else {
            try self.init(kind: FileIdentifier.identify(path: path, limits: options.limits), path: path, bytes: nil, options: options)
        }
    }

    /// Opens a file held in memory; `path` names it in messages.
    public convenience init(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) {
        try self.init(kind: FileIdentifier.identify(bytes: bytes, path: path, limits: options.limits), path: path, bytes: bytes, options: options)
    }

    private init(kind: FileKind, path: String, bytes: [UInt8]?, options: ReadOptions) throws(SheetsError) {
        self.path = path
        self.options = options
        self.kind = kind
        self.bytes = bytes
        switch kind {
        case .xlsx:
            let reader = if let bytes {
                try XLSXReader(bytes: bytes, path: path, options: options)
            } else {
                try XLSXReader(path: path, options: options)
            }
            backend = .xlsx(reader)
            sheets = reader.sheetInfos.map { SheetEntry(name: $0.name, state: $0.state, hasCells: $0.kind == .worksheet) }
        case .text:
            backend = .text
            let name = path == "-" ? CSVReader.sheetName : SpreadsheetReader.sheetName(forFile: path)
            sheets = [SheetEntry(name: name, state: .visible, hasCells: true)]
        default:
            let workbook = try SpreadsheetReader.read(kind, path: path, bytes: bytes, options: options)
            backend = .workbook(workbook)
            sheets = workbook.sheets.map { SheetEntry(name: $0.name, state: $0.state, hasCells: $0.kind == .worksheet) }
        }
    }

    /// Every sheet whole, in memory (under `ReadLimits.maxGridCells`), as the ITA pipeline reads it.
    public func readWorkbook() throws(SheetsError) -> Workbook {
        switch backend {
        case .xlsx(let reader): try reader.readWorkbook()
        case .text: try SpreadsheetReader.read(.text, path: path, bytes: bytes, options: options)
        case .workbook(let workbook): workbook
        }
    }

    /// A sheet chosen by the user (`--sheet`): an exact name first, then a 1-based number.
    /// - Throws: `.invalidArgument` listing the sheets when none matches.
    public func sheetIndex(for selector: String) throws(SheetsError) -> Int {
        if let i = sheets.firstIndex(where: { $0.name == selector }) { return i }
        if let n = Int(selector.trimmingCharacters(in: .whitespaces)), sheets.indices.contains(n - 1) { return n - 1 }
        let names = sheets.enumerated().map { "\($0.offset + 1) \"\($0.element.name)\"" }.joined(separator: ", ")
        throw SheetsError(.invalidArgument, "there is no sheet \"\(selector)\"; the sheets are: \(names)", path: path)
    }

    /// The first visible sheet that has cells (a worksheet), else the first sheet with cells.
    /// - Throws: `.invalidArgument` when no sheet has cells.
    public func firstVisibleSheet() throws(SheetsError) -> Int {
        if let i = sheets.firstIndex(where: { $0.state == .visible && $0.hasCells }) { return i }
        if let i = sheets.firstIndex(where: { $0.hasCells }) { return i }
        throw SheetsError(.invalidArgument, "the workbook has no worksheet with cells", path: path)
    }

    /// Streams the cells of the sheet at `index` into `sink` and returns its merged ranges
    /// (none for text). `.xlsx` and text go cell by cell from the file; `fillMerged` (a merged
    /// range's value in each of its cells) needs an `.xlsx` sheet's merges, which follow its
    /// cells in the part, so that sheet is built whole under the cell budget and given row by
    /// row, as are the sheets of the formats read whole. `progress` hears the rows so far
    /// (every 1,024 rows, or after each 1 MiB of text). Does not finish the sink.
    @discardableResult
    public func stream<S: CellSink>(sheetAt index: Int, fillMerged: Bool = false, into sink: inout S,
                                    progress: ((Int) -> Void)? = nil) throws(SheetsError) -> [CellRange] {
        switch backend {
        case .xlsx(let reader):
            if !fillMerged { return try reader.stream(sheetAt: index, into: &sink, progress: progress) }
            return try Self.feed(reader.readSheet(at: index).fillingMerged(), into: &sink, progress: progress)
        case .text:
            if let bytes {
                try CSVReader.stream(bytes: bytes, path: path, options: options, into: &sink, progress: progress)
            } else {
                try CSVReader.stream(path: path, options: options, into: &sink, progress: progress)
            }
            return []
        case .workbook(let workbook):
            let sheet = workbook.sheets[index]
            return try Self.feed(fillMerged ? sheet.fillingMerged() : sheet, into: &sink, progress: progress)
        }
    }

    private static func feed<S: CellSink>(_ sheet: Sheet, into sink: inout S, progress: ((Int) -> Void)?) throws(SheetsError) -> [CellRange] {
        for (done, row) in sheet.rows.enumerated() {
            try sink.write(row)
            if (done + 1) & 1023 == 0 { progress?(done + 1) }
        }
        return sheet.merged
    }
}
