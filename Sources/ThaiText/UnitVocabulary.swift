/// The kinds of agency that publish ITA measures, each with its own unit names.
public enum AgencyKind: String, Sendable, CaseIterable {
    /// เทศบาล (ตำบล, เมือง, นคร).
    case municipality
    /// องค์การบริหารส่วนตำบล (อบต.).
    case subdistrictOrganisation
    /// องค์การบริหารส่วนจังหวัด (อบจ.).
    case provincialOrganisation
    /// A provincial office (สำนักงานจังหวัด and the other สำนักงาน of a province).
    case provincialOffice
    /// Educational service areas (สพป., สพม.), schools and colleges.
    case education
    /// Hospitals and public-health offices (สสจ., สสอ.).
    case health
    /// Universities and institutes of technology.
    case university
    /// A department (กรม), a ministry's office or an institute.
    case department

    /// The kind an agency's full name says ("เทศบาลตำบลหนองบัว" → municipality), nil when it says none.
    public static func of(agencyName name: String) -> AgencyKind? {
        let t = ThaiCleanup.key(name)
        func starts(_ words: String...) -> Bool { words.contains { t.hasPrefix(ThaiCleanup.key($0)) } }
        if starts("เทศบาล", "ทต.", "ทม.", "ทน.") { return .municipality }
        if starts("องค์การบริหารส่วนตำบล", "อบต.") { return .subdistrictOrganisation }
        if starts("องค์การบริหารส่วนจังหวัด", "อบจ.") { return .provincialOrganisation }
        if starts("โรงพยาบาล", "รพ.", "สำนักงานสาธารณสุข", "สสจ.", "สสอ.") { return .health }
        if starts("สำนักงานเขตพื้นที่การศึกษา", "สพป.", "สพม.", "โรงเรียน", "วิทยาลัย", "สำนักงานการศึกษา") { return .education }
        if starts("มหาวิทยาลัย", "สถาบันเทคโนโลยี") { return .university }
        if starts("สำนักงานจังหวัด", "สำนักงาน") { return .provincialOffice }
        if starts("กรม", "กระทรวง", "สำนักงานปลัดกระทรวง", "สถาบัน") { return .department }
        return nil
    }

