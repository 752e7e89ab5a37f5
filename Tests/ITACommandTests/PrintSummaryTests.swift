import Foundation
import Testing

/// The summary sheet in print: its tables and both charts beside them on one A4 page, each chart
/// large enough to read and every label of it printed.
@Suite(.serialized) struct PrintSummaryTests {
    /// The least size of each chart. Width: the whole charts' column, at least 22 units (digits of
    /// the body font: about 190 points in LibreOffice at 16 points, where the chart was 122
    /// points before), room for a unit's name of 10 points on one line and its bar. Height: a
    /// title, an axis and five labels of 10 points (the sample's units) take about 140 points.
    static let leastWidthUnits = 22.0, leastHeight = 140.0

    static let units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม"]

    /// The inputs and options, the summary's and the findings sheet's titles, and the status
    /// words the table heads and the chart labels.
    static let exports: [(files: [String], options: [String], summary: String, findings: String, statuses: [String])] = [
        (["kudjok-2564-report.txt"], [], "สรุปผลการดำเนินการ", "ผลการตรวจตามแบบของ ITA",
         ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "ไม่ระบุสถานะ"]),
        (["kudjok-2564-plan.csv", "kudjok-2564-results.csv"], [], "สรุปผลการดำเนินการ", "ผลการตรวจตามแบบของ ITA",
         ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "ไม่ระบุสถานะ"]),
        (["kudjok-2564-report.txt"], ["--lang", "en", "--font-size", "14"], "Summary of the measures", "Findings against the ITA",
         ["Done", "Inprogress", "Notstarted", "Nostatus"]),
    ]

    @Test(arguments: exports)
    func chartsBesideTheTablesOnOnePage(export: (files: [String], options: [String], summary: String, findings: String, statuses: [String])) throws {
        let out = try temporaryDirectory().appendingPathComponent("r.xlsx")
        let run = try WorkbookChecks.ita(["export"] + export.files.map(sample) + ["-o", out.path] + export.options)
        #expect(run.status != 2, "\(run.stderr)")

        // The anchors: each chart spans the charts' column exactly (so that it is as wide as the
        // column in every program, whatever its column unit) and rows of enough height.
        let parts = try WorkbookChecks.parts(out)
        let drawing = try #require(parts["xl/drawings/drawing1.xml"])
        let sheet = try #require(parts.first { $0.key.hasPrefix("xl/worksheets/sheet") && $0.value.contains("<drawing ") }?.value)
        let anchors = Self.matches(#"<xdr:from><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff><xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff></xdr:from><xdr:to><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff><xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff></xdr:to>"#, in: drawing)
            .map { $0.compactMap(Int.init) }
        #expect(anchors.count == 2, "two charts")
        let widths = Dictionary(Self.matches(#"<col min="(\d+)" max="(\d+)" width="([0-9.]+)""#, in: sheet).flatMap { m in
            (Int(m[0])!...Int(m[1])!).map { ($0, Double(m[2])!) }
        }, uniquingKeysWith: { a, _ in a })
        let heights = Dictionary(Self.matches(#"<row r="(\d+)"[^>]* ht="([0-9.]+)""#, in: sheet).map { (Int($0[0])!, Double($0[1])!) },
                                 uniquingKeysWith: { a, _ in a })
        /// Points from the sheet's top to 0-based `row` plus `offset` EMU.
        func y(_ row: Int, _ offset: Int) -> Double { (0..<row).map { heights[$0 + 1] ?? 15 }.reduce(0, +) + Double(offset) / 12_700 }
        for a in anchors where a.count == 8 {
            #expect(a[1] == 0 && a[4] == a[0] + 1 && a[5] == 0, "the chart spans column \(a[0] + 1) exactly: \(a)")
            #expect((widths[a[0] + 1] ?? 0) >= Self.leastWidthUnits, "the charts' column: \(widths[a[0] + 1] ?? 0) units")
            let height = y(a[6], a[7]) - y(a[2], a[3])
            #expect(height >= Self.leastHeight, "\(height) pt high")
        }

        // One page: the summary's title on a page, the findings sheet's on the next; every unit's
        // name and every status word on it twice, in the table and under the chart's bar.
        let (info, pdf) = try WorkbookChecks.renderPDF(out)
        let pages = try (1...WorkbookChecks.pages(info)).map { page in
            try WorkbookChecks.execute(WorkbookChecks.env, ["pdftotext", "-raw", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).stdout
                .filter { !$0.isWhitespace }
        }
        let summary = try #require(pages.firstIndex { $0.contains(export.summary.filter { !$0.isWhitespace }) })
        #expect(pages.firstIndex { $0.contains(export.findings.filter { !$0.isWhitespace }) } == summary + 1, "the summary is one page")
        for label in Self.units + export.statuses {
            #expect(pages[summary].components(separatedBy: label).count - 1 >= 2, "\(label) in the table and the chart")
        }
    }

    /// The capture groups of every match of `pattern` in `text`.
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }
}
