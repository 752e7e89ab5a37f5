/// A single-byte text encoding as a table from byte to UTF-8, for `TextTranscoder`.
struct CodePage: Sendable {
    /// For bytes 0x80–0xFF: the UTF-8 length in the low byte, then up to three UTF-8 bytes;
    /// 0 for an unassigned byte (decoded as U+FFFD and counted).
    let utf8Table: [UInt32]
    /// The encoding the text was read as.
    let encoding: TextEncoding

    /// Packs a table of scalar values (0 = unassigned, byte 0x00 itself aside).
    init(scalars: [UInt32], encoding: TextEncoding) {
        self.encoding = encoding
        utf8Table = (0..<256).map { b -> UInt32 in
            guard b >= 0x80, scalars[b] != 0 else { return 0 }
            let utf8 = Array(String(Unicode.Scalar(scalars[b])!).utf8)
            return utf8.enumerated().reduce(UInt32(utf8.count)) { $0 | UInt32($1.element) << (8 * ($1.offset + 1)) }
        }
    }

    static let windows874 = CodePage(scalars: CP874.table, encoding: .windows874)

    /// Windows-1252 (Western European), as the WHATWG Encoding Standard decodes it: the five
    /// bytes Microsoft leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the C1 controls of
    /// the same number, so no byte is lost.
    static let windows1252: CodePage = {
        var t = (0..<256).map { UInt32($0) }
        let c1: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        for (k, u) in c1.enumerated() { t[0x80 + k] = u }
        return CodePage(scalars: t, encoding: .windows1252)
    }()

    /// ISO 8859-1 (Latin-1): every byte is the code point of the same number.
    static let latin1 = CodePage(scalars: (0..<256).map { UInt32($0) }, encoding: .latin1)
}
