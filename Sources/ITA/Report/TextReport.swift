import Sheets

extension Severity {
    /// The severity's word in Thai and English, as the text report and the workbooks show it.
    public var label: LocalizedText {
        switch self {
        case .error: LocalizedText(th: "ข้อผิดพลาด", en: "error")
        case .warning: LocalizedText(th: "คำเตือน", en: "warning")
        case .info: LocalizedText(th: "ข้อสังเกต", en: "info")
        }
    }

    var ansiColor: String {
        switch self {
        case .error: "\u{1B}[31m"
        case .warning: "\u{1B}[33m"
        case .info: "\u{1B}[36m"
        }
    }
}

extension ValidationReport {
    /// Findings grouped by file and table, each with its cell, message and fix, then a one-line summary.
    public func text(language: Language, color: Bool) -> String {
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        func write(_ finding: Finding, indent: String) {
            let sev = finding.severity
            let place = finding.place.map { $0.text(language) } ?? finding.sheet ?? ""
            line("\(indent)\(color ? sev.ansiColor : "")\(sev.label.text(language))\(reset)  \(place)\(place.isEmpty ? "" : "  ")[\(finding.code)]")
            line("\(indent)  \(finding.message.text(language))")
            line("\(indent)  \(language == .th ? "วิธีแก้" : "fix"): \(finding.fix.text(language))")
        }
        for outcome in outcomes {
            var header = "\(bold)\(outcome.path)\(reset)"
            if let document = outcome.document {
                let wb = document.workbook
                header += " — \(wb.format.rawValue)\(wb.encoding.map { ", \($0.rawValue)" } ?? "")"
                if let fy = document.fiscalYear { header += language == .th ? " · ปีงบประมาณ \(fy)" : " · fiscal year \(fy)" }
                if let agency = document.agency { header += " · \(agency)" }
            }
            line(header)
            let tables = outcome.document?.tables ?? []
            var placed = Set<Int>()
            let inTable: [[Int]] = tables.map { table in
                outcome.findings.indices.filter { i in
                    guard let place = outcome.findings[i].place else { return false }
                    return table.located.contains(place)
                }
            }
            let fileLevel = outcome.findings.indices.filter { i in !inTable.contains { $0.contains(i) } }
            for i in fileLevel { write(outcome.findings[i], indent: "  "); placed.insert(i) }
            for (table, indices) in zip(tables, inTable) {
                let count = language == .th ? "\(table.measures.count) มาตรการ" : "\(table.measures.count) measures"
                let places = table.located.parts.map { SourceRef.qualified($0.sheet, $0.range.a1) }.joined(separator: " + ")
                line("  \(table.kind.label.text(language))  \(places)  \(count)")
                if indices.isEmpty { line("    " + (language == .th ? "ไม่พบปัญหา" : "no findings")) }
                for i in indices where !placed.contains(i) { write(outcome.findings[i], indent: "    "); placed.insert(i) }
            }
        }
        out += groupingText(language: language)
        let verdict = isValid ? (language == .th ? "ผ่าน" : "valid") : (language == .th ? "ไม่ผ่าน" : "not valid")
        if language == .th {
            line("สรุป: \(outcomes.count) ไฟล์ · ข้อผิดพลาด \(count(.error)) · คำเตือน \(count(.warning)) · ข้อสังเกต \(count(.info)) — \(verdict)")
        } else {
            line("Summary: \(outcomes.count) file(s) · \(count(.error)) errors · \(count(.warning)) warnings · \(count(.info)) info — \(verdict)")
        }
        return out
    }
}
