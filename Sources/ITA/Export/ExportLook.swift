import Sheets

/// The type size, the language of the headings and the page every sheet of one export shares,
/// with the measurements the layout is computed from: A4 landscape inside the official margins
/// at 100 % (no program's fit-to-page), widths and heights in the units office programs use.
public struct ExportLook: Sendable {
    /// The language of the workbook's headings (the documents' own text is never translated).
    public enum Language: String, Sendable, CaseIterable {
        /// Thai headings.
        case th
        /// English headings.
        case en
    }

    /// 14 or 16 points (the official sizes of TH SarabunPSK).
    public var fontSize: Double
    /// The language of the headings, titles and sheet names.
    public var language: Language

    /// A look of `fontSize` points with headings in `language`.
    public init(fontSize: Double = 16, language: Language = .th) {
        self.fontSize = fontSize
        self.language = language
    }

    /// TH SarabunPSK 16 with Thai headings, as official documents are written.
    public static let standard = ExportLook()

    /// The Thai or English wording, by the look's language.
    func t(_ th: String, _ en: String) -> String { language == .en ? en : th }

    // MARK: - Styles

    var fontName: String { ExportStyle.fontName }
    var body: CellStyle { CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, vertical: .top, border: true) }
    var bodyCentered: CellStyle { CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, horizontal: .center, vertical: .top, border: true) }
    var number: CellStyle { CellStyle(fontName: fontName, fontSize: fontSize, horizontal: .center, vertical: .top, border: true) }
    var header: CellStyle {
        CellStyle(fontName: fontName, fontSize: fontSize, bold: true, fill: 0xD9E2F3, wrap: true, horizontal: .center, vertical: .center, border: true)
    }
    var titleSize: Double { fontSize + 2 }
    var title: CellStyle { CellStyle(fontName: fontName, fontSize: titleSize, bold: true, wrap: true, horizontal: .center, vertical: .center) }
    var subtitle: CellStyle { CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, horizontal: .center, vertical: .center) }
    var plain: CellStyle { CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, vertical: .top) }
    var totalLabel: CellStyle { CellStyle(fontName: fontName, fontSize: fontSize, bold: true, wrap: true, vertical: .top, border: true) }
    var link: CellStyle {
        CellStyle(fontName: fontName, fontSize: fontSize, underline: true, fontColor: 0x0563C1, wrap: true, vertical: .top, border: true)
    }

    // MARK: - Page

    /// A4 landscape in points.
    static let pageWidth = 841.89, pageHeight = 595.28
    /// The width and height inside the official margins (`ExportStyle.margins`), in points.
    var printableWidth: Double { Self.pageWidth - (ExportStyle.margins.left + ExportStyle.margins.right) * 72 }
    /// LibreOffice keeps about 8 points between the body and the footer inside the bottom margin.
    var printableHeight: Double { Self.pageHeight - (ExportStyle.margins.top + ExportStyle.margins.bottom) * 72 - 8 }

    /// A4 landscape at 100 %, official margins, `repeatRows` on every page, page numbers.
    func pageSetup(repeatRows: ClosedRange<Int>?) -> PageSetup {
        var setup = PageSetup()
        setup.landscape = true
        setup.paperA4 = true
        setup.margins = ExportStyle.margins
        setup.repeatRows = repeatRows
        setup.footer = language == .en ? "&C&\"TH SarabunPSK\"&14Page &P of &N" : "&C&\"TH SarabunPSK\"&14หน้า &P จาก &N"
        setup.centerHorizontally = true
        return setup
    }

    // MARK: - Widths

    /// The width of a digit of the body font, the unit of column widths, in points.
    var digitPoints: Double { Double(FontMetrics.advance("0", bold: false)) * fontSize / 1000 }
    /// Points one column unit takes on paper: LibreOffice counts the digit's exact width, Excel
    /// the digit rounded to whole pixels at 96 dpi. The page is filled for the wider, text wrapped
    /// for the narrower, so that both print the same pages.
    var unitPointsWide: Double { max(digitPoints, (digitPoints * 4 / 3).rounded() * 0.75) }
    var unitPointsNarrow: Double { min(digitPoints, (digitPoints * 4 / 3).rounded() * 0.75) }

    /// The width libxlsxwriter stores for `width` (it adds Calibri's 5 pixels of padding, in
    /// whole 7-pixel digits), the width office programs then lay out.
    static func storedWidth(_ width: Double) -> Double {
        width < 1 ? (width * 12).rounded() / 12 : (Double(Int(width * 7 + 0.5)) + 5) / 7
    }

    /// The column units, as given to the writer, of `columns` columns that fill the printed page's width.
    func pageUnits(columns: Int) -> Double { (printableWidth - 4) / unitPointsWide - Double(columns) * 5 / 7 }

    /// What a column needs: its bounds, the width its longest line wants, and whether it holds
    /// long text (it then shares the width the others do not need, by its amount of text).
    struct ColumnNeed {
        var min: Double
        var max: Double
        var natural: Double
        var long: Bool
        /// The column's text, in points of one line (long columns only).
        var amount: Double = 0
    }

    /// Widths that use the whole page: short columns get what their longest line wants (within
    /// their bounds), long ones share the rest by their amount of text, none below its minimum.
    func columnWidths(_ needs: [ColumnNeed]) -> [Double] {
        let budget = pageUnits(columns: needs.count)
        let minimum = needs.map(\.min).reduce(0, +)
        if minimum >= budget {
            // More columns than the page holds at their minimums: all narrowed alike to fit.
            return needs.map { $0.min * budget / minimum }
        }
        var widths = needs.map { $0.long ? $0.min : Swift.min($0.max, Swift.max($0.min, $0.natural)) }
        let long = needs.indices.filter { needs[$0].long }
        var rest = budget - widths.reduce(0, +)
        if long.isEmpty || rest <= 0 {
            // Nothing to share (or too little room): every column shrunk toward its minimum alike.
            let total = widths.reduce(0, +)
            if total > budget, total > minimum {
                let scale = Swift.max(0, budget - minimum) / (total - minimum)
                widths = zip(needs, widths).map { $0.min + ($1 - $0.min) * scale }
            } else if long.isEmpty, total < budget, total > 0 {
                widths = widths.map { $0 * budget / total }
            }
            return widths
        }
        // Water-filling: a long column whose share is more than its text wants (all on one line)
        // gets just that; the others share what is left.
        var open = long.filter { needs[$0].natural > widths[$0] }
        while !open.isEmpty, rest > 0 {
            let weight = open.map { Swift.max(needs[$0].amount, 1) }.reduce(0, +)
            let capped = open.filter { rest * Swift.max(needs[$0].amount, 1) / weight >= needs[$0].natural - widths[$0] }
            if capped.isEmpty {
                for c in open { widths[c] += rest * Swift.max(needs[c].amount, 1) / weight }
                rest = 0
            } else {
                for c in capped { rest -= needs[c].natural - widths[c]; widths[c] = needs[c].natural }
                open.removeAll { capped.contains($0) }
            }
        }
        // All long text fits on one line and room is left: the long columns widen alike.
        if rest > 0 { for c in long { widths[c] += rest / Double(long.count) } }
        return widths
    }

    /// The width for text inside a column of `units`, in points (LibreOffice leaves 2 points of
    /// padding each side; Excel's wider units leave it more).
    func textWidth(units: Double) -> Double { Self.storedWidth(units) * unitPointsNarrow - 4 }

    /// Points left unused at the end of each line: see `TextLayout.lines`.
    var slack: Double { fontSize * 0.1 }

    /// The column units a short column needs for `text` on at most two lines (its longest word
    /// whole): short columns wrap rather than take width the long text needs.
    func compactUnits(_ text: String, bold: Bool = false) -> Double {
        let half = text.split(separator: "\n").map { FontMetrics.points($0, size: fontSize, bold: bold) / 2 }.max() ?? 0
        return max(wordUnits(text, bold: bold), (half + 4 + slack) / unitPointsNarrow + 0.1)
    }

    /// The column units the longest word of `text` needs (ICU's line breaks delimit words).
    func wordUnits(_ text: String, bold: Bool = false) -> Double {
        var widest = 0.0
        for paragraph in text.split(separator: "\n") {
            let scalars = Array(paragraph.unicodeScalars)
            var start = 0
            for end in TextLayout.breakOpportunities(scalars) where end > start {
                widest = max(widest, FontMetrics.points(String(String.UnicodeScalarView(scalars[start..<end])).trimmingTrailingSpaces,
                                                        size: fontSize, bold: bold))
                start = end
            }
        }
        return (widest + 4 + slack) / unitPointsNarrow + 0.1
    }

    /// The column units a text needs for its longest line to fit on one line.
    func unitsFor(_ text: String, bold: Bool = false) -> Double {
        let longest = text.split(separator: "\n", omittingEmptySubsequences: false).map { FontMetrics.points($0, size: fontSize, bold: bold) }.max() ?? 0
        return (longest + 4 + slack) / unitPointsNarrow + 0.1
    }

    // MARK: - Heights

    /// Points between two lines (LibreOffice lays Laksaman 16 out 26.5 points apart).
    var lineHeight: Double { lineHeight(size: fontSize) }
    func lineHeight(size: Double) -> Double { (size * 1.656 * 10).rounded(.up) / 10 }

    /// The lines `text` wraps to in a column of `units`.
    func lineCount(_ text: String, units: Double, bold: Bool = false, size: Double? = nil) -> Int {
        let size = size ?? fontSize
        return TextLayout.lineCount(text, width: textWidth(units: units), size: size, bold: bold, slack: slack * size / fontSize)
    }

    /// Points a row has beyond its lines: LibreOffice sets lines from the row's top, and the
    /// marks below the last line (ุ ู ฺ) need two points clear of the border.
    static let rowPadding = 3.0

    /// The height in points of a row whose cells wrap to at most `lines` lines.
    func rowHeight(lines: Int, size: Double? = nil) -> Double {
        Double(max(1, lines)) * lineHeight(size: size ?? fontSize) + Self.rowPadding
    }

    /// The most lines a body row may hold: the row with the header repeated above it fits the
    /// printable height, with a line to spare for a program that wraps a little differently.
    func maxLines(headerHeight: Double) -> Int {
        max(3, Int((printableHeight - headerHeight - Self.rowPadding - 8) / lineHeight) - 1)
    }
}
