import Foundation
import Testing

/// The findings sheet in print: a finding whose message is longer than a page holds continues on
/// rows of its own (as a long table cell does), each row in its severity's colour, none taller
/// than the printable height, and all of its text in the PDF LibreOffice prints.
@Suite(.serialized) struct PrintFindingsTests {
    /// A result dated outside its planned period: `result-outside-period` quotes the whole period
    /// cell, here some 2,400 characters (far more lines than a page holds at 14 or 16 points).
    static func resultsWithALongPeriod(in dir: URL) throws -> URL {
        let long = (1...40).map { "ช่วงที่ \($0) จัดอบรมเจ้าหน้าที่ทุกกองเรื่องการป้องกันผลประโยชน์ทับซ้อน" }.joined(separator: " ")
        let input = dir.appendingPathComponent("results.csv")
        try """
        รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2567
        ลำดับ,มาตรการ,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,ผลการดำเนินการ,ข้อเสนอแนะ
        1,ให้ความรู้เรื่องผลประโยชน์ทับซ้อน,จัดประชุม,สำนักปลัด,"ม.ค. - มี.ค. 2567 \(long)",ดำเนินการเมื่อวันที่ 15 สิงหาคม 2567,-
        2,เผยแพร่ข้อมูลสาธารณะ,ประกาศบนเว็บไซต์,สำนักปลัด,ม.ค. - มี.ค. 2567,ประกาศแล้ว เมื่อวันที่ 15 มกราคม 2567,-

        """.write(to: input, atomically: true, encoding: .utf8)
        return input
    }

    /// `--lang`, `--font-size`, and the findings sheet's title in that language (where its pages start).
    static let looks: [(options: [String], language: String, title: String)] = [
        ([], "th", "ผลการตรวจตามแบบของ ITA"),
        (["--lang", "en", "--font-size", "14"], "en", "Findings against the ITA"),
    ]

    @Test(arguments: looks)
    func aFindingLongerThanAPageIsPrintedWhole(look: (options: [String], language: String, title: String)) throws {
        let dir = try temporaryDirectory()
        let input = try Self.resultsWithALongPeriod(in: dir)
        let validated = try WorkbookChecks.ita(["validate", input.path, "--format", "json"])
        let files = try #require(try jsonObject(validated.stdout)["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["code"] as? String == "result-outside-period" })
        let message = try #require((finding["message"] as? [String: String])?[look.language])
        #expect(message.count > 2_000, "the message quotes the whole period")

        let out = dir.appendingPathComponent("r.xlsx")
        let run = try WorkbookChecks.ita(["export", input.path, "-o", out.path] + look.options)
        #expect(run.status != 2, "\(run.stderr)")
        for (part, heights) in try ExportCommandTests.rowHeights(out) {
            #expect(heights.allSatisfy { $0 <= ExportCommandTests.printableHeight - 20 }, "\(part): \(heights.max() ?? 0) pt")
        }

        // The finding's rows: the first holds its severity, code and the link to its place; the
        // rows continuing it hold the rest of its message, all in the warning's colour.
        let sheet = try #require(try WorkbookChecks.sheets(out).last)
        let cells = WorkbookChecks.cells(sheet)
        let rows = Set(cells.keys.compactMap { key in key.hasPrefix("D") ? Int(key.dropFirst()) : nil }).sorted().dropFirst()  // below the header
        #expect(rows.count >= 3, "continued on rows of its own: \(rows)")
        for row in rows {
            for column in ["A", "B", "C", "D", "E"] {
                #expect(cells["\(column)\(row)"]?["fill"] as? String == "FFFFE699", "\(column)\(row) in the warning's colour")
            }
        }
        let links = cells.filter { $0.value["link"] is String }.map(\.key)
        #expect(links == ["C\(rows.first ?? 0)"], "one link, on the finding's first row: \(links)")
        #expect((sheet["rowBreaks"] as? [Int])?.isEmpty == false, "the pages start where the layout says")

        // All of the message in the findings pages of the PDF (the period is also in the results
        // table's pages before them).
        let (info, pdf) = try WorkbookChecks.renderPDF(out)
        let pages = WorkbookChecks.pages(info)
        let perPage = try (1...pages).map { page in
            try WorkbookChecks.execute(WorkbookChecks.env, ["pdftotext", "-raw", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"]).stdout
        }
        let first = try #require(perPage.firstIndex { $0.contains(look.title) }, "the findings sheet's title")
        let printed = perPage[first...].joined().filter { !$0.isWhitespace }
        let wanted = message.filter { !$0.isWhitespace }
        #expect(ExportCommandTests.holds(printed, wanted), "all of the finding's message on the findings pages")
        #expect(printed.contains(String(wanted.suffix(30))), "its very end")
        #expect(pages - first >= 3, "the finding goes on over pages: \(pages - first) pages")
    }
}
