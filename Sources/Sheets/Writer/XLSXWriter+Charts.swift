/// A column chart of one series, with the fonts, labels and size an official Thai report needs
/// (libxlsxwriter's defaults are Calibri 10 on 480 × 288 pixels: unreadable in Thai).
public struct ColumnChart: Sendable {
    /// The chart's title; nil for none.
    public var title: String?
    /// The cells holding the categories (the labels under the columns).
    public var categories: SheetRange
    /// The cells holding the values (the columns' heights), as many as the categories.
    public var values: SheetRange
    /// Shown in a legend; nil hides the legend.
    public var seriesName: String?
    /// The title of the category axis; nil for none.
    public var categoryAxisTitle: String?
    /// The title of the value axis; nil for none.
    public var valueAxisTitle: String?
    /// The font of every text in the chart (e.g. `TH SarabunPSK`); nil for the default.
    public var fontName: String?
    /// Points for axes, labels and legend; the title is 4 points larger. Nil for the default.
    public var fontSize: Double?
    /// The value over each column.
    public var dataLabels = true
    /// Counts: the value axis starts at 0 and shows whole numbers.
    public var wholeNumbers = true
    /// The value axis step, when `wholeNumbers` (nil lets the office program choose).
    public var majorUnit: Double?
    /// Bars across, the categories down the side (Excel's bar chart): each category's label on
    /// a line of its own however many there are. The first category is at the top.
    public var horizontal = false
    /// Each category's label on one line however long (office programs otherwise wrap a long
    /// label, and may leave out labels that then overlap).
    public var categoryLabelsOnOneLine = false
    /// The columns' colour, 0xRRGGBB.
    public var fill: UInt32?
    /// The chart's width in pixels.
    public var widthPixels = 720
    /// The chart's height in pixels.
    public var heightPixels = 360

    /// A chart of `values` by `categories`, titled `title`, with the defaults for a Thai report.
    public init(title: String?, categories: SheetRange, values: SheetRange) {
        self.title = title
        self.categories = categories
        self.values = values
    }
}

extension XLSXWriter {
    /// Inserts `chart` with its top-left corner at `address`, `offsetY` pixels below its top.
    ///
    /// - Throws: `limit-exceeded` for a place or range outside Excel's grid; `invalid-argument`
    ///   for a size that is not positive. The corresponding C function is `worksheet_insert_chart_opt`.
    public mutating func addColumnChart(_ chart: ColumnChart, at address: CellAddress, offsetY: Int = 0,
                                        in sheet: SheetHandle) throws(SheetsError) {
        try state.addColumnChart(chart, at: address, offsetY: offsetY, in: sheet)
    }
}

extension WriterState {
    func addColumnChart(_ chart: ColumnChart, at address: CellAddress, offsetY: Int, in handle: SheetHandle) throws(SheetsError) {
        let s = sheet(handle)
        try WriterGuards.checkAddress(address, sheet: s.name)
        try WriterGuards.checkRange(chart.categories.range, sheet: chart.categories.sheet)
        try WriterGuards.checkRange(chart.values.range, sheet: chart.values.sheet)
        guard (1...10_000).contains(chart.widthPixels), (1...10_000).contains(chart.heightPixels) else {
            throw SheetsError(.invalidArgument, "a chart of \(chart.widthPixels) × \(chart.heightPixels) pixels", part: s.name, address: address)
        }
        guard (0...100_000).contains(offsetY) else {
            throw SheetsError(.invalidArgument, "a chart offset of \(offsetY) pixels", part: s.name, address: address)
        }
        if let size = chart.fontSize, !(size.isFinite && size > 0 && size <= 400) {
            throw SheetsError(.invalidArgument, "chart font size \(size) is not within 1…400", part: s.name, address: address)
        }
        if let unit = chart.majorUnit, !(unit.isFinite && unit > 0) {
            throw SheetsError(.invalidArgument, "chart axis step \(unit) is not positive", part: s.name, address: address)
        }
        func clean(_ text: String?) -> String? { text.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 } }
        var safe = chart
        safe.title = clean(chart.title)
        safe.seriesName = clean(chart.seriesName)
        safe.categoryAxisTitle = clean(chart.categoryAxisTitle)
        safe.valueAxisTitle = clean(chart.valueAxisTitle)
        safe.fontName = clean(chart.fontName)
        safe.categories.sheet = WriterGuards.cleanText(chart.categories.sheet)
        safe.values.sheet = WriterGuards.cleanText(chart.values.sheet)
        try LXW.insertColumnChart(liveWorkbook, s.pointer, at: address, offsetY: offsetY, safe, sheet: s.name)
    }
}
