import Foundation
import Sheets

/// The annotated copy of a submitted .xlsx made by editing its own package: every part copied
/// through byte for byte, except that `styles.xml` gets a fill per severity and a copy of each
/// problem cell's own format with that fill, the problem cells point at those formats, and each
/// sheet with problems gets a comments part, its VML drawing and their relationships (and
/// `[Content_Types].xml` names them). Borders, fonts, column widths, merges, dropdowns, print
/// settings and the other sheets stay exactly as submitted.
struct AnnotatedPackage {
    /// Why the package cannot be edited (the caller then writes a rebuilt copy).
    struct Unsupported: Error {
        var reason: String
    }

    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Writes `input` with `notes` (by sheet name and cell) to `output`.
    static func write(input: String, notes: [SourceRef: AnnotatedCopy.Note], to output: String) throws -> Void {
        let package = try ZipPackage(path: input)
        func text(_ name: String) throws -> String {
            guard let bytes = package.part(name) else { throw Unsupported(reason: "no part \(name)") }
            return String(decoding: bytes, as: UTF8.self)
        }
        var changed: [String: String] = [:]
        let workbook = try text("xl/workbook.xml")
        let workbookRels = try text("xl/_rels/workbook.xml.rels")
        var targets: [String: String] = [:]
        for rel in elements("Relationship", in: workbookRels) {
            guard let id = attribute("Id", in: rel), let target = attribute("Target", in: rel) else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var sheetPart: [String: String] = [:]
        for sheet in elements("sheet", in: workbook) {
            guard let name = attribute("name", in: sheet).map(unescape), let id = attribute("r:id", in: sheet), let part = targets[id] else { continue }
            sheetPart[name] = part
        }

        // Styles: one fill per severity, one format per (original format, severity).
        var styles = try text("xl/styles.xml")
        guard let fillsRange = styles.range(of: #"<fills\b[^>]*>"#, options: .regularExpression),
              let fillsEnd = styles.range(of: "</fills>", range: fillsRange.upperBound..<styles.endIndex)
        else { throw Unsupported(reason: "styles.xml has no fills") }
        let fillCount = elements("fill", in: String(styles[fillsRange.upperBound..<fillsEnd.lowerBound])).count
        let severities: [Severity] = [.error, .warning, .info]
        var fillId: [Severity: Int] = [:]
        var newFills = ""
        for (i, severity) in severities.enumerated() {
            fillId[severity] = fillCount + i
            let rgb = String(format: "FF%06X", ExportStyle.severityFill[severity] ?? 0xFFFFFF)
            newFills += #"<fill><patternFill patternType="solid"><fgColor rgb="\#(rgb)"/><bgColor indexed="64"/></patternFill></fill>"#
        }
        styles.insert(contentsOf: newFills, at: fillsEnd.lowerBound)
        styles = setCount(of: "fills", to: fillCount + severities.count, in: styles)
        guard let xfsStart = styles.range(of: #"<cellXfs\b[^>]*>"#, options: .regularExpression),
              let xfsEnd = styles.range(of: "</cellXfs>", range: xfsStart.upperBound..<styles.endIndex)
        else { throw Unsupported(reason: "styles.xml has no cell formats") }
        let xfs = elements("xf", in: String(styles[xfsStart.upperBound..<xfsEnd.lowerBound]))
        guard !xfs.isEmpty else { throw Unsupported(reason: "styles.xml has no cell formats") }
        var added: [String] = []
        var formatFor: [[Int]: Int] = [:]  // [original xf, severity index] → new xf
        func format(original: Int, severity: Severity) -> Int {
            let key = [original, severities.firstIndex(of: severity) ?? 0]
            if let known = formatFor[key] { return known }
            var xf = xfs[xfs.indices.contains(original) ? original : 0]
            xf = setAttribute("fillId", to: "\(fillId[severity]!)", in: xf)
            xf = setAttribute("applyFill", to: "1", in: xf)
            added.append(xf)
            formatFor[key] = xfs.count + added.count - 1
            return formatFor[key]!
        }

        var contentTypes = try text("[Content_Types].xml")
        var sheetOrdinal = 0
        let bySheet = Dictionary(grouping: notes, by: { $0.key.sheet })
        for (sheetName, sheetNotes) in bySheet.sorted(by: { $0.key < $1.key }) {
            guard let part = sheetPart[sheetName] else { throw Unsupported(reason: "no sheet \(sheetName)") }
            var xml = try text(part)
            guard !xml.contains("<legacyDrawing") else { throw Unsupported(reason: "\(sheetName) has comments already") }
            sheetOrdinal += 1
            let sorted = sheetNotes.sorted { $0.key.address < $1.key.address }
            for (ref, note) in sorted {
                xml = try mark(ref.address, in: xml) { original in format(original: original, severity: note.severity) }
            }
            // Comments part, VML drawing, relationships.
            let number = sheetOrdinal
            let commentsName = "xl/comments-ita\(number).xml", vmlName = "xl/drawings/vmlDrawing-ita\(number).vml"
            changed[commentsName] = comments(sorted.map { ($0.key.address, $0.value.lines.joined(separator: "\n\n")) })
            changed[vmlName] = vml(sorted.map(\.key.address), idmap: 100 + number)
            let relsName = part.replacingOccurrences(of: "worksheets/", with: "worksheets/_rels/") + ".rels"
            let fileName = part.split(separator: "/").last.map(String.init) ?? part
            _ = fileName
            var rels = package.part(relsName).map { String(decoding: $0, as: UTF8.self) }
                ?? #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"#
            let depth = part.split(separator: "/").count - 1  // xl/worksheets/sheet1.xml → ../
            let up = String(repeating: "../", count: max(0, depth - 1))
            rels = rels.replacingOccurrences(of: "</Relationships>", with:
                #"<Relationship Id="rIdItaComments" Type="\#(relNS)/comments" Target="\#(up)comments-ita\#(number).xml"/>"#
                + #"<Relationship Id="rIdItaVml" Type="\#(relNS)/vmlDrawing" Target="\#(up)drawings/vmlDrawing-ita\#(number).vml"/></Relationships>"#)
            changed[relsName] = rels
            xml = try insertLegacyDrawing(in: xml)
            changed[part] = xml
            contentTypes = contentTypes.replacingOccurrences(of: "</Types>", with:
                #"<Override PartName="/\#(commentsName)" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>"#)
        }
        if !contentTypes.contains(#"Extension="vml""#) {
            contentTypes = contentTypes.replacingOccurrences(of: "</Types>", with:
                #"<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>"#)
        }
        styles.insert(contentsOf: added.joined(), at: styles.range(of: "</cellXfs>")!.lowerBound)
        styles = setCount(of: "cellXfs", to: xfs.count + added.count, in: styles)
        changed["xl/styles.xml"] = styles
        changed["[Content_Types].xml"] = contentTypes
        try package.write(to: output, changed: changed.mapValues { Array($0.utf8) })
    }

    // MARK: - Cells

    /// `xml` with the cell at `address` given the format `newStyle(its format)`; an absent cell
    /// (a blank required cell) is added to its row, and the row to the sheet when it is absent.
    static func mark(_ address: CellAddress, in xml: String, newStyle: (Int) -> Int) throws -> String {
        var xml = xml
        let a1 = address.a1
        if let cell = xml.range(of: #"<c r="\#(a1)"[ >/]"#, options: .regularExpression) {
            let tagEnd = xml.range(of: ">", range: cell.lowerBound..<xml.endIndex)!.upperBound
            let tag = String(xml[cell.lowerBound..<tagEnd])
            let original = attribute("s", in: tag).flatMap { Int($0) } ?? 0
            xml.replaceSubrange(cell.lowerBound..<tagEnd, with: setAttribute("s", to: "\(newStyle(original))", in: tag))
            return xml
        }
        let newCell = #"<c r="\#(a1)" s="\#(newStyle(0))"/>"#
        if let row = xml.range(of: #"<row r="\#(address.row)"[ >/]"#, options: .regularExpression) {
            let tagEnd = xml.range(of: ">", range: row.lowerBound..<xml.endIndex)!.upperBound
            if xml[xml.index(tagEnd, offsetBy: -2)] == "/" {
                let open = String(xml[row.lowerBound..<xml.index(tagEnd, offsetBy: -2)]) + ">"
                xml.replaceSubrange(row.lowerBound..<tagEnd, with: open + newCell + "</row>")
                return xml
            }
            let rowEnd = xml.range(of: "</row>", range: tagEnd..<xml.endIndex)!.lowerBound
            // Before the first cell of a later column.
            var insertAt = rowEnd
            var search = tagEnd
            while let next = xml.range(of: #"<c r="([A-Z]+)\d+""#, options: .regularExpression, range: search..<rowEnd) {
                let ref = String(xml[next]).dropFirst(6).dropLast()
                if let column = CellAddress(a1: String(ref))?.column, column > address.column { insertAt = next.lowerBound; break }
                search = next.upperBound
            }
            xml.insert(contentsOf: newCell, at: insertAt)
            return xml
        }
        let newRow = #"<row r="\#(address.row)">"# + newCell + "</row>"
        if let empty = xml.range(of: "<sheetData/>") {
            xml.replaceSubrange(empty, with: "<sheetData>" + newRow + "</sheetData>")
            return xml
        }
        guard let dataStart = xml.range(of: "<sheetData>"), let dataEnd = xml.range(of: "</sheetData>") else {
            throw Unsupported(reason: "a sheet without cells")
        }
        var insertAt = dataEnd.lowerBound
        var search = dataStart.upperBound
        while let next = xml.range(of: #"<row r="(\d+)""#, options: .regularExpression, range: search..<dataEnd.lowerBound) {
            if let r = Int(xml[next].dropFirst(8).dropLast()), r > address.row { insertAt = next.lowerBound; break }
            search = next.upperBound
        }
        xml.insert(contentsOf: newRow, at: insertAt)
        return xml
    }

    /// The elements of CT_Worksheet that come after `legacyDrawing`: it is inserted before the first.
    static let afterLegacyDrawing = ["<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems",
                                     "<tableParts", "<extLst", "</worksheet>"]

    static func insertLegacyDrawing(in xml: String) throws -> String {
        var xml = xml
        // The relationships namespace under the prefix `r` (declared when the sheet lacks it).
        if let root = xml.range(of: #"<worksheet\b[^>]*>"#, options: .regularExpression), !xml[root].contains("xmlns:r=") {
            xml.insert(contentsOf: #" xmlns:r="\#(relNS)""#, at: xml.index(root.lowerBound, offsetBy: "<worksheet".count))
        } else if let root = xml.range(of: #"<worksheet\b[^>]*>"#, options: .regularExpression),
                  !xml[root].contains(#"xmlns:r="\#(relNS)""#) {
            throw Unsupported(reason: "the prefix r names another namespace")
        }
        guard let at = afterLegacyDrawing.compactMap({ xml.range(of: $0)?.lowerBound }).min() else {
            throw Unsupported(reason: "a sheet without its end")
        }
        xml.insert(contentsOf: #"<legacyDrawing r:id="rIdItaVml"/>"#, at: at)
        return xml
    }

    // MARK: - Comment parts

    static func comments(_ notes: [(CellAddress, String)]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<comments xmlns="\#(mainNS)"><authors><author>\#(AnnotatedCopy.author)</author></authors><commentList>"#
        for (address, text) in notes {
            xml += #"<comment ref="\#(address.a1)" authorId="0"><text><r><rPr><sz val="14"/><rFont val="\#(ExportStyle.fontName)"/></rPr>"#
            xml += #"<t xml:space="preserve">\#(escape(text))</t></r></text></comment>"#
        }
        return xml + "</commentList></comments>"
    }

    /// The VML drawing Excel and LibreOffice show notes from: one hidden shape per note.
    static func vml(_ addresses: [CellAddress], idmap: Int) -> String {
        var xml = #"<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">"#
        xml += #"<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="\#(idmap)"/></o:shapelayout>"#
        xml += #"<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>"#
        for (i, address) in addresses.enumerated() {
            let row = address.row - 1, column = address.column - 1
            xml += ##"<v:shape id="_x0000_s\##(idmap * 1024 + 1 + i)" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:260pt;height:130pt;z-index:\##(i + 1);visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">"##
            xml += ##"<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>"##
            xml += ##"<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>\##(column + 1), 15, \##(row), 2, \##(column + 5), 15, \##(row + 8), 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>\##(row)</x:Row><x:Column>\##(column)</x:Column></x:ClientData></v:shape>"##
        }
        return xml + "</xml>"
    }

    // MARK: - XML text

    /// The start tags (or empty elements) named `name` in `xml`, whole elements when they have content.
    static func elements(_ name: String, in xml: String) -> [String] {
        let pattern = #"<\#(name)\b[^>]*/>|<\#(name)\b[^>]*>.*?</\#(name)>"#
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let ns = xml as NSString
        return regex.matches(in: xml, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    /// The value of attribute `name` in the first tag of `element`.
    static func attribute(_ name: String, in element: String) -> String? {
        let tagEnd = element.firstIndex(of: ">") ?? element.endIndex
        let tag = element[..<tagEnd]
        guard let range = tag.range(of: #"\s\#(NSRegularExpression.escapedPattern(for: name))="[^"]*""#, options: .regularExpression) else { return nil }
        return String(tag[range].drop { $0 != "\"" }.dropFirst().dropLast())
    }

    /// `element` with attribute `name` of its first tag set to `value`.
    static func setAttribute(_ name: String, to value: String, in element: String) -> String {
        var element = element
        let tagEnd = element.firstIndex(of: ">") ?? element.endIndex
        if let range = element.range(of: #"\s\#(NSRegularExpression.escapedPattern(for: name))="[^"]*""#, options: .regularExpression,
                                     range: element.startIndex..<tagEnd) {
            element.replaceSubrange(range, with: #" \#(name)="\#(value)""#)
        } else {
            var at = tagEnd
            if at > element.startIndex, element[element.index(before: at)] == "/" { at = element.index(before: at) }
            element.insert(contentsOf: #" \#(name)="\#(value)""#, at: at)
        }
        return element
    }

    static func setCount(of element: String, to count: Int, in xml: String) -> String {
        var xml = xml
        guard let range = xml.range(of: #"<\#(element)\b[^>]*>"#, options: .regularExpression) else { return xml }
        xml.replaceSubrange(range, with: setAttribute("count", to: "\(count)", in: String(xml[range])))
        return xml
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
