/// A normalized table: its place plus its measures.
public struct MeasureTable: Sendable {
    /// Where the table is and how its columns map.
    public var located: LocatedTable
    /// Its measures, in order.
    public var measures: [Measure]
    /// A plan or a results table.
    public var kind: TableKind { located.kind }

    /// A table's place and its measures (one per body row, in order).
    public init(located: LocatedTable, measures: [Measure]) {
        self.located = located
        self.measures = measures
    }
}
