import Testing
import ThaiText

/// Every form a responsible cell takes, with the exact units read: written text, canonical name, form.
@Suite struct UnitFormTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var cell: String
        /// `written = canonical (form)`, canonical "?" when unknown, form "-" when it has no unit shape.
        var units: [String]
        var testDescription: String { cell.debugDescription }
        init(_ cell: String, _ units: [String]) {
            self.cell = cell
            self.units = units
        }
    }

    static let cases: [Case] = [
        // Sections in parentheses belong to their unit; a list inside them is not split.
        .init("กองคลัง (งานพัสดุ)", ["กองคลัง (งานพัสดุ) = กองคลัง (division)"]),
        .init("กองคลัง (งานพัสดุ/งานการเงิน)", ["กองคลัง (งานพัสดุ/งานการเงิน) = กองคลัง (division)"]),
        .init("ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)", ["ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) = ศูนย์ปฏิบัติการต่อต้านการทุจริต (division)"]),
        // Abbreviations with ฯ and acronyms.
        .init("กองการศึกษาฯ", ["กองการศึกษาฯ = กองการศึกษา (division)"]),
        .init("กองสาธารณสุขฯ", ["กองสาธารณสุขฯ = กองสาธารณสุขและสิ่งแวดล้อม (division)"]),
        .init("สำนักปลัดฯ", ["สำนักปลัดฯ = สำนักปลัด (division)"]),
        .init("สป.", ["สป. = สำนักปลัด (division)"]),
        .init("ศปท.", ["ศปท. = ศูนย์ปฏิบัติการต่อต้านการทุจริต (division)"]),
        .init("กพร.", ["กพร. = กลุ่มพัฒนาระบบบริหาร (division)"]),
        // Lists: commas, "/", " และ ", line breaks, dashes; ทุกกอง/ฝ่าย is one entry.
        .init("กองคลัง, กองช่าง", ["กองคลัง = กองคลัง (division)", "กองช่าง = กองช่าง (division)"]),
        .init("กลุ่มอำนวยการ/กลุ่มนโยบายและแผน", ["กลุ่มอำนวยการ = กลุ่มอำนวยการ (division)", "กลุ่มนโยบายและแผน = กลุ่มนโยบายและแผน (division)"]),
        .init("กองคลัง และ กองช่าง", ["กองคลัง = กองคลัง (division)", "กองช่าง = กองช่าง (division)"]),
        .init("กลุ่มงานการพยาบาล\nกลุ่มงานทันตกรรม", ["กลุ่มงานการพยาบาล = กลุ่มงานการพยาบาล (division)", "กลุ่มงานทันตกรรม = กลุ่มงานทันตกรรม (division)"]),
        .init("-สำนักปลัด -กองคลัง", ["สำนักปลัด = สำนักปลัด (division)", "กองคลัง = กองคลัง (division)"]),
        .init("ทุกกอง/ฝ่าย", ["ทุกกอง/ฝ่าย = ทุกกอง (everyone)"]),
        .init("ทุกกลุ่มงาน", ["ทุกกลุ่มงาน = ทุกกอง (everyone)"]),
        // Positions as the responsible party.
        .init("นายกเทศมนตรี", ["นายกเทศมนตรี = นายกเทศมนตรี (position)"]),
        .init("ปลัดองค์การบริหารส่วนจังหวัด", ["ปลัดองค์การบริหารส่วนจังหวัด = ปลัด อบจ. (position)"]),
        .init("ผู้อำนวยการโรงเรียน", ["ผู้อำนวยการโรงเรียน = ผู้อำนวยการโรงเรียน (position)"]),
        .init("รองผู้อำนวยการกลุ่มบริหารงานบุคคล", ["รองผู้อำนวยการกลุ่มบริหารงานบุคคล = ? (position)"]),
        .init("ผู้อำนวยการกองคลัง", ["ผู้อำนวยการกองคลัง = กองคลัง (division)"]),
        .init("หัวหน้าสำนักงานจังหวัดชัยภูมิ", ["หัวหน้าสำนักงานจังหวัดชัยภูมิ = ? (position)"]),
        .init("นางสาวสุภาพร แก้วมณี", ["นางสาวสุภาพร แก้วมณี = ? (position)"]),
        // One unit of each kind of agency.
        .init("สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด", ["สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด = สำนักงานเลขานุการ อบจ. (division)"]),
        .init("กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด", ["กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด = กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด (division)"]),
        .init("กลุ่มส่งเสริมการจัดการศึกษา", ["กลุ่มส่งเสริมการจัดการศึกษา = กลุ่มส่งเสริมการจัดการศึกษา (division)"]),
        .init("กลุ่มบริหารงานงบประมาณ", ["กลุ่มบริหารงานงบประมาณ = กลุ่มบริหารงบประมาณ (division)"]),
        .init("กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค", ["กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค = กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค (division)"]),
        .init("กองพัฒนานักศึกษา", ["กองพัฒนานักศึกษา = กองพัฒนานักศึกษา (division)"]),
        .init("สำนักงานเลขานุการกรม", ["สำนักงานเลขานุการกรม = สำนักงานเลขานุการกรม (division)"]),
        // Not listed, but shaped like a unit: known by its form, never an alarm.
        .init("กลุ่มส่งเสริมและพัฒนาการผลิต", ["กลุ่มส่งเสริมและพัฒนาการผลิต = ? (division)"]),
        .init("งานแพทย์แผนไทย", ["งานแพทย์แผนไทย = ? (section)"]),
        .init("คณะกรรมการจัดซื้อจัดจ้าง", ["คณะกรรมการจัดซื้อจัดจ้าง = ? (section)"]),
        // Names no one.
        .init("ตามความเหมาะสม", ["ตามความเหมาะสม = ? (-)"]),
    ]

    static func describe(_ unit: ResponsibleUnit) -> String {
        let form = UnitForm.of(unit.written, canonical: unit.canonical).map { "\($0)" } ?? "-"
        return "\(unit.written) = \(unit.canonical ?? "?") (\(form))"
    }

    @Test(arguments: cases)
    func readsEachUnitWithItsNameAndForm(_ c: Case) {
        #expect(ResponsibleUnits.parse(c.cell).map(Self.describe) == c.units)
    }

    @Test(arguments: [
        ("เทศบาลตำบลโนนไทย", AgencyKind.municipality), ("องค์การบริหารส่วนตำบลหนองแวง", .subdistrictOrganisation),
        ("อบต.กุดจอก", .subdistrictOrganisation), ("องค์การบริหารส่วนจังหวัดลำปาง", .provincialOrganisation),
        ("สำนักงานจังหวัดชัยภูมิ", .provincialOffice), ("สำนักงานเกษตรจังหวัดสุรินทร์", .provincialOffice),
        ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2", .education), ("โรงเรียนบ้านโนนสะอาด", .education),
        ("โรงพยาบาลบัวใหญ่", .health), ("สำนักงานสาธารณสุขจังหวัดขอนแก่น", .health),
        ("มหาวิทยาลัยราชภัฏบุรีรัมย์", .university), ("กรมส่งเสริมการปกครองท้องถิ่น", .department),
    ])
    func agencyKindFromItsName(name: String, kind: AgencyKind) {
        #expect(AgencyKind.of(agencyName: name) == kind)
        // Each kind's vocabulary knows its own units.
        for unit in kind.units { #expect(UnitDictionary.vocabulary(of: kind).canonical(for: unit.canonical) == unit.canonical) }
    }
}