    /// The units this kind of agency usually has (canonical name first, then written variants).
    public var units: [UnitDictionary.Entry] {
        typealias E = UnitDictionary.Entry
        switch self {
        case .subdistrictOrganisation, .municipality, .provincialOrganisation:
            return [
                E(canonical: "สำนักปลัด", aliases: ["สำนักงานปลัด", "สป.", "สำนักปลัดเทศบาล", "สำนักปลัด อบต.", "สำนักงานปลัด อบต.",
                                                    "สำนักงานปลัดเทศบาล", "สำนักปลัดองค์การบริหารส่วนตำบล", "สำนักปลัดองค์การบริหารส่วนจังหวัด",
                                                    "สำนักปลัด อบจ.", "สำนักงานปลัดองค์การบริหารส่วนตำบล"]),
                E(canonical: "สำนักงานเลขานุการ อบจ.", aliases: ["สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด", "สำนักเลขานุการ"]),
                E(canonical: "กองคลัง", aliases: ["กองการคลัง", "ส่วนการคลัง"]),
                E(canonical: "กองช่าง", aliases: ["ส่วนโยธา", "กองโยธา"]),
                E(canonical: "กองการศึกษา", aliases: ["กองการศึกษา ศาสนาและวัฒนธรรม", "กองการศึกษาศาสนาและวัฒนธรรม", "ส่วนการศึกษา"]),
                E(canonical: "กองสวัสดิการสังคม", aliases: ["กองสวัสดิการสัมคม", "ส่วนสวัสดิการสังคม"]),
                E(canonical: "กองสาธารณสุขและสิ่งแวดล้อม", aliases: ["กองสาธารณสุข", "ส่วนสาธารณสุข"]),
                E(canonical: "กองส่งเสริมการเกษตร", aliases: ["ส่วนส่งเสริมการเกษตร"]),
                E(canonical: "กองยุทธศาสตร์และงบประมาณ", aliases: ["กองแผนและงบประมาณ"]),
                E(canonical: "กองการประปา"),
                E(canonical: "กองการเจ้าหน้าที่"),
                E(canonical: "กองพัสดุและทรัพย์สิน"),
                E(canonical: "กองส่งเสริมคุณภาพชีวิต"),
                E(canonical: "กองวิชาการและแผนงาน"),
                E(canonical: "หน่วยตรวจสอบภายใน", aliases: ["งานตรวจสอบภายใน"]),
                E(canonical: "งานบริหารทั่วไป"),
                E(canonical: "งานนโยบายและแผน"),
                E(canonical: "งานการเจ้าหน้าที่", aliases: ["งานบริหารงานบุคคล"]),
                E(canonical: "งานพัสดุ", aliases: ["งานพัสดุและทรัพย์สิน"]),
                E(canonical: "งานการเงินและบัญชี"),
                E(canonical: "งานจัดเก็บรายได้", aliases: ["งานพัฒนาและจัดเก็บรายได้"]),
                E(canonical: "งานประชาสัมพันธ์"),
                E(canonical: "งานนิติการ", aliases: ["งานกฎหมายและคดี"]),
                E(canonical: "งานป้องกันและบรรเทาสาธารณภัย"),
                E(canonical: "ปลัด อบต.", aliases: ["ปลัดองค์การบริหารส่วนตำบล", "ปลัดอบต."]),
                E(canonical: "นายก อบต.", aliases: ["นายกองค์การบริหารส่วนตำบล", "นายกอบต."]),
                E(canonical: "ปลัด อบจ.", aliases: ["ปลัดองค์การบริหารส่วนจังหวัด"]),
                E(canonical: "นายก อบจ.", aliases: ["นายกองค์การบริหารส่วนจังหวัด"]),
                E(canonical: "ปลัดเทศบาล"),
                E(canonical: "นายกเทศมนตรี"),
            ]
        case .provincialOffice:
            return [
                E(canonical: "กลุ่มงานบริหารทั่วไป"),
                E(canonical: "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด", aliases: ["กลุ่มงานยุทธศาสตร์ฯ", "กยข."]),
                E(canonical: "กลุ่มงานอำนวยการ"),
                E(canonical: "กลุ่มงานข้อมูลสารสนเทศและการสื่อสาร"),
                E(canonical: "กลุ่มงานวิชาการและแผนงาน"),
                E(canonical: "กลุ่มงานบริหารทรัพยากรบุคคล"),
                E(canonical: "ศูนย์ดำรงธรรมจังหวัด", aliases: ["ศูนย์ดำรงธรรม"]),
                E(canonical: "กลุ่มงานการเงินและบัญชี"),
                E(canonical: "กลุ่มงานพัสดุ"),
                E(canonical: "ผู้ว่าราชการจังหวัด"),
                E(canonical: "หัวหน้าสำนักงานจังหวัด"),
            ]
        case .education:
            return [
                E(canonical: "กลุ่มอำนวยการ"),
                E(canonical: "กลุ่มบริหารงานบุคคล"),
                E(canonical: "กลุ่มนโยบายและแผน"),
                E(canonical: "กลุ่มส่งเสริมการจัดการศึกษา"),
                E(canonical: "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", aliases: ["กลุ่มนิเทศฯ", "กลุ่มนิเทศติดตามและประเมินผล"]),
                E(canonical: "กลุ่มบริหารงานการเงินและสินทรัพย์", aliases: ["กลุ่มบริหารการเงินและสินทรัพย์"]),
                E(canonical: "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา"),
                E(canonical: "กลุ่มกฎหมายและคดี"),
                E(canonical: "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", aliases: ["กลุ่มส่งเสริมการศึกษาทางไกลฯ"]),
                E(canonical: "กลุ่มบริหารวิชาการ", aliases: ["กลุ่มบริหารงานวิชาการ"]),
                E(canonical: "กลุ่มบริหารงบประมาณ", aliases: ["กลุ่มบริหารงานงบประมาณ"]),
                E(canonical: "กลุ่มบริหารงานทั่วไป", aliases: ["กลุ่มบริหารทั่วไป"]),
                E(canonical: "คณะกรรมการสถานศึกษาขั้นพื้นฐาน"),
                E(canonical: "ผู้อำนวยการโรงเรียน"),
                E(canonical: "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"),
            ]
        case .health:
            return [
                E(canonical: "กลุ่มงานบริหารทั่วไป"),
                E(canonical: "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข"),
                E(canonical: "กลุ่มงานนิติการ"),
                E(canonical: "กลุ่มงานทรัพยากรบุคคล"),
                E(canonical: "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข"),
                E(canonical: "กลุ่มงานควบคุมโรคติดต่อ"),
                E(canonical: "กลุ่มงานการพยาบาล"),
                E(canonical: "กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค"),
                E(canonical: "กลุ่มงานเทคนิคการแพทย์"),
                E(canonical: "กลุ่มงานทันตกรรม"),
                E(canonical: "กลุ่มงานบริการด้านปฐมภูมิและองค์รวม"),
                E(canonical: "กลุ่มงานประกันสุขภาพ ยุทธศาสตร์และสารสนเทศทางการแพทย์", aliases: ["กลุ่มงานประกันสุขภาพฯ"]),
                E(canonical: "งานการเงิน"),
                E(canonical: "คณะกรรมการ ITA", aliases: ["คณะทำงาน ITA"]),
                E(canonical: "ชมรมจริยธรรม"),
                E(canonical: "ผู้อำนวยการโรงพยาบาล"),
                E(canonical: "นายแพทย์สาธารณสุขจังหวัด"),
                E(canonical: "สาธารณสุขอำเภอ"),
            ]
        case .university:
            return [
                E(canonical: "สำนักงานอธิการบดี"),
                E(canonical: "กองกลาง"),
                E(canonical: "กองนโยบายและแผน"),
                E(canonical: "กองบริหารงานบุคคล"),
                E(canonical: "กองพัฒนานักศึกษา"),
                E(canonical: "สำนักวิทยบริการและเทคโนโลยีสารสนเทศ"),
                E(canonical: "สำนักส่งเสริมวิชาการและงานทะเบียน"),
                E(canonical: "สถาบันวิจัยและพัฒนา"),
                E(canonical: "อธิการบดี"),
            ]
        case .department:
            return [
                E(canonical: "สำนักงานเลขานุการกรม", aliases: ["สลก."]),
                E(canonical: "กองแผนงาน"),
                E(canonical: "กองกฎหมาย"),
                E(canonical: "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", aliases: ["ศทส."]),
                E(canonical: "ศูนย์ปฏิบัติการต่อต้านการทุจริต", aliases: ["ศปท."]),
                E(canonical: "กลุ่มพัฒนาระบบบริหาร", aliases: ["กพร."]),
                E(canonical: "กลุ่มตรวจสอบภายใน", aliases: ["ตสน."]),
                E(canonical: "กองการเจ้าหน้าที่", aliases: ["กจ."]),
                E(canonical: "กองคลัง"),
                E(canonical: "อธิบดี"),
            ]
        }
    }
}

