/// A stable finding identifier (kebab-case), as users' scripts read it from the JSON report.
public struct FindingCode: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: FindingCode, b: FindingCode) -> Bool { a.rawValue < b.rawValue }

    // file
    public static let unreadableFile = FindingCode(rawValue: "unreadable-file")
    public static let unsupportedFormat = FindingCode(rawValue: "unsupported-format")
    public static let encryptedWorkbook = FindingCode(rawValue: "encrypted-workbook")
    public static let legacyEncoding = FindingCode(rawValue: "legacy-encoding")
    public static let invalidTextEncoding = FindingCode(rawValue: "invalid-text-encoding")
    public static let limitExceeded = FindingCode(rawValue: "limit-exceeded")
    // table
    public static let noTableFound = FindingCode(rawValue: "no-table-found")
    public static let missingColumn = FindingCode(rawValue: "missing-column")
    public static let duplicateColumn = FindingCode(rawValue: "duplicate-column")
    public static let extraColumn = FindingCode(rawValue: "extra-column")
    public static let headerSynonym = FindingCode(rawValue: "header-synonym")
    // cell and row
    public static let blankCell = FindingCode(rawValue: "blank-cell")
    public static let unparseablePeriod = FindingCode(rawValue: "unparseable-period")
    public static let periodOutsideFiscalYear = FindingCode(rawValue: "period-outside-fiscal-year")
    public static let implausibleYear = FindingCode(rawValue: "implausible-year")
    public static let unknownUnit = FindingCode(rawValue: "unknown-unit")
    public static let duplicateMeasure = FindingCode(rawValue: "duplicate-measure")
    public static let numberingGap = FindingCode(rawValue: "numbering-gap")
    public static let numberingDuplicate = FindingCode(rawValue: "numbering-duplicate")
    // across plan and results
    public static let measureWithoutResult = FindingCode(rawValue: "measure-without-result")
    public static let resultWithoutMeasure = FindingCode(rawValue: "result-without-measure")
    public static let resultOutsidePeriod = FindingCode(rawValue: "result-outside-period")
    public static let resultAfterReportDate = FindingCode(rawValue: "result-after-report-date")
    // document
    public static let fiscalYearUndetermined = FindingCode(rawValue: "fiscal-year-undetermined")
    public static let missingAnalysis = FindingCode(rawValue: "missing-analysis")
    // submission (one agency's plan and results for one fiscal year, from one file or several)
    public static let blankForm = FindingCode(rawValue: "blank-form")
    public static let planMissing = FindingCode(rawValue: "plan-missing")
    public static let resultsMissing = FindingCode(rawValue: "results-missing")
    public static let duplicateDocument = FindingCode(rawValue: "duplicate-document")
    public static let fiscalYearMismatch = FindingCode(rawValue: "fiscal-year-mismatch")
    public static let agencyUndetermined = FindingCode(rawValue: "agency-undetermined")

    /// The codes that say a submission is incomplete (its verdict is ไม่สมบูรณ์, not ต้องแก้ไข).
    public static let completenessCodes: Set<FindingCode> = [.blankForm, .planMissing, .resultsMissing, .noTableFound, .fiscalYearMismatch]
}

/// A catalog entry: the default severity and the Thai and English texts. Templates may use
/// `{field}`, `{value}`, `{expected}` and `{detail}`.
public struct FindingEntry: Sendable {
    public var severity: Severity
    public var message: LocalizedText
    public var fix: LocalizedText

    /// A catalog entry: how grave the finding is, what it says, and what to do.
    public init(severity: Severity, message: LocalizedText, fix: LocalizedText) {
        self.severity = severity
        self.message = message
        self.fix = fix
    }
}

extension FindingCode {
    public var entry: FindingEntry { FindingCode.catalog[self] ?? FindingEntry(
        severity: .error, message: LocalizedText(th: rawValue, en: rawValue), fix: LocalizedText(th: "", en: "")) }

    public static var allCodes: [FindingCode] { catalog.keys.sorted() }

