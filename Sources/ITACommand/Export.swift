import ArgumentParser
import Foundation
import ITA
import Sheets

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the formatted results workbook (title block, TH SarabunPSK 16, A4 landscape, findings sheet).",
        discussion: "Exit status: 0 written without errors, 1 written but errors were found (see the findings sheet), 2 nothing written.")

    @OptionGroup var document: DocumentOptions

    @Option(name: .shortAndLong, help: "The workbook to write (.xlsx). An existing file is replaced only when writing succeeds.")
    var output: String

    @Flag(help: "Write digits inside text as Thai digits (numbers stay numbers).")
    var thaiDigits = false

    @Option(help: ArgumentHelp("Also write a copy of the submitted file(s) with each problem cell coloured and commented (.xlsx).",
                               valueName: "copy.xlsx"))
    var annotated: String?

    @Option(help: ArgumentHelp("เขียนรายงานเป็น PDF ด้วย LibreOffice", valueName: "out.pdf"))
    var pdf: String?

    @Option(help: ArgumentHelp("ที่อยู่ของโปรแกรม soffice", valueName: "path"))
    var soffice: String?

    @Option(help: "ชื่อหน่วยงานในหัวรายงาน เมื่อเอกสารไม่ได้ระบุ")
    var agency: String?

    @Option(help: "ขนาดตัวอักษร 14 หรือ 16")
    var fontSize: Int = 16

    @Option(help: "ภาษาของหัวตาราง: th หรือ en")
    var lang: String = "th"

    func validate() throws {
        if let pdf, !pdf.lowercased().hasSuffix(".pdf") {
            throw ValidationError("--pdf must name a .pdf file (got \(pdf)).")
        }
        guard fontSize == 14 || fontSize == 16 else {
            throw ValidationError("--font-size takes 14 or 16 (got \(fontSize)).")
        }
        guard ExportLook.Language(rawValue: lang) != nil else {
            throw ValidationError("--lang takes th or en (got \(lang)).")
        }
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError("-o must name an .xlsx file (got \(output)).")
        }
        func same(_ a: String, _ b: String) -> Bool { URL(fileURLWithPath: a).standardizedFileURL == URL(fileURLWithPath: b).standardizedFileURL }
        if document.files.contains(where: { same($0, output) }) {
            throw ValidationError("-o names an input file; files are never overwritten in place.")
        }
        if let annotated {
            guard annotated.lowercased().hasSuffix(".xlsx") else {
                throw ValidationError("--annotated must name an .xlsx file (got \(annotated)).")
            }
            if document.files.contains(where: { same($0, annotated) }) {
                throw ValidationError("--annotated names an input file; files are never overwritten in place.")
            }
            if same(annotated, output) { throw ValidationError("--annotated and -o name the same file.") }
        }
    }

    func run() throws {
        let pipeline = document.pipeline
        let report = ValidationReport(outcomes: document.files.map { pipeline.run(path: $0) })
        let documents = report.outcomes.compactMap(\.document)
        for outcome in report.outcomes where outcome.document == nil {
            Console.error("ita: \(outcome.readError.map(\.description) ?? outcome.path)")
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
        let template = pipeline.template(for: documents[0])
        let look = ExportLook(fontSize: Double(fontSize), language: ExportLook.Language(rawValue: lang) ?? .th)
        let workbook = ResultsWorkbook(outcomes: report.outcomes, template: template, thaiDigits: thaiDigits, created: created,
                                       look: look, agency: agency.flatMap { $0.isEmpty ? nil : $0 })
        do {
            try workbook.write(to: output)
            if let annotated {
                try AnnotatedCopy(outcomes: report.outcomes, created: created).write(to: annotated)
            }
        } catch {
            Console.error("ita: \(error.description)")
            throw ExitCode(2)
        }
        if let pdf, let office {
            do throws(PDFRendering.Failure) {
                try PDFRendering.render(workbook: output, to: pdf, office: office)
            } catch {
                Console.error("ita: เขียน PDF ไม่สำเร็จ (\(error)) ไฟล์ \(output) เขียนแล้ว เปิดด้วย LibreOffice แล้วส่งออกเป็น PDF เองได้")
                throw ExitCode(2)
            }
        }
        Console.error("ita: wrote \(output)" + (annotated.map { " and \($0)" } ?? "") + (pdf.map { " and \($0)" } ?? ""))
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
