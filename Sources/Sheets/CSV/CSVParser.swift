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
/// - NUL bytes are removed (one summary note); invalid UTF-8 becomes U+FFFD (one summary note);
/// - a record whose field count differs from the first record's gets a `.raggedRow` note
///   (blank lines excepted); records are never rejected for it.
///
/// Every non-empty field becomes a `.string` cell exactly as written; empty fields are omitted.
/// Only the delimiter, `"`, CR, LF and NUL are looked at; bytes are scanned in place and a
/// `String` is created once per field. A field longer than `maxFieldBytes` throws
/// `limitExceeded`, and so does a non-empty field past Excel's 16,384th column.
public struct CSVParser {
    public let dialect: CSVDialect
    /// The sheet name the notes carry.
    public let sheetName: String
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
    private var cells: [Cell] = []
    private var column = 1
    private var raggedCount = 0
    private var nulCount = 0
    private var firstNul: CellAddress?
    private var invalidCount = 0
    private var firstInvalid: CellAddress?

    private static let quote = UInt8(ascii: "\"")
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

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
        guard let p = buffer.baseAddress else { return }
        let n = buffer.count
        let d = dialect.delimiter
        // Bytes above this are never special outside quotes (Thai text, letters, digits).
        let maxSpecial = max(d, Self.cr)
        let quote = Self.quote, lf = Self.lf, cr = Self.cr
        let dv = SIMD16<UInt8>(repeating: d), lfv = SIMD16<UInt8>(repeating: lf), crv = SIMD16<UInt8>(repeating: cr)
        let qv = SIMD16<UInt8>(repeating: quote), zero = SIMD16<UInt8>(repeating: 0)
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
                // 16 bytes at a time while none of them is special, then byte by byte.
                while i + 16 <= n {
                    let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    if any((v .== dv) .| (v .== lfv) .| (v .== crv) .| (v .== zero)) { break }
                    i += 16
                }
                while i < n {
                    let b = p[i]
                    if b > maxSpecial || (b != d && b != lf && b != cr && b != 0) { i += 1; continue }
                    break
                }
                if i == n {
                    try appendScratch(p + start, n - start)
                    return
                }
                let b = p[i]
                if b == 0 {
                    try appendScratch(p + start, i - start)
                    noteNul()
                    i += 1
                    continue
                }
                try endField(p + start, i - start)
                i += 1
                if b == d {
                    state = .fieldStart
                } else {
                    try endRecord(emit)
                    skipLF = b == cr
                }
            case .quoted:
                let start = i
                while i + 16 <= n {
                    let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
                    if any((v .== qv) .| (v .== zero)) { break }
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
                    try appendScratch(p + start, i - start)
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
                    try endField(p + start, i - start)
                    i += 2
                    if next == d {
                        state = .fieldStart
                    } else {
                        try endRecord(emit)
                        skipLF = next == cr
                    }
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
                    try endField(p, 0)
                    i += 1
                    if b == d {
                        state = .fieldStart
                    } else {
                        try endRecord(emit)
                        skipLF = b == cr
                    }
                } else {
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input: emits the last record if the text did not end with a line break,
    /// and adds the summary notes.
    public mutating func finish(_ emit: (Row) throws -> Void) throws {
        if state != .recordStart {
            // After a delimiter (`fieldStart`) this closes an empty last field.
            try endField(UnsafePointer(bitPattern: 1)!, 0)
            try endRecord(emit)
        }
        skipLF = false
        if raggedCount > Self.maxRaggedNotes {
            notes.append(ReadNote(.raggedRow, sheet: sheetName,
                                  detail: "\(raggedCount - Self.maxRaggedNotes) more rows have a different number of fields"))
        }
        if nulCount > 0 {
            notes.append(ReadNote(.nulByte, sheet: sheetName, address: firstNul,
                                  detail: "\(nulCount) NUL byte(s) removed, the first in \(firstNul?.a1 ?? "?")"))
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

    /// Closes the current field: the scratch bytes (from earlier chunks, or unescaped) then `count` bytes at `p`.
    private mutating func endField(_ p: UnsafePointer<UInt8>, _ count: Int) throws(SheetsError) {
        let made: (String, Bool)?
        if scratch.isEmpty {
            guard count > 0 else { column += 1; return }
            guard count <= maxFieldBytes else { throw fieldTooLong() }
            made = Self.makeString(UnsafeBufferPointer(start: p, count: count))
        } else {
            try appendScratch(p, count)
            made = scratch.withUnsafeBufferPointer { Self.makeString($0) }
            scratch.removeAll(keepingCapacity: scratch.count <= 1 << 16)
        }
        if let (text, valid) = made {
            guard column <= CellAddress.maxColumn else {
                throw SheetsError(.limitExceeded, "a row has more than \(CellAddress.maxColumn) fields (Excel's column limit)",
                                  part: sheetName, address: CellAddress(row: recordCount + 1, column: 1))
            }
            if !valid {
                if invalidCount == 0 { firstInvalid = currentAddress }
                invalidCount += 1
            }
            cells.append(Cell(CellAddress(row: recordCount + 1, column: column), .string(text)))
        }
        column += 1
    }

    /// The field's text, and whether its bytes were valid UTF-8. `String(decoding:)` repairs
    /// invalid bytes with U+FFFD; valid input comes back byte for byte, so comparing the two
    /// tells (cheaper than the generic `String(validating:)`).
    @inline(__always)
    private static func makeString(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = text.utf8
        guard utf8.count == bytes.count else { return (text, false) }
        let same = utf8.withContiguousStorageIfAvailable { stored in
            memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? utf8.elementsEqual(bytes)
        return (text, same)
    }

    private mutating func endRecord(_ emit: (Row) throws -> Void) throws {
        let fieldCount = column - 1
        recordCount += 1
        column = 1
        state = .recordStart
        let blank = fieldCount <= 1 && cells.isEmpty
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
        guard !cells.isEmpty else { return }
        let row = Row(index: recordCount, cells: cells)
        cells = []
        cells.reserveCapacity(expectedFieldCount ?? 8)
        try emit(row)
    }
}
