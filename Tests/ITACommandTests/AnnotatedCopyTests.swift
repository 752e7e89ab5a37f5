import Foundation
import Testing

/// The annotated copy of a submitted .xlsx is the submitted package edited: a workbook made by
/// openpyxl with borders, fills, a dropdown, a merge, print settings and two sheets keeps all of
/// them; only the problem cells gain a fill and a comment.
@Suite(.serialized) struct AnnotatedCopyTests {
    static let maker = packageRoot.appendingPathComponent("Tests/ITACommandTests/Support/make_styled_plan.py").path

    func annotate() throws -> (original: URL, copy: URL) {
        let dir = try temporaryDirectory()
        let original = dir.appendingPathComponent("plan.xlsx"), copy = dir.appendingPathComponent("annotated.xlsx")
        let made = try WorkbookChecks.execute(WorkbookChecks.env, ["python3", Self.maker, original.path])
        #expect(made.status == 0, "\(made.stderr)")
        let run = try WorkbookChecks.ita(["export", original.path, "-o", dir.appendingPathComponent("r.xlsx").path, "--annotated", copy.path])
        #expect(run.status == 1, "errors found, both written: \(run.stderr)")
        return (original, copy)
    }

    /// Parts the annotation may touch: styles, comments, drawings, relationships, content types,
    /// and the worksheet that holds the marked cells (their format index and its note drawing).
    static func mayChange(_ part: String) -> Bool {
        part == "xl/styles.xml" || part == "[Content_Types].xml" || part.hasSuffix(".rels") || part.contains("comments")
            || part.hasPrefix("xl/drawings/") || part == "xl/worksheets/sheet1.xml"
    }

    @Test func everyOtherPartIsByteIdentical() throws {
        let (original, copy) = try annotate()
        let before = try WorkbookChecks.parts(original), after = try WorkbookChecks.parts(copy)
        for (part, content) in before where !Self.mayChange(part) {
            #expect(after[part] == content, "\(part) changed")
        }
        #expect(after["xl/worksheets/sheet2.xml"] == before["xl/worksheets/sheet2.xml"], "the other sheet untouched")
        // The marked sheet: the same once the format indexes and the note drawing are taken out.
        func strip(_ xml: String) -> String {
            xml.replacingOccurrences(of: #" s="\d+""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"<legacyDrawing r:id="rIdItaVml"/>"#, with: "")
                .replacingOccurrences(of: #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#, with: "")
                .replacingOccurrences(of: #"<c r="[A-Z]+\d+"/>"#, with: "", options: .regularExpression)
        }
        #expect(strip(after["xl/worksheets/sheet1.xml"] ?? "") == strip(before["xl/worksheets/sheet1.xml"] ?? ""))
        #expect(after.keys.contains { $0.hasPrefix("xl/comments") } && after.keys.contains { $0.hasSuffix(".vml") })
    }

    static func json(_ value: Any?) throws -> String {
        guard let value, JSONSerialization.isValidJSONObject([value]) else { return "\(value ?? "nil")" }
        return String(decoding: try JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func openpyxlReadsTheOriginalStylesOfUntouchedCells() throws {
        let (original, copy) = try annotate()
        let before = try WorkbookChecks.sheets(original), after = try WorkbookChecks.sheets(copy)
        #expect(after.map { $0["name"] as? String } == ["แผน", "หมายเหตุ"])
        var marked: [String] = []
        for (a, b) in zip(before, after) {
            let cellsA = WorkbookChecks.cells(a), cellsB = WorkbookChecks.cells(b)
            for (address, cell) in cellsB where cell["comment"] != nil { marked.append(address) }
            for (address, cell) in cellsA where cellsB[address]?["comment"] == nil {
                for key in ["value", "fill", "border", "bold", "font", "wrap", "numberFormat"] {
                    #expect("\(cell[key] ?? "-")" == "\(cellsB[address]?[key] ?? "-")", "\(a["name"] ?? "") \(address) \(key)")
                }
            }
            for key in ["merged", "validations", "orientation", "paperSize", "margins"] {
                #expect(try Self.json(a[key]) == Self.json(b[key]), "\(key) kept")
            }
        }
        #expect(Set(marked).isSuperset(of: ["D3", "E4"]), "the blank responsible cell and the period outside the year: \(marked)")
        let sheet = WorkbookChecks.cells(after[0])
        #expect(sheet["D3"]?["fill"] as? String == "FFF8CBAD", "error colour")
        #expect(sheet["D3"]?["border"] as? String == "thin", "its own border kept")
        #expect((sheet["D3"]?["comment"] as? String)?.contains("วิธีแก้") == true)
        let (info, _) = try WorkbookChecks.renderPDF(copy)
        #expect(WorkbookChecks.pages(info) >= 1, "LibreOffice opens it")
    }
}
