/// Whether a measure was carried out, from a status column or the result text.
public enum MeasureStatus: String, Sendable, Codable {
    /// ดำเนินการแล้ว: carried out.
    case done
    /// อยู่ระหว่างดำเนินการ: under way.
    case inProgress = "in-progress"
    /// ยังไม่ดำเนินการ: not started.
    case notStarted = "not-started"
    /// ยังไม่ถึงกำหนด(ดำเนินการ): the planned period has not come yet; not a missing result.
    case notYetDue = "not-yet-due"
}
