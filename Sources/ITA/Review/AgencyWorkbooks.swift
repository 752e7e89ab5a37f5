import Foundation
import Sheets

/// Each submission's own results workbook (the `ita export` one), written for a reviewer to send
/// back (`ita batch --out-dir`), and where each finding went in it, so that the review workbook's
/// findings link to the exported cells.
public struct AgencyWorkbooks: Sendable {
    struct Written: Sendable {
        var path: String
        var map: ExportMap
    }

    /// By submission index.
    var written: [Int: Written] = [:]

    /// No workbooks written: the review workbook's findings link to nothing outside it.
    public init() {}

    /// Writes one workbook per submission that has a plan or results table into `folder`, named
    /// after the agency and year (`องค์การบริหารส่วนตำบลกุดจอก-2564.xlsx`).
    public static func write(_ submissions: [Submission], into folder: String, template: Template,
                             created: SpreadsheetDate? = nil) throws(SheetsError) -> AgencyWorkbooks {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SheetsError(.writeFailed, "the folder cannot be created", path: folder)
        }
        var result = AgencyWorkbooks()
        var used: Set<String> = []
        for (index, submission) in submissions.enumerated() where submission.planFile != nil || submission.resultsFile != nil {
            let base = ([submission.agency ?? "ไม่ทราบหน่วยงาน"] + (submission.fiscalYear.map { [String($0)] } ?? []))
                .joined(separator: "-").map { "/\\:*?\"<>|#".contains($0) ? "_" : $0 }
            var name = String(base), n = 2
            while used.contains(name) { name = "\(String(base))-\(n)"; n += 1 }
            used.insert(name)
            let path = (folder as NSString).appendingPathComponent(name + ".xlsx")
            let map = try ResultsWorkbook(outcomes: submission.files.map(\.outcome), template: template, created: created).writeMapped(to: path)
            result.written[index] = Written(path: path, map: map)
        }
        return result
    }

    /// The exported cell of a finding of file `file` of submission `submission`: the workbook's
    /// path as seen from `reviewFolder` (relative when inside it), the sheet and the cell.
    func target(submission: Int, file: Int, finding: Finding, reviewFolder: String) -> (file: String, sheet: String, address: CellAddress)? {
        guard let written = written[submission], let target = written.map.target(for: finding, input: file) else { return nil }
        let absolute = URL(fileURLWithPath: written.path).standardizedFileURL.path
        let folder = URL(fileURLWithPath: reviewFolder).standardizedFileURL.path
        let shown = absolute.hasPrefix(folder + "/") ? String(absolute.dropFirst(folder.count + 1)) : absolute
        return (shown, target.sheet, target.address)
    }
}
