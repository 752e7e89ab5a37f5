import Foundation

/// Tells what a file is from its content, once, before any reader sees it: the first bytes
/// (magic numbers, the look of text or markup, the share of NUL and control bytes), the
/// directory of a Compound File, the main part of a zip package. The name is never trusted:
/// a PDF or a photo renamed `.xlsx` is named for what it is, and binary data is never
/// decoded as CSV.
public enum FileIdentifier {
    /// Bytes looked at for the text/binary decision and for markup.
    static let headSize = 8 << 10

    /// Identifies the file at `path`. Throws the typed reasons a file cannot be opened (not
    /// found, permission, a folder, empty) and the damage of a zip container.
    public static func identify(path: String, limits: ReadLimits = ReadLimits()) throws(SheetsError) -> FileKind {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SheetsError.opening(path, errno: errno) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw SheetsError.isDirectory(path) }
        func read(_ offset: Int, _ count: Int) -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(offset)) }
            return Array(bytes.prefix(max(n, 0)))
        }
        var head = [UInt8](repeating: 0, count: headSize)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, headSize, 0) }
        guard n >= 0 else { throw SheetsError.opening(path, errno: errno) }
        head.removeSubrange(n...)
        return try kind(head: head, path: path, read: read) { () throws(SheetsError) -> FileKind in
            var archive = try ZipArchive(path: path, limits: limits)
            return try packageKind(&archive)
        }
    }

    /// Identifies bytes held in memory (standard input); `path` names them in messages.
    public static func identify(bytes: [UInt8], path: String, limits: ReadLimits = ReadLimits()) throws(SheetsError) -> FileKind {
        func read(_ offset: Int, _ count: Int) -> [UInt8] {
            guard offset >= 0, offset < bytes.count else { return [] }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        }
        return try kind(head: Array(bytes.prefix(headSize)), path: path, read: read) { () throws(SheetsError) -> FileKind in
            var archive = try ZipArchive(bytes: bytes, path: path, limits: limits)
            return try packageKind(&archive)
        }
    }

    private static func kind(head: [UInt8], path: String, read: (Int, Int) -> [UInt8],
                             zip: () throws(SheetsError) -> FileKind) throws(SheetsError) -> FileKind {
        guard !head.isEmpty else { throw SheetsError.empty(path) }
        if let magic = magicKind(head) { return magic }
        if head.starts(with: [0x50, 0x4B]), [[3, 4], [5, 6], [7, 8]].contains(Array(head.dropFirst(2).prefix(2))) {
            return try zip()
        }
        if head.starts(with: CompoundFileDirectory.magic) {
            return CompoundFileDirectory(header: read(0, 512), read: read).kind
        }
        if let markup = markupKind(head) { return markup }
        return textOrBinary(head)
    }

    /// Formats with a fixed signature at the start (PDF: within the first kilobyte, as readers allow).
    static func magicKind(_ b: [UInt8]) -> FileKind? {
        func at(_ offset: Int, _ bytes: [UInt8]) -> Bool {
            b.count >= offset + bytes.count && Array(b[offset..<offset + bytes.count]) == bytes
        }
        if at(0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if at(0, [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if at(0, Array("GIF87a".utf8)) || at(0, Array("GIF89a".utf8)) { return .gif }
        if at(0, Array("II*\0".utf8)) || at(0, Array("MM\0*".utf8)) { return .tiff }
        if at(0, Array("RIFF".utf8)) && at(8, Array("WEBP".utf8)) { return .webp }
        // "BM" alone starts ordinary text ("BMW,…"): the header's reserved bytes must be zero too.
        if at(0, Array("BM".utf8)) && at(6, [0, 0, 0, 0]) && b.count >= 26 { return .bmp }
        if at(0, [0x1F, 0x8B]) { return .gzip }
        if at(0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if at(0, Array("Rar!\u{1A}\u{07}".utf8)) { return .rar }
        let pdf = Array("%PDF-".utf8)
        if let first = b.prefix(1024).firstIndex(of: pdf[0]), at(first, pdf) { return .pdf }
        return nil
    }

    /// A web page or Excel 2003 XML, as web systems export "Excel" files.
    static func markupKind(_ b: [UInt8]) -> FileKind? {
        var start = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < b.count, [0x20, 0x09, 0x0A, 0x0D].contains(b[start]) { start += 1 }
        guard start < b.count, b[start] == UInt8(ascii: "<") else { return nil }
        let text = String(decoding: b[start..<min(b.count, start + 2048)], as: UTF8.self).lowercased()
        if text.contains("urn:schemas-microsoft-com:office:spreadsheet") && !text.contains("<html") { return .spreadsheetML2003 }
        let openers = ["<!doctype html", "<html", "<table", "<head", "<meta", "<body", "<style", "<title"]
        if openers.contains(where: text.hasPrefix) { return .html }
        if text.hasPrefix("<?xml") || text.hasPrefix("<!--"), text.contains("<html") { return .html }
        return nil
    }

    /// Text (for the CSV reader) unless the bytes look like binary data: more than 5 % control
    /// bytes (other than tab, line ends and form feed), or more than 25 % NUL bytes (compressed
    /// data, images and executables have the first, databases and padded records the second).
    /// UTF-16 with a byte-order mark
    /// is text; without one it is named, since its Thai letters look like control bytes.
    static func textOrBinary(_ b: [UInt8]) -> FileKind {
        if b.starts(with: [0xFF, 0xFE]) || b.starts(with: [0xFE, 0xFF]) { return .text }
        let sample = b.count % 2 == 0 ? b : Array(b.dropLast())
        if sample.count >= 8 {
            // UTF-16 without BOM: one byte of each pair is 00 (Latin) or 0E (Thai) nearly always.
            for parity in 0...1 {
                let highs = stride(from: parity, to: sample.count, by: 2).filter { sample[$0] == 0x00 || sample[$0] == 0x0E }.count
                let lowZeros = stride(from: 1 - parity, to: sample.count, by: 2).filter { sample[$0] == 0x00 }.count
                if highs * 10 >= sample.count / 2 * 9, lowZeros * 20 < sample.count / 2 { return .utf16WithoutBOM }
            }
        }
        // A NUL in a CSV field is the CSV reader's to keep or report; padding of NULs is binary.
        let nuls = b.filter { $0 == 0 }.count
        let controls = b.filter { $0 > 0 && $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 20 > b.count || nuls * 4 > b.count ? .binary : .text
    }

    /// What a zip archive holds: an OpenDocument file (its `mimetype` entry), an OOXML package
    /// (the content type of its main part, else the part's folder), or something else.
    static func packageKind(_ archive: inout ZipArchive) throws(SheetsError) -> FileKind {
        if archive.contains("mimetype") {
            let type = try archive.withEntry("mimetype") { (stream) throws(SheetsError) -> String in
                let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: 128, alignment: 1)
                defer { raw.deallocate() }
                let n = try stream.read(into: raw)
                return String(decoding: UnsafeRawBufferPointer(rebasing: raw[..<n]), as: UTF8.self)
            }
            if type.hasPrefix("application/vnd.oasis.opendocument.") {
                if type.contains(".spreadsheet") { return .ods }
                if type.contains(".text") { return .odt }
                if type.contains(".presentation") { return .odp }
                return .openDocument
            }
        }
        let main = try archive.officeDocumentPart()
        var contentType = ""
        if let main, archive.contains("[Content_Types].xml") {
            let types = try archive.parseXML("[Content_Types].xml") { (tok) throws(SheetsError) in try XLSXParts.contentTypes(&tok) }
            contentType = types[ZipArchive.normalise(main)] ?? ""
        }
        if contentType.contains("sheet.binary") { return .xlsb }
        if contentType.contains("wordprocessingml") || contentType.contains("ms-word") { return .docx }
        if contentType.contains("spreadsheetml") || contentType.contains("ms-excel") { return .xlsx }
        if contentType.contains("presentationml") || contentType.contains("ms-powerpoint") { return .pptx }
        let folder = main.map { ZipArchive.normalise($0) }?.split(separator: "/").first.map(String.init)
        if folder == "word" || (main == nil && archive.contains("word/document.xml")) { return .docx }
        if folder == "ppt" || (main == nil && archive.contains("ppt/presentation.xml")) { return .pptx }
        // A package with a workbook, or damaged in a way the XLSX reader names (no workbook part).
        if main != nil || archive.contains("[Content_Types].xml") || archive.contains("xl/workbook.xml") { return .xlsx }
        return .zip
    }
}
