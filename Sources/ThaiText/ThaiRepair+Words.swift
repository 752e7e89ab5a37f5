extension ThaiRepair {
    /// Words of ITA documents that carry a mark above or below, or SARA AM: the repairs that need
    /// to know a word use only these, and only where the damaged form is no word itself.
    static let knownWords: [String] = [
        "หน่วยงาน", "ดำเนินการ", "ดำเนินงาน", "ดำเนิน", "ขั้นตอน", "ตัวชี้วัด", "ดีขึ้น", "ขึ้น", "ชี้แจง", "ดังนี้",
        "ทั้งนี้", "พร้อมทั้ง", "อื่นใด", "อื่นๆ", "เบื้องต้น", "ประจำปี", "ประจำเดือน", "ประจำ", "จำนวน", "สำนักปลัด",
        "สำนักงาน", "สำนัก", "กำหนด", "กำกับ", "สำคัญ", "สำเร็จ", "ตำบล", "อำเภอ", "จัดทำ", "คำนำ", "คำสั่ง",
        "การทำงาน", "ผู้รับผิดชอบ", "ผู้บริหาร", "ผู้ปฏิบัติงาน", "เจ้าหน้าที่", "ที่ประชุม", "ข้อมูล", "ข้อเสนอแนะ",
        "ปีงบประมาณ", "งบประมาณ", "เพื่อ", "เรื่อง", "เนื่องจาก", "ปัญหา", "ปัจจุบัน", "เป็น", "ป้องกัน", "เปิดเผย",
        "ประชาสัมพันธ์", "ความรู้", "ร้องเรียน", "ผลประโยชน์ทับซ้อน", "ทับซ้อน", "ทรัพย์สิน", "คุณธรรม", "ความโปร่งใส",
        "ใช้", "ได้", "ให้", "ต้อง", "ต่อ", "แล้ว", "ที่", "นี้", "นั้น", "เว็บไซต์", "สื่อ", "มีนาคม", "กุมภาพันธ์",
        "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "กันยายน", "พฤศจิกายน", "ธันวาคม", "เมษายน", "มกราคม", "ตุลาคม", "สิงหาคม",
    ]

    static let knownWordScalars: [[Unicode.Scalar]] = knownWords.map { Array($0.unicodeScalars) }

    /// Damaged form → word: the word with one mark left out, or with SARA AM written as SARA AA,
    /// kept only when at least four characters long and not a known word itself.
    static let damagedForms: [[Character]: String] = {
        let known = Set(knownWords)
        var forms: [[Character]: String] = [:]
        for word in knownWords {
            let scalars = Array(word.unicodeScalars)
            var variants: [[Unicode.Scalar]] = []
            for (i, s) in scalars.enumerated() {
                if isMark(s) { variants.append(Array(scalars[..<i] + scalars[(i + 1)...])) }
                if s.value == 0x0E33 { var v = scalars; v[i] = "\u{0E32}"; variants.append(v) }
                // The marks of a letter stored after the next letter (`ขึ้น` read as `ขนึ้`).
                if isConsonant(s), i + 1 < scalars.count, isMark(scalars[i + 1]) {
                    var end = i + 1
                    while end < scalars.count, isMark(scalars[end]) { end += 1 }
                    if end < scalars.count, isConsonant(scalars[end]) {
                        variants.append(Array(scalars[...i]) + [scalars[end]] + Array(scalars[(i + 1)..<end]) + Array(scalars[(end + 1)...]))
                    }
                }
            }
            for variant in variants where variant.count >= 4 {
                let text = String(String.UnicodeScalarView(variant))
                if !known.contains(text), forms[Array(text)] == nil { forms[Array(text)] = word }
            }
        }
        return forms
    }()

    /// `ดาเนินการ` → `ดำเนินการ`, `ขันตอน` → `ขั้นตอน`: a known word whose mark or SARA AM the font
    /// dropped. Matched on whole characters (letter with its marks), so `ดังนี้` is never taken for
    /// a damaged `ดังนี`.
    static func restoringDroppedMarks(_ text: String) -> String {
        var characters = Array(text)
        let lengths = Set(damagedForms.keys.map(\.count)).sorted(by: >)
        var i = 0
        var changed = false
        outer: while i < characters.count {
            for length in lengths where i + length <= characters.count {
                if let word = damagedForms[Array(characters[i..<(i + length)])] {
                    characters.replaceSubrange(i..<(i + length), with: Array(word))
                    i += word.count
                    changed = true
                    continue outer
                }
            }
            i += 1
        }
        return changed ? String(characters) : text
    }

    /// `หน่ วยงาน` → `หน่วยงาน`, `ดำเนิ นการ` → `ดำเนินการ`: a space right after a mark, inside a
    /// known word, was put there by the text layer.
    static func joiningSplitWords(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(" ") else { return scalars }
        var scalars = scalars
        var i = 1
        while i < scalars.count - 1 {
            guard scalars[i] == " ", isMark(scalars[i - 1]), isConsonant(scalars[i + 1]) || (0x0E40...0x0E44).contains(scalars[i + 1].value) else {
                i += 1
                continue
            }
            var start = i
            while start > 0, (0x0E01...0x0E4E).contains(scalars[start - 1].value) { start -= 1 }
            var end = i + 1
            while end < scalars.count, (0x0E01...0x0E4E).contains(scalars[end].value) { end += 1 }
            // Compared in Unicode's order: `ขัน้ ตอน` is `ขั้นตอน` split.
            let joined = orderingMarks(Array(scalars[start..<i] + scalars[(i + 1)..<end]))
            let junction = i - start
            let spans = knownWordScalars.contains { word in
                guard word.count <= joined.count else { return false }
                for lower in 0...(joined.count - word.count) where lower < junction && junction < lower + word.count {
                    if joined[lower..<(lower + word.count)].elementsEqual(word) { return true }
                }
                return false
            }
            if spans { scalars.remove(at: i) } else { i += 1 }
        }
        return scalars
    }
}