    /// Every finding the toolkit reports, with its texts. Thai first: the people who fix the
    /// files are agency clerks; the words are theirs (ช่อง, แถว, ตาราง), not a programmer's.
    static let catalog: [FindingCode: FindingEntry] = [
        .unreadableFile: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "เปิดไฟล์ไม่ได้: {detail}", en: "The file cannot be read: {detail}"),
            fix: LocalizedText(th: "ตรวจสอบว่าไฟล์มีอยู่จริงและไม่เสียหาย แล้วบันทึกใหม่เป็น .xlsx หรือ CSV UTF-8",
                               en: "Check that the file exists and is not damaged; save it again as .xlsx or CSV UTF-8.")),
        .unsupportedFormat: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ไม่รองรับไฟล์รูปแบบนี้: {detail}", en: "This file format is not supported: {detail}"),
            fix: LocalizedText(th: "บันทึกเป็น Excel Workbook (.xlsx) หรือ CSV UTF-8 แล้วตรวจใหม่",
                               en: "Save it as an Excel Workbook (.xlsx) or CSV UTF-8 and check again.")),
        .encryptedWorkbook: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ไฟล์ถูกตั้งรหัสผ่าน: {detail}", en: "The file is password-protected: {detail}"),
            fix: LocalizedText(th: "เปิดไฟล์ใน Excel เอารหัสผ่านออก แล้วบันทึกเป็น .xlsx",
                               en: "Open it in Excel, remove the password and save it as .xlsx.")),
        .legacyEncoding: FindingEntry(
            severity: .info,
            message: LocalizedText(th: "ไฟล์ CSV ไม่ได้บันทึกเป็น UTF-8 จึงอ่านด้วยรหัสอักขระ {detail}",
                                   en: "The CSV file is not UTF-8; it was read as {detail}."),
            fix: LocalizedText(th: "ครั้งต่อไปให้บันทึกเป็น \"CSV UTF-8 (Comma delimited)\" ถ้าตัวอักษรที่อ่านได้ผิดเพี้ยน ให้ระบุ --encoding cp874, cp1252 หรือ latin1 ให้ตรงกับไฟล์",
                               en: "Next time save as \"CSV UTF-8 (Comma delimited)\"; if the text reads wrong, give the file's encoding with --encoding cp874, cp1252 or latin1.")),
        .invalidTextEncoding: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ข้อความในไฟล์มีรหัสอักขระเสีย: {detail}", en: "The file contains invalid text encoding: {detail}"),
            fix: LocalizedText(th: "บันทึกไฟล์ใหม่เป็น CSV UTF-8 หรือ .xlsx", en: "Save the file again as CSV UTF-8 or .xlsx.")),
        .limitExceeded: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ไฟล์ใหญ่เกินขีดจำกัดที่ปลอดภัย: {detail}", en: "The file exceeds a safety limit: {detail}"),
            fix: LocalizedText(th: "ตรวจว่าเป็นไฟล์ที่ถูกต้อง หรือแยกเป็นไฟล์เล็กลง", en: "Check it is the right file, or split it into smaller files.")),
        .noTableFound: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ไม่พบตารางมาตรการหรือตารางผลการดำเนินการในไฟล์",
                                   en: "No measures table or results table was found in the file."),
            fix: LocalizedText(th: "ใส่แถวหัวตารางที่มีอย่างน้อย มาตรการ/แนวทาง, ขั้นตอนและวิธีการ, ผู้รับผิดชอบ (หรือ ผลการดำเนินการ) ตามแบบของ ITA",
                               en: "Add a header row with at least มาตรการ/แนวทาง, ขั้นตอนและวิธีการ, ผู้รับผิดชอบ (or ผลการดำเนินการ), as in the ITA template.")),
        .missingColumn: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ตาราง{detail}ไม่มีคอลัมน์ «{field}»", en: "The {detail} table has no \"{field}\" column."),
            fix: LocalizedText(th: "เพิ่มคอลัมน์ «{field}» ในแถวหัวตาราง และกรอกให้ทุกมาตรการ",
                               en: "Add a \"{field}\" column to the header row and fill it for every measure.")),
        .duplicateColumn: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "คอลัมน์ «{field}» ซ้ำกัน ({value}) ใช้คอลัมน์แรกเท่านั้น",
                                   en: "The \"{field}\" column appears twice ({value}); only the first is used."),
            fix: LocalizedText(th: "ลบหรือเปลี่ยนชื่อคอลัมน์ที่ซ้ำ", en: "Remove or rename the repeated column.")),
        .extraColumn: FindingEntry(
            severity: .info,
            message: LocalizedText(th: "คอลัมน์ {value} ไม่อยู่ในแบบของ ITA เก็บไว้ตามเดิม", en: "Column {value} is not in the ITA template; it is kept as is."),
            fix: LocalizedText(th: "ไม่ต้องแก้ไข", en: "Nothing to fix.")),
        .headerSynonym: FindingEntry(
            severity: .info,
            message: LocalizedText(th: "หัวคอลัมน์ {value} อ่านเป็น «{expected}»", en: "Header {value} was read as \"{expected}\"."),
            fix: LocalizedText(th: "ถ้าข้อความเพี้ยน ให้พิมพ์หัวคอลัมน์ใหม่เป็น «{expected}»",
                               en: "If the text is damaged, retype the header as \"{expected}\".")),
        .blankCell: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ช่อง «{field}» ว่าง{detail}", en: "The \"{field}\" cell is blank{detail}."),
            fix: LocalizedText(th: "กรอก «{field}» ของมาตรการนี้", en: "Fill in the {field} of this measure.")),
        .unparseablePeriod: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "อ่านระยะเวลา {value} ไม่ได้{detail}", en: "The period {value} cannot be read{detail}."),
            fix: LocalizedText(th: "เขียนเป็นเดือนและปี เช่น «ม.ค. - มี.ค. 2564» หรือ «1 ต.ค. 2563 - 30 ก.ย. 2564»",
                               en: "Write months and a year, e.g. \"ม.ค. - มี.ค. 2564\" or \"1 ต.ค. 2563 - 30 ก.ย. 2564\".")),
        .periodOutsideFiscalYear: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ระยะเวลา {value} อยู่นอกปีงบประมาณ {expected}",
                                   en: "The period {value} falls outside fiscal year {expected}."),
            fix: LocalizedText(th: "แก้ระยะเวลาให้อยู่ในปีงบประมาณ {expected} (1 ต.ค. ถึง 30 ก.ย.) หรือตรวจว่าคัดลอกแผนของปีก่อนมาหรือไม่",
                               en: "Set the period within fiscal year {expected} (1 Oct to 30 Sep), or check whether last year's plan was copied.")),
        .implausibleYear: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ปี {value} เป็นไปไม่ได้ (อาจบวก 543 ซ้ำสองครั้ง)", en: "The year {value} is implausible (543 added twice?)."),
            fix: LocalizedText(th: "แก้เป็นปี พ.ศ. ที่ถูกต้อง เช่น {expected}", en: "Correct it to the right Buddhist-era year, e.g. {expected}.")),
        // Info: every agency has units of its own; a warning only when a result contradicts its plan (see KnownUnits).
        .unknownUnit: FindingEntry(
            severity: .info,
            message: LocalizedText(th: "ผู้รับผิดชอบ {value}{detail}", en: "The responsible unit {value}{detail}."),
            fix: LocalizedText(th: "ตรวจการสะกดชื่อกอง/สำนัก ให้ตรงกับแผนและโครงสร้างของหน่วยงาน",
                               en: "Check the unit's spelling against the plan and the agency's structure.")),
        .duplicateMeasure: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "มาตรการ {value} ซ้ำกับแถวอื่นในตารางเดียวกัน", en: "The measure {value} repeats another row of the same table."),
            fix: LocalizedText(th: "ลบแถวที่ซ้ำ หรือรวมเป็นมาตรการเดียว", en: "Delete the repeated row or merge the two into one measure.")),
        .numberingGap: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ลำดับมาตรการข้ามจาก {value} ไป {expected}", en: "The measure numbering jumps from {value} to {expected}."),
            fix: LocalizedText(th: "ตรวจว่ามีมาตรการหายไปหรือไม่ แล้วเรียงลำดับใหม่", en: "Check whether a measure is missing, then renumber.")),
        .numberingDuplicate: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ลำดับ {value} ซ้ำกัน", en: "Item number {value} is used twice."),
            fix: LocalizedText(th: "เรียงลำดับมาตรการใหม่ไม่ให้ซ้ำ", en: "Renumber the measures so that no number repeats.")),
        .measureWithoutResult: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "มาตรการ {value} ในแผนไม่มีผลการดำเนินการในรายงาน", en: "Planned measure {value} has no result in the report."),
            fix: LocalizedText(th: "เพิ่มผลการดำเนินการของมาตรการนี้ในรายงาน (ถ้ายังไม่ได้ทำ ให้ระบุว่ายังไม่ดำเนินการและเหตุผล)",
                               en: "Report the result of this measure (if it was not carried out, say so and why).")),
        .resultWithoutMeasure: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ผลการดำเนินการ {value} ไม่ตรงกับมาตรการใดในแผน", en: "Result {value} matches no measure of the plan."),
            fix: LocalizedText(th: "ใช้ชื่อมาตรการให้ตรงกับแผน หรือเพิ่มมาตรการนี้ในแผน",
                               en: "Name the measure as in the plan, or add it to the plan.")),
        .resultOutsidePeriod: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ดำเนินการเมื่อ {value} นอกระยะเวลาที่กำหนด «{expected}»{detail}",
                                   en: "Carried out on {value}, outside the planned period \"{expected}\"{detail}."),
            fix: LocalizedText(th: "ถ้าเปลี่ยนกำหนดการ ให้อธิบายเหตุผลในช่อง «ข้อเสนอแนะ» หรือแก้ระยะเวลาให้ตรงกับที่ทำจริง",
                               en: "If the schedule changed, explain why in the recommendation (ข้อเสนอแนะ) column, or correct the period.")),
        .resultAfterReportDate: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "วันที่ {value} อยู่หลังวันที่ของรายงาน {expected}", en: "The date {value} is after the report's date {expected}."),
            fix: LocalizedText(th: "ตรวจวันที่ในผลการดำเนินการหรือวันที่ของรายงาน", en: "Check the result's date or the report's date.")),
        .fiscalYearUndetermined: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ไม่ทราบปีงบประมาณของเอกสาร จึงตรวจระยะเวลาไม่ได้", en: "The document's fiscal year is unknown, so periods were not checked."),
            fix: LocalizedText(th: "ระบุ «ประจำปีงบประมาณ พ.ศ. ....» ในหัวเอกสาร หรือใช้ตัวเลือก --fiscal-year",
                               en: "State \"ประจำปีงบประมาณ พ.ศ. ....\" in the title, or pass --fiscal-year.")),
        .missingAnalysis: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ไม่พบการวิเคราะห์ผลการประเมิน ITA ของปีที่ผ่านมา", en: "No analysis of last year's ITA result was found."),
            fix: LocalizedText(th: "เพิ่มการวิเคราะห์: ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน ประเด็นที่ต้องพัฒนาให้ดีขึ้น และแนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ",
                               en: "Add the analysis: weak points to fix, points to improve, and how the analysis is put into practice.")),
        .blankForm: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "{detail}ยังไม่ได้กรอก: มีแต่หัวตาราง ตัวอย่าง หรือคำแนะนำของแบบฟอร์ม",
                                   en: "The {detail} has not been filled in: only the form's headers, examples or instructions."),
            fix: LocalizedText(th: "กรอกมาตรการของหน่วยงานลงในตาราง (ลบแถวตัวอย่างออก) แล้วส่งใหม่",
                               en: "Fill the agency's own measures into the table (delete the example rows) and submit again.")),
        .planMissing: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ไม่พบแผนมาตรการ{detail}", en: "No measures plan was found{detail}."),
            fix: LocalizedText(th: "ส่งไฟล์แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณเดียวกันมาด้วย",
                               en: "Submit the measures plan of the same fiscal year as well.")),
        .resultsMissing: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "ไม่พบรายงานผลการดำเนินการ{detail}", en: "No results report was found{detail}."),
            fix: LocalizedText(th: "ส่งไฟล์รายงานผลการดำเนินการตามมาตรการของปีงบประมาณเดียวกันมาด้วย",
                               en: "Submit the results report of the same fiscal year as well.")),
        .duplicateDocument: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "หน่วยงานเดียวกันส่ง{detail}มากกว่าหนึ่งไฟล์ ใช้ไฟล์ {expected} ในการตรวจคู่แผนกับผล",
                                   en: "The agency sent more than one {detail}; {expected} is the one paired with the other document."),
            fix: LocalizedText(th: "ส่งเฉพาะฉบับล่าสุด และลบฉบับเก่าหรือฉบับซ้ำออก", en: "Send only the latest version and remove the old or repeated one.")),
        .fiscalYearMismatch: FindingEntry(
            severity: .error,
            message: LocalizedText(th: "แผนมาตรการเป็นของปีงบประมาณ {value} แต่รายงานผลเป็นของปีงบประมาณ {expected}",
                                   en: "The plan is for fiscal year {value} but the results report is for fiscal year {expected}."),
            fix: LocalizedText(th: "ส่งแผนและรายงานผลของปีงบประมาณเดียวกัน หรือแก้ปีในหัวเอกสารให้ถูกต้อง",
                               en: "Send the plan and the results of the same fiscal year, or correct the year in the title.")),
        .agencyUndetermined: FindingEntry(
            severity: .warning,
            message: LocalizedText(th: "ไม่พบชื่อหน่วยงานในเอกสาร{detail}", en: "No agency name was found in the document{detail}."),
            fix: LocalizedText(th: "เขียนชื่อหน่วยงานในหัวเอกสาร เช่น «องค์การบริหารส่วนตำบล…  อำเภอ…  จังหวัด…»",
                               en: "Write the agency's name in the title, e.g. \"องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…\".")),
    ]
}
