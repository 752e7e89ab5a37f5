import Foundation

/// Which text encoding to decode CSV/TSV with.
public enum EncodingChoice: String, Sendable, CaseIterable {
    /// Detect it: a byte-order mark, else UTF-8 when valid, else Windows-874 when the bytes follow Thai spelling, else Windows-1252.
    case auto
    /// UTF-8.
    case utf8 = "utf-8"
    /// Windows-874 (Thai), what Thai Excel saves as "CSV".
    case cp874
    /// Windows-1252 (Western European), what Excel for Windows writes in Western locales.
    case cp1252
    /// ISO 8859-1.
    case latin1
}

/// Bounds that keep hostile files from exhausting time or memory.
public struct ReadLimits: Sendable {
    /// The most entries a zip container may list.
    public var maxArchiveEntries = 10_000
    /// The largest part of a zip container, inflated, in bytes.
    public var maxPartBytes = 256 << 20
    /// The most bytes inflated from one container in all.
    public var maxTotalBytes = 1 << 30
    /// The highest ratio of inflated to compressed size a part may have (a zip bomb's is far higher).
    public var maxInflateRatio = 200
    /// Cells held in memory when a whole sheet is built as a grid.
    public var maxGridCells = 20_000_000
    /// Bytes in one CSV field: memory stays bounded even with an unclosed quote.
    public var maxCSVFieldBytes = 64 << 20
    /// The default limits, generous for any real document.
    public init() {}
}

/// How files are read: the text encoding and the limits.
public struct ReadOptions: Sendable {
    /// The encoding of CSV and text files; `.auto` detects it.
    public var encoding: EncodingChoice
    /// The bounds hostile files are held to.
    public var limits: ReadLimits
    /// Options with the given encoding and limits.
    public init(encoding: EncodingChoice = .auto, limits: ReadLimits = ReadLimits()) {
        self.encoding = encoding
        self.limits = limits
    }
}

/// Opens any file the toolkit understands. What the file is comes from its content
/// (`FileIdentifier`), never its name; each kind goes to its reader, and a kind no reader takes
/// is refused with a `.wrongFormat` reason that names it.
public enum SpreadsheetReader {
    /// Reads every sheet of a file whole (`SpreadsheetSource.readWorkbook()`).
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        try SpreadsheetSource(path: path, options: options).readWorkbook()
    }

    /// Reads from memory; `path` names the origin in messages (`-` for standard input).
    public static func read(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        try SpreadsheetSource(bytes: bytes, path: path, options: options).readWorkbook()
    }

    /// Reads a file already identified as `kind`, from `bytes` when given, else in place: a zip
    /// through libzip (which streams its parts), text through the CSV reader's 1 MiB chunks;
    /// neither is read into memory first.
    public static func read(_ kind: FileKind, path: String, bytes: [UInt8]?, options: ReadOptions) throws(SheetsError) -> Workbook {
        switch (kind, bytes) {
        case (.xlsx, nil): return try XLSXReader.readWorkbook(path: path, options: options)
        case (.xlsx, let bytes?): return try XLSXReader.readWorkbook(bytes: bytes, path: path, options: options)
        case (.docx, nil): return namingSheetAfterFile(try DOCXReader.readWorkbook(path: path, options: options))
        case (.docx, let bytes?): return namingSheetAfterFile(try DOCXReader.readWorkbook(bytes: bytes, path: path, options: options))
        // Text of space-aligned columns (a PDF viewer's copy) goes on through the PDF reader's column finder.
        case (.text, nil): return AlignedText.reading(namingSheetAfterFile(try CSVReader.readWorkbook(path: path, options: options)))
        case (.text, let bytes?): return AlignedText.reading(namingSheetAfterFile(try CSVReader.readWorkbook(bytes: bytes, path: path, options: options)))
        case (.pdf, _): return try readPDF(path: path, bytes: bytes, options: options)
        default: throw SheetsError.wrongFormat(kind, path: path)
        }
    }

    /// Excel names a CSV's only sheet after the file; so do we, so that cell references (and the
    /// notes that carry them) match what users see. Standard input keeps the reader's name.
    static func namingSheetAfterFile(_ workbook: Workbook) -> Workbook {
        guard workbook.path != "-", workbook.sheets.count == 1 else { return workbook }
        var named = workbook
        let old = named.sheets[0].name, new = sheetName(forFile: workbook.path)
        named.sheets[0].name = new
        named.notes = named.notes.map { note in
            var note = note
            if note.sheet == old { note.sheet = new }
            return note
        }
        return named
    }

    /// The name a text file's only sheet gets, as Excel names it: the file name without folder
    /// and extension, cut to Excel's 31 characters.
    public static func sheetName(forFile path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        return String((stem.isEmpty ? file : stem).prefix(31))
    }

    /// The whole input when it is a stream (standard input as `-`, a pipe, a device), whose
    /// first bytes decide the format and cannot be read twice; nil for a regular file (or a
    /// folder, or a missing file: identification names those), which is read in place.
    public static func readWholeIfStream(_ path: String) throws(SheetsError) -> [UInt8]? {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw SheetsError.opening(path, errno: errno) }
        defer { try? handle.close() }
        return Array(handle.readDataToEndOfFile())
    }
}
