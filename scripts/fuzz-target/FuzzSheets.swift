// libFuzzer target over the XLSX reader: compiled together with Sources/Sheets by scripts/fuzz
// (swiftc -sanitize=fuzzer,address), so it reaches the internal tokenizer and parsers.
//
// One input is used three ways:
// - as a worksheet part, through XMLTokenizer + XLSXSheetParser, twice: in chunks of 1–64 bytes
//   (chosen by the first byte) and in the reader's usual 64 KiB chunks. Both runs must agree
//   exactly (rows, merged ranges, or the same error): the fast paths and the refills at chunk
//   boundaries must not change what is read;
// - as each package part (sharedStrings, styles, workbook, relationships, content types);
// - as a whole .xlsx held in memory (XLSXReader(bytes:) → libzip → every part);
// - starting with byte 0x01, as the parts of a package (split at "\u{1}|\u{1}", in the order of
//   `packageParts`) that the target zips itself (stored, correct CRCs), so that mutations reach
//   the reader's part resolution and parsers instead of failing the zip checks.
// Every failure must be a SheetsError that names the part (or the file, for the container).
import Foundation

private let parser = XLSXSheetParser(sharedStrings: ["ก", "text", ""], styles: [.plain, .date, .dateTime, .timeOfDay, .duration],
                                     date1904: false, sheetName: "Fuzz")

private enum Outcome: Equatable {
    case rows([Row], [CellRange])
    case failed(SheetsError)
}

private func sheet(_ bytes: [UInt8], chunk: Int) -> Outcome {
    var tok = XMLTokenizer(source: BytesSource(bytes, chunk: chunk, partName: "xl/worksheets/sheet1.xml", path: "fuzz.xlsx"))
    var rows: [Row] = []
    do {
        let merged = try parser.parse(&tok) { row in rows.append(row) }
        while try tok.next() != .eof {}
        return .rows(rows, merged)
    } catch {
        return .failed(error)
    }
}

private func check(_ error: SheetsError, part: String) {
    guard error.path == "fuzz.xlsx", error.part == part, !error.message.isEmpty else {
        fatalError("a refusal that does not name the file and part: \(error)")
    }
}

private func parts(_ bytes: [UInt8]) {
    func run<R>(_ part: String, _ body: (inout XMLTokenizer) throws(SheetsError) -> R) {
        var tok = XMLTokenizer(source: BytesSource(bytes, chunk: 4096, partName: part, path: "fuzz.xlsx"))
        do {
            _ = try body(&tok)
            while try tok.next() != .eof {}
        } catch {
            check(error, part: part)
        }
    }
    run("xl/sharedStrings.xml") { (tok) throws(SheetsError) in try XLSXParts.sharedStrings(&tok, maxCount: 100_000) }
    run("xl/styles.xml") { (tok) throws(SheetsError) in try XLSXParts.styles(&tok) }
    run("xl/workbook.xml") { (tok) throws(SheetsError) in try XLSXParts.workbook(&tok) }
    run("_rels/.rels") { (tok) throws(SheetsError) in try XLSXParts.relationships(&tok) }
    run("[Content_Types].xml") { (tok) throws(SheetsError) in try XLSXParts.contentTypes(&tok) }
}

/// The part names of package mode, in order.
let packageParts = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                    "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet2.xml"]

private func readWorkbook(_ bytes: [UInt8]) {
    do {
        _ = try XLSXReader.readWorkbook(bytes: bytes, path: "fuzz.xlsx", options: fuzzReadOptions())
    } catch {
        guard error.path == "fuzz.xlsx", !error.message.isEmpty else { fatalError("a refusal that does not name the file: \(error)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSheets(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.count >= 2, bytes[0] == 0x50, bytes[1] == 0x4B {  // PK: a zip container
        readWorkbook(bytes)
        return 0
    }
    if bytes.first == 0x01 {  // package mode
        var pieces: [[UInt8]] = [[]]
        var i = 1
        while i < bytes.count {
            if i + 2 < bytes.count, bytes[i] == 0x01, bytes[i + 1] == UInt8(ascii: "|"), bytes[i + 2] == 0x01 {
                pieces.append([]); i += 3
            } else {
                pieces[pieces.count - 1].append(bytes[i]); i += 1
            }
        }
        let entries = zip(packageParts, pieces).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }
        readWorkbook(storedZip(entries))
        return 0
    }
    let small = sheet(bytes, chunk: 1 + Int(bytes.first ?? 0) % 64)
    let large = sheet(bytes, chunk: ZipEntryStream.chunkSize)
    if case .failed(let e) = large { check(e, part: "xl/worksheets/sheet1.xml") }
    guard small == large else {
        fatalError("chunking changed the result:\n small: \(small)\n large: \(large)")
    }
    parts(bytes)
    return 0
}
