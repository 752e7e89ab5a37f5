/// Reads an XLSX workbook (Transitional or Strict OOXML) as a stream of rows.
///
/// Parts are found through the package relationships (`_rels/.rels` → workbook →
/// worksheets, shared strings, styles), never by fixed names. The workbook's sheet list,
/// shared strings and styles are read once; each worksheet is streamed row by row from the
/// inflater, so memory does not grow with the sheet. Limits come from `ReadOptions.limits`.
///
/// ```swift
/// let reader = try XLSXReader(path: "plan.xlsx")
/// for (i, info) in reader.sheetInfos.enumerated() where info.kind == .worksheet {
///     try reader.forEachRow(sheetAt: i) { row in print(row.index, row.cells.count) }
/// }
/// ```
public final class XLSXReader {
    /// One entry of the workbook's sheet list.
    public struct SheetInfo: Hashable, Sendable {
        /// A worksheet (a grid of cells), a chart sheet (listed, never has cells), or another
        /// kind (a dialog or macro sheet, or a sheet whose part is missing: listed without cells).
        public typealias Kind = SheetKind
        /// The sheet's name as its tab shows it.
        public var name: String
        /// Whether the sheet is visible or hidden.
        public var state: SheetState
        /// A worksheet, a chart sheet or another kind.
        public var kind: Kind
        /// The part in the archive (`xl/worksheets/sheet1.xml`), when there is one.
        public var part: String?
    }

    /// The workbook, as given.
    public let path: String
    /// The options it is read with.
    public let options: ReadOptions
    /// Every sheet, in workbook order.
    public let sheetInfos: [SheetInfo]
    /// True when the workbook counts dates from 1904-01-01 (`workbookPr date1904`); dates are
    /// delivered with the epoch already applied.
    public let date1904: Bool
    /// Problems worked around while opening: `.repairedArchive` when the zip directory is
    /// inconsistent with the entries and the archive opened only without libzip's consistency
    /// check. `readWorkbook` passes them on in `Workbook.notes`.
    public private(set) var notes: [ReadNote] = []

    private var archive: ZipArchive
    private let sharedStringsPart: String?
    private let stylesPart: String?
    private var sharedStrings: SharedStrings?
    /// The `String` of each shared string the `Row` path has used (see `XLSXRowSink`).
    private let stringCache = SharedStringCache()
    private var styles: [NumberFormatKind]?

    /// Opens the file with `zip_open` (not read into memory first) and reads its sheet list.
    public convenience init(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) {
        try self.init(archive: ZipArchive(path: path, limits: options.limits), path: path, options: options)
    }

    /// Opens a workbook held in memory (standard input); `path` names it in messages.
    public convenience init(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) {
        try self.init(archive: ZipArchive(bytes: bytes, path: path, limits: options.limits), path: path, options: options)
    }

