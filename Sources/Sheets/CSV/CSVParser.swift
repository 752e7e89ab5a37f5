#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming parser of delimited UTF-8 text: feed it chunks of bytes, it emits rows.
///
/// RFC 4180 with the leniencies of Excel and Python's `csv` module:
/// - CRLF, LF and CR all end a record (also when CR and LF arrive in different chunks);
/// - a quoted field may hold delimiters and line ends; `""` inside it is one quote;
/// - a quote inside an unquoted field is kept literally, and so is text after a closing quote
///   (`"ab"c` reads `abc`);
/// - an unterminated quote runs to the end of the input, as in Excel;
/// - NUL bytes are kept in their field (JSON writes `\u0000`; one summary note, as a NUL in a
///   text file is rare and worth a look); invalid UTF-8 becomes U+FFFD (one summary note);
/// - a record whose field count differs from the first record's gets a `.raggedRow` note
///   (blank lines excepted); records are never rejected for it.
///
/// Every non-empty field becomes a `.string` cell exactly as written; empty fields are omitted.
/// Only the delimiter, `"`, CR, LF and NUL are looked at; bytes are scanned in place and a
/// `String` is created once per field. A field longer than `maxFieldBytes` throws
/// `limitExceeded`, and so does a non-empty field past Excel's 16,384th column.
///
/// One scanner, two kinds of sink (`CSVFieldSink`): `parse` builds `Row`s of `String` cells;
/// `scan` hands each field's bytes (unescaped) and each record's end straight to
/// a writer, with the chunk's UTF-8 validated once up front instead of field by field.
public struct CSVParser {
    /// How fields are separated.
    public let dialect: CSVDialect
    /// The sheet name the notes carry.
    public let sheetName: String
    /// The most bytes one field may hold; a longer one throws `limitExceeded`.
    public let maxFieldBytes: Int
    /// What the parser noticed so far; summaries (NUL bytes, invalid UTF-8, ragged-row overflow)
    /// are added by `finish`.
    public private(set) var notes: [ReadNote] = []
    /// Records seen so far, blank lines included: the index of the last row.
    public private(set) var recordCount = 0
    /// The field count of the first non-blank record.
    public private(set) var expectedFieldCount: Int?

    /// Ragged rows noted one by one; beyond this, they are only counted.
    public static let maxRaggedNotes = 1_000

    private enum State { case recordStart, fieldStart, unquoted, quoted, quoteSeen }
    private var state = State.recordStart
    private var skipLF = false
    private var scratch: [UInt8] = []
    /// The `parse` API's row under construction (its sink's, between chunks).
    private var cells: [Cell] = []
    /// Non-empty fields in the current record.
    private var fieldsInRecord = 0
    private var column = 1
    private var raggedCount = 0
    private var nulCount = 0
    private var firstNul: CellAddress?
    private var invalidCount = 0
    private var firstInvalid: CellAddress?

    private static let quote = UInt8(ascii: "\"")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    /// A parser of `dialect` whose notes name `sheetName`, with fields of at most `maxFieldBytes`.
    public init(dialect: CSVDialect, sheetName: String = CSVReader.sheetName, maxFieldBytes: Int = 64 << 20) {
        self.dialect = dialect
        self.sheetName = sheetName
        self.maxFieldBytes = maxFieldBytes
    }

    /// Parses the next chunk; rows complete in it are passed to `emit` in order.
    public mutating func parse(_ bytes: [UInt8], _ emit: (Row) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { try parse($0, emit) }
    }

