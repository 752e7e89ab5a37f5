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
/// Rows stream from the reader (`CSVReader.forEachRow`, `XLSXReader.forEachRow`) straight into
/// the writer (`CSVWriter`, `JSONWriter`, `XLSXWriter` in constant-memory mode); no grid is built,
/// except for `--fill-merged`, which needs an XLSX sheet's merges (they follow its cells in the
/// part) and so reads the sheet whole under the cell budget. CSV/TSV to CSV/TSV/JSON goes
/// further: the fields' bytes go from the read buffer to the writer's (`CSVReader.write(path:to:)`),
/// with no `Row`, `Cell` or `String` per field; the output is byte for byte the same. So does
/// XLSX to CSV/TSV/JSON without `--fill-merged` (`XLSXReader.write(sheetAt:to:)`): shared strings
/// are copied from the table's UTF-8 bytes, other values formatted as `write(row)` does.
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
        if format == .xlsx && output == "-" {
            throw SheetsError(.invalidArgument, localized(
                th: "ไฟล์ Excel (.xlsx) แสดงออกหน้าจอ (standard output) ไม่ได้ ระบุชื่อไฟล์ด้วย -o",
                en: "an .xlsx workbook cannot be written to standard output; give a file name with -o"))
        }
        var st = stat()
        if format == .xlsx, stat(output, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            // The workbook is renamed into place when done, which would replace a device or FIFO.
            throw SheetsError(.invalidArgument, localized(
                th: "\(output) ไม่ใช่ไฟล์ธรรมดา (เป็นอุปกรณ์หรือท่อ) ไฟล์ Excel (.xlsx) ต้องบันทึกเป็นไฟล์ ระบุชื่อไฟล์อื่น",
                en: "an .xlsx workbook can only be written to a regular file; \(output) is not one"))
        }
        if input != "-", output != "-", Self.sameFile(input, output) {
            throw SheetsError(.invalidArgument, OutputProblem.isInput(input))
        }
        return format
    }

    /// True when both paths name one file (same device and inode), or the same path.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        return URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }

    func run() throws {
        if let problem = OutputProblem.beforeWriting(output) {
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

    private func convert(format: ConvertFormat) throws(SheetsError) {
        let source = try ConvertSource(path: input, options: ReadOptions(encoding: encoding))
        let chosen: Int? = try sheet.map { (s) throws(SheetsError) in try source.sheetIndex(for: s) }
        let progress = ProgressBar(rows: ProgressBar.wanted)
        defer { progress.finish() }
        switch format {
        case .json:
            let indices = chosen.map { [$0] } ?? Array(source.sheets.indices)
            try withTextOutput { (out) throws(SheetsError) in
                var writer = try JSONWriter(output: out)
                for index in indices {
                    try writer.beginSheet(name: source.sheets[index].name)
                    if let merged = try source.writeCells(of: index, fillMerged: fillMerged, to: &writer, progress: progress) {
                        try writer.endSheet(merged: merged, state: source.sheets[index].state)
                        continue
                    }
                    let merged = try source.rows(of: index, fillMerged: fillMerged) { (row) throws(SheetsError) in
                        try writer.write(row)
                        progress.tick()
                    }
                    try writer.endSheet(merged: merged, state: source.sheets[index].state)
                }
                try writer.finish()
            }
        case .csv, .tsv:
            let index = try source.chosenOrFirstVisible(chosen)
            let options = CSVWriter.Options(delimiter: UInt8(ascii: format == .tsv ? "\t" : ","))
            try withTextOutput { (out) throws(SheetsError) in
                var writer = try CSVWriter(output: out, options: options)
                if try source.writeCells(of: index, fillMerged: fillMerged, to: &writer, progress: progress) != nil {
                    return try writer.finish()
                }
                try source.rows(of: index, fillMerged: fillMerged) { (row) throws(SheetsError) in
                    try writer.write(row)
                    progress.tick()
                }
                try writer.finish()
            }
        case .xlsx:
            let index = try source.chosenOrFirstVisible(chosen)
            var writer = try XLSXWriter(path: output, constantMemory: true)
            let handle = try writer.addSheet(named: source.sheets[index].name)
            let bold = CellStyle(bold: true)
            try source.rows(of: index, fillMerged: fillMerged) { (row) throws(SheetsError) in
                let style: CellStyle? = row.index == 1 ? bold : nil
                for cell in row.cells {
                    do throws(SheetsError) {
                        try writer.write(cell.value, at: cell.address, in: handle, style: style)
                    } catch {
                        var e = error
                        if e.path == nil { e.path = output }
                        if e.address == nil { e.address = cell.address }
                        throw e
                    }
                }
                progress.tick()
            }
            try writer.close()
        }
    }

    /// Runs `body` with a buffered output to standard output, or to a temporary file beside
    /// `-o` that is renamed onto it when `body` succeeds (and removed when it fails). An `-o`
    /// that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written to
    /// directly: renaming onto it would replace the device itself.
    private func withTextOutput(_ body: (BufferedOutput) throws(SheetsError) -> Void) throws(SheetsError) {
        if output == "-" {
            let out = BufferedOutput(fileDescriptor: STDOUT_FILENO, path: "standard output", capacity: 1 << 18, background: true)
            try body(out)
            return
        }
        var st = stat()
        if stat(output, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            guard (st.st_mode & S_IFMT) != S_IFDIR else {
                throw SheetsError(.writeFailed, "-o names a folder, not a file", path: output)
            }
            let fd = open(output, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw SheetsError(.writeFailed, "cannot open the output (\(String(cString: strerror(errno))))", path: output)
            }
            defer { close(fd) }
            try body(BufferedOutput(fileDescriptor: fd, path: output, capacity: 1 << 18, background: true))
            return
        }
        let url = URL(fileURLWithPath: output)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw SheetsError(.writeFailed, "cannot create the output (\(String(cString: strerror(errno))))", path: output)
        }
        var renamed = false
        defer {
            close(fd)
            if !renamed { unlink(temp) }
        }
        try body(BufferedOutput(fileDescriptor: fd, path: output, capacity: 1 << 18, background: true))
        guard rename(temp, output) == 0 else {
            throw SheetsError(.writeFailed, "cannot rename the finished output into place (\(String(cString: strerror(errno))))", path: output)
        }
        renamed = true
    }
}