    private init(archive: consuming ZipArchive, path: String, options: ReadOptions) throws(SheetsError) {
        var archive = archive
        if let note = archive.repairNote { notes.append(note) }
        // _rels/.rels → the workbook part (officeDocument, Transitional or Strict).
        let workbookPart = try archive.officeDocumentPart() ?? "xl/workbook.xml"
        guard let workbookName = archive.entryName(workbookPart) else {
            throw SheetsError(.malformed, "the archive has no workbook part (\(workbookPart)); is it an .xlsx file?", path: path)
        }
        let info = try Self.parse(&archive, workbookName) { (tok) throws(SheetsError) in try XLSXParts.workbook(&tok) }

        var rels: [XLSXParts.Relationship] = []
        let relsPart = XLSXParts.relationshipsPart(of: workbookName)
        if archive.contains(relsPart) {
            rels = try Self.parse(&archive, relsPart) { (tok) throws(SheetsError) in try XLSXParts.relationships(&tok) }
        }
        var contentTypes: [String: String] = [:]
        if archive.contains("[Content_Types].xml") {
            contentTypes = try Self.parse(&archive, "[Content_Types].xml") { (tok) throws(SheetsError) in try XLSXParts.contentTypes(&tok) }
        }
        var sharedStringsPart: String?, stylesPart: String?
        for rel in rels where !rel.external {
            let target = XLSXParts.resolve(rel.target, from: workbookName)
            if rel.kind == "sharedStrings" && sharedStringsPart == nil { sharedStringsPart = archive.entryName(target) }
            if rel.kind == "styles" && stylesPart == nil { stylesPart = archive.entryName(target) }
        }
        self.sharedStringsPart = sharedStringsPart
        self.stylesPart = stylesPart

        var infos: [SheetInfo] = []
        for sheet in info.sheets {
            let rel = rels.first { $0.id == sheet.relationshipID && !$0.external }
            var partName: String?
            if let rel { partName = archive.entryName(XLSXParts.resolve(rel.target, from: workbookName)) }
            var kind = SheetInfo.Kind.other
            if let rel, let partName {
                let contentType = contentTypes[ZipArchive.normalise(partName)] ?? ""
                if rel.kind == "chartsheet" || contentType.hasSuffix(".chartsheet+xml") {
                    kind = .chartsheet
                } else if rel.kind == "worksheet" {
                    kind = .worksheet
                }
            }
            infos.append(SheetInfo(name: sheet.name, state: sheet.state, kind: kind, part: partName))
        }
        // A workbook whose sheets lead to no part would read as empty sheets: a damaged file
        // that looks like an empty one. It is refused, saying what is missing.
        if infos.isEmpty {
            throw SheetsError(.malformed, "the workbook lists no sheets (\(workbookName) has no <sheet>); the file is damaged", path: path)
        }
        if !infos.contains(where: { $0.kind != .other }) {
            let why = rels.isEmpty
                ? "the workbook has no relationships (\(relsPart)), so its sheets' parts cannot be found"
                : "none of the workbook's sheets leads to a worksheet part"
            throw SheetsError(.malformed, "\(why); the file is damaged or was not saved completely", path: path)
        }
        self.archive = archive
        self.path = path
        self.options = options
        self.date1904 = info.date1904
        self.sheetInfos = infos
    }

    private static func parse<R>(_ archive: inout ZipArchive, _ part: String,
                                 _ body: (inout XMLTokenizer) throws(SheetsError) -> R) throws(SheetsError) -> R {
        try archive.parseXML(part, body)
    }

    private func loadShared() throws(SheetsError) -> (SharedStrings, [NumberFormatKind]) {
        if sharedStrings == nil {
            let cap = options.limits.maxGridCells
            sharedStrings = try sharedStringsPart.map { (part) throws(SheetsError) in
                try Self.parse(&archive, part) { (tok) throws(SheetsError) in try XLSXParts.sharedStrings(&tok, maxCount: cap) }
            } ?? SharedStrings()
        }
        if styles == nil {
            styles = try stylesPart.map { (part) throws(SheetsError) in
                try Self.parse(&archive, part) { (tok) throws(SheetsError) in try XLSXParts.styles(&tok) }
            } ?? []
        }
        return (sharedStrings!, styles!)
    }

    // MARK: Streaming

    /// Streams the rows of the sheet at `index` (in `sheetInfos`), top to bottom, each with its
    /// non-empty cells left to right. Chart sheets and other sheets without cells deliver none.
    ///
    /// - Parameters:
    ///   - index: the sheet's position in `sheetInfos`.
    ///   - body: called once per non-empty row; the row's storage is reused afterwards unless
    ///     `body` keeps it. An error thrown by `body` stops the stream and is rethrown as is.
    /// - Returns: the sheet's merged ranges (`<mergeCells>` follows the cells in the part).
    /// - Throws: `SheetsError` for a damaged, hostile or over-limit part, naming file and part.
    @discardableResult
    public func forEachRow(sheetAt index: Int, _ body: (Row) throws -> Void) throws -> [CellRange] {
        var userError: (any Error)?
        do {
            return try streamRows(sheetAt: index) { (row) throws(SheetsError) in
                do { try body(row) } catch {
                    userError = error
                    throw SheetsError(.invalidArgument, "stopped by the caller")
                }
            }
        } catch {
            if let userError { throw userError }
            throw error
        }
    }

