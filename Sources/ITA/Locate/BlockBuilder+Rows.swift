import Sheets
import ThaiText

extension BlockBuilder {
    /// Whether a row belongs to this table. A lone text in the measure column after a blank row,
    /// without an item number, is prose (a heading or a paragraph), not a measure; after a blank
    /// row, a row with nothing in the measure or number column is prose (a signature block).
    func accepts(_ cells: [RowCell], afterBlank: Bool) -> Bool {
        let inTable = cells.filter { fieldOfColumn[$0.column] != nil || isMark($0.column) }
        if afterBlank, !cells.contains(where: { $0.column == measureColumn || fieldOfColumn[$0.column] == .number }) { return false }
        if inTable.count >= 2 { return true }
        guard inTable.count == 1, cells.count == 1 else { return false }
        let cell = inTable[0]
        // A section heading merged across the table ("ด้านที่ 1 …") is not a measure.
        if cell.span >= 3 { return false }
        if cell.column != measureColumn { return !afterBlank && fieldOfColumn[cell.column] != .number }
        if ItemNumber.leading(in: cell.text.text) != nil { return true }
        return !afterBlank && !rows.isEmpty
    }

    /// Words that open a section heading inside a table.
    static let sectionWords = ["ด้านที่", "ด้าน", "มิติที่", "ประเด็นที่", "ส่วนที่", "หมวดที่", "หมวด", "ยุทธศาสตร์ที่", "ตัวชี้วัดที่", "องค์ประกอบที่",
                               "มาตรการที่", "กิจกรรมที่", "แนวทางที่", "เป้าหมายที่"]

    /// A lone cell that heads a group of rows: it opens with a section word, or it sits in the number
    /// column (before the measure's) and is words, not a number.
    func isSectionHeading(_ cell: RowCell, afterBlank: Bool) -> Bool {
        let text = cell.text.text.trimmingCharacters(in: .whitespaces)
        if ItemNumber.leading(in: text) != nil { return false }
        if Self.sectionWords.contains(where: { text.hasPrefix($0) }) { return true }
        return !afterBlank && cell.column < measureColumn && fieldOfColumn[cell.column] == .number
            && text.unicodeScalars.count > 6 && !text.contains(where: \.isNumber)
    }

    /// Whether a cell under a month or status sub-column marks it: anything but a dash, a cross or 0.
    static func isTick(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return !t.isEmpty && !["-", "–", "✗", "✘", "0", "๐"].contains(t)
    }

    func isMark(_ column: Int) -> Bool { statusColumns[column] != nil || monthColumns.contains { $0.column == column } }

    mutating func add(row: Int, cells: [RowCell]) {
        var byField: [Field: SourcedText] = [:]
        var marks: [(Int, SourcedText)] = []
        for cell in cells {
            if let field = fieldOfColumn[cell.column] {
                // A field in parts (several sub-columns): their texts joined, the first written cell its place.
                if let first = byField[field], !first.isBlank, cell.text.carriedFrom == nil {
                    if !cell.text.isBlank {
                        byField[field]!.text += "\n" + cell.text.text
                        byField[field]!.value = nil
                    }
                } else {
                    byField[field] = cell.text
                }
            } else if isMark(cell.column), cell.text.carriedFrom == nil, Self.isTick(cell.text.text) {
                marks.append((cell.column, cell.text))
            }
        }
        synthesizeFromMarks(marks, into: &byField)
        lastRow = row
        lastColumn = max(lastColumn, cells.map(\.column).max() ?? 0)
        let measureCell = byField[.measure]
        // A measure cell merged down from the row above continues that measure.
        let mergedMeasure = measureCell?.carriedFrom != nil && rows.last?.cells[.measure]?.source == measureCell?.carriedFrom
        let startsMeasure = !mergedMeasure && (measureCell.map { !$0.isBlank } ?? false)
            && (rows.isEmpty || byField.count > 1 || ItemNumber.leading(in: measureCell!.text) != nil)
        if !startsMeasure, var previous = rows.popLast() {
            // A continuation row: the measure's cells went on below.
            for (field, text) in byField {
                if text.carriedFrom != nil, previous.cells[field] != nil { continue }
                if var existing = previous.cells[field], existing.carriedFrom == nil {
                    existing.text += "\n" + text.text
                    existing.value = nil
                    previous.cells[field] = existing
                } else {
                    previous.cells[field] = text
                }
            }
            rows.append(previous)
            return
        }
        if let previous = rows.last {
            for field in carryDown where byField[field]?.isBlank ?? true {
                guard let above = previous.cells[field], !above.isBlank,
                      let column = header.columns[field] else { continue }
                byField[field] = SourcedText(text: above.text, source: SourceRef(sheet: sheet, address: CellAddress(row: row, column: column)),
                                             carriedFrom: above.carriedFrom ?? above.source, value: above.value)
            }
        }
        rows.append(LocatedTable.BodyRow(row: row, cells: byField))
    }

    /// Ticks under month sub-columns give the period ("ม.ค. - มี.ค.", from the first to the last
    /// ticked month in fiscal-year order); a tick under a status sub-column gives the status.
    func synthesizeFromMarks(_ marks: [(Int, SourcedText)], into byField: inout [Field: SourcedText]) {
        guard !marks.isEmpty else { return }
        if byField[.period] == nil {
            let ticked = monthColumns.filter { month in marks.contains { $0.0 == month.column } }
            if let first = ticked.first, let last = ticked.last, let source = marks.first(where: { $0.0 == first.column })?.1.source {
                let text = first.column == last.column ? first.header : "\(first.header) - \(last.header)"
                byField[.period] = SourcedText(text: text, source: source)
            }
        }
        if let mark = marks.first(where: { statusColumns[$0.0] != nil }) {
            let said = SourcedText(text: statusColumns[mark.0]!.1, source: mark.1.source)
            if byField[.status] == nil { byField[.status] = said }
            // A result told only by a tick: the ticked status is what the row reports.
            if let column = header.columns[.result], fieldOfColumn[column] == nil, byField[.result] == nil { byField[.result] = said }
        }
    }
}
