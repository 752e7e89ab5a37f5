/// A Gregorian month with its Thai names.
public enum ThaiMonth: Int, CaseIterable, Sendable {
    /// มกราคม
    case january = 1
    /// กุมภาพันธ์
    case february
    /// มีนาคม
    case march
    /// เมษายน
    case april
    /// พฤษภาคม
    case may
    /// มิถุนายน
    case june
    /// กรกฎาคม
    case july
    /// สิงหาคม
    case august
    /// กันยายน
    case september
    /// ตุลาคม
    case october
    /// พฤศจิกายน
    case november
    /// ธันวาคม
    case december

    /// "มกราคม"
    public var fullName: String { Self.fullNames[rawValue - 1] }

    /// "ม.ค."
    public var abbreviation: String { Self.abbreviations[rawValue - 1] }

    /// Reads a whole token naming a month: the full name ("มีนาคม"), the abbreviation with missing, extra or
    /// spaced dots ("มี.ค.", "มี.ค", "มีค", "ม. ค."), common misspellings ("กรกฏาคม", "กุมภาพันธ") and the
    /// colloquial short forms ("ตุลา"). Thai only. Nil when the token is anything else.
    public static func parse(_ s: some StringProtocol) -> ThaiMonth? {
        let scalars = Array(ThaiCleanup.forMatching(String(s)).unicodeScalars.lazy.filter { $0 != " " })
        guard !scalars.isEmpty else { return nil }
        if let m = DateLexer.lexeme(at: 0, in: scalars), m.end == scalars.count, case .month(let month) = m.kind {
            return month
        }
        let word = String(scalars: scalars)
        return colloquial.firstIndex(of: word).flatMap { ThaiMonth(rawValue: $0 + 1) }
    }

    static let fullNames = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]
    static let abbreviations = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    /// Misspellings seen in real documents; matched like full names, also inside prose.
    static let misspellings: [(String, ThaiMonth)] = [
        ("กรกฏาคม", .july), ("กุมภาพันธ", .february), ("กุมภาพัน", .february),
    ]
    /// Colloquial short forms, accepted only as a whole token: inside prose they collide with words
    /// (ตุลาการ, เมษายน's own prefix, กันยารัตน์…).
    static let colloquial = [
        "มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา",
    ]
}
