/// Rows at the foot of a table that are not measures: totals and summaries ("รวม 10 มาตรการ",
/// "สรุปผล: ดำเนินการแล้ว 8 มาตรการ", "ร้อยละ 80") and the signature block ("ลงชื่อ………ผู้รายงาน",
/// "(นายสมชาย ใจดี)", "ตำแหน่ง ปลัดเทศบาล"). Read from the row's first written cell.
enum ClosingRow {
    case summary, signature

    /// Words that open a totals row only when nothing but a number, a colon or a space follows
    /// ("รวม 5", "สรุป:"): "รวมพลังต่อต้านการทุจริต" is a measure.
    static let bareSummaryWords = ["รวม", "สรุป", "ทั้งหมด"]
    static let summaryPrefixes = ["รวมทั้งสิ้น", "รวมทั้งหมด", "รวมจำนวน", "สรุปผล", "ร้อยละ", "คิดเป็นร้อยละ", "จำนวนมาตรการ",
                                  "จำนวนมาตรการทั้งหมด", "total"]
    static let signaturePrefixes = ["ลงชื่อ", "(ลงชื่อ)", "ลงนาม", "ผู้รายงาน", "ผู้จัดทำ", "ผู้ตรวจสอบ", "ผู้เห็นชอบ", "ผู้อนุมัติ",
                                    "ผู้รับรอง", "ผู้ให้ข้อมูล", "ผู้เสนอ", "ตำแหน่ง", "ทราบ", "เห็นชอบ", "อนุมัติ"] + signingDatePhrases
    /// Phrases that introduce the date a document was signed or announced; the normalizer reads
    /// the report's date after them (`Normalizer.signingMarkers`).
    static let signingDatePhrases = ["ประกาศ ณ วันที่", "ให้ไว้ ณ วันที่", "รายงาน ณ วันที่", "ข้อมูล ณ วันที่"]
    static let personTitles = ["นาย", "นาง", "ดร.", "ว่าที่", "ผศ.", "รศ.", "ศ.", "พ.ต.", "พ.ต.ท.", "พ.ต.อ.", "ร.ต.", "จ.ส.อ."]

    /// The kind of a row from its written cells. A totals row has numbers beside its label, at most
    /// one more text ("ดำเนินการแล้ว 8 มาตรการ"), none after a label that may also open a measure's
    /// title ("สรุปผลการจัดซื้อจัดจ้างรายเดือน" with its steps and unit is a measure).
    static func kind(ofRow texts: [String]) -> ClosingRow? {
        guard let first = texts.first, let kind = kind(of: first) else { return nil }
        guard kind == .summary else { return kind }
        let otherTexts = texts.dropFirst().filter { $0.contains { $0.isLetter } }.count
        let ambiguous = ["สรุปผล", "ร้อยละ"].contains { first.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
        return otherTexts <= (ambiguous ? 0 : 1) ? .summary : nil
    }

    /// The first letters of the words above (an ASCII letter in either case): a row that starts with
    /// none of them (a measure's number or title, nearly every row) is ruled out without comparing
    /// characters. Exact: no other character is canonically equivalent to one of these letters or
    /// lowercases to one.
    static let openingScalars: Set<Unicode.Scalar> = {
        let firsts = (signaturePrefixes + summaryPrefixes + bareSummaryWords + ["("]).compactMap(\.unicodeScalars.first)
        return Set(firsts + firsts.filter { ("a"..."z").contains($0) }.compactMap { Unicode.Scalar($0.value - 32) })
    }()

    static func kind(of text: String) -> ClosingRow? {
        let t = text.trimmingWhitespaceAndNewlines()
        guard let opening = t.unicodeScalars.first, openingScalars.contains(opening), t.unicodeScalars.count <= 200 else { return nil }
        let lower = t.lowercased()
        if signaturePrefixes.contains(where: { lower.hasPrefix($0) }) { return .signature }
        if t.hasPrefix("("), t.hasSuffix(")") {
            let inner = t.dropFirst().drop { $0 == " " }
            if personTitles.contains(where: { inner.hasPrefix($0) }) { return .signature }
        }
        if summaryPrefixes.contains(where: { lower.hasPrefix($0) }) { return .summary }
        for word in bareSummaryWords where t.hasPrefix(word) {
            let rest = t.dropFirst(word.count)
            guard let next = rest.first else { return .summary }
            if next == " " || next == ":" || next.isNumber { return .summary }
        }
        return nil
    }
}
