/// Known responsible-unit names and their written forms.
public struct UnitDictionary: Sendable {
    /// One unit: its canonical name and the other ways agencies write it.
    public struct Entry: Hashable, Sendable {
        /// The unit's full, standard name (`กองสวัสดิการสังคม`).
        public var canonical: String
        /// Abbreviations and other spellings (`กองสวัสดิการฯ`).
        public var aliases: [String]

        /// A unit named `canonical`, also written as `aliases`.
        public init(canonical: String, aliases: [String] = []) {
            self.canonical = canonical
            self.aliases = aliases
        }
    }

    /// The units known; changing them rebuilds the lookup index.
    public var entries: [Entry] {
        didSet { index = Self.index(entries) }
    }

    /// Cleanup key (of a canonical name or alias) → canonical name.
    private var index: [String: String]

    /// A dictionary of `entries` (the first entry wins where two share a written form).
    public init(entries: [Entry]) {
        self.entries = entries
        index = Self.index(entries)
    }

    private static func index(_ entries: [Entry]) -> [String: String] {
        var index: [String: String] = [:]
        for e in entries {
            for name in [e.canonical] + e.aliases where !ThaiCleanup.key(name).isEmpty {
                index[ThaiCleanup.key(name)] = index[ThaiCleanup.key(name)] ?? e.canonical
            }
        }
        return index
    }

    /// Canonical name for a written unit, comparing cleanup keys. A final "ฯ" (U+0E2F) marks truncation:
    /// "กองสวัสดิการฯ" matches "กองสวัสดิการสังคม" by prefix, only if the prefix names one unit. Role words in front
    /// ("ผู้อำนวยการกองคลัง", "หัวหน้าสำนักปลัด", "ผอ.กองช่าง") and the organisation after the unit ("กองคลัง อบต.กุดจอก",
    /// "สำนักปลัดเทศบาลตำบล…") are ignored. Nil when unknown.
    public func canonical(for written: some StringProtocol) -> String? {
        let text = String(written)
        // A section named in parentheses belongs to the unit before it: "กองคลัง (งานพัสดุ)", "ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)".
        if let open = text.firstIndex(of: "("), open > text.startIndex {
            let main = text[..<open]
            let inner = text[text.index(after: open)...].prefix { $0 != ")" }
            return canonical(key: ThaiCleanup.key(main), stripRole: true) ?? canonical(key: ThaiCleanup.key(inner), stripRole: true)
        }
        return canonical(key: ThaiCleanup.key(text), stripRole: true)
    }

    private func canonical(key k: String, stripRole: Bool) -> String? {
        guard !k.isEmpty else { return nil }
        if let c = index[k] { return c }
        // Keys are NFC, so comparing UTF-8 bytes is exact (and far cheaper than Character comparison).
        let bytes = Array(k.utf8)
        func hasPrefix(_ p: String) -> Bool { bytes.starts(with: p.utf8) }
        func dropping(_ p: String) -> String { String(decoding: bytes.dropFirst(p.utf8.count), as: UTF8.self) }
        if k.unicodeScalars.last == "ฯ" {
            let prefix = String(decoding: bytes.dropLast(3), as: UTF8.self)  // "ฯ" is 3 bytes
            guard prefix.unicodeScalars.count >= 2 else { return nil }
            let found = Set(index.lazy.filter { $0.key.utf8.starts(with: prefix.utf8) }.map(\.value))
            return found.count == 1 ? found.first : nil
        }
        if stripRole {
            for role in Self.roles where hasPrefix(role) {
                if let c = canonical(key: dropping(role), stripRole: false) { return c }
            }
        }
        // The longest known name followed by an organisation name.
        var best: (name: String, canonical: String)?
        for (name, c) in index where hasPrefix(name) && name.utf8.count > best?.name.utf8.count ?? 0 {
            let tail = dropping(name)
            if Self.organisations.contains(where: { tail.utf8.starts(with: $0.utf8) }) { best = (name, c) }
        }
        return best?.canonical
    }

