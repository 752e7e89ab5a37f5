import Foundation
import Sheets

/// Where a value came from: the sheet and the cell, so that a finding can point at it.
public struct SourceRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The sheet's name.
    public var sheet: String
    /// The cell on the sheet.
    public var address: CellAddress

    /// Where the row was printed, for a sheet read from a PDF (which has no cells to name).
    public var page: PagePlace?

    /// The cell `address` of sheet `sheet`, printed at `page` for a PDF.
    public init(sheet: String, address: CellAddress, page: PagePlace? = nil) {
        self.sheet = sheet
        self.address = address
        self.page = page
    }

    /// `Sheet1!C7`, quoted when the sheet name needs it (`'ผล ปี 64'!C7`); `หน้า 3, แถว 5` in a PDF.
    public var description: String { text(.th) }

    /// The place as a reader sees it: `Sheet1!C7`, or the page and row of a PDF in `language`.
    public func text(_ language: Language) -> String {
        guard let page else { return Self.qualified(sheet, address.a1) }
        return language == .th ? "หน้า \(page.page), แถว \(page.row)" : "page \(page.page), row \(page.row)"
    }

    /// A reference with its sheet, quoted when the name needs it: `Sheet1!A3:E14`.
    public static func qualified(_ sheet: String, _ reference: String) -> String {
        let plain = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return (plain ? sheet : "'\(sheet.replacingOccurrences(of: "'", with: "''"))'") + "!" + reference
    }

    /// Orders places by sheet name, then row and column.
    public static func < (a: SourceRef, b: SourceRef) -> Bool {
        (a.sheet, a.address) < (b.sheet, b.address)
    }
}
