import ITA
import ThaiText

/// The measures a file was understood to hold: per table its measures (number, title, units,
/// period, status); and a submission's plan↔results pairs, as the library made them by their text.
enum MeasuresTable {
    static func render(_ document: ITADocument, t: Words) -> String {
        var out = ""
        for table in document.tables {
            out += """
            <h4>\(html(t(table.kind.label))) · \(html(SourceRef.qualified(table.located.sheet, table.located.range.a1))) · \(t("\(table.measures.count) มาตรการ", "\(table.measures.count) measures"))</h4>
            <div class="scroll"><table class="measures \(table.kind.rawValue)">
            <thead><tr><th>\(t("ลำดับ", "No."))</th><th>\(t("มาตรการ/แนวทาง", "Measure"))</th><th>\(t("ผู้รับผิดชอบ", "Responsible"))</th><th>\(t("ระยะเวลา", "Period"))</th>\(table.kind == .results ? "<th>\(t("สถานะ", "Status"))</th>" : "")</tr></thead>
            <tbody>

            """
            for measure in table.measures {
                out += "<tr><td>\(number(measure))</td><td>\(html(measure.title))</td><td>\(html(units(measure)))</td><td class=\"period\">\(html(measure.period?.text ?? ""))</td>"
                if table.kind == .results { out += "<td>\(status(measure.status, t: t))</td>" }
                out += "</tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        return out
    }

    static func pairs(plan: MeasureTable, results: MeasureTable, matches: [MeasureMatch], t: Words) -> String {
        var out = """
        <h3>\(t("การจับคู่แผนกับผลการดำเนินการ", "Plan ↔ results pairs"))</h3>
        <div class="scroll"><table class="pairs">
        <thead><tr><th>\(t("แผน", "Plan"))</th><th>\(t("ผลการดำเนินการ", "Result"))</th><th>\(t("สถานะ", "Status"))</th><th>\(t("ความตรงกัน", "Match"))</th></tr></thead>
        <tbody>

        """
        let byPlan = Dictionary(matches.map { ($0.plan, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, measure) in plan.measures.enumerated() {
            out += "<tr><td>\(number(measure)) \(html(short(measure.title)))</td>"
            if let match = byPlan[index], results.measures.indices.contains(match.result) {
                let result = results.measures[match.result]
                out += "<td>\(number(result)) \(html(short(result.title)))</td><td>\(status(result.status, t: t))</td><td>\(Int((match.score * 100).rounded()))%</td>"
            } else {
                out += "<td colspan=\"3\" class=\"missing\">\(t("ไม่พบผลการดำเนินการของมาตรการนี้", "no result found for this measure"))</td>"
            }
            out += "</tr>\n"
        }
        let paired = Set(matches.map(\.result))
        for (index, result) in results.measures.enumerated() where !paired.contains(index) {
            out += "<tr><td class=\"missing\">\(t("ไม่มีในแผน", "not in the plan"))</td><td>\(number(result)) \(html(short(result.title)))</td><td>\(status(result.status, t: t))</td><td></td></tr>\n"
        }
        return out + "</tbody></table></div>\n"
    }

    static func number(_ measure: Measure) -> String { measure.number.map { "(\($0))" } ?? "" }

    static func units(_ measure: Measure) -> String {
        measure.responsible.map { $0.canonical ?? $0.written }.joined(separator: ", ")
    }

    static func status(_ status: MeasureStatus?, t: Words) -> String {
        guard let status else { return "<span class=\"status none\">–</span>" }
        return "<span class=\"status \(status.rawValue)\">\(html(t(status.label)))</span>"
    }

    static func short(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 90 ? line.prefix(88) + "…" : line
    }
}
