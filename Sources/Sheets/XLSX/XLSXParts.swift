import Foundation

/// The package-level parts of a workbook: relationships, content types, workbook.xml,
/// styles.xml and sharedStrings.xml. Each parser reads one part through the tokenizer.
enum XLSXParts {
    struct Relationship {
        var id: String
        /// The type URI's last segment (`officeDocument`, `worksheet`, …): the same in the
        /// Transitional (`http://schemas.openxmlformats.org/…`) and Strict
        /// (`http://purl.oclc.org/ooxml/…`) namespaces.
        var kind: String
        var target: String
        var external: Bool
    }

    struct SheetEntry {
        var name: String
        var state: SheetState
        var relationshipID: String?
    }

    struct WorkbookInfo {
        var sheets: [SheetEntry] = []
        var date1904 = false
    }

    // MARK: Part names

    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        let normal = part.replacingOccurrences(of: "\\", with: "/")
        guard let slash = normal.lastIndex(of: "/") else { return "_rels/\(normal).rels" }
        return "\(normal[..<slash])/_rels/\(normal[normal.index(after: slash)...]).rels"
    }

    /// Resolves a relationship target against the part that holds the relationship: relative
    /// (`worksheets/sheet1.xml`), absolute (`/xl/worksheets/sheet1.xml`), with backslashes, `.`
    /// and `..` segments or percent-escapes.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        var t = target.replacingOccurrences(of: "\\", with: "/")
        if let hash = t.firstIndex(of: "#") { t = String(t[..<hash]) }
        if t.contains("%"), let decoded = t.removingPercentEncoding { t = decoded }
        var segments: [Substring]
        if t.hasPrefix("/") {
            segments = []
        } else {
            segments = sourcePart.replacingOccurrences(of: "\\", with: "/").split(separator: "/")
            if !segments.isEmpty { segments.removeLast() }  // the source part's own name
        }
        for segment in t.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    // MARK: Parsers

    static func relationships(_ tok: inout XMLTokenizer) throws(SheetsError) -> [Relationship] {
        var result: [Relationship] = []
        while true {
            switch try tok.next() {
            case .eof: return result
            case .start where tok.isNamed("Relationship"):
                let type = try tok.attributeString("Type") ?? ""
                let kind = type.split(separator: "/").last.map(String.init) ?? type
                result.append(Relationship(id: try tok.attributeString("Id") ?? "", kind: kind,
                                           target: try tok.attributeString("Target") ?? "",
                                           external: try tok.attributeString("TargetMode") == "External"))
            default: continue
            }
        }
    }

    /// `[Content_Types].xml`: part name (normalised) → content type, from the `Override` entries.
    static func contentTypes(_ tok: inout XMLTokenizer) throws(SheetsError) -> [String: String] {
        var result: [String: String] = [:]
        while true {
            switch try tok.next() {
            case .eof: return result
            case .start where tok.isNamed("Override"):
                if let part = try tok.attributeString("PartName"), let type = try tok.attributeString("ContentType") {
                    result[ZipArchive.normalise(part)] = type
                }
            default: continue
            }
        }
    }

    /// workbook.xml: the sheets in order and the date system. Elements inside `<extLst>` are
    /// extensions with their own meaning: Excel writes `<x15ac:…>`/`<x15:workbookPr
    /// chartTrackingRefBase="1"/>` there, whose local name matches but which says nothing
    /// about dates, so only the main `<workbookPr>` decides `date1904`.
    static func workbook(_ tok: inout XMLTokenizer) throws(SheetsError) -> WorkbookInfo {
        var info = WorkbookInfo()
        var extensionDepth = 0
        while true {
            switch try tok.next() {
            case .eof: return info
            case .start where tok.isNamed("extLst"):
                extensionDepth += 1
            case .end where tok.isNamed("extLst"):
                extensionDepth -= 1
            case .start where extensionDepth > 0:
                continue
            case .start where tok.isNamed("sheet"):
                guard let name = try tok.attributeString("name") else { throw tok.error("a <sheet> has no name") }
                let state: SheetState
                switch try tok.attributeString("state") {
                case "hidden": state = .hidden
                case "veryHidden": state = .veryHidden
                default: state = .visible
                }
                info.sheets.append(SheetEntry(name: name, state: state, relationshipID: try tok.attributeString("id")))
            case .start where tok.isNamed("workbookPr"):
                let value = try tok.attributeString("date1904")
                info.date1904 = value == "1" || value == "true"
            default: continue
            }
        }
    }

    /// styles.xml: the number-format kind of each `cellXfs` entry, in order.
    static func styles(_ tok: inout XMLTokenizer) throws(SheetsError) -> [NumberFormatKind] {
        var custom: [Int: NumberFormatKind] = [:]
        var kinds: [NumberFormatKind] = []
        var xfIDs: [Int] = []
        var inCellXfs = false
        while true {
            switch try tok.next() {
            case .eof:
                for id in xfIDs { kinds.append(custom[id] ?? NumberFormatKind.builtIn(id)) }
                return kinds
            case .start where tok.isNamed("numFmt"):
                if let id = tok.attribute("numFmtId").flatMap({ tok.integer($0) }), let code = try tok.attributeString("formatCode") {
                    custom[id] = NumberFormatKind.custom(code)
                }
            case .start where tok.isNamed("cellXfs"):
                inCellXfs = true
            case .end where tok.isNamed("cellXfs"):
                inCellXfs = false
            case .start where inCellXfs && tok.isNamed("xf"):
                xfIDs.append(tok.attribute("numFmtId").flatMap { tok.integer($0) } ?? 0)
            default: continue
            }
        }
    }

    /// sharedStrings.xml: each `<si>` as one string, rich-text runs joined, phonetic runs
    /// (`<rPh>`) skipped, text kept exactly as stored, `_xHHHH_` escapes decoded, checked as
    /// UTF-8 and stored as bytes (`SharedStrings`). The table grows as strings arrive (never
    /// reserved from `uniqueCount`), capped at `maxCount`.
    static func sharedStrings(_ tok: inout XMLTokenizer, maxCount: Int) throws(SheetsError) -> SharedStrings {
        let strings = SharedStrings()
        var bytes: [UInt8] = []
        var inItem = false, inText = false
        var phoneticDepth = 0
        while true {
            if !inItem && tok.atTokenBoundary, try fastSharedString(&tok, into: strings, maxCount: maxCount) {
                continue
            }
            switch try tok.next() {
            case .eof: return strings
            case .start:
                if tok.isNamed("si") {
                    inItem = true
                    bytes.removeAll(keepingCapacity: true)
                } else if tok.isNamed("t") {
                    inText = inItem && phoneticDepth == 0
                } else if tok.isNamed("rPh") {
                    phoneticDepth += 1
                }
            case .text:
                if inText { try tok.appendText(to: &bytes) }
            case .end:
                if tok.isNamed("si") {
                    try OOXMLEscapes.decode(bytes).withUnsafeBufferPointer { (text) throws(SheetsError) in
                        try append(text, to: strings, maxCount: maxCount, &tok)
                    }
                    inItem = false
                } else if tok.isNamed("t") {
                    inText = false
                } else if tok.isNamed("rPh") {
                    phoneticDepth -= 1
                }
            }
        }
    }

    /// Checks one string (escapes already decoded) and adds it to the table.
    @inline(__always)
    private static func append(_ text: UnsafeBufferPointer<UInt8>, to strings: SharedStrings, maxCount: Int,
                               _ tok: inout XMLTokenizer) throws(SheetsError) {
        guard strings.count < maxCount else {
            throw tok.error("more than \(maxCount) shared strings", code: .limitExceeded)
        }
        guard UTF8Check.isValid(text) else { throw tok.error("the part contains invalid UTF-8 text", code: .invalidTextEncoding) }
        guard strings.append(text) else { throw tok.error("a shared string is longer than 4 GiB", code: .limitExceeded) }
    }

    /// The fast path of `sharedStrings`: a whole plain `<si><t …>text</t></si>` in the window
    /// (no entities, no rich-text runs), added to the table straight from the window. False
    /// when declined: the generic path then reads the same bytes.
    private static func fastSharedString(_ tok: inout XMLTokenizer, into strings: SharedStrings, maxCount: Int) throws(SheetsError) -> Bool {
        while true {
            let window = tok.unread
            guard window.count >= 4, window[0] == UInt8(ascii: "<"), window[1] == UInt8(ascii: "s"), window[2] == UInt8(ascii: "i") else {
                return false
            }
            var sc = RawScanner(window)
            var text = (0, 0)
            do throws(RawScanner.Stop) {
                try sc.expect("<si>")
                try sc.skipSpace()
                try sc.expect("<t")
                var ignored = RawScanner.Slots()
                if try sc.attributes(&ignored) { throw .decline }  // <t/>
                text = try sc.text()
                try sc.expect("</t>")
                try sc.skipSpace()
                try sc.expect("</si>")
            } catch {
                if error == .incomplete, window.count < 16_384, try tok.refill() { continue }
                return false
            }
            let bytes = UnsafeBufferPointer(rebasing: window[text.0..<text.1])
            try UTF8Text.withOOXMLBytes(bytes) { (decoded) throws(SheetsError) in
                try append(decoded, to: strings, maxCount: maxCount, &tok)
            }
            tok.consume(sc.i)
            return true
        }
    }
}


