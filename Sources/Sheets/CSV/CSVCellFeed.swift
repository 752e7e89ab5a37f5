/// The CSV scanner's fields to a `CellSink`: each chunk's UTF-8 checked once, so most fields
/// arrive trusted; a field with invalid bytes goes on repaired (U+FFFD, as `String(decoding:)`
/// reads it) and the scanner notes it. The scanner's `plain` becomes the flag the sink asked for.
struct CSVCellFeed<Sink: CellSink>: CSVFieldSink {
    var sink: Sink

    static var wantsCheckedChunks: Bool { true }
    var plainDelimiter: UInt8? { sink.plainDelimiter }
    static var plainForJSON: Bool { Sink.plainForJSON }

    @inline(__always)
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, trusted: Bool, plain: Bool) throws -> Bool {
        if trusted || UTF8Check.isValid(bytes) {
            try sink.text(bytes, plain: plain ? (Sink.plainForJSON ? .json : .unquotedField) : [], row: row, column: column)
            return true
        }
        try UTF8Check.repaired(bytes).withUnsafeBufferPointer { (fixed) throws(SheetsError) in
            try sink.text(fixed, plain: [], row: row, column: column)
        }
        return false
    }

    @inline(__always)
    mutating func endRecord(_ row: Int, hasFields: Bool) throws {
        if hasFields { try sink.endRow(row) }
    }
}
