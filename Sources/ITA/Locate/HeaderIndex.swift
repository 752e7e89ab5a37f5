import Sheets
import ThaiText

/// The template's header wordings, as cleanup keys, for fast lookup.
struct HeaderIndex: Sendable {
    private var exact: [String: Field] = [:]
    private var wordings: [(key: String, scalars: [Unicode.Scalar], count: Int, field: Field, text: String)] = []

    init(template: Template) {
        for column in template.columns {
            for header in column.headers {
                let key = ThaiCleanup.key(header)
                if exact[key] == nil { exact[key] = column.field }
                let scalars = Array(key.unicodeScalars)
                wordings.append((key, scalars, scalars.count, column.field, header))
            }
        }
        // Longest first, so that a prefix match prefers "ขั้นตอนและวิธีการ" over "ขั้นตอน".
        wordings.sort { $0.count > $1.count }
    }

    /// Fuzzy matching: a wording of at least `fuzzyMinLength` scalars matches a header within
    /// `max(1, length / 8)` edits (a lost "ำ" in "ดาเนินการ" is one; two in a 16-letter header).
    static let fuzzyMinLength = 6
    /// A known wording followed by at most this many letters of qualifier ("ผู้รับผิดชอบ (หน่วยงาน)").
    static let qualifierLength = 12

    /// The field a header cell names: exact key, a known wording followed by a short qualifier
    /// ("ผู้รับผิดชอบ (หน่วยงาน)"), or a near spelling of damaged text ("ดาเนินงาน").
    func field(for text: String) -> (field: Field, fuzzyMatch: String?)? {
        // Body cells are long prose: no header is over 60 letters, so skip them before cleaning.
        guard text.unicodeScalars.count <= 120 else { return nil }
        let key = ThaiCleanup.key(text)
        if let field = exact[key] { return (field, nil) }
        // A known wording with a note in parentheses: "ผลการดำเนินงาน (ระบุรายละเอียด)", "ระยะเวลา (ต.ค. 65 - ก.ย. 66)".
        // (Bytes first: looking for the character "(" walks every character of the cell.)
        if text.utf8.contains(UInt8(ascii: "(")), let open = text.firstIndex(of: "("), open > text.startIndex,
           let field = exact[ThaiCleanup.key(text[..<open])] {
            return (field, nil)
        }
        let scalars = Array(key.unicodeScalars)
        let count = scalars.count
        guard count >= 2, count <= 60 else { return nil }
        // Damaged text first ("ระยะเวลาดาเนินการ" is a damaged wording, not "ระยะเวลา" with a qualifier).
        var best: (field: Field, text: String, distance: Int)?
        for wording in wordings where wording.count >= Self.fuzzyMinLength && abs(wording.count - count) <= 2 {
            let limit = min(max(1, wording.count / 8), (best?.distance ?? .max) - 1)
            guard limit >= 0, let distance = TextSimilarity.editDistance(scalars, wording.scalars, atMost: limit) else { continue }
            best = (wording.field, wording.text, distance)
        }
        if let best { return (best.field, best.text) }
        for wording in wordings where count - wording.count <= Self.qualifierLength && wording.count >= 4 && count > wording.count
            && scalars.starts(with: wording.scalars) {
            return (wording.field, nil)
        }
        return nil
    }

    /// A row is a header when at least three cells name distinct fields, the measure among them,
    /// and named cells outnumber unknown ones.
    func header(of cells: [RowCell]) -> RecognizedHeader? {
        guard cells.count >= 3 else { return nil }
        var header = RecognizedHeader(columns: [:], headerText: [:], unknown: [], duplicates: [], fuzzy: [], spans: [:])
        // Unknown cells that are not month names (a one-row header may list months as columns).
        var strangers = 0
        for cell in cells {
            // Body rows bail out early: too many unknown cells already for named ones to outnumber them.
            if strangers * 2 >= cells.count || strangers > cells.count - 3 { return nil }
            let text = cell.text
            guard let (field, fuzzy) = field(for: text.text) else {
                header.unknown.append(text)
                if text.text.unicodeScalars.count > 12 || ThaiMonth.parse(text.text) == nil { strangers += 1 }
                continue
            }
            if header.columns[field] != nil {
                header.duplicates.append((field, text))
                continue
            }
            header.columns[field] = cell.column
            header.headerText[field] = text
            if let fuzzy { header.fuzzy.append((text, fuzzy)) }
        }
        guard header.columns[.measure] != nil, header.columns.count >= 3, header.columns.count > strangers else { return nil }
        // Each header cell covers the columns up to the next header cell: a merge across, or the
        // blank cells after it in a text file (the last one up to a year of month columns).
        let starts = cells.map(\.column).sorted()
        for (i, cell) in cells.enumerated() {
            let next = i + 1 < starts.count ? starts[i + 1] : cell.column + 13
            header.spans[cell.column] = cell.span > 1 ? cell.span : next - cell.column
            header.lastColumn = max(header.lastColumn, cell.column + cell.span - 1)
        }
        return header
    }
}
