import ArgumentParser
import Foundation
import ITA
import Sheets

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Language: ExpressibleByArgument {}
extension EncodingChoice: ExpressibleByArgument {}
extension Expectation: ExpressibleByArgument {}

/// The options every command that reads ITA documents shares. Help and messages are given in
/// Thai and English with `.localized(th:en:)` / `localized(th:en:)` (Support/UILanguage.swift).
struct DocumentOptions: ParsableArguments {
    @Argument(help: .localized(th: "ไฟล์ที่จะอ่าน: .xlsx, .csv, .tsv หรือข้อความที่คั่นช่องด้วยแท็บ (ใส่ได้หลายไฟล์; - คืออ่านจากข้อมูลที่ส่งต่อมาทางท่อ)",
                               en: "Files to read: .xlsx, .csv, .tsv or text with tab-separated cells; - for standard input."))
    var files: [String]

    @Option(help: .localized(th: "ปีงบประมาณ (พ.ศ. เช่น 2564) เมื่อในเอกสารไม่ได้ระบุไว้",
                             en: "The fiscal year (B.E., e.g. 2564) when the document does not state it."))
    var fiscalYear: Int?

    @Option(help: .localized(th: "ปีของแบบ ITA ที่ใช้ตรวจ (พ.ศ. 2563–2569)", en: "The ITA year whose template applies (2563–2569)."))
    var itaYear: Int?

    @Option(help: .localized(th: "ไฟล์แบบฟอร์มของคุณเอง (ไฟล์ข้อความแบบ JSON ที่บอกคอลัมน์ของแบบ เริ่มจากแบบของปีที่ ita template --ita-year 2568 -o แบบของฉัน.json เขียนให้) ใช้แทนแบบของปี ITA",
                             en: "A template JSON file of your own, instead of the ITA year's (start from the year's: ita template --ita-year 2568 -o mine.json).",
                             valueName: "file"))
    var template: String?

    @Option(help: .localized(th: "วิธีเก็บตัวอักษรของไฟล์ CSV/TSV: auto (ให้โปรแกรมดูเอง), utf-8 (แบบสากล), cp874 (แบบที่ Excel ภาษาไทยบันทึก)",
                             en: "Text encoding of CSV/TSV input."))
    var encoding: EncodingChoice = .auto

    func validate() throws {
        if let fy = fiscalYear, !(2540...2600).contains(fy) {
            throw ValidationError(localized(th: "--fiscal-year ต้องเป็นปี พ.ศ. เช่น 2564 (ได้รับ \(fy))",
                                            en: "--fiscal-year takes a Buddhist-era year such as 2564 (got \(fy))."))
        }
        if let year = itaYear, !(2540...2600).contains(year) {
            throw ValidationError(localized(th: "--ita-year ต้องเป็นปี พ.ศ. เช่น 2564 (ได้รับ \(year))",
                                            en: "--ita-year takes a Buddhist-era year such as 2564 (got \(year))."))
        }
        if let template {
            do {
                _ = try Template.load(path: template)
            } catch {
                // An unusable template is unusable input: exit 2 with the file and the problem.
                Console.error("ita: " + localized(th: "ใช้ไฟล์แบบฟอร์ม \(template) ไม่ได้ (\(error.description)) ตรวจว่าเป็นไฟล์แบบเดียวกับที่ ita template -o แบบ.json เขียน",
                                                   en: error.description))
                throw ExitCode(2)
            }
        }
    }

    /// The user's template file (checked in `validate()`) for every document, else the pipeline
    /// the years choose (`Pipeline.init(itaYear:fiscalYear:readOptions:)`).
    var pipeline: Pipeline {
        let readOptions = ReadOptions(encoding: encoding)
        if let template, let loaded = try? Template.load(path: template) {
            return Pipeline(template: loaded, fiscalYear: fiscalYear, readOptions: readOptions)
        }
        return Pipeline(itaYear: itaYear, fiscalYear: fiscalYear, readOptions: readOptions)
    }
}
