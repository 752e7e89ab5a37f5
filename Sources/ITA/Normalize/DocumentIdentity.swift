import ThaiText

/// Who wrote the document and for which ITA year, from its title block and prose: the agency's full
/// name ("สำนักงานจังหวัดชัยภูมิ", not "สำนักงาน"), its district and province, and the ITA year its
/// item codes and wording belong to (O25/O26 "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" → 2569).
enum DocumentIdentity {
    static let agencyPrefixes = ["องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "อบต.", "อบจ.", "เทศบาล", "ทต.", "ทม.", "ทน.",
                                 "รพ.สต.", "รพ.", "โรงพยาบาล",
                                 "โรงเรียน", "สำนักงาน", "กรม", "กระทรวง", "มหาวิทยาลัย", "สถาบัน", "วิทยาลัย", "ศูนย์"]
    /// Where a name written on a title line ends: the district or province after a space, the year, a note.
    static let nameEnds = [" อำเภอ", " อ.", " จังหวัด", " จ.", " ประจำปี", "ประจำปีงบประมาณ", " ปีงบประมาณ", " ที่ ", " เรื่อง",
                           " เขตพื้นที่ ", " รอบ ", " ระหว่าง", " สังกัด"]
    /// How a document's title begins (the item code aside).
    static let titleWords = ["มาตรการ", "รายงานผล", "แผนมาตรการ", "แผนการขับเคลื่อน", "การนำผลการประเมิน", "ผลการดำเนินการ", "O4", "O2", "o4", "o2"]
    /// A parenthesis after the name that is a note about the data, not part of the name.
    static let notes = ["ข้อมูล", "ณ วันที่", "ณวันที่", "รอบ", "ปีงบ", "พ.ศ.", "ไตรมาส", "ต.ค.", "ฉบับ", "ปรับปรุง"]

    /// The agency from the title block: the first short line that starts with an agency's name, or
    /// names it after "ของ" ("มาตรการ… ของสำนักงานจังหวัดชัยภูมิ ประจำปี…"), and the district
    /// (อำเภอ, อ.) and province (จังหวัด, จ.) named near it.
    static func agency(in prose: [SourcedText]) -> (name: String?, district: String?, province: String?) {
        var name: String?, district: String?, province: String?
        for line in prose.prefix(40) {
            let text = Normalizer.oneLine(ThaiCleanup.forMatching(line.text))
            guard text.unicodeScalars.count <= 300 else { continue }
            if name == nil, let found = agencyName(in: text) { name = found }
            if district == nil { district = word(after: ["อำเภอ", " อ."], in: text) }
            if province == nil {
                province = text.containsNFC("กรุงเทพมหานคร") ? "กรุงเทพมหานคร" : word(after: ["จังหวัด", " จ."], in: text)
            }
            if name != nil, province != nil { break }
        }
        return (name, district, province)
    }

    static func agencyName(in text: String) -> String? {
        var start: String.Index?
        if agencyPrefixes.contains(where: { text.hasPrefix($0) }) {
            start = text.startIndex
        } else if let of = text.rangeNFC(of: "ของ"),
                  case let after = text[of.upperBound...].drop(while: { $0 == " " }),
                  agencyPrefixes.contains(where: { after.hasPrefix($0) }) {
            start = after.startIndex
        } else if titleWords.contains(where: { text.hasPrefix($0) }) {
            // A title that names the agency after a space: "รายงานผล… ภายในหน่วยงาน มหาวิทยาลัยราชภัฏมหาสารคาม ประจำปี…".
            start = agencyPrefixes.compactMap { text.rangeNFC(of: " " + $0)?.lowerBound }.min().map { text.index(after: $0) }
        }
        guard let start else { return nil }
        var name = text[start...]
        for end in nameEnds {
            if let r = name.rangeNFC(of: end), r.lowerBound > name.startIndex { name = name[..<r.lowerBound] }
        }
        if let open = name.rangeNFC(of: "("), open.lowerBound > name.startIndex {
            let inside = name[open.upperBound...]
            if notes.contains(where: { inside.hasPrefix($0) || inside.drop(while: { $0 == " " }).hasPrefix($0) }) { name = name[..<open.lowerBound] }
        }
        let result = name.trimmingCharacters(in: .whitespaces)
        // A sentence about the agency ("เทศบาลได้ดำเนินการ…") or a bare kind ("สำนักงาน") is no name.
        guard !agencyPrefixes.contains(result), result.unicodeScalars.count <= 90, !result.containsNFC("ได้"),
              !result.hasPrefix("สำนักงานปลัด") else { return nil }
        return result
    }

