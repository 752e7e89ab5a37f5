/// Terminal and fixed-width display columns of text.
public enum DisplayWidth {
    /// Display columns of text: Thai combining marks (above/below vowels, tone marks, U+0E31, U+0E34–U+0E3A,
    /// U+0E47–U+0E4E), other non-spacing marks, format and control characters take none; East-Asian wide and
    /// emoji 2; others 1. For a multi-line string, the longest line.
    public static func of(_ s: some StringProtocol) -> Int {
        var longest = 0
        var line = 0
        for c in String(s).unicodeScalars {
            if c == "\n" || c == "\r" || c == "\u{2028}" {
                longest = max(longest, line)
                line = 0
            } else {
                line += width(c)
            }
        }
        return max(longest, line)
    }

    static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x0300 { return v == 0xAD ? 0 : 1 }
        if (0x0E00...0x0E7F).contains(v) { return DateLexer.isThaiMark(c) ? 0 : 1 }
        switch c.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
