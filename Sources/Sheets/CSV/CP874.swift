/// Windows-874 (Thai) decoded with the toolkit's own table: Foundation on Linux has no
/// usable Thai encoding (swift-foundation #1216), and this table is small and exact.
///
/// - 0x00–0x7F: ASCII.
/// - 0x80 €, 0x85 …, 0x91 ‘, 0x92 ’, 0x93 “, 0x94 ”, 0x95 •, 0x96 –, 0x97 —, 0xA0 NBSP.
/// - 0xA1–0xDA → U+0E01–U+0E3A and 0xDF–0xFB → U+0E3F–U+0E5B (TIS-620: U+0E00 + byte − 0xA0).
/// - Every other byte (0x81–0x84, 0x86–0x90, 0x98–0x9F, 0xDB–0xDE, 0xFC–0xFF) is unassigned.
public enum CP874 {
    /// The Unicode scalar for a byte, nil when the byte is unassigned.
    public static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        let value = table[Int(byte)]
        return value == 0 && byte != 0 ? nil : Unicode.Scalar(value)
    }

    /// Decodes a whole buffer; unassigned bytes become U+FFFD.
    public static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        var unassigned = 0
        for byte in bytes { appendUTF8(of: byte, to: &out, unassigned: &unassigned) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 form of one Windows-874 byte; counts unassigned bytes (written as U+FFFD).
    @inline(__always)
    static func appendUTF8(of byte: UInt8, to out: inout [UInt8], unassigned: inout Int) {
        if byte < 0x80 { out.append(byte); return }
        var value = table[Int(byte)]
        if value == 0 { value = 0xFFFD; unassigned += 1 }
        if value < 0x800 {
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// Scalar values by byte; 0 marks an unassigned byte (byte 0x00 itself is U+0000).
    static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256)
        for b in 0..<0x80 { t[b] = UInt32(b) }
        let extras: [(Int, UInt32)] = [
            (0x80, 0x20AC), (0x85, 0x2026), (0x91, 0x2018), (0x92, 0x2019), (0x93, 0x201C),
            (0x94, 0x201D), (0x95, 0x2022), (0x96, 0x2013), (0x97, 0x2014), (0xA0, 0x00A0),
        ]
        for (b, u) in extras { t[b] = u }
        for b in 0xA1...0xDA { t[b] = 0x0E00 + UInt32(b - 0xA0) }
        for b in 0xDF...0xFB { t[b] = 0x0E00 + UInt32(b - 0xA0) }
        return t
    }()
}