    func streamRows(sheetAt index: Int, _ body: (Row) throws(SheetsError) -> Void) throws(SheetsError) -> [CellRange] {
        try withoutActuallyEscaping(body) { (body) throws(SheetsError) -> [CellRange] in
            var sink = XLSXRowSink(cache: stringCache, deliver: body)
            return try streamCells(sheetAt: index, into: &sink)
        }
    }

    /// Streams the cells of the sheet at `index` into `sink`; returns the merged ranges.
    func streamCells<S: XLSXCellSink>(sheetAt index: Int, into sink: inout S) throws(SheetsError) -> [CellRange] {
        guard sheetInfos.indices.contains(index) else {
            throw SheetsError(.invalidArgument, "there is no sheet number \(index + 1); the workbook has \(sheetInfos.count)", path: path)
        }
        let info = sheetInfos[index]
        guard info.kind == .worksheet, let part = info.part else { return [] }
        let (strings, styles) = try loadShared()
        let parser = XLSXSheetParser(sharedStrings: strings, styles: styles, date1904: date1904, sheetName: info.name)
        do {
            return try Self.parse(&archive, part) { (tok) throws(SheetsError) in try parser.parse(&tok, into: &sink) }
        } catch {
            var e = error
            if e.part == part { e.part = "\(part) (sheet \(info.name))" }
            throw e
        }
    }

    // MARK: Straight into a sink

    /// Streams the cells of the sheet at `index` into `sink` as the part is parsed (text from
    /// its UTF-8 bytes, no `Row`, `Cell` or `String` per cell) and returns its merged ranges. A
    /// writer's output is byte for byte what `forEachRow` and writing each row gives. `progress`
    /// gets the rows so far, every 1,024 rows. Does not finish the sink.
    @discardableResult
    public func stream<S: CellSink>(sheetAt index: Int, into sink: inout S, progress: ((Int) -> Void)? = nil) throws(SheetsError) -> [CellRange] {
        var feed = XLSXCellFeed(sink: sink, progress: progress)
        defer { sink = feed.sink }
        return try streamCells(sheetAt: index, into: &feed)
    }

    // MARK: Whole sheets

    /// Builds the sheet at `index` whole, under the cell budget `limits.maxGridCells`.
    public func readSheet(at index: Int) throws(SheetsError) -> Sheet {
        var budget = options.limits.maxGridCells
        return try readSheet(at: index, budget: &budget)
    }

    private func readSheet(at index: Int, budget: inout Int) throws(SheetsError) -> Sheet {
        let info = sheetInfos[index]
        var sheet = Sheet(name: info.name, state: info.state)
        sheet.kind = info.kind
        let limit = options.limits.maxGridCells
        var remaining = budget
        let merged = try streamRows(sheetAt: index) { (row) throws(SheetsError) in
            remaining -= row.cells.count
            guard remaining >= 0 else {
                throw SheetsError(.limitExceeded, "the workbook has more than \(limit) cells, the limit for holding it in memory",
                                  path: path, part: info.name)
            }
            sheet.append(row)
        }
        budget = remaining
        sheet.merged = merged
        return sheet
    }

    /// Reads every sheet whole, in workbook order (chart sheets as empty sheets), under one
    /// cell budget `limits.maxGridCells` for the whole workbook.
    public func readWorkbook() throws(SheetsError) -> Workbook {
        var budget = options.limits.maxGridCells
        var sheets: [Sheet] = []
        for index in sheetInfos.indices { sheets.append(try readSheet(at: index, budget: &budget)) }
        return Workbook(path: path, format: .xlsx, sheets: sheets, notes: notes)
    }

    /// Opens and reads the workbook at `path`; what `SpreadsheetReader` calls for zip files.
    public static func readWorkbook(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        try XLSXReader(path: path, options: options).readWorkbook()
    }

    /// Reads a workbook held in memory; `path` names it in messages (`-` for standard input).
    public static func readWorkbook(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        try XLSXReader(bytes: bytes, path: path, options: options).readWorkbook()
    }
}
