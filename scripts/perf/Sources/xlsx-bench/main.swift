// Streams every worksheet of an XLSX file and reports cells/s.
//   cd scripts/bench && swift run -c release xlsx-bench FILE.xlsx [repeats]
import Foundation
import Sheets

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write("usage: xlsx-bench FILE.xlsx [repeats]\n".data(using: .utf8)!)
    exit(2)
}
let repeats = args.count > 2 ? Int(args[2]) ?? 3 : 3
let clock = ContinuousClock()
for run in 1...repeats {
    var cells = 0, rows = 0
    let elapsed = try clock.measure {
        let reader = try XLSXReader(path: args[1])
        for (i, info) in reader.sheetInfos.enumerated() where info.kind == .worksheet {
            try reader.forEachRow(sheetAt: i) { row in rows += 1; cells += row.cells.count }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "run %d: %d rows, %d cells in %.3f s = %.2f M cells/s", run, rows, cells, seconds, Double(cells) / seconds / 1e6))
}