/// The input of `convert`: an XLSX reader, a CSV/TSV stream (one sheet) or a document read whole,
/// behind one interface; what the file is comes from `FileIdentifier`, once.
final class ConvertSource {
    struct SheetEntry {
        var name: String
        var state: SheetState
        var hasCells: Bool
    }

    private enum Backend {
        case xlsx(XLSXReader)
        case csvFile(String)
        case csvBytes([UInt8])
        /// A format read whole (a Word document): its sheets are streamed from memory.
        case workbook(Workbook)
    }

    let path: String
    let options: ReadOptions
    let sheets: [SheetEntry]
    private let backend: Backend

    init(path: String, options: ReadOptions) throws(SheetsError) {
        self.path = path
        self.options = options
        let streamBytes = try SpreadsheetReader.readWholeIfStream(path)
        let kind = if let streamBytes {
            try FileIdentifier.identify(bytes: streamBytes, path: path, limits: options.limits)
        } else {
            try FileIdentifier.identify(path: path, limits: options.limits)
        }
        switch kind {
        case .xlsx:
            let reader = if let streamBytes {
                try XLSXReader(bytes: streamBytes, path: path, options: options)
            } else {
                try XLSXReader(path: path, options: options)
            }
            backend = .xlsx(reader)
            sheets = reader.sheetInfos.map { SheetEntry(name: $0.name, state: $0.state, hasCells: $0.kind == .worksheet) }
        case .text:
            backend = streamBytes.map { .csvBytes($0) } ?? .csvFile(path)
            let name = path == "-" ? CSVReader.sheetName : SpreadsheetReader.sheetName(forFile: path)
            sheets = [SheetEntry(name: name, state: .visible, hasCells: true)]
        default:
            let workbook = try SpreadsheetReader.read(kind, path: path, bytes: streamBytes, options: options)
            backend = .workbook(workbook)
            sheets = workbook.sheets.map { SheetEntry(name: $0.name, state: $0.state, hasCells: $0.kind == .worksheet) }
        }
    }