    /// Parses the next chunk; rows complete in it are passed to `emit` in order.
    public mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ emit: (Row) throws -> Void) throws {
        try withRowSink(emit) { (parser, sink) in try parser.scan(buffer, into: &sink) }
    }

    /// Runs `body` with a sink that builds `Row`s for `emit`, keeping the row under
    /// construction in `cells` between calls.
    private mutating func withRowSink(_ emit: (Row) throws -> Void, _ body: (inout CSVParser, inout RowSink) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            var sink = RowSink(cells: cells, emit: emit)
            cells = []
            defer { cells = sink.cells }
            try body(&self, &sink)
        }
    }

    /// Scans the next chunk, handing its fields and record ends to `sink`.
    mutating func scan<S: CSVFieldSink>(_ buffer: UnsafeBufferPointer<UInt8>, into sink: inout S) throws {
        guard let p = buffer.baseAddress else { return }
        let n = buffer.count
        // Fields in [trustFrom, trustTo) of this chunk are valid UTF-8 (checked once, here).
        let (trustFrom, trustTo) = S.wantsCheckedChunks ? UTF8Check.checkedPrefix(buffer) : (n, 0)
        let d = dialect.delimiter
        // Unquoted fields are `plain` unless a byte the sink would have to escape shows up:
        // for CSV with the same delimiter a quote; for JSON a quote, backslash or control byte.
        let json = S.plainForJSON
        let plainOK = json || sink.plainDelimiter == d
        let quote = Self.quote, lf = Self.lf, cr = Self.cr, backslash: UInt8 = 0x5C
        // Bytes above this are never looked at outside quotes (Thai text, letters, digits).
        let maxSpecial = json ? max(d, backslash) : max(d, quote)
        let dv = SIMD16<UInt8>(repeating: d), lfv = SIMD16<UInt8>(repeating: lf), crv = SIMD16<UInt8>(repeating: cr)
        let qv = SIMD16<UInt8>(repeating: quote), zero = SIMD16<UInt8>(repeating: 0)
        let bsv = SIMD16<UInt8>(repeating: backslash), space = SIMD16<UInt8>(repeating: 0x20)
        /// Ends the field (delimiter, line end, NUL) or makes it not plain.
        @inline(__always) func stops(_ b: UInt8) -> Bool {
            json ? b == d || b == quote || b == backslash || b < 0x20 : b == d || b == lf || b == cr || b == 0 || b == quote
        }
        var i = 0
        while i < n {
            switch state {
            case .recordStart:
                if skipLF {
                    skipLF = false
                    if p[i] == lf { i += 1; continue }
                }
                state = .fieldStart
                fallthrough
            case .fieldStart:
                if p[i] == quote {
                    state = .quoted
                    i += 1
                    continue
                }
                state = .unquoted
                fallthrough
            case .unquoted:
                let start = i
                // A quote (or, for JSON, a backslash or control byte) inside an unquoted field is
                // kept, but the field is then not `plain`.
                var plain = plainOK
                while true {
                    // 16 bytes at a time while none of them is special, then byte by byte.
                    while i + 16 <= n {
                        let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                        let special = json
                            ? (v .== dv) .| (v .== qv) .| (v .== bsv) .| (v .< space)
                            : (v .== dv) .| (v .== lfv) .| (v .== crv) .| (v .== zero) .| (v .== qv)
                        if special.anyLane { break }
                        i += 16
                    }
                    while i < n {
                        let b = p[i]
                        if b > maxSpecial || !stops(b) { i += 1; continue }
                        break
                    }
                    guard i < n else { break }
                    let b = p[i]
                    if b == d || b == lf || b == cr || b == 0 { break }
                    plain = false
                    i += 1
                }
                if i == n {
                    try appendScratch(p + start, n - start)
                    return
                }
                let b = p[i]
                if b == 0 {
                    // Kept, through the scratch (so the field is not `plain`).
                    try appendScratch(p + start, i + 1 - start)
                    noteNul()
                    i += 1
                    continue
                }
                try endField(p + start, i - start, trusted: start >= trustFrom && i < trustTo, plain: plain, &sink)
                i += 1
                try afterField(ending: b, &sink)
            case .quoted:
                let start = i
                while i + 16 <= n {
                    let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    if ((v .== qv) .| (v .== zero)).anyLane { break }
                    i += 16
                }
                while i < n {
                    let b = p[i]
                    if b > quote || (b != quote && b != 0) { i += 1; continue }
                    break
                }
                if i == n {
                    try appendScratch(p + start, n - start)
                    return
                }
                if p[i] == 0 {
                    try appendScratch(p + start, i + 1 - start)
                    noteNul()
                    i += 1
                    continue
                }
                if i + 1 == n {
                    try appendScratch(p + start, i - start)
                    state = .quoteSeen
                    return
                }
                let next = p[i + 1]
                if next == quote {
                    try appendScratch(p + start, i + 1 - start)
                    i += 2
                } else if next == d || next == lf || next == cr {
                    try endField(p + start, i - start, trusted: start >= trustFrom && i < trustTo, plain: false, &sink)
                    i += 2
                    try afterField(ending: next, &sink)
                } else {
                    try appendScratch(p + start, i - start)
                    state = .unquoted
                    i += 1
                }
            case .quoteSeen:
                let b = p[i]
                if b == quote {
                    scratch.append(quote)
                    state = .quoted
                    i += 1
                } else if b == d || b == lf || b == cr {
                    try endField(p, 0, trusted: false, plain: false, &sink)
                    i += 1
                    try afterField(ending: b, &sink)
                } else {
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input: emits the last record if the text did not end with a line break,
    /// and adds the summary notes.
    public mutating func finish(_ emit: (Row) throws -> Void) throws {
        try withRowSink(emit) { (parser, sink) in try parser.finish(into: &sink) }
    }

    /// Ends the input for a `scan` sink, as `finish(_:)` does.
    mutating func finish<S: CSVFieldSink>(into sink: inout S) throws {
        if state != .recordStart {
            // After a delimiter (`fieldStart`) this closes an empty last field.
            try endField(UnsafePointer(bitPattern: 1)!, 0, trusted: false, plain: false, &sink)
            try endRecord(&sink)
        }
        skipLF = false
        if raggedCount > Self.maxRaggedNotes {
            notes.append(ReadNote(.raggedRow, sheet: sheetName,
                                  detail: "\(raggedCount - Self.maxRaggedNotes) more rows have a different number of fields"))
        }
        if nulCount > 0 {
            notes.append(ReadNote(.nulByte, sheet: sheetName, address: firstNul,
                                  detail: "\(nulCount) NUL byte(s) kept in the text (JSON \\u0000), the first in \(firstNul?.a1 ?? "?")"))
        }
        if invalidCount > 0 {
            notes.append(ReadNote(.invalidUTF8, sheet: sheetName, address: firstInvalid,
                                  detail: "\(invalidCount) field(s) held invalid UTF-8, the first \(firstInvalid?.a1 ?? "?"); the bad bytes were replaced with U+FFFD"))
        }
        nulCount = 0
        invalidCount = 0
        raggedCount = min(raggedCount, Self.maxRaggedNotes)
    }

    // MARK: - Fields and records

    private var currentAddress: CellAddress { CellAddress(row: recordCount + 1, column: column) }

    private mutating func noteNul() {
        if nulCount == 0 { firstNul = currentAddress }
        nulCount += 1
    }

    private mutating func appendScratch(_ p: UnsafePointer<UInt8>, _ count: Int) throws(SheetsError) {
        guard count > 0 else { return }
        guard scratch.count + count <= maxFieldBytes else { throw fieldTooLong() }
        scratch.append(contentsOf: UnsafeBufferPointer(start: p, count: count))
    }

    private func fieldTooLong() -> SheetsError {
        SheetsError(.limitExceeded,
                    "a field is longer than \(maxFieldBytes >> 20) MiB (an unclosed quote?)",
                    part: sheetName, address: currentAddress)
    }

    /// Closes the current field: the scratch bytes (from earlier chunks, or unescaped) then
    /// `count` bytes at `p`. `trusted`: those bytes (used only without scratch) are valid UTF-8;
    /// `plain`: they hold no delimiter, quote, CR or LF.
    @inline(__always)
    private mutating func endField<S: CSVFieldSink>(_ p: UnsafePointer<UInt8>, _ count: Int, trusted: Bool, plain: Bool, _ sink: inout S) throws {
        let valid: Bool
        if scratch.isEmpty {
            guard count > 0 else { column += 1; return }
            guard count <= maxFieldBytes else { throw fieldTooLong() }
            try checkColumn()
            valid = try sink.field(UnsafeBufferPointer(start: p, count: count), row: recordCount + 1, column: column,
                                   trusted: trusted, plain: plain)
        } else {
            try appendScratch(p, count)
            try checkColumn()
            let (row, column) = (recordCount + 1, self.column)
            valid = try scratch.withUnsafeBufferPointer { try sink.field($0, row: row, column: column, trusted: false, plain: false) }
            scratch.removeAll(keepingCapacity: scratch.count <= 1 << 16)
        }
        if !valid {
            if invalidCount == 0 { firstInvalid = currentAddress }
            invalidCount += 1
        }
        fieldsInRecord += 1
        column += 1
    }

    @inline(__always)
    private func checkColumn() throws(SheetsError) {
        guard column <= CellAddress.maxColumn else {
            throw SheetsError(.limitExceeded, "a row has more than \(CellAddress.maxColumn) fields (Excel's column limit)",
                              part: sheetName, address: CellAddress(row: recordCount + 1, column: 1))
        }
    }

    /// After a field ended at `terminator` (the delimiter or a line break): the next field, or
    /// the end of the record (a CR may be followed by the LF of a CRLF, skipped then).
    @inline(__always)
    private mutating func afterField<S: CSVFieldSink>(ending terminator: UInt8, _ sink: inout S) throws {
        if terminator == dialect.delimiter {
            state = .fieldStart
        } else {
            try endRecord(&sink)
            skipLF = terminator == Self.cr
        }
    }

    private mutating func endRecord<S: CSVFieldSink>(_ sink: inout S) throws {
        let fieldCount = column - 1
        let hasFields = fieldsInRecord > 0
        recordCount += 1
        column = 1
        fieldsInRecord = 0
        state = .recordStart
        let blank = fieldCount <= 1 && !hasFields
        if !blank {
            if let expected = expectedFieldCount {
                if fieldCount != expected {
                    raggedCount += 1
                    if raggedCount <= Self.maxRaggedNotes {
                        notes.append(ReadNote(.raggedRow, sheet: sheetName, address: CellAddress(row: recordCount, column: 1),
                                              detail: "row \(recordCount) has \(fieldCount) field(s); the first row has \(expected)"))
                    }
                }
            } else {
                expectedFieldCount = fieldCount
            }
        }
        try sink.endRecord(recordCount, hasFields: hasFields)
    }
}

/// Where `CSVParser.scan` puts what it finds: `Row`s of `String` cells (`RowSink`), or bytes
/// straight into a writer (`CSVWriter`, `JSONWriter`).
protocol CSVFieldSink {
    /// True when the sink wants each chunk's UTF-8 checked once, so that most fields arrive
    /// `trusted` and need no check of their own.
    static var wantsCheckedChunks: Bool { get }
    /// A non-empty field of record `row` (1-based) at `column`: its bytes, unescaped, NULs
    /// removed, valid only during the call. `trusted`: known to be valid UTF-8. Returns whether
    /// the bytes were valid UTF-8; invalid bytes are taken as U+FFFD, as `String(decoding:)` does.
    /// `plain`: the bytes hold no `plainDelimiter`, quote, CR or LF.
    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, trusted: Bool, plain: Bool) throws -> Bool
    /// The delimiter `plain` is about (only given when it is the input's); nil: no use for it.
    var plainDelimiter: UInt8? { get }
    /// True: `plain` means instead that the bytes hold no quote, backslash or control byte
    /// (a JSON string's body as is).
    static var plainForJSON: Bool { get }
    /// The end of record `row`; `hasFields` when `field` was called for it.
    mutating func endRecord(_ row: Int, hasFields: Bool) throws
}

/// The `String` path: a `Cell` per field, a `Row` per record that has any.
struct RowSink: CSVFieldSink {
    static var wantsCheckedChunks: Bool { false }
    var cells: [Cell]
    let emit: (Row) throws -> Void

    var plainDelimiter: UInt8? { nil }
    static var plainForJSON: Bool { false }

    mutating func field(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, trusted: Bool, plain: Bool) throws -> Bool {
        let (text, valid) = UTF8Text.decoding(bytes)
        cells.append(Cell(CellAddress(row: row, column: column), .string(text)))
        return valid
    }

    mutating func endRecord(_ row: Int, hasFields: Bool) throws {
        guard !cells.isEmpty else { return }
        let count = cells.count
        let done = Row(index: row, cells: cells)
        cells = []
        cells.reserveCapacity(count)
        try emit(done)
    }
}
