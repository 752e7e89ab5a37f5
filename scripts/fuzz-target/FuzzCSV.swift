// libFuzzer target over the CSV reader with its encoding and dialect detection: compiled
// together with Sources/Sheets by `scripts/fuzz csv` (swiftc -sanitize=fuzzer,address).
//
// The input is the text file itself; its last byte picks the encoding choice (auto most of
// the time, else each forced code page). Checked, on every input:
// - read in chunks of 1–64 bytes and in the reader's 1 MiB chunks, the rows, the encoding, the
//   dialect and the notes are the same (detection and the parser's states must not depend on
//   where a chunk ends; inputs stay under the 4 KiB detection window, see `scripts/fuzz`);
// - the byte path (`CSVReader.write(bytes:to:)` into CSVWriter and JSONWriter) writes the very
//   bytes the Row path writes (`forEachRow` then `write(row)`), as `ita convert` relies on;
// - every failure is a SheetsError that names the file.
import Foundation

private let choices: [EncodingChoice] = [.auto, .auto, .auto, .auto, .utf8, .cp874, .cp1252, .latin1]

private struct Reading: Equatable {
    var rows: [Row]
    var encoding: TextEncoding
    var dialect: CSVDialect
    var notes: [ReadNote]
}

private enum Outcome: Equatable {
    case read(Reading)
    case failed(SheetsError)
}

private func check(_ error: SheetsError) {
    guard error.path == "fuzz.csv", !error.message.isEmpty else { fatalError("a refusal that does not name the file: \(error)") }
}

private func read(_ bytes: [UInt8], chunk: Int, _ options: ReadOptions) -> Outcome {
    var rows: [Row] = []
    do {
        let info = try CSVReader.forEachRow(bytes: bytes, path: "fuzz.csv", options: options, chunkSize: chunk) { rows.append($0) }
        return .read(Reading(rows: rows, encoding: info.encoding, dialect: info.dialect, notes: info.notes))
    } catch {
        return .failed(error)
    }
}

/// The CSV and JSON the Row path writes, and the same through the byte path.
private func writtenBothWays(_ bytes: [UInt8], rows: [Row], _ options: ReadOptions) throws(SheetsError) -> (rows: [UInt8], direct: [UInt8]) {
    let viaRows = BufferedOutput(), direct = BufferedOutput()
    var csv = try CSVWriter(output: viaRows)
    for row in rows { try csv.write(row) }
    try csv.finish()
    var json = try JSONWriter(output: viaRows)
    try json.beginSheet(name: "Sheet1")
    for row in rows { try json.write(row) }
    try json.endSheet(merged: [], state: .visible)
    try json.finish()

    var csv2 = try CSVWriter(output: direct)
    try CSVReader.write(bytes: bytes, path: "fuzz.csv", options: options, to: &csv2)
    try csv2.finish()
    var json2 = try JSONWriter(output: direct)
    try json2.beginSheet(name: "Sheet1")
    try CSVReader.write(bytes: bytes, path: "fuzz.csv", options: options, to: &json2)
    try json2.endSheet(merged: [], state: .visible)
    try json2.finish()
    return (viaRows.bytes, direct.bytes)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var options = ReadOptions(encoding: choices[Int(bytes.last ?? 0) % choices.count])
    options.limits.maxCSVFieldBytes = 1 << 12
    let small = read(bytes, chunk: 1 + Int(bytes.first ?? 0) % 64, options)
    let large = read(bytes, chunk: CSVReader.chunkSize, options)
    guard small == large else { fatalError("chunking changed the result:\n small: \(small)\n large: \(large)") }
    switch large {
    case .failed(let e):
        check(e)
    case .read(let reading):
        do throws(SheetsError) {
            let (viaRows, direct) = try writtenBothWays(bytes, rows: reading.rows, options)
            guard viaRows == direct else {
                fatalError("the byte path wrote other bytes:\n rows:   \(String(decoding: viaRows, as: UTF8.self).debugDescription)\n direct: \(String(decoding: direct, as: UTF8.self).debugDescription)")
            }
        } catch {
            fatalError("writing what was read failed: \(error)")
        }
    }
    return 0
}
