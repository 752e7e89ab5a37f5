import Foundation

/// Page headers, footers and page numbers: lines at the top or bottom of a page that say the same
/// on other pages (digits aside), or that are only a page number (`หน้า ๒ จาก ๕`, `- 3 -`, `2/5`).
/// They are dropped so that a table or a paragraph broken by a page runs on.
enum PageFurniture {
    /// How far from the top or bottom edge a line may sit to be furniture, as a share of the page.
    static let band = 0.14

    /// For each page, the indices of its lines that are furniture.
    /// `pages[i]` lists (text, top, bottom) of page i's lines, top to bottom; `heights[i]` its height.
    static func find(pages: [[(text: String, top: Double, bottom: Double)]], heights: [Double]) -> [Set<Int>] {
        var seen: [String: Set<Int>] = [:]
        for (page, lines) in pages.enumerated() {
            for line in lines { seen[shape(line.text), default: []].insert(page) }
        }
        return pages.enumerated().map { page, lines in
            var drop = Set<Int>()
            let height = heights[page]
            // Only the outermost lines: from the top down and the bottom up, while they are furniture.
            for (order, step) in [(Array(lines.indices), 1), (Array(lines.indices.reversed()), -1)] {
                for i in order.prefix(3) {
                    let line = lines[i]
                    let nearEdge = line.bottom < height * band || line.top > height * (1 - band)
                    // A repeated line set apart from the text (a table's repeated header runs on into it).
                    let inward = lines.indices.contains(i + step) ? lines[i + step] : nil
                    let apart = inward.map { step > 0 ? $0.top - line.bottom : line.top - $0.bottom }.map { $0 > (line.bottom - line.top) * 0.3 } ?? true
                    let repeated = (seen[shape(line.text)]?.count ?? 0) >= 2 && pages.count >= 2 && apart
                    guard nearEdge, isPageNumber(line.text) || repeated else { break }
                    drop.insert(i)
                }
            }
            return drop
        }
    }

    /// The text with digits (Thai or Arabic) as `#` and no spaces: the same header on every page.
    static func shape(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { s in
            if s.properties.isWhitespace { return nil }
            if ("0"..."9").contains(s) || (0x0E50...0x0E59).contains(s.value) { return "#" }
            return s
        }))
    }

    /// `หน้า ๒`, `หน้า 2 จาก 5`, `- 2 -`, `2/5`, `Page 2 of 5`, `2`.
    static func isPageNumber(_ text: String) -> Bool {
        let pattern = #"^[-–—\s]*(หน้า(ที่)?|page|p\.)?\s*[0-9๐-๙]{1,4}\s*((/|จาก|of)\s*[0-9๐-๙]{1,4})?[-–—\s]*$"#
        return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
