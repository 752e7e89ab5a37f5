/// Reads delimited text (CSV, TSV) into one sheet.
/// First path: UTF-8 (BOM optional), RFC 4180 quoting, delimiter sniffed from the first line.
public enum CSVReader {
    public static func readWorkbook(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw SheetsError(.invalidTextEncoding, "the file is not valid UTF-8", path: path)
        }
        let delimiter: Character = text.prefix { $0 != "\n" }.contains("\t") ? "\t" : ","
        var sheet = Sheet(name: "Sheet1")
        var field = "", fields: [String] = [], inQuotes = false, rowIndex = 1
        func endRow() {
            fields.append(field); field = ""
            let cells = fields.enumerated().compactMap { i, f in
                f.isEmpty ? nil : Cell(CellAddress(row: rowIndex, column: i + 1), .string(f))
            }
            if !cells.isEmpty { sheet.append(Row(index: rowIndex, cells: cells)) }
            fields = []; rowIndex += 1
        }
        var chars = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == delimiter {
                fields.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRow()
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return Workbook(path: path, format: delimiter == "\t" ? .tsv : .csv, encoding: .utf8, sheets: [sheet])
    }
}
