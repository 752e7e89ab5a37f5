/// The Thai words for one way a measure can stand (done, in progress, not started, not yet due), in
/// one place: the labels a results report writes in a status cell or heads a status sub-column with,
/// and the phrases that tell the status inside a result's text. ITA's `MeasureStatus` names the
/// entry of each of its cases; the locator, the normalizer and every report read the words here.
public struct StatusWords: Hashable, Sendable {
    /// Exact wordings of a status cell or sub-column header, compared as `ThaiCleanup.key`s. The
    /// first is the one the official results report uses (`display`).
    public let labels: [String]
    /// Phrases that tell the status when found anywhere in a result's text or status cell.
    public let phrases: [String]

    /// Words for a status; `labels` must not be empty (its first is the word shown).
    public init(labels: [String], phrases: [String]) {
        precondition(!labels.isEmpty, "a status needs a word to be shown with")
        self.labels = labels
        self.phrases = phrases
    }

    /// The word shown for the status: the results report's own.
    public var display: String { labels[0] }

    public static let done = StatusWords(
        labels: ["ดำเนินการแล้ว", "ดำเนินการเรียบร้อยแล้ว", "ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "เสร็จสิ้น", "เสร็จ", "ดำเนินการ"],
        phrases: ["ดำเนินการแล้วเสร็จ", "ดำเนินการเรียบร้อย", "ดำเนินการแล้ว", "แล้วเสร็จ", "เสร็จสิ้น", "เรียบร้อยแล้ว",
                  "ร้อยละ100", "✓", "✔", "ได้จัด", "ได้ดำเนินการ", "มีการ", "จัดประชุม", "ประชุม", "จัดทำประกาศ"])

    public static let inProgress = StatusWords(
        labels: ["อยู่ระหว่างดำเนินการ", "กำลังดำเนินการ", "ระหว่างดำเนินการ", "ไม่เสร็จ"],
        phrases: ["อยู่ระหว่างดำเนินการ", "อยู่ระหว่าง", "กำลังดำเนินการ", "ระหว่างดำเนินการ", "ยังไม่แล้วเสร็จ", "ไม่แล้วเสร็จ",
                  "ยังไม่เสร็จ", "ไม่เสร็จ"])

    public static let notStarted = StatusWords(
        labels: ["ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ", "ไม่ได้ดำเนินการ", "ไม่ดำเนินการ"],
        phrases: ["ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "ไม่ได้ดำเนินการ", "ยังไม่เริ่ม"])

    /// ยังไม่ถึงกำหนด(ดำเนินการ): the planned period has not come yet.
    public static let notYetDue = StatusWords(
        labels: ["ยังไม่ถึงกำหนด", "ยังไม่ถึงกำหนดดำเนินการ"],
        phrases: ["ยังไม่ถึงกำหนด", "ไม่ถึงกำหนด", "ยังไม่ถึงระยะเวลา"])
}
