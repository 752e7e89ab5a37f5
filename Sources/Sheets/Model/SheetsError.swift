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

    public var code: Code
    /// What went wrong, in English, with the detail (sizes, names).
    public var message: String
    public var path: String?
    /// The part inside a container (`xl/worksheets/sheet1.xml`) or the sheet name.
    public var part: String?
    public var address: CellAddress?

    public init(_ code: Code, _ message: String, path: String? = nil, part: String? = nil, address: CellAddress? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.part = part
        self.address = address
    }

    public var description: String {
        var place = path ?? ""
        if let part { place += place.isEmpty ? part : " [\(part)]" }
        if let address { place += "!" + address.a1 }
        return place.isEmpty ? message : "\(place): \(message)"
    }
}
