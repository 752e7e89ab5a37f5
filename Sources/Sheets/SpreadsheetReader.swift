import Foundation

/// Which text encoding to decode CSV/TSV with.
public enum EncodingChoice: String, Sendable, CaseIterable {
    case auto
    case utf8 = "utf-8"
    case cp874
}

/// Bounds that keep hostile files from exhausting time or memory (DESIGN §5).
public struct ReadLimits: Sendable {
    public var maxArchiveEntries = 10_000
    public var maxPartBytes = 256 << 20
    public var maxTotalBytes = 1 << 30
    public var maxInflateRatio = 200
    /// Cells held in memory when a whole sheet is built as a grid.
    public var maxGridCells = 20_000_000
    /// Bytes in one CSV field: memory stays bounded even with an unclosed quote.
    public var maxCSVFieldBytes = 64 << 20
    public init() {}
}

public struct ReadOptions: Sendable {
    public var encoding: EncodingChoice
    public var limits: ReadLimits
    public init(encoding: EncodingChoice = .auto, limits: ReadLimits = ReadLimits()) {
        self.encoding = encoding
        self.limits = limits
    }
}

/// Opens any file the toolkit understands, deciding the format from its first bytes, not its name.
public enum SpreadsheetReader {
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        // Standard input is read whole: its first bytes decide the format and cannot be put back.
        guard path != "-" else { return try read(bytes: try readFile(path), path: path, options: options) }
        // A file is read in place: a zip through libzip (which streams its parts), text through
        // the CSV reader's 1 MiB chunks; neither is read into memory first.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SheetsError(.unreadableFile, "this is a folder, not a file", path: path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw SheetsError(.unreadableFile, exists ? "the file cannot be opened (permissions?)" : "no such file", path: path)
        }
        let magic = Array((try? handle.read(upToCount: 8)) ?? Data())
        try? handle.close()
        switch ContainerKind(sniffing: magic) {
        case .zip:
            return try XLSXReader.readWorkbook(path: path, options: options)
        case .pdf:
            return try PDFReader.readWorkbook(path: path, options: options)
        case .empty, .compoundFile:
            return try read(bytes: magic, path: path, options: options)
        case .text:
            return AlignedText.reading(namingSheetAfterFile(try CSVReader.readWorkbook(path: path, options: options)))
        }
    }

    /// Reads from memory; `path` names the origin in messages (`-` for standard input).
    public static func read(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        switch ContainerKind(sniffing: bytes) {
        case .empty:
            throw SheetsError(.unreadableFile, "the file is empty", path: path)
        case .compoundFile:
            throw SheetsError(.encryptedWorkbook,
                              "this is a password-protected workbook or an old .xls file (Compound File); remove the password or save it as .xlsx",
                              path: path)
        case .zip:
            return try XLSXReader.readWorkbook(bytes: bytes, path: path, options: options)
        case .pdf:
            return try PDFReader.readWorkbook(bytes: bytes, path: path)
        case .text:
            return AlignedText.reading(namingSheetAfterFile(try CSVReader.readWorkbook(bytes: bytes, path: path, options: options)))
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

    static func readFile(_ path: String) throws(SheetsError) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw SheetsError(.unreadableFile, exists ? "the file cannot be opened (permissions?)" : "no such file", path: path)
        }
        return Array(data)
    }
}

/// The container a file is, from its magic bytes.
enum ContainerKind {
    case empty, zip, compoundFile, pdf, text

    init(sniffing bytes: [UInt8]) {
        if bytes.isEmpty { self = .empty }
        else if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { self = .zip }
        else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { self = .compoundFile }
        else if bytes.starts(with: Array("%PDF-".utf8)) { self = .pdf }
        else { self = .text }
    }
}
