import Sheets
import ThaiText

/// The look every workbook the toolkit writes shares (ita-domain §4 "Fonts and format of
/// official output"): TH SarabunPSK 16, a bold filled header, thin borders, wrapped top-aligned
/// text, A4 landscape one page wide inside the official margins, page numbers in the footer.
enum ExportStyle {
    static let fontName = "TH SarabunPSK"
    static let fontSize = 16.0

    static let body = CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, vertical: .top, border: true)
    static let bodyCentered = CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, horizontal: .center, vertical: .top, border: true)
    static let number = CellStyle(fontName: fontName, fontSize: fontSize, horizontal: .center, vertical: .top, border: true)
    static let header = CellStyle(fontName: fontName, fontSize: fontSize, bold: true, fill: 0xD9E2F3, wrap: true,
                                  horizontal: .center, vertical: .center, border: true)
    static let title = CellStyle(fontName: fontName, fontSize: 18, bold: true, wrap: true, horizontal: .center, vertical: .center)
    static let subtitle = CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, horizontal: .center, vertical: .center)
    static let plain = CellStyle(fontName: fontName, fontSize: fontSize, wrap: true, vertical: .top)
    static let plainBold = CellStyle(fontName: fontName, fontSize: fontSize, bold: true, wrap: true, vertical: .top)
    static let totalLabel = CellStyle(fontName: fontName, fontSize: fontSize, bold: true, wrap: true, vertical: .top, border: true)
    static let link = CellStyle(fontName: fontName, fontSize: fontSize, underline: true, fontColor: 0x0563C1, wrap: true,
                                vertical: .top, border: true)

    /// Severity colours (Excel's light red, gold and blue tints): readable in print and in grey.
    static let severityFill: [Severity: UInt32] = [.error: 0xF8CBAD, .warning: 0xFFE699, .info: 0xDDEBF7]

    static func filled(_ style: CellStyle, _ fill: UInt32?) -> CellStyle {
        var copy = style
        copy.fill = fill
        return copy
    }

    /// The official margins (3 cm binding side, 2 cm others, 2.5 cm top), in inches.
    static let margins = (left: 3.0 / 2.54, right: 2.0 / 2.54, top: 2.5 / 2.54, bottom: 2.0 / 2.54)

    /// A4 landscape, one page wide, official margins, `repeatRows` on every page, page numbers.
    static func pageSetup(repeatRows: ClosedRange<Int>?, landscape: Bool = true) -> PageSetup {
        var setup = PageSetup()
        setup.landscape = landscape
        setup.paperA4 = true
        setup.fitToPagesWide = 1
        setup.margins = margins
        setup.repeatRows = repeatRows
        setup.footer = "&C&\"TH SarabunPSK\"&14หน้า &P จาก &N"
        setup.centerHorizontally = true
        return setup
    }

    /// Column-width units one Thai character of TH SarabunPSK 16 takes. The workbook's default
    /// font is the body font (`XLSXWriter.setDefaultFont`), so a unit is one digit of TH
    /// SarabunPSK 16 (0.544 em ≈ 8.6 points) in every office program; a Thai letter averages
    /// 0.54 em (measured on its metric twin Laksaman).
    static let unitsPerCharacter = 1.0
    /// Points per wrapped line of TH SarabunPSK 16 (LibreOffice lays Laksaman 16 out 26.5 points apart).
    static let lineHeight = 26.5
    /// The width of A4 landscape inside the official margins (24.7 cm, 700 points), in units.
    static let printableWidth = 78.0

    /// A column's bounds: its natural width (longest line) is kept within them.
    struct WidthBounds {
        var min: Double
        var max: Double
    }

    /// Widths from the longest line of each column (Thai display width: marks above and below
    /// take none), kept within each column's bounds, and shrunk together to fit the printed page
    /// so that the font stays at its size instead of being scaled down.
    ///
    /// `longest` is the display width of each column's longest line (see `longestLine`).
    static func columnWidths(_ bounds: [WidthBounds], longest: [Int], printable: Double = printableWidth) -> [Double] {
        let natural = zip(bounds, longest).map { b, width in
            Swift.min(b.max, Swift.max(b.min, Double(width) * unitsPerCharacter + 2))
        }
        let total = natural.reduce(0, +), minimum = bounds.map(\.min).reduce(0, +)
        guard total > printable, total > minimum else { return natural }
        // Shrink only what each column has above its minimum.
        let scale = Swift.max(0, printable - minimum) / (total - minimum)
        return zip(bounds, natural).map { $0.min + ($1 - $0.min) * scale }
    }

    /// The display width of the longest line of `text`.
    static func longestLine(_ text: String) -> Int { DisplayWidth.of(text) }

    /// How many lines a text wraps to in a column of `width` units.
    static func lineCount(_ text: String, width: Double) -> Int {
        if text.isEmpty { return 1 }
        // Line breaks fall between words, so a line holds somewhat less than the width allows.
        let perLine = Swift.max(1, (width - 2) / unitsPerCharacter * 0.92)
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += Swift.max(1, Int((Double(DisplayWidth.of(line)) / perLine).rounded(.up)))
        }
        return lines
    }

    /// The height in points of a row whose cells wrap to at most `lines` lines (Excel's limit 409).
    static func rowHeight(lines: Int, lineHeight: Double = lineHeight) -> Double {
        Swift.min(409, Double(Swift.max(1, lines)) * lineHeight + 4)
    }

    /// The Thai words for a status (ita-domain §3.4).
    static func statusLabel(_ status: MeasureStatus) -> String { status.label.th }

    static let statusLabels = [MeasureStatus.done, .inProgress, .notStarted].map(statusLabel)

    /// A creation time for byte-stable output: `ITA_FIXED_TIME=1` (or an ISO date `2024-01-31`)
    /// gives 2024-01-01 00:00 UTC (or that date), otherwise nil (now).
    static func fixedTime(from environment: [String: String]) -> SpreadsheetDate? {
        guard let value = environment["ITA_FIXED_TIME"], !value.isEmpty, value != "0" else { return nil }
        let parts = value.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, (1900...9999).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) {
            return SpreadsheetDate(year: parts[0], month: parts[1], day: parts[2])
        }
        return SpreadsheetDate(year: 2024, month: 1, day: 1)
    }
}

/// Reproducible output for tests and diffs.
public enum ExportClock {
    /// The creation time `ITA_FIXED_TIME` asks for (see `ExportStyle.fixedTime`), nil for now.
    public static func fixedTime(environment: [String: String]) -> SpreadsheetDate? {
        ExportStyle.fixedTime(from: environment)
    }
}
