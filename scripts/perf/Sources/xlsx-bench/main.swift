// The XLSX reader's micro-benchmark (release build; not the official scripts/bench).
//
//   cd scripts/perf && swift build -c release
//   .build/release/xlsx-bench FILE.xlsx [repeats]          stream every worksheet (forEachRow)
//   .build/release/xlsx-bench --floor FILE.xlsx [repeats]  libzip only: zip_fread every entry to nowhere
//   .build/release/xlsx-bench --workbook FILE.xlsx [repeats]  readWorkbook (whole sheets in memory)
//
// Each run prints its time; the last line gives the best run and the peak RSS of the process.
// Compare modes as ratios within one session (the machine is shared).
import CLibzipBench
import Foundation
import Sheets

var args = Array(CommandLine.arguments.dropFirst())
var mode = "rows"
if let first = args.first, first.hasPrefix("--") { mode = String(first.dropFirst(2)); args.removeFirst() }
guard !args.isEmpty, ["rows", "floor", "workbook"].contains(mode) else {
    FileHandle.standardError.write("usage: xlsx-bench [--floor|--workbook] FILE.xlsx [repeats]\n".data(using: .utf8)!)
    exit(2)
}
let path = args[0]
let repeats = args.count > 1 ? Int(args[1]) ?? 3 : 3

/// Inflates every entry with 64 KiB `zip_fread` calls and throws the bytes away.
func inflateFloor(_ path: String) -> Int {
    var code: Int32 = 0
    guard let archive = zip_open(path, ZIP_RDONLY, &code) else { fatalError("zip_open failed: \(code)") }
    defer { zip_close(archive) }
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: 64 << 10, alignment: 16)
    defer { buffer.deallocate() }
    var total = 0
    for index in 0..<UInt64(zip_get_num_entries(archive, 0)) {
        guard let file = zip_fopen_index(archive, index, 0) else { fatalError("zip_fopen_index failed") }
        while true {
            let n = zip_fread(file, buffer, 64 << 10)
            if n <= 0 { break }
            total += Int(n)
        }
        zip_fclose(file)
    }
    return total
}

let clock = ContinuousClock()
var best = Double.infinity
for run in 1...repeats {
    var cells = 0, rows = 0, bytes = 0
    let elapsed = try clock.measure {
        switch mode {
        case "floor":
            bytes = inflateFloor(path)
        case "workbook":
            let workbook = try XLSXReader.readWorkbook(path: path)
            for sheet in workbook.sheets { rows += sheet.rows.count; cells += sheet.cellCount }
        default:
            let reader = try XLSXReader(path: path)
            for (i, info) in reader.sheetInfos.enumerated() where info.kind == .worksheet {
                try reader.forEachRow(sheetAt: i) { row in rows += 1; cells += row.cells.count }
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    best = min(best, seconds)
    if mode == "floor" {
        print(String(format: "run %d: floor, %d bytes inflated in %.3f s = %.0f MB/s", run, bytes, seconds, Double(bytes) / seconds / 1e6))
    } else {
        print(String(format: "run %d: %@, %d rows, %d cells in %.3f s = %.2f M cells/s", run, mode, rows, cells, seconds, Double(cells) / seconds / 1e6))
    }
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "best %.3f s; peak RSS %.1f MB", best, Double(usage.ru_maxrss) / 1024))