    private static let roles = ["ผู้อำนวยการ", "ผอ", "หัวหน้า", "นักวิชาการ", "เจ้าหน้าที่"]
    private static let organisations = ["อบต", "องค์การบริหารส่วน", "เทศบาล", "ทต", "ทม", "ทน", "โรงพยาบาล", "รพ", "โรงเรียน"]

    /// The suggestion list of a blank template: อบต. and เทศบาล divisions, the common งาน units, everyone-words,
    /// the two heads, and hospital and school groups. Reading documents uses `allAgencies`.
    public static let standard = UnitDictionary(entries: [
        Entry(
            canonical: "สำนักปลัด",
            aliases: ["สำนักงานปลัด", "สป.", "สำนักปลัดเทศบาล", "สำนักปลัด อบต.", "สำนักงานปลัด อบต.", "สำนักงานปลัดเทศบาล"]),
        Entry(canonical: "กองคลัง", aliases: ["กองการคลัง", "ส่วนการคลัง"]),
        Entry(canonical: "กองช่าง", aliases: ["ส่วนโยธา", "กองโยธา"]),
        Entry(
            canonical: "กองการศึกษา",
            aliases: ["กองการศึกษา ศาสนาและวัฒนธรรม", "กองการศึกษาศาสนาและวัฒนธรรม", "ส่วนการศึกษา"]),
        Entry(canonical: "กองสวัสดิการสังคม", aliases: ["กองสวัสดิการสัมคม", "ส่วนสวัสดิการสังคม"]),
        Entry(canonical: "กองสาธารณสุขและสิ่งแวดล้อม", aliases: ["กองสาธารณสุข", "ส่วนสาธารณสุข"]),
        Entry(canonical: "กองส่งเสริมการเกษตร", aliases: ["ส่วนส่งเสริมการเกษตร"]),
        Entry(canonical: "กองยุทธศาสตร์และงบประมาณ"),
        Entry(canonical: "กองการประปา"),
        Entry(canonical: "กองการเจ้าหน้าที่"),
        Entry(canonical: "หน่วยตรวจสอบภายใน", aliases: ["งานตรวจสอบภายใน"]),
        Entry(canonical: "งานนโยบายและแผน"),
        Entry(canonical: "งานการเจ้าหน้าที่", aliases: ["งานบริหารงานบุคคล"]),
        Entry(canonical: "งานพัสดุ", aliases: ["งานพัสดุและทรัพย์สิน"]),
        Entry(canonical: "งานประชาสัมพันธ์"),
        Entry(canonical: "งานนิติการ"),
        Entry(canonical: "ทุกกอง", aliases: ["ทุกส่วนราชการ", "ทุกหน่วยงาน", "ทุกกอง/ฝ่าย", "ทุกส่วน", "ทุกฝ่าย"]),
        Entry(canonical: "ปลัด อบต.", aliases: ["ปลัดองค์การบริหารส่วนตำบล", "ปลัดอบต."]),
        Entry(canonical: "นายก อบต.", aliases: ["นายกองค์การบริหารส่วนตำบล", "นายกอบต."]),
        Entry(canonical: "ปลัดเทศบาล"),
        Entry(canonical: "นายกเทศมนตรี"),
        Entry(canonical: "กลุ่มงานบริหารทั่วไป"),
        Entry(canonical: "คณะกรรมการ ITA", aliases: ["คณะทำงาน ITA"]),
        Entry(canonical: "ชมรมจริยธรรม"),
        Entry(canonical: "ฝ่ายบริหารทั่วไป"),
        Entry(canonical: "กลุ่มบริหารงานบุคคล"),
        Entry(canonical: "กลุ่มบริหารงานทั่วไป"),
        Entry(canonical: "กลุ่มบริหารงบประมาณ"),
        Entry(canonical: "กลุ่มบริหารวิชาการ"),
    ])

