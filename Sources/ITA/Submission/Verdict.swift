/// A reviewer's one-word judgement of a submission, worst first.
public enum Verdict: String, Sendable, CaseIterable, Comparable {
    /// No file of the submission could be read.
    case unreadable
    /// A document is missing, blank, unreadable or of another year (`FindingCode.completenessCodes`).
    case incomplete
    /// Errors to fix.
    case needsFix = "needs-fix"
    /// No errors (warnings allowed).
    case pass

    /// The verdict's word in Thai and English (ผ่าน, ต้องแก้ไข, ไม่สมบูรณ์, อ่านไม่ได้).
    public var label: LocalizedText {
        switch self {
        case .pass: LocalizedText(th: "ผ่าน", en: "pass")
        case .needsFix: LocalizedText(th: "ต้องแก้ไข", en: "needs fixing")
        case .incomplete: LocalizedText(th: "ไม่สมบูรณ์", en: "incomplete")
        case .unreadable: LocalizedText(th: "อ่านไม่ได้", en: "unreadable")
        }
    }

    /// Orders verdicts worst first: unreadable, incomplete, needs fixing, pass.
    public static func < (a: Verdict, b: Verdict) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}
