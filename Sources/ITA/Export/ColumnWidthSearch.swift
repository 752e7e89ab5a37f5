/// The search for the column widths that print a table on the fewest pages: the page's width is
/// fixed, so width given to one column is taken from another, and what counts is the height of
/// the rows (each as tall as its tallest wrapped cell) plus the header repeated on every page.
struct ColumnWidthSearch {
    typealias Cost = (height: Double, cells: Int)

    let look: ExportLook
    let needs: [ExportLook.ColumnNeed]
    /// Each row's cells, measured, then the header's (bold).
    let table: [[TextLayout.Measured]]
    private(set) var headerWeight: Double
    /// Lines of every row in a column at a width (hundredths of a unit).
    private var cache: [[Int: [Int]]]

    /// `rows`: each row's cells, measured; `header` (measured, bold) counts once per printed page,
    /// the pages estimated from `start`.
    init(look: ExportLook, needs: [ExportLook.ColumnNeed], rows: [[TextLayout.Measured]], header: [TextLayout.Measured], start: [Double]) {
        self.look = look
        self.needs = needs
        table = rows + [header]
        cache = Array(repeating: [:], count: needs.count)
        headerWeight = 0
        let pageBody = max(look.lineHeight * 3, look.printableHeight - look.rowHeight(lines: 2))
        let body = cost(columnLines(start)).height
        headerWeight = max(1, (body / pageBody).rounded(.up))
    }

    mutating func lines(_ c: Int, _ width: Double) -> [Int] {
        let key = Int((width * 100).rounded())
        if let known = cache[c][key] { return known }
        let text = look.textWidth(units: width)
        let value = table.map { $0[c].lineCount(width: text, size: look.fontSize, slack: look.slack) }
        cache[c][key] = value
        return value
    }

    mutating func columnLines(_ widths: [Double]) -> [[Int]] { widths.indices.map { lines($0, widths[$0]) } }

    /// Points of the body rows and of the header (weighed by the pages); then the wrapped lines
    /// of all cells, which a move that leaves the height as it is may still lessen.
    func cost(_ perColumn: [[Int]]) -> Cost {
        var height = 0.0, cells = 0
        let header = table.count - 1
        for r in table.indices {
            var tallest = 1
            for column in perColumn {
                let n = column[r]
                if n > tallest { tallest = n }
                cells += n
            }
            height += look.rowHeight(lines: tallest) * (r == header ? headerWeight : 1)
        }
        return (height, cells)
    }

    static func better(_ a: Cost, than b: Cost) -> Bool {
        a.height < b.height - 0.01 || (abs(a.height - b.height) <= 0.01 && a.cells < b.cells)
    }

    /// Widths refined from `start`: width moves from one column to one or two others, in steps
    /// from eight units to a quarter, the move that saves the most first, until none saves any.
    /// Among moves that leave the height as it is, one that removes wrapped lines of cells that
    /// are not a row's tallest is taken: it is what lets a later move shorten the row itself.
    /// The total width stays; no column leaves its bounds.
    mutating func refine(_ start: [Double]) -> (widths: [Double], cost: Cost, path: [[Double]]) {
        let columns = start.count
        var widths = start
        var current = columnLines(widths)
        var best = cost(current)
        var path: [[Double]] = []
        guard columns > 1 else { return (widths, best, path) }
        let lowest = needs.map { Swift.max($0.min, 1) }
        let highest = needs.map { $0.long ? $0.max * 4 : $0.max }
        var targets: [[Int]] = (0..<columns).map { [$0] }
        for a in 0..<columns { for b in (a + 1)..<columns { targets.append([a, b]) } }
        for _ in 0..<200 {
            var move: (from: Int, to: [Int], step: Double, lines: [[Int]], cost: Cost)?
            for from in 0..<columns {
                for step in [8.0, 4, 2, 1, 0.5, 0.25] where widths[from] - step >= lowest[from] - 0.001 {
                    let narrowed = lines(from, widths[from] - step)
                    for to in targets where !to.contains(from) {
                        let share = step / Double(to.count)
                        guard to.allSatisfy({ widths[$0] + share <= highest[$0] + 0.001 }) else { continue }
                        var trial = current
                        trial[from] = narrowed
                        for t in to { trial[t] = lines(t, widths[t] + share) }
                        let value = cost(trial)
                        if Self.better(value, than: move?.cost ?? best) { move = (from, to, step, trial, value) }
                    }
                }
            }
            guard let chosen = move else { break }
            widths[chosen.from] -= chosen.step
            for t in chosen.to { widths[t] += chosen.step / Double(chosen.to.count) }
            current = chosen.lines
            best = chosen.cost
            path.append(widths)
        }
        return (widths, best, path)
    }
}

extension ExportLook {
    /// Widths refined from `start` to print the table shortest (`ColumnWidthSearch`), the search
    /// begun twice: from `start`, and from `start` with every column wide enough for its whole
    /// header on one line (the long columns giving the width), since a one-line header saves a
    /// line on every page but no single move finds it. The best first, then what the searches
    /// passed on their way.
    func widthCandidates(_ start: [Double], needs: [ColumnNeed], rows: [[TextLayout.Measured]], header: [TextLayout.Measured],
                         wholeHeaders: [String]) -> [[Double]] {
        var search = ColumnWidthSearch(look: self, needs: needs, rows: rows, header: header, start: start)
        var found = [search.refine(start)]
        var oneLine = start
        for (c, text) in wholeHeaders.enumerated() { oneLine[c] = Swift.max(oneLine[c], unitsFor(text, bold: true)) }
        let extra = oneLine.reduce(0, +) - start.reduce(0, +)
        let long = needs.indices.filter { needs[$0].long }
        let spare = long.map { oneLine[$0] - needs[$0].min }.reduce(0, +)
        if extra > 0.01, spare > extra {
            for c in long { oneLine[c] -= (oneLine[c] - needs[c].min) * extra / spare }
            found.append(search.refine(oneLine))
        }
        // The widths each search passed last on its way down: as short or nearly, some of them
        // may fill the pages better (the caller lays them out to see).
        let ranked = found.sorted { ColumnWidthSearch.better($0.cost, than: $1.cost) }
        return ranked.map(\.widths) + ranked.flatMap { $0.path.dropLast().suffix(12).reversed() }
    }
}
