extension ValidationReport {
    /// How several files were grouped into submissions: each submission's verdict, then each file
    /// with what it holds and why it went there. Nothing for a single file.
    func groupingText(language: Language) -> String {
        guard outcomes.count > 1, !submissions.isEmpty else { return "" }
        let th = language == .th
        var out = th ? "การจัดกลุ่มเป็นชุดเอกสารของหน่วยงาน:\n" : "Submissions (agency and fiscal year):\n"
        for submission in submissions {
            let agency = submission.agency ?? (th ? "ไม่ทราบหน่วยงาน" : "unknown agency")
            let year = submission.fiscalYear.map { th ? " · ปีงบประมาณ \($0)" : " · fiscal year \($0)" } ?? ""
            let place = [submission.district.map { (th ? "อำเภอ" : "district ") + $0 }, submission.province.map { (th ? "จังหวัด" : "province ") + $0 }]
                .compactMap { $0 }.joined(separator: " ")
            out += "  \(agency)\(place.isEmpty ? "" : " " + place)\(year) — \(submission.verdict.label.text(language))\n"
            for file in submission.files {
                out += "    \(file.path) [\(file.holds.label.text(language))]: \(file.placement.text(language))\n"
            }
        }
        return out
    }
}
