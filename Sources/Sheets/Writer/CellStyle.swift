/// How a written cell looks. Each distinct style becomes one `lxw_format` in the workbook
/// (interned by `XLSXWriter`), so build styles freely.
public struct CellStyle: Hashable, Sendable {
    /// Where text sits across the cell: left, centred or right.
    public enum HorizontalAlignment: Hashable, Sendable {
        /// Against the left edge.
        case left
        /// Centred between the edges.
        case center
        /// Against the right edge.
        case right
    }
    /// Where text sits up and down the cell: top, centred or bottom.
    public enum VerticalAlignment: Hashable, Sendable {
        /// Against the top edge.
        case top
        /// Centred between top and bottom.
        case center
        /// Against the bottom edge.
        case bottom
    }

    /// The font family (`TH SarabunPSK`); nil keeps the workbook's default font.
    public var fontName: String?
    /// Points.
    public var fontSize: Double?
    /// Bold type.
    public var bold: Bool
    /// Italic type.
    public var italic: Bool
    /// Single underline.
    public var underline: Bool
    /// 0xRRGGBB.
    public var fontColor: UInt32?
    /// Solid background, 0xRRGGBB.
    public var fill: UInt32?
    /// Wrap text onto several lines within the cell's width.
    public var wrap: Bool
    /// The horizontal alignment; nil leaves the office program's default (text left, numbers right).
    public var horizontal: HorizontalAlignment?
    /// The vertical alignment; nil leaves the office program's default (bottom).
    public var vertical: VerticalAlignment?
    /// A thin border on all four sides.
    public var border: Bool
    /// An Excel number format such as `#,##0.00`, `@` or `yyyy-mm-dd`.
    public var numberFormat: String?

    /// A style with the given features; every one is off or the default unless named.
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
    /// Print across the page (landscape) rather than down it.
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
    /// The header printed at the top of every page, in the same codes as `footer`.
    public var header: String? = nil
    /// Centre the printed area between the left and right margins.
    public var centerHorizontally = false

    /// Portrait A4 with Excel's margins, no repeated rows, header or footer.
    public init() {}
}

/// The workbook's document properties (`docProps/core.xml`, `app.xml`).
public struct DocumentProperties: Sendable {
    /// The document's title (Excel's File › Info).
    public var title: String?
    /// The subject.
    public var subject: String?
    /// The author.
    public var author: String?
    /// The company.
    public var company: String?
    /// Keywords, separated by commas.
    public var keywords: String?
    /// Comments.
    public var comments: String?
    /// The creation time (UTC, as a spreadsheet serial). Fix it for byte-stable output;
    /// nil means now.
    public var created: SpreadsheetDate?

    /// Properties with the given values; the ones left out are not written.
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