    /// The word after the first of `markers` (the marker at the start of the line or after a space
    /// when it begins with one), up to the next space.
    private static func word(after markers: [String], in text: String) -> String? {
        for marker in markers {
            let padded = marker.hasPrefix(" ") ? " " + text : text
            guard let r = padded.rangeNFC(of: marker) else { continue }
            let rest = padded[r.upperBound...].drop { $0 == " " }
            let word = rest.prefix { $0 != " " && $0 != "(" && $0 != "," }
            if !word.isEmpty, !word.hasPrefix("ประจำ") { return String(word) }
        }
        return nil
    }

    /// The ITA year the document is written for, strongest evidence first:
    /// 1. the 2569 items: O25/O26 or the wording "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร";
    /// 2. "ITA 2566", "ITA ประจำปีงบประมาณ พ.ศ. 2566" on a title-like line that does not quote a result;
    /// 3. O42/O43 → the fiscal year within 2563–2567, where those codes were used;
    /// 4. the fiscal year (the plan's and the report's ITA year up to 2568);
    /// 5. the year of the result analysed ("ผลการประเมิน ITA ปี 2565") plus one.
    static func itaYear(prose: [SourcedText], fiscalYear: Int?, hasPlan: Bool) -> Int? {
        var stated: [Int] = [], analysed: [Int] = []
        var newItems = false, oldItems = false
        for line in prose {
            let text = ThaiDigits.toArabic(ThaiCleanup.forMatching(line.text)).lowercased()
            guard text.unicodeScalars.count <= 600 else { continue }
            let key = ThaiCleanup.key(text)
            // A title-like line states the document's year; prose ("เพื่อให้การประเมิน … ITA ในปี ๒๕๖๓ …")
            // and the analysis speak of last year's assessment.
            let quotesResult = AnalysisWording.isAnalysis(text) || key.containsNFC("ผลการประเมิน")
            for year in yearsAfterITA(in: text) {
                if quotesResult { analysed.append(year) } else if text.unicodeScalars.count <= 160 { stated.append(year) }
            }
            if key.containsNFC("การนำผลการประเมินita") || itemCode(in: key, codes: ["o25", "o26"]) { newItems = true }
            if itemCode(in: key, codes: ["o42", "o43", "oit42", "oit43"]) { oldItems = true }
        }
        if newItems { return 2569 }
        if let year = stated.max() { return year }
        if oldItems, let fiscalYear { return min(max(fiscalYear, 2563), 2567) }
        return fiscalYear ?? analysed.max().map { $0 + 1 }
    }

    /// "o25", "o 25", "oit25" as an item code: not followed by another digit.
    static func itemCode(in key: String, codes: [String]) -> Bool {
        codes.contains { code in
            var search = key[...]
            while let r = search.rangeNFC(of: code) {
                if r.lowerBound == key.startIndex || !(key[key.index(before: r.lowerBound)].isLetter && key[key.index(before: r.lowerBound)].isASCII) {
                    if r.upperBound == key.endIndex || !key[r.upperBound].isNumber { return true }
                }
                search = key[r.upperBound...]
            }
            return false
        }
    }

    /// Four-digit Buddhist-era years within a few words after "ita" ("ita 2566", "ita ประจำปีงบประมาณ พ.ศ. 2566").
    static func yearsAfterITA(in text: String) -> [Int] {
        var years: [Int] = []
        var search = text[...]
        while let r = search.rangeNFC(of: "ita") {
            // "ita" as a word, not inside "digital".
            if r.lowerBound > text.startIndex, text[text.index(before: r.lowerBound)].isASCII,
               text[text.index(before: r.lowerBound)].isLetter {
                search = text[r.upperBound...]
                continue
            }
            let window = text[r.upperBound...].prefix(40)
            var digits = ""
            for c in window {
                if c.isASCII && c.isNumber { digits.append(c); if digits.count == 4 { break } } else if !digits.isEmpty { digits = "" }
            }
            if digits.count == 4, let year = Int(digits), (2560...2580).contains(year) { years.append(year) }
            search = text[r.upperBound...]
        }
        return years
    }
}
