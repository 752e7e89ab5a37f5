/// A rectangle of cells on a named sheet (`'ผล ปี 64'!A3:E14`): where a located table lies, or the
/// categories and values of a chart.
public struct SheetRange: Hashable, Sendable {
    public var sheet: String
    public var range: CellRange

    public init(sheet: String, range: CellRange) {
        self.sheet = sheet
        self.range = range
    }
}
