import Sheets
import ThaiText

/// What every workbook the toolkit writes shares whatever its look (`ExportLook`): TH SarabunPSK,
/// the official margins, the severity colours, the status words, a reproducible creation time.
enum ExportStyle {
    static let fontName = "TH SarabunPSK"

    /// Severity colours (Excel's light red, gold and blue tints): readable in print and in grey.
    static let severityFill: [Severity: UInt32] = [.error: 0xF8CBAD, .warning: 0xFFE699, .info: 0xDDEBF7]

    static func filled(_ style: CellStyle, _ fill: UInt32?) -> CellStyle {
        var copy = style
        copy.fill = fill
        return copy
    }

    /// The official margins (3 cm binding side, 2 cm others, 2.5 cm top), in inches.
    static let margins = (left: 3.0 / 2.54, right: 2.0 / 2.54, top: 2.5 / 2.54, bottom: 2.0 / 2.54)

    /// The words for a status: Thai as in the official forms, or English (`MeasureStatus.label`).
    static func statusLabel(_ status: MeasureStatus, language: ExportLook.Language = .th) -> String {
        language == .th ? status.label.th : status.label.en
    }

    /// The statuses offered in a status dropdown.
    static let statusLabels = [MeasureStatus.done, .inProgress, .notStarted].map { statusLabel($0) }

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
