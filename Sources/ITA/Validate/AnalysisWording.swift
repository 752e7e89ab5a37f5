import ThaiText

/// How agencies word the analysis of last year's ITA result: the criteria's own words
/// (ข้อบกพร่อง, จุดอ่อน, ประเด็นที่ต้องพัฒนา), the score and level they quote ("ผลการประเมิน ITA
/// ปี 2565 ได้คะแนน 87.52 ระดับ A"), or a row of a score table ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 78.50").
/// Words are compared as cleanup keys (no spaces, Arabic digits), so words broken by a line break match;
/// keys are NFC, so `containsNFC` answers as Foundation's `contains` does, cheaply.
enum AnalysisWording {
    static let words = ["ข้อบกพร่อง", "จุดอ่อน", "พัฒนาให้ดีขึ้น", "ประเด็นที่ต้องพัฒนา", "ประเด็นที่ควรพัฒนา", "ประเด็นที่ต้องแก้ไข",
                        "ประเด็นที่ควรปรับปรุง", "ควรปรับปรุง", "วิเคราะห์ผล", "ผลการวิเคราะห์", "การวิเคราะห์", "จุดแข็ง"]
        .map { ThaiCleanup.key($0) }
    static let assessment = ["ผลการประเมิน", "ผลคะแนน", "คะแนนการประเมิน", "ผลการประเมินita", "คะแนนita"].map { ThaiCleanup.key($0) }
    static let scoreWords = ["คะแนน", "ระดับ", "ita", "iit", "eit", "oit", "ร้อยละ"].map { ThaiCleanup.key($0) }

    /// Words of a form's instruction ("… (พิมพ์ในช่องสีเหลืองด้านล่าง)"): a label that asks for the analysis is none.
    static let instructions = ["พิมพ์ใน", "กรอกใน", "กรอกข้อมูล", "ระบุใน"].map { ThaiCleanup.key($0) }
    static let indicatorWords = [ThaiCleanup.key("ตัวชี้วัด"), "iit", "eit", "oit"]

    static func isAnalysis(_ text: String) -> Bool {
        let key = ThaiCleanup.key(text)
        if instructions.contains(where: key.containsNFC) { return false }
        if words.contains(where: key.containsNFC) { return true }
        // The assessment's result quoted with its score or level.
        if assessment.contains(where: key.containsNFC), scoreWords.contains(where: key.containsNFC) || hasScore(ThaiDigits.toArabic(text)) {
            return true
        }
        // A row of a score table: an indicator (ตัวชี้วัด, IIT/EIT/OIT) and a score with decimals.
        let indicator = indicatorWords.contains(where: key.containsNFC)
        return indicator && hasScore(ThaiDigits.toArabic(text))
    }

    /// A number with two decimals (87.52): how ITA scores are printed.
    static func hasScore(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4 else { return false }
        for i in 1..<(scalars.count - 2) where scalars[i] == "." {
            let isDigit = { (s: Unicode.Scalar) in ("0"..."9").contains(s) }
            if isDigit(scalars[i - 1]), isDigit(scalars[i + 1]), isDigit(scalars[i + 2]) { return true }
        }
        return false
    }
}
