/// The dark pixels of a rendered page, and the straight lines among them: a table's borders are
/// long runs one or two pixels thick, which a glyph's strokes never are.
struct InkMap {
    let width: Int
    let height: Int
    /// Row by row, `width` per row.
    let ink: [Bool]

    /// Shortest rule kept, in points: longer than any glyph stroke at body-text sizes.
    static let minHorizontalLength = 24.0
    static let minVerticalLength = 9.0
    /// Thickest rule kept, in points; anything thicker is a filled shape.
    static let maxThickness = 3.0

    /// Horizontal and vertical rules in points. Runs on neighbouring pixel lines that overlap are
    /// one rule (a border drawn 2 px thick).
    func rules(scale: Double) -> (horizontal: [PDFRule], vertical: [PDFRule]) {
        let horizontal = Self.merge(runs(horizontal: true, minLength: Int(Self.minHorizontalLength * scale)), scale: scale)
        let vertical = Self.merge(runs(horizontal: false, minLength: Int(Self.minVerticalLength * scale)), scale: scale)
        return (horizontal, vertical)
    }

    /// (line, from, to) of every run of ink at least `minLength` pixels long.
    private func runs(horizontal: Bool, minLength: Int) -> [(line: Int, from: Int, to: Int)] {
        var found: [(Int, Int, Int)] = []
        let lines = horizontal ? height : width, length = horizontal ? width : height
        let (lineStep, step) = horizontal ? (width, 1) : (1, width)
        ink.withUnsafeBufferPointer { ink in
            for line in 0..<lines {
                var start = -1
                var index = line * lineStep
                for i in 0...length {
                    let dark = i < length && ink[index]
                    index += step
                    if dark {
                        if start < 0 { start = i }
                    } else if start >= 0 {
                        if i - start >= minLength { found.append((line, start, i)) }
                        start = -1
                    }
                }
            }
        }
        return found
    }

    private static func merge(_ runs: [(line: Int, from: Int, to: Int)], scale: Double) -> [PDFRule] {
        // Group runs on consecutive lines that overlap; a group thicker than maxThickness is a shape.
        var groups: [(first: Int, last: Int, from: Int, to: Int)] = []
        var open: [Int] = []  // indices into groups still touching the previous line
        var currentLine = -2
        var next: [Int] = []
        for run in runs {
            if run.line != currentLine {
                open = run.line == currentLine + 1 ? next : []
                next = []
                currentLine = run.line
            }
            if let g = open.first(where: { groups[$0].from < run.to && run.from < groups[$0].to }) {
                groups[g].last = run.line
                groups[g].from = min(groups[g].from, run.from)
                groups[g].to = max(groups[g].to, run.to)
                next.append(g)
            } else {
                groups.append((run.line, run.line, run.from, run.to))
                next.append(groups.count - 1)
            }
        }
        return groups.compactMap { group in
            let thickness = Double(group.last - group.first + 1) / scale
            guard thickness <= maxThickness else { return nil }
            return PDFRule(position: (Double(group.first + group.last + 1) / 2) / scale,
                           from: Double(group.from) / scale, to: Double(group.to) / scale)
        }
    }
}
