import ArgumentParser
import Foundation
import ITA
import Sheets

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(th: "จัดทำไฟล์ Excel รายงานผลที่พร้อมพิมพ์ (หัวรายงาน, TH SarabunPSK 16, A4 แนวนอน, แผ่นสรุปปัญหาที่พบ)",
                            en: "Write the formatted results workbook (title block, TH SarabunPSK 16, A4 landscape, findings sheet)."),
        discussion: localized(
            th: """
            ตัวอย่าง:
              ita export แผน.xlsx ผล.csv -o รายงานผล.xlsx
              ita export ผล.csv -o รายงานผล.xlsx --annotated ผล-ที่ตรวจแล้ว.xlsx --thai-digits

            ผลลัพธ์ (รหัสจบการทำงาน): 0 บันทึกแล้ว ไม่พบข้อผิดพลาด, 1 บันทึกแล้ว แต่พบข้อผิดพลาด (ดูแผ่นปัญหาที่พบ), 2 ไม่ได้บันทึก
            """,
            en: """
            Examples:
              ita export plan.xlsx results.csv -o report.xlsx
              ita export results.csv -o report.xlsx --annotated checked.xlsx --thai-digits

            Exit status: 0 written without errors, 1 written but errors were found (see the findings sheet), 2 nothing written.
            """))

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: .localized(th: "ไฟล์ Excel ที่จะบันทึก (.xlsx) ถ้ามีไฟล์ชื่อนี้อยู่แล้ว จะแทนที่เมื่อบันทึกสำเร็จเท่านั้น",
                                                  en: "The workbook to write (.xlsx). An existing file is replaced only when writing succeeds."))
    var output: String

    @Flag(help: .localized(th: "เขียนตัวเลขในข้อความเป็นเลขไทย (ช่องที่เป็นตัวเลขยังคงเป็นตัวเลข)",
                           en: "Write digits inside text as Thai digits (numbers stay numbers)."))
    var thaiDigits = false

    @Option(help: .localized(th: "บันทึกสำเนาของไฟล์ที่ส่งมา โดยระบายสีและใส่หมายเหตุที่ช่องที่มีปัญหา (.xlsx)",
                             en: "Also write a copy of the submitted file(s) with each problem cell coloured and commented (.xlsx).",
                             valueName: "copy.xlsx"))
    var annotated: String?

    @Option(help: .localized(th: "เขียนรายงานเป็น PDF ด้วย LibreOffice ด้วย", en: "Also write the report as PDF with LibreOffice.", valueName: "out.pdf"))
    var pdf: String?

    @Option(help: .localized(th: "ที่อยู่ของโปรแกรม soffice (LibreOffice)", en: "Where the soffice program (LibreOffice) is.", valueName: "path"))
    var soffice: String?

    @Option(help: .localized(th: "ชื่อหน่วยงานในหัวรายงาน เมื่อเอกสารไม่ได้ระบุ", en: "The agency's name in the title when the document does not state it."))
    var agency: String?

    @Option(help: .localized(th: "ขนาดตัวอักษร 14 หรือ 16", en: "Font size: 14 or 16."))
    var fontSize: Int = 16

    /// --lang: the messages' language and the workbook headings' (one option for both).
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let pdf, !pdf.lowercased().hasSuffix(".pdf") {
            throw ValidationError("--pdf must name a .pdf file (got \(pdf)).")
        }
        guard fontSize == 14 || fontSize == 16 else {
            throw ValidationError("--font-size takes 14 or 16 (got \(fontSize)).")
        }
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError(localized(th: "-o ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .xlsx (ได้รับ \(output))", en: "-o must name an .xlsx file (got \(output))."))
        }
        if document.files.contains(where: OutputFile(path: output).isSameFile(as:)) {
            throw ValidationError(OutputProblem.isInput(output))
        }
        if let annotated {
            guard annotated.lowercased().hasSuffix(".xlsx") else {
                throw ValidationError(localized(th: "--annotated ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .xlsx (ได้รับ \(annotated))",
                                                en: "--annotated must name an .xlsx file (got \(annotated))."))
            }
            if document.files.contains(where: OutputFile(path: annotated).isSameFile(as:)) {
                throw ValidationError(OutputProblem.isInput(annotated))
            }
            if OutputFile(path: annotated).isSameFile(as: output) {
                throw ValidationError(localized(th: "--annotated กับ -o เป็นไฟล์เดียวกัน ใช้ชื่อไฟล์ต่างกัน", en: "--annotated and -o name the same file."))
            }
        }
    }

    func run() throws {
        // Before reading every file: a folder that cannot be written to fails now, not at the end.
        for path in [output] + (annotated.map { [$0] } ?? []) {
            if let problem = OutputFile(path: path).problemBeforeWriting {
                Console.error("ita: " + problem)
                throw ExitCode(2)
            }
        }
        let pipeline = document.pipeline
        let progress = ProgressBar(files: document.files.count)
        let submissions = pipeline.run(document.files.map(Pipeline.Input.file), progress: progress.files)
        progress.finish()
        // One workbook is one agency's: files of several agencies go through `ita batch`.
        let agencies = Set(submissions.compactMap(\.agency).map(AgencyName.key))
        if agencies.count > 1 {
            var agencyNames: [String] = []
            for name in submissions.compactMap(\.agency) where !agencyNames.contains(name) { agencyNames.append(name) }
            let names = agencyNames.joined(separator: ", ")
            Console.error("ita: " + localized(
                th: "ไฟล์เหล่านี้เป็นของหลายหน่วยงาน (\(names)) ไฟล์ Excel รายงานผลหนึ่งไฟล์ใช้กับหน่วยงานเดียว ให้ส่งออกทีละหน่วยงาน หรือใช้ «ita batch» เพื่อตรวจหลายหน่วยงานพร้อมกัน",
                en: "These files belong to several agencies (\(names)); one results workbook is for one agency. Export them one agency at a time, or check them all with «ita batch»."))
            throw ExitCode(2)
        }
        let report = ValidationReport(submissions: submissions, order: document.files, templateYear: pipeline.template.itaYear)
        let documents = report.outcomes.compactMap(\.document)
        for outcome in report.outcomes where outcome.document == nil {
            Console.error(outcome.readError.map(readProblem) ?? "ita: \(outcome.path)")
        }
        guard !documents.isEmpty else { throw ExitCode(2) }
        var office: String? = nil
        if pdf != nil {
            office = PDFRendering.findOffice(given: soffice, environment: ProcessInfo.processInfo.environment)
            if office == nil {
                Console.error("ita: ไม่พบ LibreOffice จึงเขียน PDF ไม่ได้ ติดตั้ง LibreOffice (เช่น apt-get install libreoffice-calc) หรือบอกที่อยู่ด้วย --soffice /path/to/soffice (LibreOffice not found)")
                throw ExitCode(2)
            }
        }
        // ITA_FIXED_TIME=1 fixes the creation time, so that the same input gives the same bytes (tests, diffs).
        let created = ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment)
        // Titled with the ITA year the (first) document was written for, unless --ita-year or --template says otherwise.
        let template = pipeline.exportTemplate(for: report.outcomes)
        let look = ExportLook(fontSize: Double(fontSize), language: ExportLook.Language(rawValue: language.lang.rawValue) ?? .th)
        let workbook = ResultsWorkbook(outcomes: report.outcomes, template: template, thaiDigits: thaiDigits, created: created,
                                       look: look, agency: agency.flatMap { $0.isEmpty ? nil : $0 })
        var writing = output
        do {
            try workbook.write(to: output)
            if let annotated {
                writing = annotated
                try AnnotatedCopy(outcomes: report.outcomes, created: created).write(to: annotated)
            }
        } catch {
            Console.error("ita: " + OutputProblem.explain(error, output: writing))
            throw ExitCode(2)
        }
        if let pdf, let office {
            do throws(PDFRendering.Failure) {
                try PDFRendering.render(workbook: output, to: pdf, office: office)
            } catch {
                Console.error("ita: " + localized(th: "เขียน PDF ไม่สำเร็จ (\(error)) ไฟล์ \(output) เขียนแล้ว เปิดด้วย LibreOffice แล้วส่งออกเป็น PDF เองได้",
                                                  en: "the PDF could not be written (\(error)); \(output) was written: open it in LibreOffice and export it as PDF"))
                throw ExitCode(2)
            }
        }
        let also = (annotated.map { [$0] } ?? []) + (pdf.map { [$0] } ?? [])
        Console.error("ita: " + localized(th: "บันทึก \(output)" + also.map { " และ \($0)" }.joined() + " แล้ว",
                                          en: "wrote \(output)" + also.map { " and \($0)" }.joined()))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
