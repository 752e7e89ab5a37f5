import ITA
import Sheets

/// The page of one check: the verdict, then per submission (one agency's plan and results for
/// one fiscal year) its verdict and download buttons, per file its findings (in severity
/// colours, with the cell, the message and the fix) and the measures it understood, and the
/// plan↔results pairs with their statuses.
enum ResultPage {
    /// `pdf`: LibreOffice is there, so each submission offers its results as PDF too.
    static func render(_ check: Check, id: String, language: Language, pdf: Bool) -> String {
        let t = Words(language: language)
        var body = verdict(check, t: t)
        body += batchDownloads(check, id: id, t: t)
        for (index, submission) in check.submissions.enumerated() {
            body += SubmissionSection.render(submission, index: index, id: id, pdf: pdf, t: t)
        }
        if !check.skipped.isEmpty {
            body += "<p class=\"skipped\">\(t("ข้ามไฟล์ที่ไม่ใช่เอกสาร", "Skipped, not documents")): \(check.skipped.map(html).joined(separator: ", "))</p>\n"
        }
        body += """
        <p class="again"><a class="button" href="/?lang=\(language.rawValue)">\(t("ตรวจไฟล์อื่น", "Check other files"))</a></p>
        \(forget(id, t: t))
        """
        return Layout.page(title: t("ผลการตรวจ", "Check result"), language: language, switchPath: "/result/\(id)", body: body)
    }

    /// The worst verdict of the check, in words, with the counts.
    static func verdict(_ check: Check, t: Words) -> String {
        let report = check.report
        let errors = report.count(.error), warnings = report.count(.warning), info = report.count(.info)
        let worst = check.submissions.map(\.verdict).min() ?? .unreadable
        let headline: String
        if check.submissions.count > 1 {
            let counts = Dictionary(check.submissions.map { ($0.verdict, 1) }, uniquingKeysWith: +)
            let parts = Verdict.allCases.reversed().compactMap { v in counts[v].map { "\(t(v.label)) \($0)" } }
            headline = t("ตรวจ \(check.submissions.count) ชุดเอกสาร: ", "\(check.submissions.count) submissions: ") + parts.joined(separator: " · ")
        } else {
            headline = switch worst {
            case .pass: t("ผ่าน: ไม่พบข้อผิดพลาด", "Pass: no errors found")
            case .needsFix: t("ต้องแก้ไข: พบข้อผิดพลาด \(errors) รายการ", "Needs fixing: \(errors) error(s) found")
            case .incomplete: t("ไม่สมบูรณ์: เอกสารไม่ครบหรืออ่านบางไฟล์ไม่ได้", "Incomplete: a document is missing or could not be read")
            case .unreadable: t("อ่านไฟล์ไม่ได้", "The files could not be read")
            }
        }
        return """
        <section id="verdict" class="verdict \(worst.rawValue)" data-verdict="\(worst.rawValue)">
        <h1>\(html(headline))</h1>
        <p class="counts"><span class="badge error">\(t("ข้อผิดพลาด", "errors")) \(errors)</span>
        <span class="badge warning">\(t("คำเตือน", "warnings")) \(warnings)</span>
        <span class="badge info">\(t("ข้อสังเกต", "info")) \(info)</span>
        <span>\(t("จาก \(report.outcomes.count) ไฟล์", "in \(report.outcomes.count) file(s)"))</span></p>
        </section>

        """
    }

    /// For a ZIP (a reviewer's batch): the review workbook of `ita batch`.
    static func batchDownloads(_ check: Check, id: String, t: Words) -> String {
        guard check.isBatch else { return "" }
        return """
        <section class="downloads card">
        <h2>\(t("สรุปสำหรับผู้ตรวจ", "For the reviewer"))</h2>
        <p class="buttons"><a class="button primary" id="download-review" href="/download/\(id)/review.xlsx" download>\(t("ดาวน์โหลดสมุดงานสรุปผลการตรวจ", "Download the review workbook"))</a></p>
        </section>

        """
    }

    static func forget(_ id: String, t: Words) -> String {
        """
        <form method="post" action="/forget/\(id)?lang=\(t.language.rawValue)" class="forget">
        <button type="submit" class="link">\(t("ลบข้อมูลทันที", "Delete now"))</button></form>
        """
    }
}
