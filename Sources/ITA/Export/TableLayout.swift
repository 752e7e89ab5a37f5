import Sheets

/// How an exported table's measures fall on rows and pages. Each measure is a row as tall as its
/// wrapped lines; a measure that does not fit what is left of a page fills it and continues on a
/// row of its own on the next (its text cut at the end of a line, so that no row is ever taller
/// than a page and nothing is cut off); a value written once for several measures is merged down
/// their rows again and kept on one page (when it cannot fit one, it is written on each of its
/// rows instead). Page breaks are explicit, so every program prints the same pages.
struct TableLayout {
    /// One written cell: `rows` rows from `row` (rows counted from the first body row).
    struct Cell {
        var row: Int
        var rows: Int
        var column: Int
        var text: String
        var measure: Int
        /// The measure's first row (its number is written there).
        var first: Bool
    }

    typealias Run = (column: Int, start: Int, end: Int)

    let look: ExportLook
    let widths: [Double]
    let values: [[String]]
    /// A row that fits a page goes whole to the next page rather than being cut over a break
    /// (only a row longer than a page continues on rows of its own).
    private let keepsRowsWhole: Bool
    /// Each cell measured once (advances and line breaks), wrapped at its column's width.
    private let lines: [[Int]]
    private(set) var headerHeight: Double = 0
    /// Height of each body row, in points.
    private(set) var heights: [Double] = []
    /// The first body row of each measure.
    private(set) var measureRows: [Int] = []
    private(set) var cells: [Cell] = []
    /// The body rows that begin a printed page (other than the first).
    private(set) var pageBreaks: [Int] = []

    /// The height of the body rows, in points.
    var totalHeight: Double { heights.reduce(0, +) }

    /// The height of the part of a page the body rows have below the repeated header, with a few
    /// points to spare for rounding in office programs.
    var pageCapacity: Double { look.printableHeight - headerHeight - 6 }

    /// `firstPage`: the points of the first page below the title block, header included.
    /// `measured`: the cells already measured (`values` measured again otherwise).
    init(values: [[String]], fields: [Field?], measures: [Measure], widths: [Double], headers: [String], look: ExportLook,
         firstPage: Double, measured: [[TextLayout.Measured]]? = nil, keepsRowsWhole: Bool = false) {
        self.look = look
        self.keepsRowsWhole = keepsRowsWhole
        self.widths = widths
        self.values = values
        lines = values.enumerated().map { r, row in
            row.enumerated().map { c, text in
                text.isEmpty ? 1 : (measured?[r][c] ?? TextLayout.Measured(text)).lineCount(width: look.textWidth(units: widths[c]),
                                                                                          size: look.fontSize, slack: look.slack)
            }
        }
        let headerLines = zip(headers, widths).map { look.lineCount($0, units: $1, bold: true) }.max() ?? 1
        headerHeight = look.rowHeight(lines: headerLines)
        // Runs of measures sharing one value written once for the group (carried down).
        var runs: [Run] = []
        for (c, field) in fields.enumerated() {
            guard let field else { continue }
            var r = 0
            while r < measures.count {
                var end = r
                if let origin = measures[r].cells[field].map({ $0.carriedFrom ?? $0.source }) {
                    while end + 1 < measures.count, measures[end + 1].cells[field]?.carriedFrom == origin { end += 1 }
                }
                if end > r { runs.append((c, r, end)) }
                r = end + 1
            }
        }
        // A run that cannot stay on one page is written on each of its rows: laid again without it.
        var merged = runs
        while let tooTall = lay(runs: runs, merged: merged, firstPage: firstPage - headerHeight - 6) {
            merged.removeAll { $0.column == tooTall.column && $0.start == tooTall.start }
        }
    }

    /// A table whose every cell is its own (none carried down from the row above), such as the
    /// findings sheet's: each row laid as a measure is, continuing on rows of its own when it is
    /// longer than what is left of a page.
    init(values: [[String]], widths: [Double], headers: [String], look: ExportLook, firstPage: Double, keepsRowsWhole: Bool,
         measured: [[TextLayout.Measured]]? = nil) {
        self.init(values: values, fields: Array(repeating: nil, count: widths.count), measures: [], widths: widths, headers: headers,
                  look: look, firstPage: firstPage, measured: measured, keepsRowsWhole: keepsRowsWhole)
    }

    /// Sets the height of each body row from `firstBodyRow` and starts the pages where the layout
    /// does. Excel holds at most 1,023 manual breaks: a longer table is paginated by the program
    /// (its rows are still never taller than a page).
    func setRowHeightsAndBreaks(firstBodyRow: Int, in sheet: SheetHandle, with writer: inout XLSXWriter) throws(SheetsError) {
        for (r, height) in heights.enumerated() {
            try writer.setRowHeight(height, row: firstBodyRow + r, in: sheet)
        }
        if pageBreaks.count <= 1_023 {
            try writer.setPageBreaks(beforeRows: pageBreaks.map { firstBodyRow + $0 }, in: sheet)
        }
    }

    /// The lines of `text` in column `c`.
    private func lineCount(_ text: String, _ c: Int) -> Int { look.lineCount(text, units: widths[c]) }
    /// The lines of measure `m`'s cell in column `c` (1 for a cell shown empty).
    private func lineCount(measure m: Int, _ c: Int, shown: String) -> Int { shown.isEmpty ? 1 : lines[m][c] }