    /// Every kind of agency's units together (a name means the same unit whoever writes it).
    public static let allAgencies = UnitDictionary(entries: merged(AgencyKind.allCases.flatMap(\.units) + shared))
}

/// A unit as written in a ผู้รับผิดชอบ cell, with its canonical name when known.
public struct ResponsibleUnit: Hashable, Sendable {
    /// The unit as the cell writes it.
    public var written: String
    /// Its canonical name, nil when the dictionary does not know it.
    public var canonical: String?

    /// A unit written as `written`, known as `canonical`.
    public init(written: String, canonical: String?) {
        self.written = written
        self.canonical = canonical
    }
}

/// Reads ผู้รับผิดชอบ cells: one or several units, lists and positions, each matched with the dictionary.
public enum ResponsibleUnits {
    /// Splits a multi-unit cell on line breaks, dashes ("-", "–", "—"), bullets ("•"), ",", ";", "/", " และ " (only
    /// with spaces around it, so "กองสาธารณสุขและสิ่งแวดล้อม" stays whole) and item numbers ("1. กองคลัง 2. กองช่าง"),
    /// trimming each part and dropping empty ones: "-สำนักปลัด -กองคลัง -กองช่าง" → 3.
    public static func split(_ cell: some StringProtocol) -> [String] {
        var parts: [String] = []
        for item in ItemNumber.splitEnumeration(String(cell)) {
            let v = item.unicodeScalars
            var start = v.startIndex
            var i = v.startIndex
            func cut(at end: String.Index) {
                let part = String(v[start..<end]).trimmingBlank
                if !part.isEmpty { parts.append(ItemNumber.leading(in: part)?.rest ?? part) }
            }
            var depth = 0
            while i < v.endIndex {
                let c = v[i]
                if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
                // Inside parentheses a list names sections of one unit: "กองคลัง (งานพัสดุ/งานการเงิน)".
                // "ทุกกอง/ฝ่าย" is one entry: everyone, however the slash divides it.
                if separators.contains(c), depth == 0, !(c == "/" && v[ItemNumber.skipBlank(v, start)...].starts(with: "ทุก".unicodeScalars)) {
                    cut(at: i)
                    i = v.index(after: i)
                    start = i
                } else if depth == 0, ItemNumber.isBlank(c), let end = conjunction(in: v, after: i) {
                    cut(at: i)
                    i = end
                    start = i
                } else {
                    i = v.index(after: i)
                }
            }
            cut(at: v.endIndex)
        }
        return parts.filter { !$0.isEmpty }
    }

    /// The units a cell names, split as `split(_:)` splits it, each with its canonical name from `dictionary`.
    public static func parse(_ cell: some StringProtocol, dictionary: UnitDictionary = .allAgencies) -> [ResponsibleUnit] {
        split(cell).map { ResponsibleUnit(written: $0, canonical: dictionary.canonical(for: $0)) }
    }

    private static let separators: Set<Unicode.Scalar> = [
        "-", "–", "—", "‐", "•", "●", "▪", "◦", "·", ",", ";", "/", "、",
        "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
    ]

    /// The end of " และ " (blanks around "และ") starting at the blank `i`, or nil.
    private static func conjunction(in v: String.UnicodeScalarView, after i: String.Index) -> String.Index? {
        let word = ItemNumber.skipBlank(v, i)
        guard v[word...].starts(with: "และ".unicodeScalars) else { return nil }
        let after = v.index(word, offsetBy: 3)
        guard after < v.endIndex, ItemNumber.isBlank(v[after]) else { return nil }
        return after
    }
}

/// What a written responsible party is, beyond its canonical name: needed to tell a unit the toolkit
/// does not list (every agency has its own) from text that names no one.
public enum UnitForm: Sendable, Equatable {
    /// ทุกกอง, ทุกหน่วยงาน: everyone.
    case everyone
    /// A division: กอง…, สำนัก…, กลุ่มงาน…, ศูนย์…, หน่วย…, ส่วน…
    case division
    /// A section inside a division (งาน…, ฝ่าย…), a committee (คณะกรรมการ…, คณะทำงาน…) or an acronym.
    case section
    /// A person or position: นายกเทศมนตรี, ปลัด…, ผู้อำนวยการ…, นายสมชาย…
    case position