extension UnitDictionary {
    /// The units of one kind of agency plus the words every agency uses (everyone, committees).
    public static func vocabulary(of kind: AgencyKind) -> UnitDictionary {
        UnitDictionary(entries: merged(kind.units + shared))
    }

    /// Words every kind of agency writes as responsible.
    static let shared: [Entry] = [
        Entry(canonical: "ทุกกอง", aliases: ["ทุกส่วนราชการ", "ทุกหน่วยงาน", "ทุกกอง/ฝ่าย", "ทุกส่วน", "ทุกฝ่าย", "ทุกกลุ่มงาน",
                                             "ทุกกลุ่ม", "ทุกกอง/สำนัก", "ทุกสำนัก/กอง", "ทุกกลุ่มงาน/ฝ่าย", "ทุกหน่วยงานในสังกัด"]),
        Entry(canonical: "คณะกรรมการ ITA", aliases: ["คณะทำงาน ITA"]),
        Entry(canonical: "ฝ่ายบริหารทั่วไป"),
    ]

    /// Entries with the same canonical name become one, their aliases joined (the first spelling wins).
    static func merged(_ entries: [Entry]) -> [Entry] {
        var out: [Entry] = []
        var at: [String: Int] = [:]
        for e in entries {
            if let i = at[e.canonical] {
                for alias in e.aliases where !out[i].aliases.contains(alias) { out[i].aliases.append(alias) }
            } else {
                at[e.canonical] = out.count
                out.append(e)
            }
        }
        return out
    }
}
