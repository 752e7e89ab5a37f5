import ITA

/// The first page: one drop zone (a plain file input that takes several files), the optional
/// years, and the button ตรวจสอบ. Works as a plain form; app.js adds dropping and progress.
enum UploadPage {
    /// `pdf`: LibreOffice is there, so the help for scripts names the PDF too. `origin`: the
    /// address the browser used (`http://` and the request's Host), so the example runs as shown.
    static func render(language: Language, maxUploadBytes: Int, pdf: Bool, origin: String, error: ServeError? = nil) -> String {
        let t = Words(language: language)
        let mb = ByteCountText.megabytes(maxUploadBytes)
        let problem = error.map { "<p class=\"alert\" role=\"alert\">\(html(t($0.message)))</p>\n" } ?? ""
        let body = """
        <h1>\(t("ตรวจแผนมาตรการและรายงานผลการดำเนินการ ITA", "Check an ITA measures plan and results report"))</h1>
        <p class="lead">\(t("ส่งไฟล์แผนมาตรการ (O42/O25) และรายงานผล (O43/O26) เพื่อดูว่าถูกต้องตามแบบของ ITA หรือไม่ พร้อมตำแหน่งเซลล์และวิธีแก้ แล้วดาวน์โหลดไฟล์ Excel รายงานผลที่พร้อมพิมพ์",
                             "Send the measures plan (O42/O25) and the results report (O43/O26) to see whether they follow the ITA template, with the cell and the fix for each problem, then download the print-ready results workbook."))</p>
        \(problem)<form id="check" class="card" method="post" action="/check?lang=\(language.rawValue)" enctype="multipart/form-data">
        <input type="hidden" name="lang" value="\(language.rawValue)">
        <label class="dropzone" for="files">
        <span class="drop-title">\(t("ลากไฟล์มาวางที่นี่ หรือคลิกเพื่อเลือกไฟล์", "Drop files here, or click to choose them"))</span>
        <span class="drop-hint">\(t("แผนและรายงานผล: .xlsx .docx .pdf .csv .tsv .txt หรือไฟล์ .zip ที่รวมหลายหน่วยงาน · รวมไม่เกิน \(mb)&nbsp;MB",
                                      "Plan and results: .xlsx .docx .pdf .csv .tsv .txt, or a .zip of many agencies' files · \(mb)&nbsp;MB in all"))</span>
        <input id="files" name="files" type="file" multiple required accept=".xlsx,.csv,.tsv,.txt,.zip,.docx,.pdf">
        <span id="chosen" class="chosen" aria-live="polite"></span>
        </label>
        <details class="options">
        <summary>\(t("ตัวเลือก", "Options"))</summary>
        <label>\(t("ปีงบประมาณ (พ.ศ.) ถ้าในไฟล์ไม่ได้ระบุ", "Fiscal year (B.E.) if the file does not say")) <input name="fiscalYear" inputmode="numeric" pattern="25[4-9][0-9]|2600" placeholder="2564"></label>
        <label>\(t("ปีของแบบ ITA", "ITA template year")) <input name="itaYear" inputmode="numeric" pattern="25[4-9][0-9]|2600" placeholder="2568"></label>
        </details>
        <progress id="progress" max="100" value="0" hidden></progress>
        <p id="status" class="status" aria-live="polite"></p>
        <button id="submit" type="submit" class="primary">\(t("ตรวจสอบ", "Check"))</button>
        </form>
        <section class="card help">
        <h2>\(t("สำหรับโปรแกรม", "For scripts"))</h2>
        <p>\(t("ส่งไฟล์แบบเดียวกับฟอร์มนี้ (ช่อง <code>files</code>) ด้วยคำสั่ง POST เช่น", "Post the files as this form does (field <code>files</code>), e.g."))</p>
        <pre class="command"><code>curl -F files=@plan.xlsx -F files=@results.csv \(html(origin))/api/validate</code></pre>
        <ul class="api">
        <li><code>/api/validate</code> — \(t("ผลการตรวจแบบ JSON เหมือน", "the same JSON as")) <code>ita validate --format json</code></li>
        <li><code>/api/export</code> — \(t("ไฟล์ Excel รายงานผล", "the results workbook"))</li>\(pdf ? "\n<li><code>/api/export?format=pdf</code> — \(t("รายงานผลเป็น PDF", "the results report as PDF"))</li>" : "")
        <li><code>/api/batch</code> — \(t("สมุดงานสรุปผลการตรวจของหลายหน่วยงาน (.zip)", "the review workbook of many agencies (.zip)"))</li>
        </ul>
        </section>
        """
        return Layout.page(title: t("ตรวจแผนและรายงานผล ITA", "ITA plan and results check"), language: language, switchPath: "/", body: body)
    }
}
