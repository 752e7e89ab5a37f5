/// What a text's UTF-8 bytes leave out, found once (when a shared string is read) so that the
/// writers can copy the text as it is instead of looking at every byte of every cell that
/// shows it. Empty means "not known": the writer looks.
public struct PlainText: OptionSet, Sendable {
    /// The flags as bits (`OptionSet`).
    public let rawValue: UInt8

    /// The flags whose bits are set in `rawValue`.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// None of `,` `;` TAB `|` `"` CR LF: a CSV field that needs no quotes when the delimiter is
    /// one of those four (`CSVWriter` decides, `delimiterKeepsPlain`).
    public static let csv = PlainText(rawValue: 1)
    /// No `"`, `\` or byte below 0x20: a JSON string that needs no escapes.
    public static let json = PlainText(rawValue: 2)
    /// A delimited-text field with no quote, CR, LF or the sink's `CellSink.plainDelimiter`: a
    /// field that needs no quotes with that delimiter (what the CSV reader's scan finds out).
    public static let unquotedField = PlainText(rawValue: 4)

    /// The delimiters `.csv` speaks for.
    static func isPlainDelimiter(_ d: UInt8) -> Bool {
        d == UInt8(ascii: ",") || d == UInt8(ascii: ";") || d == 0x09 || d == UInt8(ascii: "|")
    }

    /// The flags that hold for `bytes`: one test per 16 bytes for any byte either flag is
    /// about (the common outcome is none), a byte at a time only for the 16 that have one.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainText {
        guard let p = bytes.baseAddress else { return [.csv, .json] }
        let n = bytes.count
        var flags: PlainText = [.csv, .json]
        let comma = SIMD16<UInt8>(repeating: UInt8(ascii: ",")), semicolon = SIMD16<UInt8>(repeating: UInt8(ascii: ";"))
        let bar = SIMD16<UInt8>(repeating: UInt8(ascii: "|")), quote = SIMD16<UInt8>(repeating: 0x22)
        let backslash = SIMD16<UInt8>(repeating: 0x5C), space = SIMD16<UInt8>(repeating: 0x20)
        var i = 0
        while i + 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            // TAB, CR and LF are below 0x20.
            if ((v .< space) .| (v .== comma) .| (v .== semicolon) .| (v .== bar) .| (v .== quote) .| (v .== backslash)).anyLane {
                for k in i..<i + 16 { classify(p[k], &flags) }
                if flags.isEmpty { return flags }
            }
            i += 16
        }
        while i < n {
            classify(p[i], &flags)
            i += 1
        }
        return flags
    }

    @inline(__always)
    private static func classify(_ b: UInt8, _ flags: inout PlainText) {
        if isPlainDelimiter(b) || b == 0x22 || b == 0x0A || b == 0x0D { flags.remove(.csv) }
        if b == 0x22 || b == 0x5C || b < 0x20 { flags.remove(.json) }
    }
}
