/// The columns the toolkit understands, named as in the report's `columns` of a table (docs/report.schema.json).
public enum Field: String, Sendable, Codable, CaseIterable, Comparable {
    /// ลำดับ: the item number.
    case number
    /// A code column (รหัส…): kept, never taken for the measure.
    case code
    /// มาตรการ/แนวทาง: the measure.
    case measure
    /// ขั้นตอนและวิธีการ: its steps.
    case steps
    /// ผู้รับผิดชอบ: the responsible units.
    case responsible
    /// ระยะเวลาดำเนินการ: the period.
    case period
    /// การกำกับติดตาม: how it is monitored.
    case monitoring
    /// ผลการดำเนินการ: what was done.
    case result
    /// ปัญหา/อุปสรรค: problems met.
    case problems
    /// ข้อเสนอแนะ: recommendations.
    case recommendation
    /// The status, from a status column or ticks under ผลการดำเนินการ.
    case status
    /// ตัวชี้วัด: an indicator column.
    case indicator
    /// งบประมาณ: a budget column.
    case budget
    /// หมายเหตุ: a note column.
    case note
    /// หลักฐาน: an evidence column.
    case evidence

    /// Orders fields as the official forms order their columns.
    public static func < (a: Field, b: Field) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