    static let everyoneWords = ["ทุก"]
    static let positionWords = [
        "นายก", "รองนายก", "ปลัด", "รองปลัด", "ผู้อำนวยการ", "รองผู้อำนวยการ", "ผู้ช่วยผู้อำนวยการ", "ผอ", "รองผอ", "หัวหน้า",
        "ผู้บริหาร", "ผู้ว่าราชการ", "รองผู้ว่าราชการ", "อธิการบดี", "รองอธิการบดี", "ผู้ช่วยอธิการบดี", "คณบดี", "รองคณบดี",
        "เลขานุการ", "เลขาธิการ", "รองเลขาธิการ", "อธิบดี", "รองอธิบดี", "นายแพทย์", "สาธารณสุขอำเภอ", "สาธารณสุขจังหวัด", "ครู",
        "ศึกษานิเทศก์", "เจ้าหน้าที่", "เจ้าพนักงาน", "พนักงาน", "นักวิชาการ", "นักทรัพยากรบุคคล", "นักจัดการงานทั่วไป",
        "นักวิเคราะห์", "นักประชาสัมพันธ์", "นิติกร", "บุคลากร", "ข้าราชการ", "ผู้ตรวจสอบภายใน", "ผู้ตรวจราชการ", "ประธาน",
        "ผู้รับผิดชอบ", "ผู้ประสานงาน", "พยาบาล", "เภสัชกร", "นาย", "นาง", "นางสาว", "ว่าที่",
    ].map { ThaiCleanup.key($0) }
    static let divisionWords = ["กอง", "สำนัก", "กลุ่ม", "ศูนย์", "หน่วย", "ส่วน", "สถาบัน", "โรงเรียน", "โรงพยาบาล", "รพ",
                                "วิทยาลัย", "สถานี", "ที่ทำการ", "สาขา", "แผนก", "ภาควิชา", "เทศบาล", "องค์การบริหารส่วน",
                                "อบต", "อบจ", "สพป", "สพม", "สสจ", "สสอ"].map { ThaiCleanup.key($0) }
    static let sectionWords = ["งาน", "ฝ่าย", "คณะ", "ชมรม", "ห้อง", "เครือข่าย", "ทีม"].map { ThaiCleanup.key($0) }

    /// The form of a written party, from its canonical name when known: nil when it has none of these shapes.
    public static func of(_ written: some StringProtocol, canonical: String? = nil) -> UnitForm? {
        let k = ThaiCleanup.key(canonical ?? String(written))
        guard !k.isEmpty else { return nil }
        if everyoneWords.contains(where: { startsWith(k, $0) }) { return .everyone }
        // Positions before divisions: "ผู้อำนวยการกองคลัง" is a person; "หัวหน้าสำนักปลัด" too.
        if positionWords.contains(where: { startsWith(k, $0) }) { return .position }
        if sectionWords.contains(where: { startsWith(k, $0) }) { return .section }
        if divisionWords.contains(where: { startsWith(k, $0) }) { return .division }
        // An acronym: a few letters with dots or ฯ ("ศปท.", "กพร.").
        let letters = String(written).filter { !$0.isWhitespace }
        if letters.count <= 10, letters.contains(where: { $0 == "." || $0 == "ฯ" }) { return .section }
        return nil
    }

    /// `key.hasPrefix(word)` for cleanup keys, which are NFC: equal characters are then equal bytes, so
    /// the bytes rule out nearly every word at once (comparing characters was most of a batch's unit
    /// checks); the characters still decide, since a prefix may end inside one ("รพ" in "รพี").
    private static func startsWith(_ key: String, _ word: String) -> Bool {
        key.utf8.starts(with: word.utf8) && key.hasPrefix(word)
    }
}
