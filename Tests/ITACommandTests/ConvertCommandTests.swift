import Foundation
import Sheets
import Testing

/// `ita convert` end to end: the real binary, real files, an independent reader (openpyxl) for
/// the workbooks it writes.
@Suite struct ConvertCommandTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// The `cells` of every sheet of a canonical JSON document, as comparable values.
    static func cells(_ json: String) throws -> [[NSDictionary]] {
        let object = try jsonObject(json)
        let sheets = try #require(object["sheets"] as? [[String: Any]])
        return try sheets.map { try #require($0["cells"] as? [[String: Any]]).map { NSDictionary(dictionary: $0) } }
    }

    static func write(_ text: String, to url: URL, encoding: String.Encoding = .utf8) throws {
        try #require(text.data(using: encoding)).write(to: url)
    }

    @Test func csvToJSONIsTheJSONWriterForm() throws {
        let dir = try temporaryDirectory()
        let input = Self.fixture("csv/plan-utf8.csv")
        let out = dir.appendingPathComponent("plan.json")
        let run = try ita("convert", input, "-o", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        let expected = JSONWriter.string(try SpreadsheetReader.read(path: input))
        #expect(written == expected)
        #expect(written.hasPrefix("{\"sheets\":[{\"name\":\"plan-utf8\",\"cells\":[{\"row\":1,\"col\":1,\"ref\":\"A1\",\"type\":\"string\",\"value\":\"ลำดับ\"}"))
        // Independent golden (Python's csv module) for the cells.
        let golden = try String(contentsOfFile: Self.fixture("csv/plan-utf8.csv.expected.json"), encoding: .utf8)
        #expect(try Self.cells(written) == Self.cells(golden))
    }

    @Test func cp874CSVBecomesUTF8CSV() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("plan.csv")
        let run = try ita("convert", Self.fixture("csv/plan-cp874.csv"), "-o", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try Data(contentsOf: out)
        let text = try #require(String(data: bytes, encoding: .utf8), "the output is UTF-8")
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(text.hasPrefix("ลำดับ,มาตรการ/แนวทาง,"))
        // Read back as UTF-8 (forced), the cells are those Python's csv module found in the cp874 file.
        let back = try ita("convert", out.path, "--encoding", "utf-8", "-o", "-", "--to", "json")
        #expect(back.status == 0, "\(back.stderr)")
        let golden = try String(contentsOfFile: Self.fixture("csv/plan-cp874.csv.expected.json"), encoding: .utf8)
        #expect(try Self.cells(back.stdout) == Self.cells(golden))
    }

    @Test func csvToXLSXKeepsTextAsTextAndBoldsTheHeader() throws {
        let dir = try temporaryDirectory()
        let input = dir.appendingPathComponent("ids.csv")
        try Self.write("รหัส,เลขประจำตัว,จำนวน,ชื่อ\r\n007,1103700012345,12.5,สำนักปลัด\r\n0012,,-3,\"a,b\"\r\n", to: input)
        let out = dir.appendingPathComponent("ids.xlsx")
        let run = try ita("convert", input.path, "-o", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb.active
        print(json.dumps({"title": ws.title, "cells": {c.coordinate: [type(c.value).__name__, c.value, bool(c.font.b)]
                          for row in ws.iter_rows() for c in row if c.value is not None}}, ensure_ascii=False))
        """
        let py = try execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, out.path])
        #expect(py.status == 0, "\(py.stderr)")
        let object = try jsonObject(py.stdout)
        #expect(object["title"] as? String == "ids")
        let cells = try #require(object["cells"] as? [String: [Any]])
        func cell(_ ref: String) -> (String, String, Bool)? {
            guard let c = cells[ref] else { return nil }
            return (c[0] as! String, "\(c[1])", c[2] as! Bool)
        }
        #expect(cell("A1")! == ("str", "รหัส", true))
        #expect(cell("D1")! == ("str", "ชื่อ", true))
        #expect(cell("A2")! == ("str", "007", false))
        #expect(cell("B2")! == ("str", "1103700012345", false))
        #expect(cell("C2")! == ("str", "12.5", false), "CSV text stays text: nothing is guessed")
        #expect(cell("A3")! == ("str", "0012", false))
        #expect(cell("D3")! == ("str", "a,b", false))
        #expect(cell("B3") == nil)
    }

    @Test func xlsxToCSVKeepsTypesAsText() throws {
        let run = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "-o", "-")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "มาตรการ,ขั้นตอน,ผู้รับผิดชอบ,ระยะเวลา,งบประมาณ,รหัส")
        #expect(lines[1] == "(๑) เผยแพร่ข้อมูล,\"ประชุม\nชี้แจง\",สำนักปลัด,2021-03-15,12500.5,0012345")
        #expect(lines[2] == "(๒) ตรวจสอบ,,กองคลัง,2021-10-01T08:30:00,-0.1,1103700012345")
        #expect(lines[3] == "TRUE,FALSE,0,1e-7,123456789.123,13:45:30")
        #expect(lines[4] == ",,,2021-03-15,30:00:00,0.000123")
    }

    @Test func xlsxToXLSXKeepsDatesAsDates() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("copy.xlsx")
        let run = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "-o", out.path)
        #expect(run.status == 0, "\(run.stderr)")
        let original = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "--sheet", "1", "-o", "-", "--to", "json")
        let copy = try ita("convert", out.path, "-o", "-", "--to", "json")
        #expect(try Self.cells(copy.stdout) == Self.cells(original.stdout))
    }

    @Test func tsvOutputFromExtensionAndFlag() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("plan.tsv")
        #expect(try ita("convert", Self.fixture("csv/plan-semicolon.csv"), "-o", out.path).status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.hasPrefix("ลำดับ\tมาตรการ/แนวทาง\t"))
        let viaFlag = try ita("convert", Self.fixture("csv/plan-semicolon.csv"), "-o", "-", "--to", "tsv")
        #expect(viaFlag.stdout == text)
    }

    @Test func standardInputAndOutput() throws {
        let csv = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("csv/plan-utf8.csv")))
        let run = try execute(itaBinary, ["convert", "-", "-o", "-", "--to", "json"], stdin: csv)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("{\"sheets\":[{\"name\":\"Sheet1\","))
        let golden = try String(contentsOfFile: Self.fixture("csv/plan-utf8.csv.expected.json"), encoding: .utf8)
        #expect(try Self.cells(run.stdout) == Self.cells(golden))

        let xlsx = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("xlsx/openpyxl_types.xlsx")))
        let fromPipe = try execute(itaBinary, ["convert", "-", "-o", "-"], stdin: xlsx)
        let fromFile = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "-o", "-")
        #expect(fromPipe.status == 0, "\(fromPipe.stderr)")
        #expect(fromPipe.stdout == fromFile.stdout)
        #expect(fromPipe.stderr.isEmpty, "no progress output when standard error is not a terminal")
    }

    @Test func jsonListsEverySheetWithStatesAndMerges() throws {
        let run = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "-o", "-", "--to", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try #require(try jsonObject(run.stdout)["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["แผนปฏิบัติการ", "ซ่อน", "VeryHidden"])
        #expect(sheets.map { $0["state"] as? String } == ["visible", "hidden", "veryHidden"])
        #expect(sheets[0]["merged"] as? [String] == ["A7:A9"])
    }

    @Test(arguments: [("VeryHidden", "VeryHidden"), ("3", "VeryHidden"), ("ซ่อน", "ซ่อน"), ("2", "ซ่อน"), ("1", "แผนปฏิบัติการ")])
    func sheetByNameOrNumber(selector: String, name: String) throws {
        let run = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "--sheet", selector, "-o", "-", "--to", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try #require(try jsonObject(run.stdout)["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == [name])
    }

    @Test func fillMergedRepeatsTheValue() throws {
        let run = try ita("convert", Self.fixture("xlsx/openpyxl_types.xlsx"), "--fill-merged", "-o", "-")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(Array(lines[6...8]) == ["รวม", "รวม", "รวม"])
    }

    @Test func errorsExitTwoWithAMessage() throws {
        let dir = try temporaryDirectory()
        let input = dir.appendingPathComponent("in.csv")
        try Self.write("a,b\r\n1,2\r\n", to: input)
        let cases: [([String], String)] = [
            (["convert", dir.appendingPathComponent("missing.csv").path, "-o", dir.appendingPathComponent("x.csv").path], "no such file"),
            (["convert", input.path, "--sheet", "Nope", "-o", "-"], "no sheet \"Nope\""),
            (["convert", input.path, "--sheet", "2", "-o", "-"], "no sheet \"2\""),
            (["convert", input.path, "-o", input.path], "never overwritten"),
            (["convert", input.path, "-o", dir.path + "/./in.csv"], "never overwritten"),
            (["convert", input.path, "-o", "-", "--to", "xlsx"], "standard output"),
            (["convert", input.path, "-o", dir.appendingPathComponent("x.foo").path], "--to"),
            (["convert", Self.fixture("hostile/truncated.xlsx"), "-o", "-"], "truncated.xlsx"),
            (["convert", Self.fixture("identify/password.xlsx"), "-o", "-"], "password-protected"),
            (["convert", Self.fixture("hostile/no_workbook_relationships.xlsx"), "-o", "-"], "xl/_rels/workbook.xml.rels"),
            (["convert", Self.fixture("hostile/no_worksheets.xlsx"), "-o", "-"], "no sheets"),
            (["convert", dir.path, "-o", "-"], "folder"),
        ]
        for (arguments, message) in cases {
            let run = try execute(itaBinary, arguments + ["--lang", "en"])
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        #expect(try String(contentsOf: input, encoding: .utf8) == "a,b\r\n1,2\r\n", "the input is untouched")
    }

    @Test func overlongFieldForXLSXIsAnErrorNamingTheCell() throws {
        let dir = try temporaryDirectory()
        let input = dir.appendingPathComponent("long.csv")
        try Self.write("a,b\r\nx," + String(repeating: "ก", count: 32_768) + "\r\n", to: input)
        let out = dir.appendingPathComponent("long.xlsx")
        let run = try ita("convert", input.path, "-o", out.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("B2"), "\(run.stderr)")
        #expect(run.stderr.contains("32767") || run.stderr.contains("32,767"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
    }

    @Test func failedConversionLeavesAnExistingOutputAlone() throws {
        let dir = try temporaryDirectory()
        let out = dir.appendingPathComponent("out.csv")
        try Self.write("keep me", to: out)
        let run = try ita("convert", Self.fixture("hostile/mismatched_tags.xlsx"), "-o", out.path)
        #expect(run.status == 2)
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// `-o` naming a FIFO or device is written to, never renamed over (as root, renaming a
    /// temporary file onto `/dev/null` replaces the device). Tested on a FIFO in a temporary folder.
    @Test func outputToAFIFOIsWrittenNotReplaced() throws {
        let dir = try temporaryDirectory()
        let fifo = dir.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
        }
        reader.start()
        let run = try ita("convert", Self.fixture("csv/quotes.csv"), "-o", fifo)
        while !reader.isFinished { usleep(10_000) }
        #expect(run.status == 0, "\(run.stderr)")
        var st = stat()
        #expect(stat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
        let expected = try ita("convert", Self.fixture("csv/quotes.csv"), "-o", "-", "--to", "csv")
        #expect(String(decoding: received, as: UTF8.self) == expected.stdout)
        let xlsx = try ita("convert", Self.fixture("csv/quotes.csv"), "-o", fifo, "--to", "xlsx", "--lang", "en")
        #expect(xlsx.status == 2 && xlsx.stderr.contains("regular file"), "\(xlsx.stderr)")
        #expect(stat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "still a FIFO")
    }

    /// `ita convert` of CSV/TSV goes through the byte path; its output is what the library's
    /// `String` path (rows read, then written one by one) gives, for every text fixture and form.
    @Test(arguments: ["csv/plan-utf8.csv", "csv/plan-cp874.csv", "csv/plan-utf16le.txt", "csv/plan-utf16be.csv",
                      "csv/quotes.csv", "csv/ragged.csv", "csv/nul.csv", "csv/cp874-unassigned.csv", "csv/plan-tab.tsv"])
    func byteEqualToTheStringPath(_ name: String) throws {
        let path = Self.fixture(name)
        let rows = try SpreadsheetReader.read(path: path).sheets[0].rows
        for format in ["csv", "tsv", "json"] {
            let out = BufferedOutput()
            if format == "json" {
                var writer = try JSONWriter(output: out)
                try writer.beginSheet(name: SpreadsheetReader.sheetName(forFile: path))
                for row in rows { try writer.write(row) }
                try writer.finish()
            } else {
                var writer = try CSVWriter(output: out, options: .init(delimiter: UInt8(ascii: format == "tsv" ? "\t" : ",")))
                for row in rows { try writer.write(row) }
                try writer.finish()
            }
            let run = try ita("convert", path, "-o", "-", "--to", format)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == String(decoding: out.bytes, as: UTF8.self), "\(name) → \(format)")
            let piped = try execute(itaBinary, ["convert", "-", "-o", "-", "--to", format], stdin: Data(contentsOf: URL(fileURLWithPath: path)))
            let expectedPiped = format == "json"
                ? run.stdout.replacingOccurrences(of: "\"name\":\"\(SpreadsheetReader.sheetName(forFile: path))\"", with: "\"name\":\"Sheet1\"")
                : run.stdout
            #expect(piped.stdout == expectedPiped, "\(name) → \(format) from standard input")
        }
    }
}
