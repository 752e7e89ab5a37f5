import Foundation

/// Reads back the canonical JSON that `JSONWriter` writes (`ita convert --to json`): every
/// sheet with its typed cells, merged ranges and state. What the writer prints is exact to the
/// text: numbers in their shortest round-trip form, dates in ISO 8601 to the millisecond,
/// durations as `[-]H:MM:SS[.fff]`; so writing what this reads gives the same JSON again.
public enum CanonicalJSONReader {
    private struct Document: Decodable { var sheets: [SheetEntry] }

    private struct SheetEntry: Decodable {
        var name: String
        var cells: [CellEntry]
        var merged: [String]?
        var state: String?
    }

    private struct CellEntry: Decodable {
        var row: Int
        var col: Int
        var type: String
        var value: Value

        enum Value: Decodable {
            case text(String), number(Double), bool(Bool)
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let b = try? c.decode(Bool.self) { self = .bool(b); return }
                if let d = try? c.decode(Double.self) { self = .number(d); return }
                self = .text(try c.decode(String.self))
            }
        }
    }

    /// The sheets of a canonical JSON document, in order. `path` names the file in errors.
    public static func sheets(from bytes: [UInt8], path: String) throws(SheetsError) -> [Sheet] {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw SheetsError(.malformed, "not the canonical JSON of `ita convert --to json` (\(error))", path: path)
        }
        var sheets: [Sheet] = []
        for entry in document.sheets {
            var byRow: [Int: [Cell]] = [:]
            for cell in entry.cells {
                guard cell.row >= 1, cell.row <= CellAddress.maxRow, cell.col >= 1, cell.col <= CellAddress.maxColumn else {
                    throw SheetsError(.malformed, "a cell at row \(cell.row), column \(cell.col) lies outside the sheet", path: path, part: entry.name)
                }
                let address = CellAddress(row: cell.row, column: cell.col)
                guard let value = Self.value(type: cell.type, cell.value) else {
                    throw SheetsError(.malformed, "a \(cell.type) cell holds a value of another kind", path: path, part: entry.name, address: address)
                }
                byRow[cell.row, default: []].append(Cell(address, value))
            }
            var merged: [CellRange] = []
            for text in entry.merged ?? [] {
                guard let range = CellRange(a1: text) else {
                    throw SheetsError(.malformed, "malformed merged range \"\(text)\"", path: path, part: entry.name)
                }
                merged.append(range)
            }
            let rows = byRow.keys.sorted().map { Row(index: $0, cells: byRow[$0]!.sorted { $0.address < $1.address }) }
            sheets.append(Sheet(name: entry.name, state: entry.state.flatMap(SheetState.init(rawValue:)) ?? .visible,
                                rows: rows, merged: merged))
        }
        return sheets
    }

    private static func value(type: String, _ value: CellEntry.Value) -> CellValue? {
        switch (type, value) {
        case ("string", .text(let s)): .string(s)
        case ("number", .number(let d)): .number(d)
        case ("bool", .bool(let b)): .bool(b)
        case ("error", .text(let e)): .error(e)
        case ("date", .text(let s)): date(s).map(CellValue.date)
        case ("duration", .text(let s)): duration(s).map(CellValue.duration)
        default: nil
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[.fff]` or `HH:MM:SS[.fff]`, as `SpreadsheetDate.iso8601` prints.
    static func date(_ text: String) -> SpreadsheetDate? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        func day(_ s: Substring) -> Int? {
            let negative = s.hasPrefix("-")
            let f = (negative ? s.dropFirst() : s).split(separator: "-", omittingEmptySubsequences: false)
            guard f.count == 3, f[1].count == 2, f[2].count == 2, let y = Int(f[0]), let m = Int(f[1]), let d = Int(f[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            return SpreadsheetDate.daysFromCivil(negative ? -y : y, m, d) - SpreadsheetDate.epochDays
        }
        switch parts.count {
        case 1 where text.contains(":"):
            return millis(parts[0]).map { SpreadsheetDate(serial: Double($0) / 86_400_000, kind: .timeOfDay) }
        case 1:
            return day(parts[0]).map { SpreadsheetDate(serial: Double($0), kind: .date) }
        case 2:
            guard let d = day(parts[0]), let t = millis(parts[1]) else { return nil }
            return SpreadsheetDate(serial: Double(d) + Double(t) / 86_400_000, kind: .dateTime)
        default:
            return nil
        }
    }

    /// `[-]H:MM:SS[.fff]` as `NumberText.duration` prints, in days.
    static func duration(_ text: String) -> Double? {
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        guard let firstColon = body.firstIndex(of: ":"), let hours = Int(body[..<firstColon]), hours >= 0,
              let rest = millis(Substring("00" + body[firstColon...]), maxHours: 0) else { return nil }
        let days = (Double(hours) * 3_600_000 + Double(rest)) / 86_400_000
        return negative ? -days : days
    }

    /// `HH:MM:SS[.fff]` in milliseconds.
    private static func millis(_ s: Substring, maxHours: Int = 23) -> Int? {
        let f = s.split(separator: ":", omittingEmptySubsequences: false)
        guard f.count == 3, f[0].count == 2, f[1].count == 2, let h = Int(f[0]), let m = Int(f[1]), h <= maxHours, m < 60 else { return nil }
        let secondParts = f[2].split(separator: ".", omittingEmptySubsequences: false)
        guard secondParts[0].count == 2, let sec = Int(secondParts[0]), sec < 60 else { return nil }
        var ms = 0
        if secondParts.count == 2 {
            guard secondParts[1].count == 3, let v = Int(secondParts[1]) else { return nil }
            ms = v
        } else if secondParts.count > 2 {
            return nil
        }
        return ((h * 60 + m) * 60 + sec) * 1000 + ms
    }
}
