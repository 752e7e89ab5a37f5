import Testing
import ThaiText

struct SplitCase: CustomTestStringConvertible, Sendable {
    var cell: String
    var expected: [String]

    init(_ cell: String, _ expected: [String]) {
        self.cell = cell
        self.expected = expected
    }

    var testDescription: String { cell.debugDescription }
}

struct UnitCase: CustomTestStringConvertible, Sendable {
    var written: String
    var canonical: String?

    init(_ written: String, _ canonical: String?) {
        self.written = written
        self.canonical = canonical
    }

    var testDescription: String { written.debugDescription }
}

@Suite struct UnitTests {
    static let splits: [SplitCase] = [
        .init(
            "-สำนักปลัด -กองคลัง -กองช่าง -กองการศึกษา -กองสวัสดิการฯ",
            ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการฯ"]),
        .init("- สำนักปลัด\n- กองคลัง", ["สำนักปลัด", "กองคลัง"]),
        .init("สำนักปลัด\nกองคลัง", ["สำนักปลัด", "กองคลัง"]),
        .init("สำนักปลัด\r\nกองคลัง\r\n", ["สำนักปลัด", "กองคลัง"]),
        .init("กองคลัง, กองช่าง", ["กองคลัง", "กองช่าง"]),
        .init("กองคลัง และ กองช่าง", ["กองคลัง", "กองช่าง"]),
        .init("กองคลัง\u{00A0}และ\u{00A0}กองช่าง", ["กองคลัง", "กองช่าง"]),
        .init("กองสาธารณสุขและสิ่งแวดล้อม", ["กองสาธารณสุขและสิ่งแวดล้อม"]),
        .init("กองการศึกษา ศาสนาและวัฒนธรรม", ["กองการศึกษา ศาสนาและวัฒนธรรม"]),
        .init("• สำนักปลัด • กองคลัง", ["สำนักปลัด", "กองคลัง"]),
        .init("สำนักปลัด/กองคลัง", ["สำนักปลัด", "กองคลัง"]),
        .init("1. กองคลัง 2. กองช่าง", ["กองคลัง", "กองช่าง"]),
        .init("(๑) กองคลัง (๒) กองช่าง", ["กองคลัง", "กองช่าง"]),
        .init("ปลัด อบต.", ["ปลัด อบต."]),
        .init("กองคลัง", ["กองคลัง"]),
        .init("", []),
        .init("-", []),
        .init(" - , / ", []),
    ]

    static let canonical: [UnitCase] = [
        .init("กองสวัสดิการฯ", "กองสวัสดิการสังคม"),
        .init("กองสวัสดิการสังคม", "กองสวัสดิการสังคม"),
        .init("กองสวัสดิการสัมคม", "กองสวัสดิการสังคม"),
        .init("สำนักปลัด", "สำนักปลัด"),
        .init("สำนักงานปลัด", "สำนักปลัด"),
        .init("สป.", "สำนักปลัด"),
        .init("สำนักปลัดเทศบาล", "สำนักปลัด"),
        .init("สำนักปลัด อบต.", "สำนักปลัด"),
        .init("สำนักปลัดฯ", "สำนักปลัด"),
        .init("กองคลัง", "กองคลัง"),
        .init("กองช่าง", "กองช่าง"),
        .init("กองการศึกษา", "กองการศึกษา"),
        .init("กองการศึกษาฯ", "กองการศึกษา"),
        .init("กองการศึกษา ศาสนาและวัฒนธรรม", "กองการศึกษา"),
        .init("กองสาธารณสุขและสิ่งแวดล้อม", "กองสาธารณสุขและสิ่งแวดล้อม"),
        .init("กองสาธารณสุขฯ", "กองสาธารณสุขและสิ่งแวดล้อม"),
        .init("กองส่งเสริมการเกษตร", "กองส่งเสริมการเกษตร"),
        .init("กองยุทธศาสตร์และงบประมาณ", "กองยุทธศาสตร์และงบประมาณ"),
        .init("กองการประปา", "กองการประปา"),
        .init("กองการเจ้าหน้าที่", "กองการเจ้าหน้าที่"),
        .init("หน่วยตรวจสอบภายใน", "หน่วยตรวจสอบภายใน"),
        .init("งานนโยบายและแผน", "งานนโยบายและแผน"),
        .init("งานพัสดุ", "งานพัสดุ"),
        .init("งานประชาสัมพันธ์", "งานประชาสัมพันธ์"),
        .init("งานนิติการ", "งานนิติการ"),
        .init("ทุกกอง", "ทุกกอง"),
        .init("ทุกส่วนราชการ", "ทุกกอง"),
        .init("ทุกหน่วยงาน", "ทุกกอง"),
        .init("ปลัด อบต.", "ปลัด อบต."),
        .init("ปลัดองค์การบริหารส่วนตำบล", "ปลัด อบต."),
        .init("นายก อบต.", "นายก อบต."),
        .init("ผู้อำนวยการกองคลัง", "กองคลัง"),
        .init("ผอ.กองช่าง", "กองช่าง"),
        .init("หัวหน้าสำนักปลัด", "สำนักปลัด"),
        .init("กองคลัง อบต.กุดจอก", "กองคลัง"),
        .init("กองช่าง เทศบาลตำบลบัวใหญ่", "กองช่าง"),
        .init("กลุ่มงานบริหารทั่วไป", "กลุ่มงานบริหารทั่วไป"),
        .init("คณะกรรมการ ita", "คณะกรรมการ ITA"),
        .init("ชมรมจริยธรรม", "ชมรมจริยธรรม"),
        .init("ฝ่ายบริหารทั่วไป", "ฝ่ายบริหารทั่วไป"),
        .init("กลุ่มบริหารงานบุคคล", "กลุ่มบริหารงานบุคคล"),
        .init("กองสฯ", nil),  // ambiguous truncation
        .init("ฯ", nil),
        .init("ฝ่ายไอที", nil),
        .init("กองคลังจังหวัด", nil),
        .init("", nil),
    ]

    @Test(arguments: splits) func split(_ c: SplitCase) {
        #expect(ResponsibleUnits.split(c.cell) == c.expected)
    }

    @Test(arguments: canonical) func canonicalName(_ c: UnitCase) {
        #expect(UnitDictionary.standard.canonical(for: c.written) == c.canonical)
    }

    @Test func seedUnitCells() {
        let units = ResponsibleUnits.parse(Seed.results[5][2])
        #expect(units.count == 5)
        #expect(units.map(\.canonical) == ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม"])
        #expect(units.last == ResponsibleUnit(written: "กองสวัสดิการฯ", canonical: "กองสวัสดิการสังคม"))
        for row in Seed.plan + Seed.results {
            #expect(ResponsibleUnits.parse(row[2]).allSatisfy { $0.canonical != nil }, "\(row[2])")
        }
    }

    @Test func customDictionary() {
        var dictionary = UnitDictionary(entries: [.init(canonical: "กลุ่มงานเภสัชกรรม", aliases: ["งานเภสัช"])])
        #expect(dictionary.canonical(for: "งานเภสัช") == "กลุ่มงานเภสัชกรรม")
        #expect(dictionary.canonical(for: "กองคลัง") == nil)
        dictionary.entries.append(.init(canonical: "กองคลัง", aliases: []))
        #expect(dictionary.canonical(for: "กองคลัง") == "กองคลัง")
        #expect(ResponsibleUnits.parse("งานเภสัช, กองช่าง", dictionary: dictionary).map(\.canonical) == ["กลุ่มงานเภสัชกรรม", nil])
    }
}
