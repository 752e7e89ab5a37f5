import Foundation
import ITA
import Sheets

/// What the client asked for besides the files: the same choices as `ita validate`.
public struct CheckOptions: Sendable {
    public var fiscalYear: Int?
    public var itaYear: Int?
    public var language: Language = .th

    public init(fiscalYear: Int? = nil, itaYear: Int? = nil, language: Language = .th) {
        self.fiscalYear = fiscalYear
        self.itaYear = itaYear
        self.language = language
    }

    /// From form fields `fiscalYear`, `itaYear`, `lang` (or the query); a year outside B.E.
    /// 2540–2600 is refused as the command line refuses it.
    init(fields: [String: String]) throws(ServeError) {
        func year(_ key: String) throws(ServeError) -> Int? {
            guard let text = fields[key]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = Int(text), (2540...2600).contains(value) else {
                throw .badRequest(th: "\(key) ต้องเป็นปี พ.ศ. เช่น 2564 (ได้รับ \(text.prefix(20)))",
                                  en: "\(key) takes a Buddhist-era year such as 2564 (got \(text.prefix(20))).")
            }
            return value
        }
        self.init(fiscalYear: try year("fiscalYear"), itaYear: try year("itaYear"),
                  language: fields["lang"].flatMap(Language.init(rawValue:)) ?? .th)
    }

    var pipeline: Pipeline {
        Pipeline(template: .forYear(itaYear ?? fiscalYear), fiscalYear: fiscalYear)
    }
}

/// The library's stages for uploads in memory: the front end adds nothing to what they decide.
enum Checker {
    static func validate(_ uploads: [Upload], options: CheckOptions) -> ValidationReport {
        let pipeline = options.pipeline
        return ValidationReport(outcomes: uploads.map { pipeline.run(bytes: $0.bytes, name: $0.name) })
    }

    /// The results workbook of `ita export`.
    static func resultsWorkbook(_ report: ValidationReport, options: CheckOptions) throws(SheetsError) -> [UInt8] {
        let workbook = ResultsWorkbook(outcomes: report.outcomes, template: options.pipeline.template, created: created)
        return try PrivateScratch.produce { path throws(SheetsError) in try workbook.write(to: path) }
    }

    /// The submitted files with each problem cell coloured and commented (`ita export --annotated`).
    static func annotatedCopy(_ report: ValidationReport) throws(SheetsError) -> [UInt8] {
        let copy = AnnotatedCopy(outcomes: report.outcomes, created: created)
        return try PrivateScratch.produce { path throws(SheetsError) in try copy.write(to: path) }
    }

    static var created: SpreadsheetDate? { ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment) }
}
