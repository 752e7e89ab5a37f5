import ThaiText

/// The ITA template of one year: item codes, the columns with the wordings agencies use, and
/// which columns each document kind requires. Data, not code: it is `Codable` so users can pass
/// their own with `--template`.
public struct Template: Sendable, Codable {
    public struct Column: Sendable, Codable {
        public var field: Field
        /// The canonical Thai header first, then the other wordings met in real documents.
        public var headers: [String]
        public var requiredIn: [TableKind]
        /// A value written once for a group of rows (a vertical merge flattened to text) is carried down.
        public var carryDown: Bool

        public init(field: Field, headers: [String], requiredIn: [TableKind] = [], carryDown: Bool = false) {
            self.field = field
            self.headers = headers
            self.requiredIn = requiredIn
            self.carryDown = carryDown
        }
    }

    public var itaYear: Int
    public var planItem: String
    public var resultsItem: String
    public var planTitle: String
    public var resultsTitle: String
    public var columns: [Column]

    public func column(_ field: Field) -> Column? { columns.first { $0.field == field } }
    public func required(in kind: TableKind) -> [Field] { columns.filter { $0.requiredIn.contains(kind) }.map(\.field) }
}

extension Template {
    /// The template of an ITA year (2563–2569); the nearest known year otherwise.
    public static func forYear(_ year: Int?) -> Template {
        let year = year ?? 2564
        let (plan, results) = year >= 2568 ? ("O25", "O26") : ("O42", "O43")
        return Template(
            itaYear: year, planItem: plan, resultsItem: results,
            planTitle: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            resultsTitle: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            columns: standardColumns)
    }

    static let standardColumns: [Column] = [
        Column(field: .number, headers: ["ลำดับ", "ลำดับที่", "ที่", "ข้อ", "สำดับ"]),
        Column(field: .measure, headers: ["มาตรการ", "มาตรการ/แนวทาง", "แนวทาง", "โครงการ/กิจกรรม/มาตรการ",
                                          "โครงการ/กิจกรรม", "ประเด็น/มาตรการ", "มาตรการ/โครงการ/กิจกรรม",
                                          "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"],
               requiredIn: [.plan, .results]),
        Column(field: .steps, headers: ["ขั้นตอนและวิธีการ", "ขั้นตอนและวิธีการ/ปฏิบัติ", "ขั้นตอน/วิธีการ",
                                        "ขั้นตอนหรือวิธีการปฏิบัติ", "วิธีการดำเนินการ", "แนวทางปฏิบัติ", "การดำเนินการ",
                                        "ขั้นตอนการดำเนินการ"],
               requiredIn: [.plan]),
        Column(field: .responsible, headers: ["ผู้รับผิดชอบ", "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง", "หน่วยงานที่รับผิดชอบ",
                                              "ผู้รับผิดชอบ/หน่วยงาน", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง"],
               requiredIn: [.plan]),
        Column(field: .period, headers: ["ระยะเวลาดำเนินการ", "ระยะเวลา", "ห้วงเวลา", "กำหนดเวลา",
                                         "ระยะเวลาการดำเนินการ", "ช่วงเวลาดำเนินการ"],
               requiredIn: [.plan]),
        Column(field: .monitoring, headers: ["การกำกับติดตาม", "การติดตามประเมินผล", "การติดตามและประเมินผล",
                                             "การกำกับติดตามผล", "การกำกับติดตามให้นำไปสู่การปฏิบัติ"],
               requiredIn: [.plan], carryDown: true),
        Column(field: .result, headers: ["ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการปฏิบัติงาน", "ผลการดำเนินการตามมาตรการ"],
               requiredIn: [.results]),
        Column(field: .recommendation, headers: ["ข้อเสนอแนะ", "ปัญหา/อุปสรรค", "ปัญหาอุปสรรคและข้อเสนอแนะ",
                                                 "ปัญหา/อุปสรรค/ข้อเสนอแนะ"]),
        Column(field: .status, headers: ["สถานะ", "สถานะการดำเนินการ", "ผลการดำเนินการ(สถานะ)"]),
        Column(field: .indicator, headers: ["ตัวชี้วัด", "เป้าหมาย", "ตัวชี้วัด/เป้าหมาย"]),
        Column(field: .budget, headers: ["งบประมาณ", "งบประมาณ(บาท)"]),
        Column(field: .note, headers: ["หมายเหตุ"]),
        Column(field: .evidence, headers: ["หลักฐาน", "ไฟล์แนบ", "ลิงก์", "ลิงค์", "หลักฐาน/ไฟล์แนบ", "URL"]),
    ]
}
