/// The container formats the readers know.
public enum FileFormat: String, Sendable, Codable {
    /// Comma- (or semicolon-) separated values.
    case csv
    /// Tab-separated values.
    case tsv
    /// An Excel workbook (Office Open XML).
    case xlsx
    /// A Word document, whose tables are read as sheets.
    case docx
    /// Plain text: cells separated by tabs, or columns aligned by spaces.
    case text
    /// A PDF's text layer, its tables rebuilt from positions.
    case pdf

    /// True when the file records merged cells (a text file shows a merged value once, in its first row).
    public var recordsMerges: Bool { self == .xlsx || self == .docx }
}

/// Text encodings of CSV and text files.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" saves.
    case utf8BOM = "utf-8-bom"
    /// UTF-16 little-endian, with its byte-order mark.
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian, with its byte-order mark.
    case utf16BE = "utf-16be"
    /// Windows-874 (TIS-620 and Microsoft's additions): what Thai Excel saves as "CSV".
    case windows874 = "cp874"
    /// Windows-1252 (Western European).
    case windows1252 = "cp1252"
    /// ISO 8859-1.
    case latin1 = "latin1"

    /// The encoding's name for a clerk, in Thai and in English.
    public var displayName: (th: String, en: String) {
        switch self {
        case .windows874: ("Windows-874 (ภาษาไทยแบบเก่า)", "Windows-874 (legacy Thai)")
        case .windows1252: ("Windows-1252 (ภาษาตะวันตก)", "Windows-1252 (Western European)")
        case .latin1: ("Latin-1 / ISO 8859-1 (ภาษาตะวันตก)", "Latin-1 / ISO 8859-1 (Western European)")
        case .utf8, .utf8BOM: ("UTF-8", "UTF-8")
        case .utf16LE, .utf16BE: ("UTF-16", "UTF-16")
        }
    }
}

/// Something a reader noticed and worked around, worth telling the user (not an error).
public struct ReadNote: Hashable, Sendable {
    /// What the reader worked around: a text file in a legacy encoding, rows of unequal length,
    /// a NUL byte kept in a cell, invalid UTF-8 replaced, a quote never closed, a damaged zip
    /// read anyway.
    public enum Kind: String, Sendable {
        /// A text file not in UTF-8, read in the encoding its bytes suggest (`legacy-encoding`).
        case legacyEncoding
        /// A CSV record with another number of fields than the first record's.
        case raggedRow
        /// A NUL byte, kept in its cell.
        case nulByte
        /// Bytes the encoding does not assign (invalid UTF-8 or UTF-16, unassigned Windows-874), replaced by U+FFFD.
        case invalidUTF8
        /// A quoted field that never closed: the rest of the file was read as its text.
        case unterminatedQuote
        /// A zip whose directory does not match its entries, read without libzip's consistency check.
        case repairedArchive
    }
    /// What was worked around.
    public var kind: Kind
    /// The sheet concerned, if any.
    public var sheet: String?
    /// The cell concerned, if any.
    public var address: CellAddress?
    /// The detail in English (the encoding's name, the row, the part).
    public var detail: String

    /// A note of `kind`, with its place and detail.
    public init(_ kind: Kind, sheet: String? = nil, address: CellAddress? = nil, detail: String) {
        self.kind = kind
        self.sheet = sheet
        self.address = address
        self.detail = detail
    }
}

/// Every sheet of one file, with where it came from.
public struct Workbook: Sendable {
    /// The file the workbook was read from, as given (`-` for standard input).
    public var path: String
    /// The container format the workbook was read from.
    public var format: FileFormat
    /// The text encoding of a CSV or text file; nil for other formats.
    public var encoding: TextEncoding?
    /// The sheets in the file's order, hidden ones included.
    public var sheets: [Sheet]
    /// What the reader worked around, for the file-level findings.
    public var notes: [ReadNote]

    /// A workbook read from `path` in `format`.
    public init(path: String, format: FileFormat, encoding: TextEncoding? = nil, sheets: [Sheet], notes: [ReadNote] = []) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sheets = sheets
        self.notes = notes
    }

    /// The first sheet called `name`, if any.
    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }
}
