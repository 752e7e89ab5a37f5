/// Thai digits ๐–๙ (U+0E50–U+0E59) and their ASCII counterparts.
///
/// Swift's `Int("๕")` is nil, so text is converted before any numeric parsing. Only the digits change;
/// everything else, including letter numbers like "นม ๐๐๒๓.๑/ว ๒๔๔๑", keeps its shape.
public enum ThaiDigits {
    /// ๐-๙ → 0-9, everything else unchanged.
    public static func toArabic(_ s: some StringProtocol) -> String {
        map(String(s), from: 0x0E50, to: 0x30)
    }

    /// 0-9 → ๐-๙, everything else unchanged.
    public static func toThai(_ s: some StringProtocol) -> String {
        map(String(s), from: 0x30, to: 0x0E50)
    }

    /// The value of an ASCII or Thai digit scalar.
    static func value(of c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 0x30...0x39: Int(c.value - 0x30)
        case 0x0E50...0x0E59: Int(c.value - 0x0E50)
        default: nil
        }
    }

    private static func map(_ s: String, from: UInt32, to: UInt32) -> String {
        let digits = from...(from + 9)
        guard s.unicodeScalars.contains(where: { digits.contains($0.value) }) else { return s }
        return String(
            scalars: s.unicodeScalars.lazy.map { c in
                digits.contains(c.value) ? Unicode.Scalar(c.value - from + to) ?? c : c
            })
    }
}