extension XMLTokenizer {
    /// A non-negative decimal integer in `span`, nil when it is anything else.
    func integer(_ span: Span) -> Int? {
        XLSXSheetParser.digits(bytes(span))
    }
}

/// The `_xHHHH_` escapes of OOXML string content (ECMA-376 Part 1 §22.9.2.19, ST_Xstring):
/// a UTF-16 code unit written as four hex digits. `_x005F_` stands for `_` itself, so
/// `_x005F_x000D_` is the literal text `_x000D_`.
enum OOXMLEscapes {
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "_")) else {
            return bytes
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func unit(at k: Int) -> UInt16? {
            guard k + 7 <= bytes.count, bytes[k] == UInt8(ascii: "_"), bytes[k + 1] == UInt8(ascii: "x") || bytes[k + 1] == UInt8(ascii: "X"),
                  bytes[k + 6] == UInt8(ascii: "_") else { return nil }
            var v: UInt16 = 0
            for j in 2..<6 {
                let d = bytes[k + j]
                switch d {
                case 0x30...0x39: v = v << 4 | UInt16(d - 0x30)
                case 0x41...0x46: v = v << 4 | UInt16(d - 0x41 + 10)
                case 0x61...0x66: v = v << 4 | UInt16(d - 0x61 + 10)
                default: return nil
                }
            }
            return v
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), let u = unit(at: i) {
                if UTF16.isLeadSurrogate(u), let low = unit(at: i + 7), UTF16.isTrailSurrogate(low) {
                    let scalar = Unicode.Scalar(0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(low - 0xDC00))!
                    out.append(contentsOf: UTF8.encode(scalar)!)
                    i += 14
                    continue
                }
                if let scalar = Unicode.Scalar(u) {
                    out.append(contentsOf: UTF8.encode(scalar)!)
                    i += 7
                    continue
                }
                // A lone surrogate is left as the literal text it is.
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
