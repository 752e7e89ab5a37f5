import Foundation
@testable import Sheets

/// Where the committed fixtures live (made by `scripts/make-xlsx-fixtures`).
enum XLSXFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static func xlsx(_ name: String) -> String { root.appendingPathComponent("xlsx/\(name)").path }
    static func hostile(_ name: String) -> String { root.appendingPathComponent("hostile/\(name)").path }
}

/// One cell in the canonical form of `ita convert --to json`: `type` and `value` as the JSON prints them
/// (numbers compared as Double, so `2564` and `2564.0` agree).
struct CanonicalCell: Hashable, CustomStringConvertible {
    var ref: String
    var type: String
    var value: String
    var description: String { "\(ref)=\(type):\(value)" }
}

struct CanonicalSheet: Hashable {
    var name: String
    var state: String
    var merged: [String]
    var cells: [CanonicalCell]
}

extension CanonicalCell {
    init(_ cell: Cell) {
        let (type, value): (String, String)
        switch cell.value {
        case .string(let s): (type, value) = ("string", s)
        case .number(let d): (type, value) = ("number", String(describing: d))
        case .bool(let b): (type, value) = ("bool", String(b))
        case .date(let d): (type, value) = ("date", d.iso8601)
        case .duration(let days): (type, value) = ("duration", NumberText.duration(days: days))
        case .error(let e): (type, value) = ("error", e)
        }
        self.init(ref: cell.address.a1, type: type, value: value)
    }
}

extension CanonicalSheet {
    init(_ sheet: Sheet) {
        self.init(name: sheet.name, state: sheet.state.rawValue, merged: sheet.merged.map(\.a1),
                  cells: sheet.rows.flatMap { $0.cells.map(CanonicalCell.init) })
    }

    /// Reads the golden JSON written beside a fixture.
    static func golden(_ path: String) throws -> (source: String, sheets: [CanonicalSheet]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let sheets = (json["sheets"] as! [[String: Any]]).map { s in
            CanonicalSheet(
                name: s["name"] as! String, state: s["state"] as! String, merged: s["merged"] as! [String],
                cells: (s["cells"] as! [[String: Any]]).map { c in
                    let type = c["type"] as! String
                    let value: String
                    switch type {
                    case "number": value = String(describing: (c["value"] as! NSNumber).doubleValue)
                    case "bool": value = String((c["value"] as! NSNumber).boolValue)
                    default: value = c["value"] as! String
                    }
                    return CanonicalCell(ref: c["ref"] as! String, type: type, value: value)
                })
        }
        return (json["source"] as! String, sheets)
    }
}
