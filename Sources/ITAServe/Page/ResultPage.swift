import ITA
import Sheets

/// The page of one check: the verdict, the download buttons, then per file its findings (in
/// severity colours, with the cell, the message and the fix) and the measures it understood,
/// with the plan↔results pairs and their statuses.
enum ResultPage {
    struct Downloads {
        var id: String
        var pdf: Bool
    }

    static func render(_ report: ValidationReport, language: Language, downloads: Downloads) -> String {
        let t = Words(language: language)
        var body = verdict(report, t: t)
        body += downloadButtons(report, downloads: downloads, t: t)
        for (index, outcome) in report.outcomes.enumerated() {
            body += fileSection(outcome, index: index, t: t)
        }
        body += """
        <p class="again"><a class="button" href="/?lang=\(language.rawValue)">\(t("ตรวจไฟล์อื่น", "Check other files"))</a></p>
        """
        return Layout.page(title: t("ผลการตรวจ", "Check result"), language: language,
                           switchPath: "/result/\(downloads.id)", body: body)
    }

    static func verdict(_ report: ValidationReport, t: Words) -> String {
        let errors = report.count(.error), warnings = report.count(.warning), info = report.count(.info)
        let (kind, headline): (String, String) =
            if report.exitCode == 2 { ("unusable", t("อ่านไฟล์บางไฟล์ไม่ได้", "Some files could not be read")) }
            else if errors > 0 { ("fail", t("ไม่ผ่าน: พบข้อผิดพลาด \(errors) รายการ", "Not valid: \(errors) error(s) found")) }
            else { ("pass", t("ผ่าน: ไม่พบข้อผิดพลาด", "Valid: no errors found")) }
        return """
        <section id="verdict" class="verdict \(kind)" data-verdict="\(kind)">
        <h1>\(html(headline))</h1>
        <p class="counts"><span class="badge error">\(t("ข้อผิดพลาด", "errors")) \(errors)</span>
        <span class="badge warning">\(t("คำเตือน", "warnings")) \(warnings)</span>
        <span class="badge info">\(t("ข้อสังเกต", "info")) \(info)</span>
        <span>\(t("จาก \(report.outcomes.count) ไฟล์", "in \(report.outcomes.count) file(s)"))</span></p>
        </section>

        """
    }

    static func downloadButtons(_ report: ValidationReport, downloads: Downloads, t: Words) -> String {
        let base = "/download/\(downloads.id)"
        guard report.outcomes.contains(where: { $0.document != nil }) else {
            return forget(downloads.id, t: t)
        }
        var links = """
        <a class="button primary" id="download-results" href="\(base)/results.xlsx" download>\(t("ดาวน์โหลดไฟล์ Excel รายงานผล", "Download the results workbook"))</a>
        <a class="button" id="download-annotated" href="\(base)/annotated.xlsx" download>\(t("ดาวน์โหลดสำเนาพร้อมหมายเหตุ", "Download the annotated copy"))</a>
        """
        if downloads.pdf {
            links += "\n<a class=\"button\" id=\"download-pdf\" href=\"\(base)/results.pdf\" download>PDF</a>"
        }
        return """
        <section class="downloads card">
        <h2>\(t("ดาวน์โหลด", "Downloads"))</h2>
        <p class="buttons">\(links)</p>
        \(forget(downloads.id, t: t))
        </section>

        """
    }

    static func forget(_ id: String, t: Words) -> String {
        """
        <form method="post" action="/forget/\(id)?lang=\(t.language.rawValue)" class="forget">
        <button type="submit" class="link">\(t("ลบข้อมูลทันที", "Delete now"))</button></form>
        """
    }

    static func fileSection(_ outcome: Pipeline.Outcome, index: Int, t: Words) -> String {
        var facts: [String] = []
        if let document = outcome.document {
            facts.append(document.workbook.format.rawValue.uppercased())
            if let fy = document.fiscalYear { facts.append(t("ปีงบประมาณ \(fy)", "fiscal year \(fy)")) }
            if let agency = document.agency { facts.append(agency) }
        }
        var out = """
        <section class="file card" id="file-\(index + 1)">
        <h2>\(html(outcome.path))</h2>
        <p class="facts">\(facts.map(html).joined(separator: " · "))</p>

        """
        out += findingsList(outcome.findings, t: t)
        if let document = outcome.document {
            out += MeasuresTable.render(document, t: t)
        }
        return out + "</section>\n"
    }

    static func findingsList(_ findings: [Finding], t: Words) -> String {
        guard !findings.isEmpty else { return "<p class=\"none\">\(t("ไม่พบปัญหา", "No findings"))</p>\n" }
        let ordered = findings.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        var out = "<h3>\(t("สิ่งที่พบ", "Findings")) (\(findings.count))</h3>\n<ol class=\"findings\">\n"
        for finding in ordered {
            let place = finding.place.map(\.description) ?? finding.sheet ?? t("ทั้งไฟล์", "whole file")
            out += """
            <li class="finding \(finding.severity.rawValue)" data-code="\(finding.code.rawValue)">
            <p class="where"><span class="badge \(finding.severity.rawValue)">\(html(t(finding.severity.label)))</span> <span class="cell">\(html(place))</span> <code>\(finding.code.rawValue)</code></p>
            <p class="message">\(html(t(finding.message)))</p>
            <p class="fix"><strong>\(t("วิธีแก้", "Fix")):</strong> \(html(t(finding.fix)))</p>
            </li>

            """
        }
        return out + "</ol>\n"
    }
}
