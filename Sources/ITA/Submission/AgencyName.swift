import Foundation
import ThaiText

/// Agency names as written (อบต.กุดจอก, องค์การบริหารส่วนตำบล กุดจอก) reduced to one key, so that
/// files of the same agency are grouped together whichever way each was headed.
public enum AgencyName {
    /// Abbreviations agencies use for their kind, longest first (รพ.สต. before รพ.).
    static let abbreviations: [(short: String, full: String)] = [
        ("รพ.สต.", "โรงพยาบาลส่งเสริมสุขภาพตำบล"),
        ("อบต.", "องค์การบริหารส่วนตำบล"),
        ("อบจ.", "องค์การบริหารส่วนจังหวัด"),
        ("ทต.", "เทศบาลตำบล"),
        ("ทม.", "เทศบาลเมือง"),
        ("ทน.", "เทศบาลนคร"),
        ("รพ.", "โรงพยาบาล"),
        ("รร.", "โรงเรียน"),
    ]

    /// The name with its abbreviated kind written out: "อบต. กุดจอก" → "องค์การบริหารส่วนตำบลกุดจอก".
    public static func expanded(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        for (short, full) in abbreviations where trimmed.hasPrefix(short) {
            return full + trimmed.dropFirst(short.count).trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }

    /// The grouping key: expanded, then spaces, dots and case left out (`ThaiCleanup.key`).
    public static func key(_ name: String) -> String {
        ThaiCleanup.key(expanded(ThaiCleanup.forMatching(name)))
    }

    /// Whether a folder or file name reads like an agency's name (for the fallback grouping).
    static func looksLikeAgency(_ text: String) -> Bool {
        let cleaned = ThaiCleanup.forMatching(text)
        return DocumentIdentity.agencyPrefixes.contains { cleaned.hasPrefix($0) } || abbreviations.contains { cleaned.hasPrefix($0.short) }
    }
}
