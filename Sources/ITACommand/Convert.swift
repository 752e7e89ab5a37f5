import ArgumentParser
import Foundation
import ITA
import Sheets

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ConvertFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, tsv, xlsx, json
}

/// `ita convert IN -o OUT`: lossless conversion of any sheet (the canonical JSON is `JSONWriter`'s).
///
/// The input is a `SpreadsheetSource`; its cells stream into the writer (`CSVWriter`,
/// `JSONWriter`, or an `XLSXWriter` sheet in constant-memory mode), each a `CellSink`, with no
/// grid built except for `--fill-merged` on an XLSX sheet (see `SpreadsheetSource.stream`).
/// Text output is written whole or not at all (`OutputFile.writeText`).
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(th: "แปลงแผ่นงานของไฟล์ CSV/TSV/XLSX หรือตารางในเอกสาร Word เป็น CSV, TSV, XLSX หรือ JSON โดยข้อมูลไม่เปลี่ยน",
                            en: "Convert any sheet of a CSV/TSV/XLSX file or the tables of a Word document to CSV, TSV, XLSX or canonical JSON, losslessly."),
        discussion: localized(
            th: """
            ข้อความยังเป็นข้อความ (เลข 0 นำหน้าและเลขประจำตัว 13 หลักไม่หาย) ตัวเลขตรงตามเดิม วันที่ยังเป็นวันที่ \
            ไฟล์ JSON (ไฟล์ข้อความสำหรับโปรแกรมอื่น) มีทุกแผ่นงาน หรือเฉพาะแผ่นที่เลือกด้วย --sheet ส่วน CSV, TSV \
            และ XLSX มีแผ่นเดียว คือแผ่นที่เลือก หรือแผ่นแรกที่มองเห็นได้ ช่องที่ผสานไว้จะบอกไว้ใน JSON \
            ส่วน --fill-merged ใส่ค่าของช่องที่ผสานลงในทุกช่องของช่วงนั้นแทน

            ตัวอย่าง:
              ita convert แผน.csv -o แผน.xlsx            CSV จาก Excel ภาษาไทย เป็นไฟล์ Excel
              ita convert ผล.xlsx -o ผล.csv --sheet 2     แผ่นงานที่ 2 เป็น CSV แบบสากล

            ผลลัพธ์ (รหัสจบการทำงาน): 0 บันทึกแล้ว, 2 ไม่ได้บันทึก
            """,
            en: """
            Text stays text (leading zeros, 13-digit IDs), numbers are exact, dates stay dates. JSON lists \
            every sheet (or the one chosen with --sheet) in the canonical form; CSV, TSV and XLSX hold one \
            sheet, the first visible one by default. Merged ranges are listed in JSON; --fill-merged repeats \
            a merged range's value in each of its cells instead.

            Examples:
              ita convert plan.csv -o plan.xlsx
              ita convert results.xlsx -o results.csv --sheet 2

            Exit status: 0 written, 2 nothing written.
            """))

    @Argument(help: .localized(th: "ไฟล์ที่จะแปลง (.xlsx, .docx, .csv, .tsv หรือข้อความ); - คืออ่านจากข้อมูลที่ส่งต่อมาทางท่อ",
                               en: "The file to read (.xlsx, .docx, .csv, .tsv, text); - for standard input."))
    var input: String

    @Option(name: .shortAndLong, help: .localized(th: "ไฟล์ที่จะบันทึก; - คือแสดงผลออกหน้าจอ (ใช้กับ xlsx ไม่ได้)",
                                                  en: "The file to write; - for standard output (not for xlsx)."))
    var output: String

    @Option(help: .localized(th: "รูปแบบไฟล์ที่จะบันทึก ถ้าไม่ระบุ ดูจากนามสกุลของ -o (แสดงผลออกหน้าจอเป็น csv)",
                             en: "Output format; by default from the extension of -o (csv for standard output)."))
    var to: ConvertFormat?

    @Option(help: .localized(th: "แผ่นงานที่จะแปลง: ชื่อแผ่น หรือลำดับแผ่น (1 = แผ่นแรก)",
                             en: "The sheet to convert: its name, or its number (1 = first) in workbook order."))
    var sheet: String?

    @Option(help: .localized(th: "วิธีเก็บตัวอักษรของไฟล์ CSV/TSV: auto (ให้โปรแกรมดูเอง), utf-8 (แบบสากล), cp874 (แบบที่ Excel ภาษาไทยบันทึก)",
                             en: "Text encoding of CSV/TSV input."))
    var encoding: EncodingChoice = .auto

    @Flag(help: .localized(th: "ใส่ค่าของช่องที่ผสานไว้ลงในทุกช่องของช่วงนั้น", en: "Repeat each merged range's value in every cell of the range."))
    var fillMerged = false

    @OptionGroup var language: LanguageOption

    /// The output format from `--to`, else from the extension of `-o`.
    func resolvedFormat() throws(SheetsError) -> ConvertFormat {
        if let to { return to }
        if output == "-" { return .csv }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "xlsx": return .xlsx
        case "json": return .json
        default:
            throw SheetsError(.invalidArgument, localized(
                th: "บอกไม่ได้ว่าจะบันทึก \"\(output)\" เป็นแบบใด ใช้นามสกุล .csv .tsv .xlsx หรือ .json หรือระบุ --to csv|tsv|xlsx|json",
                en: "cannot tell the output format from \"\(output)\"; pass --to csv|tsv|xlsx|json"))
        }
    }

    /// Argument checks that need the file system; failing ones exit 2 like unreadable input.
    func checkArguments() throws(SheetsError) -> ConvertFormat {
        let format = try resolvedFormat()
        let target = OutputFile(path: output)
        if format == .xlsx && target.isStandardOutput {
            throw SheetsError(.invalidArgument, localized(
                th: "ไฟล์ Excel (.xlsx) แสดงออกหน้าจอ (standard output) ไม่ได้ ระบุชื่อไฟล์ด้วย -o",
                en: "an .xlsx workbook cannot be written to standard output; give a file name with -o"))
        }
        if format == .xlsx, target.isSpecialFile {
            // The workbook is renamed into place when done, which would replace a device or FIFO.
            throw SheetsError(.invalidArgument, localized(
                th: "\(output) ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์หรือท่อ) ไฟล์ Excel (.xlsx) ต้องบันทึกเป็นไฟล์ ระบุชื่อไฟล์อื่น",
                en: "an .xlsx workbook can only be written to a regular file; \(output) is not one"))
        }
        if input != "-", !target.isStandardOutput, target.isSameFile(as: input) {
            throw SheetsError(.invalidArgument, OutputProblem.isInput(input))
        }
        return format
    }

    func run() throws {
        if let problem = OutputFile(path: output).problemBeforeWriting {
            Console.error("ita: " + problem)
            throw ExitCode(2)
        }
        do {
            try convert(format: try checkArguments())
        } catch {
            Console.error(describe(error))
            throw ExitCode(2)
        }
    }

    /// An argument problem as it is (already in the run's language), an output problem as
    /// `OutputProblem` explains it, anything else as the reader's finding says it.
    private func describe(_ error: SheetsError) -> String {
        if error.code == .invalidArgument { return "ita: " + error.description }
        if error.path == output, output != "-" { return "ita: " + OutputProblem.explain(error, output: output) }
        if error.path == "standard output" { return "ita: " + OutputProblem.explain(error, output: "-") }
        return readProblem(error)
    }

    /// The chosen sheets streamed from the source into the writer of the format.
    private func convert(format: ConvertFormat) throws(SheetsError) {
        let source = try SpreadsheetSource(path: input, options: ReadOptions(encoding: encoding))
        let chosen: Int? = try sheet.map { (s) throws(SheetsError) in try source.sheetIndex(for: s) }
        let progress = ProgressBar(rows: ProgressBar.wanted)
        defer { progress.finish() }
        switch format {
        case .json:
            let indices = chosen.map { [$0] } ?? Array(source.sheets.indices)
            try OutputFile(path: output).writeText { (out) throws(SheetsError) in
                var writer = try JSONWriter(output: out)
                for index in indices {
                    try writer.beginSheet(name: source.sheets[index].name)
                    let merged = try source.stream(sheetAt: index, fillMerged: fillMerged, into: &writer, progress: progress.set(rows:))
                    try writer.endSheet(merged: merged, state: source.sheets[index].state)
                }
                try writer.finish()
            }
        case .csv, .tsv:
            let index = if let chosen { chosen } else { try source.firstVisibleSheet() }
            let options = CSVWriter.Options(delimiter: UInt8(ascii: format == .tsv ? "\t" : ","))
            try OutputFile(path: output).writeText { (out) throws(SheetsError) in
                var writer = try CSVWriter(output: out, options: options)
                try source.stream(sheetAt: index, fillMerged: fillMerged, into: &writer, progress: progress.set(rows:))
                try writer.finish()
            }
        case .xlsx:
            let index = if let chosen { chosen } else { try source.firstVisibleSheet() }
            var writer = try XLSXWriter(path: output, constantMemory: true)
            let handle = try writer.addSheet(named: source.sheets[index].name)
            var sink = writer.cellSink(for: handle, firstRowStyle: CellStyle(bold: true))
            try source.stream(sheetAt: index, fillMerged: fillMerged, into: &sink, progress: progress.set(rows:))
            try writer.close()
        }
    }
}
