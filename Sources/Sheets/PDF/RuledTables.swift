/// Tables whose borders are drawn: rows and columns come from the rules, so a cell's wrapped lines,
/// a cell merged over several rows and an empty cell are all known for certain.
enum RuledTables {
    static let tolerance = 2.5
    /// A border that meets a horizontal rule at one end only must be longer than any glyph stroke.
    static let minOpenBorder = 20.0

    /// The ruled tables of a page and the words inside none of them.
    static func find(words: [PDFWord], horizontal: [PDFRule], vertical: [PDFRule]) -> (tables: [LaidTable], rest: [PDFWord]) {
        // A border between cells reaches a horizontal rule at both ends; a glyph stroke does not.
        func touches(_ v: PDFRule, _ y: Double) -> Bool {
            horizontal.contains { abs($0.position - y) <= tolerance && $0.from - tolerance <= v.position && v.position <= $0.to + tolerance }
        }
        // One end is enough for a long one: a cell merged down to the page's end has no rule below.
        let borders = vertical.filter {
            touches($0, $0.from) && touches($0, $0.to) || ($0.to - $0.from >= minOpenBorder && (touches($0, $0.from) || touches($0, $0.to)))
        }
        guard !borders.isEmpty else { return ([], words) }
        // Group rules into tables: a horizontal rule belongs with the vertical ones it meets.
        var parent = Array(0..<(horizontal.count + borders.count))
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        for (h, rule) in horizontal.enumerated() {
            for (v, border) in borders.enumerated()
            where rule.from - tolerance <= border.position && border.position <= rule.to + tolerance
                && border.from - tolerance <= rule.position && rule.position <= border.to + tolerance {
                parent[root(h)] = root(horizontal.count + v)
            }
        }
        var groups: [Int: (h: [PDFRule], v: [PDFRule])] = [:]
        for (h, rule) in horizontal.enumerated() { groups[root(h), default: ([], [])].h.append(rule) }
        for (v, border) in borders.enumerated() { groups[root(horizontal.count + v), default: ([], [])].v.append(border) }
        var tables: [LaidTable] = []
        var rest = words
        for group in groups.values.sorted(by: { ($0.h.map(\.position).min() ?? 0) < ($1.h.map(\.position).min() ?? 0) })
        where group.h.count >= 2 && group.v.count >= 2 {
            let xs = clusters(group.v.map(\.position))
            var ys = clusters(group.h.map(\.position))
            // A row cut by the page has no rule at the cut: its borders run on to where it ends.
            if let bottom = group.v.map(\.to).max(), let last = ys.last, bottom > last + tolerance * 2 { ys.append(bottom) }
            if let top = group.v.map(\.from).min(), let first = ys.first, top < first - tolerance * 2 { ys.insert(top, at: 0) }
            guard xs.count >= 2, ys.count >= 2 else { continue }
            let inside = rest.filter { xs.first! <= $0.box.midX && $0.box.midX <= xs.last! && ys.first! <= $0.box.midY && $0.box.midY <= ys.last! }
            rest.removeAll { xs.first! <= $0.box.midX && $0.box.midX <= xs.last! && ys.first! <= $0.box.midY && $0.box.midY <= ys.last! }
            tables.append(table(xs: xs, ys: ys, horizontal: group.h, vertical: group.v, words: inside))
        }
        return (tables, rest)
    }

    /// Positions within `tolerance` of each other are one.
    static func clusters(_ values: [Double]) -> [Double] {
        var out: [[Double]] = []
        for value in values.sorted() {
            if let last = out.last?.last, value - last <= tolerance { out[out.count - 1].append(value) } else { out.append([value]) }
        }
        return out.map { $0.reduce(0, +) / Double($0.count) }
    }

    private static func table(xs: [Double], ys: [Double], horizontal: [PDFRule], vertical: [PDFRule], words: [PDFWord]) -> LaidTable {
        let bands = ys.count - 1, columns = xs.count - 1
        func ruled(_ rules: [PDFRule], at position: Double, across point: Double) -> Bool {
            rules.contains { abs($0.position - position) <= tolerance && $0.from - tolerance <= point && point <= $0.to + tolerance }
        }
        // The cell each grid square belongs to: itself, or the square above or left when no rule separates them.
        var owner = [[(Int, Int)]](repeating: [], count: bands)
        for r in 0..<bands {
            for c in 0..<columns {
                let midX = (xs[c] + xs[c + 1]) / 2, midY = (ys[r] + ys[r + 1]) / 2
                if r > 0, !ruled(horizontal, at: ys[r], across: midX) { owner[r].append(owner[r - 1][c]) }
                else if c > 0, !ruled(vertical, at: xs[c], across: midY) { owner[r].append(owner[r][c - 1]) }
                else { owner[r].append((r, c)) }
            }
        }
        var cellWords: [[[PDFWord]]] = Array(repeating: Array(repeating: [], count: columns), count: bands)
        for word in words {
            let r = max(0, min(bands - 1, (ys.lastIndex { $0 <= word.box.midY } ?? 0)))
            let c = max(0, min(columns - 1, (xs.lastIndex { $0 <= word.box.midX } ?? 0)))
            let (orow, ocol) = owner[r][c]
            cellWords[orow][ocol].append(word)
        }
        // Bands with text become rows; a merge runs from its owner's band to the last band it covers.
        var rowOfBand: [Int: Int] = [:]
        var rows: [[Int: String]] = []
        for r in 0..<bands {
            var cells: [Int: String] = [:]
            for c in 0..<columns where owner[r][c] == (r, c) && !cellWords[r][c].isEmpty {
                cells[c] = CellText.join(lines: PDFWordBuilder.lines(cellWords[r][c]).map(\.text))
            }
            guard !cells.isEmpty else { continue }
            rowOfBand[r] = rows.count
            rows.append(cells)
        }
        var merges: [(Int, Int, Int)] = []
        for c in 0..<columns {
            var r = 0
            while r < bands {
                var last = r
                while last + 1 < bands, owner[last + 1][c] == (r, c) { last += 1 }
                if last > r, let first = rowOfBand[r] {
                    let end = (r...last).compactMap { rowOfBand[$0] }.max() ?? first
                    if end > first { merges.append((first, end, c)) }
                }
                r = last + 1
            }
        }
        return LaidTable(edges: xs, top: ys.first!, bottom: ys.last!, rows: rows, merges: merges)
    }
}
