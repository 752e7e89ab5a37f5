import ThaiText

extension MeasureStatus {
    /// This status's Thai words: its labels and the phrases that tell it (`StatusWords`).
    public var words: StatusWords {
        switch self {
        case .done: .done
        case .inProgress: .inProgress
        case .notStarted: .notStarted
        case .notYetDue: .notYetDue
        }
    }

    /// Every status, in the order a result's text is searched for their phrases: "ยังไม่ถึงกำหนดดำเนินการ"
    /// is not yet due, and "ยังไม่ได้ดำเนินการ" not started, before anything that says ดำเนินการ counts as done.
    static let searchOrder: [MeasureStatus] = [.notYetDue, .notStarted, .inProgress, .done]

    /// Every label's cleanup key and the status it names, made once.
    private static let byLabelKey: [String: MeasureStatus] = {
        var map: [String: MeasureStatus] = [:]
        for status in searchOrder {
            for label in status.words.labels { map[ThaiCleanup.key(label)] = map[ThaiCleanup.key(label)] ?? status }
        }
        return map
    }()

    /// The status a status cell or sub-column header names exactly ("เสร็จ", "ไม่เสร็จ",
    /// "อยู่ระหว่างดำเนินการ"), compared after Thai cleanup; nil for any other text.
    init?(label text: String) {
        guard let status = Self.byLabelKey[ThaiCleanup.key(text)] else { return nil }
        self = status
    }
}
