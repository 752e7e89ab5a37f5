import Sheets

/// How much a finding matters.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    /// Must be fixed: the file does not meet the template (a verdict of ต้องแก้ไข).
    case error
    /// Should be looked at; the file still passes.
    case warning
    /// Worth knowing; nothing to fix.
    case info

    /// Orders severities from the most serious: error, warning, info.
    public static func < (a: Severity, b: Severity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A text in Thai and in English.
public struct LocalizedText: Hashable, Sendable {
    /// The Thai text.
    public var th: String
    /// The English text.
    public var en: String

    /// A text in both languages.
    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .th ? th : en }
}

/// The languages messages are written in.
public enum Language: String, Sendable, CaseIterable {
    /// Thai.
    case th
    /// English.
    case en
}

/// One problem (or note) about a file, a table or a cell: what, where, and how to fix it.
public struct Finding: Hashable, Sendable {
    /// What kind of problem it is: a stable code from the catalog.
    public var code: FindingCode
    /// How much it matters (the catalog's default unless the check chose another).
    public var severity: Severity
    /// The cell concerned; nil for a finding about a whole file or table.
    public var place: SourceRef?
    /// The sheet of a table-level finding without a cell.
    public var sheet: String?
    /// The column concerned, when the finding is about one.
    public var field: Field?
    /// The value as written, when the finding is about one.
    public var value: String?
    /// What was expected instead, when that can be said.
    public var expected: String?
    /// What is wrong, in Thai and English.
    public var message: LocalizedText
    /// How to fix it, in Thai and English.
    public var fix: LocalizedText
    /// The other places a cross-table finding concerns (the plan measure of a result …).
    public var related: [SourceRef]

    /// Builds a finding from the catalog entry of `code`, filling its templates with the details.
    public init(_ code: FindingCode, at place: SourceRef? = nil, sheet: String? = nil, field: Field? = nil,
                value: String? = nil, expected: String? = nil, detail: LocalizedText? = nil,
                severity: Severity? = nil, related: [SourceRef] = []) {
        let entry = code.entry
        let quoted = value.map(Self.quoteShort) ?? ""
        // One pass over the template (Foundation's replacingOccurrences was a tenth of a batch's time).
        func fill(_ template: String, _ language: Language) -> String {
            var out = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                out += rest[..<open]
                switch rest[rest.index(after: open)..<close] {
                case "field": out += field.map { $0.label.text(language) } ?? ""
                case "value": out += quoted
                case "expected": out += expected ?? ""
                case "detail": out += detail?.text(language) ?? ""
                default: out += rest[open...close]
                }
                rest = rest[rest.index(after: close)...]
            }
            return out + rest
        }
        self.code = code
        self.severity = severity ?? entry.severity
        self.place = place
        self.sheet = sheet ?? place?.sheet
        self.field = field
        self.value = value
        self.expected = expected
        self.message = LocalizedText(th: fill(entry.message.th, .th), en: fill(entry.message.en, .en))
        self.fix = LocalizedText(th: fill(entry.fix.th, .th), en: fill(entry.fix.en, .en))
        self.related = related
    }

    /// A value quoted in a message, shortened to its first 60 characters.
    static func quoteShort(_ value: String) -> String {
        let line = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "«" + (line.count > 60 ? line.prefix(57) + "…" : line) + "»"
    }
}

extension Field {
    /// The column's name as agencies write it, and in English.
    public var label: LocalizedText {
        switch self {
        case .number: LocalizedText(th: "ลำดับ", en: "item number")
        case .code: LocalizedText(th: "รหัส", en: "code")
        case .measure: LocalizedText(th: "มาตรการ/แนวทาง", en: "measure")
        case .steps: LocalizedText(th: "ขั้นตอนและวิธีการ", en: "steps and methods")
        case .responsible: LocalizedText(th: "ผู้รับผิดชอบ", en: "responsible unit")
        case .period: LocalizedText(th: "ระยะเวลาดำเนินการ", en: "period")
        case .monitoring: LocalizedText(th: "การกำกับติดตาม", en: "monitoring")
        case .result: LocalizedText(th: "ผลการดำเนินการ", en: "result")
        case .problems: LocalizedText(th: "ปัญหา/อุปสรรค", en: "problems")
        case .recommendation: LocalizedText(th: "ข้อเสนอแนะ", en: "recommendation")
        case .status: LocalizedText(th: "สถานะ", en: "status")
        case .indicator: LocalizedText(th: "ตัวชี้วัด", en: "indicator")
        case .budget: LocalizedText(th: "งบประมาณ", en: "budget")
        case .note: LocalizedText(th: "หมายเหตุ", en: "note")
        case .evidence: LocalizedText(th: "หลักฐาน", en: "evidence")
        }
    }
}

extension MeasureStatus {
    /// The status as the results report words it (`StatusWords.display`), and in English.
    public var label: LocalizedText {
        let english = switch self {
        case .done: "Done"
        case .inProgress: "In progress"
        case .notStarted: "Not started"
        case .notYetDue: "Not yet due"
        }
        return LocalizedText(th: words.display, en: english)
    }
}

extension TableKind {
    /// The document's name in Thai and English, as reports name it.
    public var label: LocalizedText {
        switch self {
        case .plan: LocalizedText(th: "แผนมาตรการ", en: "measures plan")
        case .results: LocalizedText(th: "รายงานผลการดำเนินการ", en: "results report")
        }
    }
}
