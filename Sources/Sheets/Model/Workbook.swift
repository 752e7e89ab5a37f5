/// The container formats the readers know.
public enum FileFormat: String, Sendable, Codable {
    case csv, tsv, xlsx, docx, text, pdf

    /// True when the file records merged cells (a text file shows a merged value once, in its first row).
    public var recordsMerges: Bool { self == .xlsx || self == .docx }
}

/// Text encodings of CSV and text files.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows874 = "cp874"
    case windows1252 = "cp1252"
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
    public enum Kind: String, Sendable { case legacyEncoding, raggedRow, nulByte, invalidUTF8, unterminatedQuote, repairedArchive }
    public var kind: Kind
    public var sheet: String?
    public var address: CellAddress?
    public var detail: String

    public init(_ kind: Kind, sheet: String? = nil, address: CellAddress? = nil, detail: String) {
        self.kind = kind
        self.sheet = sheet
        self.address = address
        self.detail = detail
    }
}

/// Every sheet of one file, with where it came from.
public struct Workbook: Sendable {
    public var path: String
    public var format: FileFormat
    public var encoding: TextEncoding?
    public var sheets: [Sheet]
    public var notes: [ReadNote]

    public init(path: String, format: FileFormat, encoding: TextEncoding? = nil, sheets: [Sheet], notes: [ReadNote] = []) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sheets = sheets
        self.notes = notes
    }

    public func sheet(named name: String) -> Sheet? { sheets.first { $0.name == name } }
}
