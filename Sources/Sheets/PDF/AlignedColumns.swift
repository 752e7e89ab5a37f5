import ThaiText

/// Tables without drawn borders, found from the gaps that hold down a run of lines: a PDF table
/// printed without rules, or the space-aligned columns a PDF viewer's copy gives. Lines outside
/// tables become paragraphs (a line that fills the measure is joined with the next one).
///
/// Lines are `PDFLine`s in any unit: points for a PDF page, character columns and line numbers for
/// text. `minGap` is the narrowest gap between columns in that unit.
struct AlignedColumns {
    var minGap: Double
    /// A table has at least this many lines of at least three segments.
    var minTableLines = 3

    /// A page's lines; the column gap is `minGap`, or one line height on a PDF page.
    static func tablesAndProse(_ lines: [PDFLine], minGap: Double?) -> [(top: Double, block: PageBlock)] {
        let heights = lines.map(\.box.height).sorted()
        let height = heights.isEmpty ? 12 : heights[heights.count / 2]
        return AlignedColumns(minGap: minGap ?? height).blocks(lines, lineHeight: height)
    }

    /// Blocks in order: tables where the gaps line up, paragraphs elsewhere.
    func blocks(_ lines: [PDFLine], lineHeight: Double) -> [(top: Double, block: PageBlock)] {
        var out: [(Double, PageBlock)] = []
        var prose: [PDFLine] = []
        let right = lines.map(\.box.x1).max() ?? 0, left = lines.map(\.box.x0).min() ?? 0
        func flushProse() {
            var paragraph: [PDFLine] = []
            for line in prose {
                if let last = paragraph.last,
                   !(line.box.y0 - last.box.y1 < lineHeight * 0.6 && last.box.x1 >= right - (right - left) * 0.15) {
                    out.append((paragraph[0].box.y0, .paragraph(CellText.join(lines: paragraph.map(\.text)))))
                    paragraph = []
                }
                paragraph.append(line)
            }
            if !paragraph.isEmpty { out.append((paragraph[0].box.y0, .paragraph(CellText.join(lines: paragraph.map(\.text))))) }
            prose = []
        }
        var i = 0
        while i < lines.count {
            if let end = tableEnd(lines, from: i, lineHeight: lineHeight), let table = table(Array(lines[i..<end])) {
                flushProse()
                out.append((lines[i].box.y0, .table(table)))
                i = end
            } else {
                prose.append(lines[i])
                i += 1
            }
        }
        flushProse()
        return out
    }

    /// The words of a line in runs separated by gaps of at least `minGap`.
    func segments(_ line: PDFLine) -> [[PDFWord]] {
        var out: [[PDFWord]] = []
        for word in line.words {
            if let last = out.last?.last, word.box.x0 - last.box.x1 < minGap { out[out.count - 1].append(word) } else { out.append([word]) }
        }
        return out
    }

    /// Where a table that starts at `start` ends (exclusive), if one does: it opens with a line of
    /// three segments or more and runs over lines of several segments and short wrapped lines,
    /// up to a blank gap or a line as wide as prose.
    func tableEnd(_ lines: [PDFLine], from start: Int, lineHeight: Double) -> Int? {
        guard segments(lines[start]).count >= 3 else { return nil }
        var left = lines[start].box.x0, right = lines[start].box.x1
        var end = start + 1, multi = 1
        while end < lines.count {
            let line = lines[end]
            if line.box.y0 - lines[end - 1].box.y1 > lineHeight * 0.9 { break }
            let count = segments(line).count
            if count < 2 && line.box.width > (right - left) * 0.5 { break }
            if count >= 3 { multi += 1 }
            left = min(left, line.box.x0)
            right = max(right, line.box.x1)
            end += 1
        }
        return multi >= minTableLines ? end : nil
    }

    /// Columns from the gaps no word crosses; rows start at a numbered first cell (`(๑)`, `1.`),
    /// the lines above the first one are the header; without numbers each line is a row.
    func table(_ lines: [PDFLine]) -> LaidTable? {
        let words = lines.flatMap(\.words).sorted { $0.box.x0 < $1.box.x0 }
        var edges: [Double] = []
        var reach = -Double.infinity
        for word in words {
            if word.box.x0 - reach >= minGap { edges.append(word.box.x0) }
            reach = max(reach, word.box.x1)
        }
        guard edges.count >= 3 else { return nil }
        edges.append(reach)
        func cells(_ line: PDFLine) -> [Int: String] {
            var cells: [Int: [String]] = [:]
            for word in line.words {
                let column = max(0, (edges.dropLast().lastIndex { $0 <= word.box.x0 + 0.01 }) ?? 0)
                cells[column, default: []].append(word.text)
            }
            return cells.mapValues { $0.joined(separator: " ") }
        }
        let split = lines.map(cells)
        let numbered = split.indices.filter { split[$0][0].map { ItemNumber.leading(in: $0) != nil } ?? false }
        var rows: [[Int: String]] = []
        func add(_ group: ArraySlice<[Int: String]>) {
            var row: [Int: [String]] = [:]
            for line in group { for (column, text) in line { row[column, default: []].append(text) } }
            if !row.isEmpty { rows.append(row.mapValues { CellText.join(lines: $0) }) }
        }
        guard let firstNumbered = numbered.first else {
            for line in split { add([line]) }
            return LaidTable(edges: edges, top: lines[0].box.y0, bottom: lines.last!.box.y1, rows: rows)
        }
        let header = Array(split[..<firstNumbered])
        add(header[...])
        var groupStart = firstNumbered
        var i = firstNumbered + 1
        while i <= split.count {
            if i == split.count || numbered.contains(i) {
                add(split[groupStart..<i])
                groupStart = i
            } else if !header.isEmpty, i + header.count <= split.count, Array(split[i..<(i + header.count)]) == header {
                // The header repeated after a page break inside the run.
                add(split[groupStart..<i])
                groupStart = i + header.count
                i += header.count
                continue
            }
            i += 1
        }
        return LaidTable(edges: edges, top: lines[0].box.y0, bottom: lines.last!.box.y1, rows: rows)
    }
}
