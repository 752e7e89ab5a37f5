import ThaiText

/// Where a row of a sheet read from a paged document was printed: page and row on that page (1-based).
public struct PagePlace: Hashable, Sendable {
    /// The page, from 1.
    public var page: Int
    /// The row on that page, from 1.
    public var row: Int
    /// Row `row` of page `page`.
    public init(page: Int, row: Int) {
        self.page = page
        self.row = row
    }
}

/// What is on a page, in reading order.
enum PageBlock {
    case paragraph(String)
    case table(LaidTable)
}

/// Turns the pages' glyphs and rules into the rows of one sheet.
struct PDFLayout {
    let pages: [PDFPageContent]

    func sheet(named name: String) -> Sheet {
        Self.sheet(pages: pages.map(Self.split), heights: pages.map(\.height), minGap: nil, name: name)
    }

    /// Pages already split into ruled tables and lines (points, or character columns for text)
    /// → one sheet. `minGap` is the narrowest gap between aligned columns (nil: a line height).
    static func sheet(pages laid: [(tables: [LaidTable], lines: [PDFLine])], heights: [Double], minGap: Double?, name: String) -> Sheet {
        // Headers and footers first, so that they neither split nor join anything.
        let furniture = PageFurniture.find(pages: laid.map { $0.lines.map { ($0.text, $0.box.y0, $0.box.y1) } }, heights: heights)
        var blocks: [(page: Int, block: PageBlock)] = []
        for (index, page) in laid.enumerated() {
            let kept = page.lines.enumerated().filter { !furniture[index].contains($0.offset) }.map(\.element)
            var items: [(top: Double, block: PageBlock)] = page.tables.map { ($0.top, .table($0)) }
            items += AlignedColumns.tablesAndProse(kept, minGap: minGap)
            for (_, block) in items.sorted(by: { $0.top < $1.top }) {
                guard case .table(var table) = block else {
                    blocks.append((index + 1, block))
                    continue
                }
                table.rowPages = Array(repeating: index + 1, count: table.rows.count)
                blocks.append((index + 1, .table(table)))
            }
        }
        return rows(joiningAcrossPages(blocks), name: name)
    }

    /// The page's ruled tables, and its other words as lines.
    static func split(_ page: PDFPageContent) -> (tables: [LaidTable], lines: [PDFLine]) {
        let words = PDFWordBuilder.words(page.glyphs)
        let found = RuledTables.find(words: words, horizontal: page.horizontalRules, vertical: page.verticalRules)
        return (found.tables, PDFWordBuilder.lines(found.rest))
    }

    /// A table that ends one page and a table with the same columns that starts the next are one
    /// table: the next page's repeated header is dropped, and a row the page break cut in two
    /// (its first cell empty on the new page, or unnumbered among numbered rows) is joined back.
    static func joiningAcrossPages(_ blocks: [(page: Int, block: PageBlock)]) -> [(page: Int, block: PageBlock)] {
        var out: [(page: Int, block: PageBlock)] = []
        for item in blocks {
            guard case .table(var next) = item.block, let last = out.last, last.page == item.page - 1,
                  case .table(var previous) = last.block, sameColumns(previous, next), !previous.rows.isEmpty else {
                out.append(item)
                continue
            }
            if next.rows.first == previous.rows.first { next.dropFirstRow() }
            let offset = previous.rows.count
            if let first = next.rows.first, first[0] == nil || Self.isNumbered(previous) && !Self.isNumbered(first) {
                for (column, text) in first {
                    previous.rows[offset - 1][column] = CellText.join(lines: [previous.rows[offset - 1][column] ?? "", text])
                }
                next.dropFirstRow()
            }
            // A cell merged down to the page's end goes on over the next page's first rows that are
            // empty in its column (a merge there, or one row: the repeated header's rule hides which).
            for open in previous.merges.indices where previous.merges[open].last == offset - 1 {
                let column = previous.merges[open].column
                guard !next.rows.isEmpty, next.rows[0][column] == nil else { continue }
                let continued = next.merges.firstIndex { $0.first == 0 && $0.column == column }
                previous.merges[open].last = offset + (continued.map { next.merges[$0].last } ?? 0)
                if let continued { next.merges.remove(at: continued) }
            }
            previous.rows += next.rows
            previous.rowPages += next.rowPages
            previous.merges += next.merges.map { ($0.first + offset, $0.last + offset, $0.column) }
            previous.bottom = next.bottom
            out[out.count - 1] = (item.page, .table(previous))
        }
        return out
    }

    /// Whether most rows below the header start with an item number: then a row without one is
    /// the rest of the row above, cut by the page.
    static func isNumbered(_ table: LaidTable) -> Bool {
        let body = table.rows.dropFirst()
        return !body.isEmpty && body.filter(isNumbered).count * 2 > body.count
    }

    static func isNumbered(_ row: [Int: String]) -> Bool {
        row[0].map { ItemNumber.leading(in: $0) != nil } ?? false
    }

    static func sameColumns(_ a: LaidTable, _ b: LaidTable) -> Bool {
        // Left edges only: the right edge of space-aligned text is wherever its longest line ends.
        a.edges.count == b.edges.count && zip(a.edges.dropLast(), b.edges.dropLast()).allSatisfy { abs($0 - $1) <= 3 }
    }

    /// Rows in order, a blank row between blocks (as between a text document's paragraphs and
    /// tables), Thai repaired; each row's page and place on its page.
    static func rows(_ blocks: [(page: Int, block: PageBlock)], name: String) -> Sheet {
        var sheet = Sheet(name: name)
        var index = 0
        var rowsOnPage: [Int: Int] = [:]
        func place(_ page: Int) -> PagePlace {
            rowsOnPage[page, default: 0] += 1
            return PagePlace(page: page, row: rowsOnPage[page]!)
        }
        for (page, block) in blocks {
            index += 1  // the blank row before the block
            switch block {
            case .paragraph(let text):
                let repaired = ThaiRepair.repair(text)
                guard !repaired.isEmpty else { continue }
                index += 1
                sheet.append(Row(index: index, cells: [Cell(CellAddress(row: index, column: 1), .string(repaired))]))
                sheet.pages[index] = place(page)
            case .table(let table):
                let first = index + 1
                for (number, cells) in table.rows.enumerated() {
                    index += 1
                    let row = cells.sorted { $0.key < $1.key }.compactMap { column, text -> Cell? in
                        let repaired = ThaiRepair.repair(text)
                        return repaired.isEmpty ? nil : Cell(CellAddress(row: index, column: column + 1), .string(repaired))
                    }
                    sheet.append(Row(index: index, cells: row))
                    sheet.pages[index] = place(number < table.rowPages.count ? table.rowPages[number] : page)
                }
                for merge in table.merges {
                    sheet.merged.append(CellRange(start: CellAddress(row: first + merge.first, column: merge.column + 1),
                                                  end: CellAddress(row: first + merge.last, column: merge.column + 1)))
                }
            }
        }
        return sheet
    }
}
