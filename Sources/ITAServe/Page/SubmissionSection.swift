import ITA

/// One submission on the result page: who and which year, its verdict, its downloads, then
/// each of its files with its findings and measures, then the plan↔results pairs.
enum SubmissionSection {
    static func render(_ submission: Submission, index: Int, id: String, pdf: Bool, t: Words) -> String {
        var title: [String] = [submission.agency ?? t("ไม่ทราบชื่อหน่วยงาน", "agency not stated")]
        if let fy = submission.fiscalYear { title.append(t("ปีงบประมาณ \(fy)", "fiscal year \(fy)")) }
        var out = """
        <section class="submission card" id="submission-\(index + 1)" data-verdict="\(submission.verdict.rawValue)">
        <h2>\(html(title.joined(separator: " · "))) <span class="verdict-badge \(submission.verdict.rawValue)">\(html(t(submission.verdict.label)))</span></h2>

        """
        out += downloads(submission, index: index, id: id, pdf: pdf, t: t)
        for file in submission.files {
            out += fileBlock(file, t: t)
        }
        if let plan = submission.plan, let results = submission.results {
            out += MeasuresTable.pairs(plan: plan, results: results, matches: submission.matches, t: t)
        }
        return out + "</section>\n"
    }

    static func downloads(_ submission: Submission, index: Int, id: String, pdf: Bool, t: Words) -> String {
        guard submission.files.contains(where: { $0.document != nil }) else { return "" }
        let base = "/download/\(id)/\(index + 1)"
        // The first submission's buttons keep plain ids (what a script or the browser test finds).
        let suffix = index == 0 ? "" : "-\(index + 1)"
        var links = """
        <a class="button primary" id="download-results\(suffix)" href="\(base)/results.xlsx" download>\(t("ดาวน์โหลดไฟล์ Excel รายงานผล", "Download the results workbook"))</a>
        """
        if pdf {
            links += "\n<a class=\"button\" id=\"download-pdf\(suffix)\" href=\"\(base)/results.pdf\" download>\(t("ดาวน์โหลด PDF", "Download PDF"))</a>"
        }
        links += "\n<a class=\"button\" id=\"download-annotated\(suffix)\" href=\"\(base)/annotated.xlsx\" download>\(t("สำเนาพร้อมหมายเหตุ", "Annotated copy"))</a>"
        return "<p class=\"buttons\">\(links)</p>\n"
    }

    static func fileBlock(_ file: SubmissionFile, t: Words) -> String {
        var facts: [String] = [t(file.holds.label)]
        if let document = file.document {
            facts.insert(document.workbook.format.rawValue.uppercased(), at: 0)
        }
        var out = """
        <div class="file">
        <h3 class="file-name">\(html(file.path))</h3>
        <p class="facts">\(facts.map(html).joined(separator: " · "))</p>

        """
        out += findingsList(file.outcome.findings, t: t)
        if let document = file.document {
            out += MeasuresTable.render(document, t: t)
        }
        return out + "</div>\n"
    }

    static func findingsList(_ findings: [Finding], t: Words) -> String {
        guard !findings.isEmpty else { return "<p class=\"none\">\(t("ไม่พบปัญหา", "No findings"))</p>\n" }
        let ordered = findings.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
        var out = "<h4>\(t("สิ่งที่พบ", "Findings")) (\(findings.count))</h4>\n<ol class=\"findings\">\n"
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
