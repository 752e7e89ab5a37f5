/// How a written cell looks. Each distinct style becomes one `lxw_format` in the workbook
/// (interned by `XLSXWriter`), so build styles freely.
public struct CellStyle: Hashable, Sendable {
    public enum HorizontalAlignment: Hashable, Sendable { case left, center, right }
    public enum VerticalAlignment: Hashable, Sendable { case top, center, bottom }

    public var fontName: String?
    /// Points.
    public var fontSize: Double?
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// 0xRRGGBB.
    public var fontColor: UInt32?
    /// Solid background, 0xRRGGBB.
    public var fill: UInt32?
    public var wrap: Bool
    public var horizontal: HorizontalAlignment?
    public var vertical: VerticalAlignment?
    /// A thin border on all four sides.
    public var border: Bool
    /// An Excel number format such as `#,##0.00`, `@` or `yyyy-mm-dd`.
    public var numberFormat: String?

    public init(
        fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
        underline: Bool = false, fontColor: UInt32? = nil, fill: UInt32? = nil, wrap: Bool = false,
        horizontal: HorizontalAlignment? = nil, vertical: VerticalAlignment? = nil, border: Bool = false,
        numberFormat: String? = nil
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.fill = fill
        self.wrap = wrap
        self.horizontal = horizontal
        self.vertical = vertical
        self.border = border
        self.numberFormat = numberFormat
    }

    /// This style with `format` as its number format unless it already has one.
    func withDefaultNumberFormat(_ format: String) -> CellStyle {
        var copy = self
        if copy.numberFormat == nil { copy.numberFormat = format }
        return copy
    }
}

/// How a sheet prints.
public struct PageSetup: Sendable {
    public var landscape = false
    /// A4 (paper code 9); false leaves the printer's default.
    public var paperA4 = true
    /// Fit the width to this many pages, any height.
    public var fitToPagesWide: Int? = nil
    /// Inches; nil keeps Excel's defaults.
    public var margins: (left: Double, right: Double, top: Double, bottom: Double)? = nil
    /// 1-based rows printed at the top of every page.
    public var repeatRows: ClosedRange<Int>? = nil
    /// Excel header/footer codes, e.g. `&Cหน้า &P / &N`; at most 255 characters.
    public var footer: String? = nil
    public var header: String? = nil
    public var centerHorizontally = false

    public init() {}
}

/// The workbook's document properties (`docProps/core.xml`, `app.xml`).
public struct DocumentProperties: Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var keywords: String?
    public var comments: String?
    /// The creation time (UTC, as a spreadsheet serial). Fix it for byte-stable output;
    /// nil means now.
    public var created: SpreadsheetDate?

    public init(
        title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
        keywords: String? = nil, comments: String? = nil, created: SpreadsheetDate? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}

/// A sheet of an `XLSXWriter`: an index into its workbook, never a pointer. A handle is only
/// meaningful for the writer that returned it.
public struct SheetHandle: Hashable, Sendable {
    let index: Int
}
