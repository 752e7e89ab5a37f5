import Sheets
import ThaiText

extension BlockBuilder {
    /// Reads the row under the header as sub-headers when its cells sit under wider header groups
    /// and name months, statuses or template columns. Changes nothing and returns false otherwise.
    mutating func applySubHeader(_ cells: [RowCell], row: Int, index: HeaderIndex) -> Bool {
        guard cells.count >= 2 else { return false }
        // The header group each cell falls under.
        func group(of column: Int) -> (field: Field?, start: Int)? {
            for (start, span) in header.spans where span > 1 && start <= column && column < start + span {
                return (fieldOfColumn[start], start)
            }
            return nil
        }
        var months: [(Int, String)] = [], statuses: [Int: (MeasureStatus, String)] = [:]
        var fields: [(Field, Int, SourcedText)] = [], unknown: [RowCell] = []
        for cell in cells {
            guard group(of: cell.column) != nil else { return false }
            if ThaiMonth.parse(cell.text.text) != nil || Self.monthWithYear(cell.text.text) {
                months.append((cell.column, cell.text.text))
            } else if let status = MeasureStatus(label: cell.text.text) {
                statuses[cell.column] = (status, cell.text.text)
            } else if let (field, _) = index.field(for: cell.text.text) {
                fields.append((field, cell.column, cell.text))
            } else {
                unknown.append(cell)
            }
        }
        // Short labels under groups only ("หน่วยงานหลัก | หน่วยงานสนับสนุน" under ผู้รับผิดชอบ) split the group too.
        let labels = unknown.count >= 2 && unknown.allSatisfy { $0.text.text.unicodeScalars.count <= 30 && ItemNumber.leading(in: $0.text.text) == nil }
        guard months.count + statuses.count + fields.count >= 2 || months.count >= 1 && unknown.isEmpty || labels else { return false }
        hasSubHeader = true
        headerRows.append(row)
        monthColumns = months
        statusColumns = statuses
        // A group split into sub-columns: its field moves to the sub-column that names it, or to
        // the first sub-column that is neither a month nor a status; a group of months or marks only loses its column.
        var groupsSplit = Set<Int>()
        for cell in cells { if let g = group(of: cell.column) { groupsSplit.insert(g.start) } }
        for start in groupsSplit {
            let span = header.spans[start] ?? 1
            let inGroup = (start..<(start + span))
            guard let field = fieldOfColumn[start] else {
                // A repeated wording over marks only (the details column came first): a group, not a duplicate.
                if inGroup.allSatisfy({ c in c == start || statuses[c] != nil || months.contains { $0.0 == c } || !cells.contains { $0.column == c } }) {
                    header.duplicates.removeAll { $0.header.source.address.column == start }
                }
                continue
            }
            let named = fields.first { $0.0 == field && inGroup.contains($0.1) }?.1
            let plain = unknown.map(\.column).filter(inGroup.contains).min()
            let marked = inGroup.contains { c in monthColumns.contains { $0.column == c } || statuses[c] != nil }
            var target = named ?? plain ?? (marked ? nil : start)
            fieldOfColumn[start] = nil
            // Marks only (ผลการดำเนินการ over ดำเนินการแล้ว | อยู่ระหว่าง… | ยังไม่ได้…): the text of the
            // result is the column that repeats the field's wording (รายละเอียดผลการดำเนินการ) or a
            // details column beside it; the repeat is the field's own column, not a duplicate.
            if target == nil, marked, let text = Self.detailsColumn(for: field, header: &header) {
                target = text
            }
            if let target {
                header.columns[field] = target
                fieldOfColumn[target] = field
                // Further unnamed sub-columns of the group are the same field in parts (เชิงปริมาณ | เชิงคุณภาพ
                // under ผลการดำเนินงาน, หน่วยงานหลัก | หน่วยงานสนับสนุน under ผู้รับผิดชอบ): read together.
                if named == nil {
                    for c in unknown.map(\.column) where inGroup.contains(c) && c != target { fieldOfColumn[c] = field }
                }
            } else {
                // Months or marks only: the field is present (ticks stand for it), read from the sub-columns.
                header.columns[field] = start
            }
        }
        for (field, column, text) in fields where header.columns[field] == nil || header.columns[field] == column {
            header.columns[field] = column
            fieldOfColumn[column] = field
            if header.headerText[field] == nil { header.headerText[field] = text }
        }
        let used = Set(fieldOfColumn.keys)
        for cell in unknown where !used.contains(cell.column) { header.unknown.append(cell.text) }
        lastColumn = max(lastColumn, cells.map(\.column).max() ?? 0)
        return true
    }

    /// The column that carries a field's text when its group holds only marks: a repeat of the field
    /// (taken out of the duplicates) or, for the result, an unnamed details column (รายละเอียด…).
    static func detailsColumn(for field: Field, header: inout RecognizedHeader) -> Int? {
        if let i = header.duplicates.firstIndex(where: { $0.field == field }) {
            let repeated = header.duplicates.remove(at: i).header
            header.headerText[field] = repeated
            return repeated.source.address.column
        }
        guard field == .result,
              let i = header.unknown.firstIndex(where: { ThaiCleanup.key($0.text).hasPrefix("รายละเอียด") }) else { return nil }
        let details = header.unknown.remove(at: i)
        header.headerText[field] = details
        return details.source.address.column
    }

    /// "ต.ค. 63", "ม.ค.64": a month sub-header with its year.
    static func monthWithYear(_ text: String) -> Bool {
        let letters = text.filter { !($0.isNumber || $0 == " ") }
        return letters.count < text.count && ThaiMonth.parse(letters) != nil
    }
}