    /// Lays the rows out; returns a merged run that does not fit a page (nothing laid then). A run
    /// not merged shows its value on its first row and again at the top of each page it goes on to.
    private mutating func lay(runs: [Run], merged: [Run], firstPage: Double) -> Run? {
        let maxLines = look.maxLines(headerHeight: headerHeight)
        let columns = widths.count
        var runAt: [[Int]: Run] = [:]
        var mergedEnd = [Int](repeating: -1, count: values.count)  // by start measure: the furthest end
        for run in merged {
            for r in run.start...run.end { runAt[[run.column, r]] = run }
            mergedEnd[run.start] = max(mergedEnd[run.start], run.end)
        }
        // Cells a run's value was carried into (below its first row), by (column, measure).
        var carried = Set<[Int]>()
        for run in runs where run.end > run.start { for r in (run.start + 1)...run.end { carried.insert([run.column, r]) } }
        heights = []
        measureRows = []
        cells = []
        pageBreaks = []
        var room = firstPage
        func newPage() {
            if !heights.isEmpty, pageBreaks.last != heights.count { pageBreaks.append(heights.count) }
            room = pageCapacity
        }
        var r = 0
        while r < values.count {
            // A block: the measures some merged value spans (one measure when none does).
            var end = r
            end = max(end, mergedEnd[r])
            var k = r
            while k < end { end = max(end, mergedEnd[k + 1]); k += 1 }
            if end > r {
                // Rows of the block, each measure one row, the merged values' lines shared out.
                var lines = (r...end).map { m in (0..<columns).filter { runAt[[$0, m]] == nil }.map { lineCount(measure: m, $0, shown: values[m][$0]) }.max() ?? 1 }
                for run in merged where run.start >= r && run.end <= end {
                    var lacking = self.lines[run.start][run.column] - lines[(run.start - r)...(run.end - r)].reduce(0, +)
                    var i = run.end - r
                    while lacking > 0, i >= run.start - r { let add = min(lacking, max(0, maxLines - lines[i])); lines[i] += add; lacking -= add; i -= 1 }
                }
                let height = lines.map { look.rowHeight(lines: $0) }.reduce(0, +)
                if height > pageCapacity || lines.contains(where: { $0 > maxLines }) {
                    return merged.first { $0.start >= r && $0.end <= end }
                }
                if height > room { newPage() }
                let first = heights.count
                for m in r...end {
                    measureRows.append(heights.count)
                    for c in 0..<columns where runAt[[c, m]] == nil {
                        cells.append(Cell(row: heights.count, rows: 1, column: c, text: values[m][c], measure: m, first: true))
                    }
                    heights.append(look.rowHeight(lines: lines[m - r]))
                }
                for run in merged where run.start >= r && run.end <= end {
                    cells.append(Cell(row: first + run.start - r, rows: run.end - run.start + 1, column: run.column,
                                      text: values[run.start][run.column], measure: run.start, first: true))
                }
                room -= height
                r = end + 1
                continue
            }
            // One measure: on one row when it fits what is left of the page, else filling the page
            // and continuing on the next.
            let measure = r
            func shown(atPageTop: Bool) -> [String] {
                values[measure].enumerated().map { c, value in
                    carried.contains([c, measure]) && !atPageTop ? "" : value
                }
            }
            var row = shown(atPageTop: heights.isEmpty || room >= pageCapacity)
            var needed = (0..<columns).map { lineCount(measure: measure, $0, shown: row[$0]) }.max() ?? 1
            var fit = Int((room - ExportLook.rowPadding) / look.lineHeight)
            if look.rowHeight(lines: needed) > room {
                // Cut wherever two lines or more are left on the page: pages are paper. But the
                // table's last measure goes whole to the next page (which it needs anyway) when
                // it would leave a line or two there alone, and so does any row that fits a page
                // in a table that keeps its rows whole.
                let fitsAPage = look.rowHeight(lines: needed) <= pageCapacity
                let alone = measure == values.count - 1 && needed - fit <= 2 && fitsAPage
                if fit < 2 || alone || (keepsRowsWhole && fitsAPage) {
                    newPage()
                    fit = Int((room - ExportLook.rowPadding) / look.lineHeight)
                    row = shown(atPageTop: true)
                    needed = (0..<columns).map { lineCount(measure: measure, $0, shown: row[$0]) }.max() ?? 1
                }
            }
            let firstPiece = min(maxLines, max(1, fit))
            let pieces = (0..<columns).map { c in
                // Cut only a cell longer than the row's first piece (measuring it again only then).
                row[c].isEmpty ? [""] : lineCount(measure: measure, c, shown: row[c]) <= firstPiece ? [row[c]] : TextLayout.pieces(row[c], width: look.textWidth(units: widths[c]), size: look.fontSize,
                                                          slack: look.slack, first: firstPiece, perPiece: maxLines)
            }
            let count = pieces.map(\.count).max() ?? 1
            measureRows.append(heights.count)
            for j in 0..<count {
                if j > 0 { newPage() }
                let lines = min(j == 0 ? firstPiece : maxLines, count == 1 ? needed
                                : (0..<columns).filter { j < pieces[$0].count }.map { lineCount(pieces[$0][j], $0) }.max() ?? 1)
                for c in 0..<columns {
                    cells.append(Cell(row: heights.count, rows: 1, column: c, text: j < pieces[c].count ? pieces[c][j] : "", measure: r, first: j == 0))
                }
                let height = look.rowHeight(lines: lines)
                heights.append(height)
                room -= height
            }
            r += 1
        }
        return nil
    }
}
