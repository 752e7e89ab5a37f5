// libFuzzer target over the Word reader and the identification of files (scripts/fuzz --target
// docx), compiled together with Sources/Sheets, so internal types are reachable.
//
// One input is used these ways:
// - starting with "PK", as a whole file held in memory: identified (FileIdentifier), then read
//   by SpreadsheetReader (so a .docx goes through libzip, the package relationships and the
//   body parser; an .xlsx through the XLSX reader);
// - starting with the Compound File magic, as a file to identify: the directory walk must stay
//   in bounds whatever the sector numbers say;
// - otherwise as `word/document.xml`, through XMLTokenizer + DOCXBodyParser twice, in chunks of
//   1–64 bytes (chosen by the first byte) and in the reader's 64 KiB chunks: both runs must
//   agree exactly (rows, merged ranges, or the same error); then zipped (stored, correct CRCs)
//   into a minimal package with its content types and relationships and read from memory, so
//   that mutations reach the body parser instead of failing the zip checks; and identified.
// Every failure must be a SheetsError that names the file (and the part, inside a package).
import Foundation

private enum Outcome: Equatable {
    case sheet([Row], [CellRange])
    case failed(SheetsError)
}

private func body(_ bytes: [UInt8], chunk: Int) -> Outcome {
    var tok = XMLTokenizer(source: BytesSource(bytes, chunk: chunk, partName: "word/document.xml", path: "fuzz.docx"))
    var parser = DOCXBodyParser(sheetName: "Fuzz", maxCells: 200_000)
    do {
        let sheet = try parser.parse(&tok)
        return .sheet(sheet.rows, sheet.merged)
    } catch {
        return .failed(error)
    }
}

private let contentTypes = Array("""
<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
""".utf8)
private let packageRelationships = Array("""
<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
""".utf8)

private func read(_ bytes: [UInt8]) {
    do {
        _ = try SpreadsheetReader.read(bytes: bytes, path: "fuzz.docx", options: fuzzReadOptions())
    } catch {
        guard error.path == "fuzz.docx", !error.message.isEmpty else { fatalError("a refusal that does not name the file: \(error)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOCX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: [0x50, 0x4B]) {
        read(bytes)
        return 0
    }
    if bytes.starts(with: CompoundFileDirectory.magic) {
        _ = try? FileIdentifier.identify(bytes: bytes, path: "fuzz.docx")
        return 0
    }
    let small = body(bytes, chunk: 1 + Int(bytes.first ?? 0) % 64)
    let large = body(bytes, chunk: ZipEntryStream.chunkSize)
    if case .failed(let e) = large, e.path != "fuzz.docx" || e.part != "word/document.xml" || e.message.isEmpty {
        fatalError("a refusal that does not name the file and part: \(e)")
    }
    guard small == large else {
        fatalError("chunking changed the result:\n small: \(small)\n large: \(large)")
    }
    read(storedZip([("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships), ("word/document.xml", bytes)]))
    _ = try? FileIdentifier.identify(bytes: bytes, path: "fuzz.docx")
    return 0
}
