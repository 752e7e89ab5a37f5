import ThaiText

/// One measure (a row of the plan or of the results table), normalized.
public struct Measure: Sendable {
    /// The item number as written at the start of the measure or in a ลำดับ column.
    public var number: Int?
    /// The measure (มาตรการ/แนวทาง) without its item number.
    public var title: String
    /// The steps (ขั้นตอนและวิธีการ), one per item written.
    public var steps: [String]
    /// The responsible units (ผู้รับผิดชอบ), each with its canonical name when known.
    public var responsible: [ResponsibleUnit]
    /// The period (ระยะเวลาดำเนินการ), when it could be read.
    public var period: Period?
    /// How it is monitored (การกำกับติดตาม).
    public var monitoring: String?
    /// What was done (ผลการดำเนินการ), in a results report.
    public var outcome: String?
    /// Dates in the result text that say when something was done (ranges such as an assessment round are left out).
    public var outcomeDates: [ThaiDate]
    /// Years in the result text that cannot be right (3107: BE added twice), as written.
    public var outcomeImplausibleYears: [Int] = []
    /// ปัญหา/อุปสรรค: problems met, a column of its own beside ข้อเสนอแนะ in the standard results layout.
    public var problems: String? = nil
    /// ข้อเสนอแนะ: recommendations (or problems and recommendations, in one column).
    public var recommendation: String?
    /// Whether it was carried out, when the report says.
    public var status: MeasureStatus?
    /// The raw cells of the row by field; every finding about the measure points into these.
    public var cells: [Field: SourcedText]
    /// The row of the measure's first cell.
    public var row: Int

    /// A measure with every part given (the normalizer's are read from a table row, `Normalizer`).
    public init(number: Int?, title: String, steps: [String] = [], responsible: [ResponsibleUnit] = [], period: Period? = nil,
                monitoring: String? = nil, outcome: String? = nil, outcomeDates: [ThaiDate] = [], outcomeImplausibleYears: [Int] = [],
                problems: String? = nil, recommendation: String? = nil, status: MeasureStatus? = nil,
                cells: [Field: SourcedText] = [:], row: Int) {
        self.number = number
        self.title = title
        self.steps = steps
        self.responsible = responsible
        self.period = period
        self.monitoring = monitoring
        self.outcome = outcome
        self.outcomeDates = outcomeDates
        self.outcomeImplausibleYears = outcomeImplausibleYears
        self.problems = problems
        self.recommendation = recommendation
        self.status = status
        self.cells = cells
        self.row = row
    }

    /// Where the cell of `field` is, if the row has one.
    public func source(_ field: Field) -> SourceRef? { cells[field]?.source }
}
