import Foundation

/// Why a file could not be read or written, and where.
public struct SheetsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable identifiers; they match the validator's file-level finding codes.
    public struct Code: RawRepresentable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        public static let unreadableFile = Code(rawValue: "unreadable-file")
        public static let unsupportedFormat = Code(rawValue: "unsupported-format")
        public static let encryptedWorkbook = Code(rawValue: "encrypted-workbook")
        public static let invalidTextEncoding = Code(rawValue: "invalid-text-encoding")
        public static let limitExceeded = Code(rawValue: "limit-exceeded")
        public static let malformed = Code(rawValue: "malformed-file")
        public static let writeFailed = Code(rawValue: "write-failed")
        public static let invalidArgument = Code(rawValue: "invalid-argument")
    }

    /// The precise reason behind a code, typed so that callers choose their own words for it
    /// (a Thai message, an HTTP status) without matching the English `message`.
    public enum Reason: Hashable, Sendable {
        case notFound
        case permissionDenied
        case isDirectory
        case empty
        /// The operating system failed a read (an I/O error, not the content).
        case readFailed
        /// The content is of a kind the readers do not take, identified by `FileIdentifier`.
        case wrongFormat(FileKind)
        /// A PDF that is pictures of pages (a scan), or has no text at all, or needs a password.
        case scannedPDF, pdfWithoutText, pdfPassword
        /// A structure only an attack or a forgery makes (a zip bomb, a part bigger than its
        /// declared size, a DTD or entity declarations in an OOXML part): refused, not read.
        case hostileStructure
        /// A cell or row past Excel's grid (column XFD, row 1,048,576): the file is damaged.
        case outsideGrid
    }

    public var code: Code
    /// What went wrong, in English, with the detail (sizes, names).
    public var message: String
    public var path: String?
    /// The part inside a container (`xl/worksheets/sheet1.xml`) or the sheet name.
    public var part: String?
    public var address: CellAddress?
    public var reason: Reason?

    public init(_ code: Code, _ message: String, path: String? = nil, part: String? = nil, address: CellAddress? = nil,
                reason: Reason? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.part = part
        self.address = address
        self.reason = reason
    }

    /// The same error with its typed reason.
    func because(_ reason: Reason) -> SheetsError {
        var error = self
        error.reason = reason
        return error
    }

    public var description: String {
        var place = path ?? ""
        if let part { place += place.isEmpty ? part : " [\(part)]" }
        if let address { place += "!" + address.a1 }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}

extension SheetsError {
    static func notFound(_ path: String) -> SheetsError {
        SheetsError(.unreadableFile, "no such file", path: path, reason: .notFound)
    }

    static func permissionDenied(_ path: String) -> SheetsError {
        SheetsError(.unreadableFile, "the file cannot be opened (permission denied)", path: path, reason: .permissionDenied)
    }

    static func isDirectory(_ path: String) -> SheetsError {
        SheetsError(.unreadableFile, "this is a folder, not a file", path: path, reason: .isDirectory)
    }

    static func empty(_ path: String) -> SheetsError {
        SheetsError(.unreadableFile, "the file is empty", path: path, reason: .empty)
    }

    /// The error for a failed `open(2)`/`read(2)`, from its `errno`.
    static func opening(_ path: String, errno code: Int32) -> SheetsError {
        switch code {
        case ENOENT, ENOTDIR: return notFound(path)
        case EACCES, EPERM: return permissionDenied(path)
        case EISDIR: return isDirectory(path)
        default:
            return SheetsError(.unreadableFile, "the file cannot be read (\(String(cString: strerror(code))))", path: path, reason: .readFailed)
        }
    }

    /// A file of a kind no reader takes: the message names the kind and what to do.
    public static func wrongFormat(_ kind: FileKind, path: String) -> SheetsError {
        let code: Code = kind == .encryptedOffice ? .encryptedWorkbook : .unsupportedFormat
        return SheetsError(code, "this is \(kind.englishName), not a table the toolkit reads: \(kind.englishAdvice)",
                           path: path, reason: .wrongFormat(kind))
    }
}
