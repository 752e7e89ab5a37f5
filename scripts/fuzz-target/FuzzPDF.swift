// libFuzzer target over the PDF reader: compiled together with Sources/Sheets by
// `scripts/fuzz --pdf` (swiftc -sanitize=fuzzer,address), so it reaches the internal layout code.
//
// One input is used two ways:
// - as a whole PDF (PDFReader.readWorkbook(bytes:) → poppler → glyphs, rendered rules → layout);
// - as text (AlignedText: a viewer's copy of space-aligned columns, split at form feeds).
// Every failure must be a SheetsError that names the file; a sheet must have its rows in order
// and a page for each of them.
import Foundation

private func checkSheet(_ sheet: Sheet) {
    var last = 0
    for row in sheet.rows {
        guard row.index > last, sheet.pages[row.index] != nil || sheet.pages.isEmpty else {
            fatalError("rows out of order or without a page: \(row.index)")
        }
        last = row.index
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = PDFReader.Limits()
    limits.maxPages = 20
    limits.maxSeconds = 5
    do {
        let workbook = try PDFReader.readWorkbook(bytes: bytes, path: "fuzz.pdf", limits: limits)
        workbook.sheets.forEach(checkSheet)
    } catch {
        guard error.path == "fuzz.pdf", !error.message.isEmpty else { fatalError("a refusal that does not name the file: \(error)") }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let rows = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
        line.isEmpty ? nil : Row(index: index + 1, cells: [Cell(CellAddress(row: index + 1, column: 1), .string(String(line)))])
    }
    if let sheet = AlignedText.sheet(reading: Sheet(name: "fuzz", rows: rows)) { checkSheet(sheet) }
    return 0
}