    /// `--sheet`: an exact name first, then a 1-based number.
    func sheetIndex(for selector: String) throws(SheetsError) -> Int {
        if let i = sheets.firstIndex(where: { $0.name == selector }) { return i }
        if let n = Int(selector.trimmingCharacters(in: .whitespaces)), sheets.indices.contains(n - 1) { return n - 1 }
        let names = sheets.enumerated().map { "\($0.offset + 1) \"\($0.element.name)\"" }.joined(separator: ", ")
        throw SheetsError(.invalidArgument, "there is no sheet \"\(selector)\"; the sheets are: \(names)", path: path)
    }

    func chosenOrFirstVisible(_ chosen: Int?) throws(SheetsError) -> Int {
        if let chosen { return chosen }
        return try firstVisibleSheet()
    }

    /// The first visible sheet that has cells (a worksheet), else the first sheet.
    func firstVisibleSheet() throws(SheetsError) -> Int {
        if let i = sheets.firstIndex(where: { $0.state == .visible && $0.hasCells }) { return i }
        if let i = sheets.firstIndex(where: { $0.hasCells }) { return i }
        throw SheetsError(.invalidArgument, "the workbook has no worksheet with cells", path: path)
    }

    /// Streams the rows of one sheet; returns its merged ranges.
    @discardableResult
    func rows(of index: Int, fillMerged: Bool, _ body: (Row) throws(SheetsError) -> Void) throws(SheetsError) -> [CellRange] {
        switch backend {
        case .xlsx(let reader):
            if fillMerged {
                let sheet = try reader.readSheet(at: index).fillingMerged()
                for row in sheet.rows { try body(row) }
                return sheet.merged
            }
            do {
                return try reader.forEachRow(sheetAt: index) { row in try body(row) }
            } catch let error as SheetsError {
                throw error
            } catch {
                throw SheetsError(.invalidArgument, "\(error)", path: path)
            }
        case .csvFile(let file):
            try CSVReader.forEachRow(path: file, options: options) { row in try body(row) }
            return []
        case .csvBytes(let bytes):
            try CSVReader.forEachRow(bytes: bytes, path: path, options: options) { row in try body(row) }
            return []
        case .workbook(let workbook):
            let sheet = fillMerged ? workbook.sheets[index].fillingMerged() : workbook.sheets[index]
            for row in sheet.rows { try body(row) }
            return sheet.merged
        }
    }

    /// Writes the cells of one sheet straight into `writer`, with no `Row` built: CSV/TSV
    /// fields as they are read (`CSVReader.write`), XLSX cells as the sheet part is parsed
    /// (`XLSXReader.write(sheetAt:to:)`). Returns the merged ranges (none for CSV), or nil
    /// for `--fill-merged` on a workbook, which needs the sheet whole (`rows(of:)`).
    func writeCells(of index: Int, fillMerged: Bool, to writer: inout CSVWriter, progress: ProgressBar) throws(SheetsError) -> [CellRange]? {
        switch backend {
        case .xlsx(let reader):
            if fillMerged { return nil }
            return try reader.write(sheetAt: index, to: &writer, progress: progress.set(rows:))
        case .csvFile(let file): try CSVReader.write(path: file, options: options, to: &writer, progress: progress.set(rows:))
        case .csvBytes(let bytes): try CSVReader.write(bytes: bytes, path: path, options: options, to: &writer, progress: progress.set(rows:))
        case .workbook: return nil
        }
        return []
    }

    /// As above, into the writer's current sheet.
    func writeCells(of index: Int, fillMerged: Bool, to writer: inout JSONWriter, progress: ProgressBar) throws(SheetsError) -> [CellRange]? {
        switch backend {
        case .xlsx(let reader):
            if fillMerged { return nil }
            return try reader.write(sheetAt: index, to: &writer, progress: progress.set(rows:))
        case .csvFile(let file): try CSVReader.write(path: file, options: options, to: &writer, progress: progress.set(rows:))
        case .csvBytes(let bytes): try CSVReader.write(bytes: bytes, path: path, options: options, to: &writer, progress: progress.set(rows:))
        case .workbook: return nil
        }
        return []
    }
}
