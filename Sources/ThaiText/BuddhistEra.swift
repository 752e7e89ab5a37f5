/// Buddhist Era years (พ.ศ.): BE = CE + 543.
public enum BuddhistEra {
    /// The years between the eras: BE = CE + 543.
    public static let offset = 543

    /// The Common Era year of a Buddhist-era year (2564 → 2021).
    public static func toCE(_ be: Int) -> Int { be - offset }
    /// The Buddhist-era year of a Common Era year (2021 → 2564).
    public static func toBE(_ ce: Int) -> Int { ce + offset }

    /// Reads a year as written: 4-digit 2400–2600 BE; 4-digit 1900–2099 CE (converted); 2-digit → BE 25yy, century
    /// chosen to be within ±50 of `nearBE` if given (but never above 2600); > 2600 → implausible (BE added twice,
    /// e.g. 3105). Any other digit count is implausible.
    public static func interpretYear(_ written: Int, digitCount: Int, nearBE: Int? = nil) -> YearReading {
        switch digitCount {
        case 2 where (0...99).contains(written):
            var be = 2500 + written
            if let near = nearBE, (1000...9999).contains(near) {
                for candidate in [be - 100, be + 100] where candidate <= 2600 && abs(candidate - near) < abs(be - near) {
                    be = candidate
                }
            }
            return .be(be)
        case 4:
            if (2400...2600).contains(written) { return .be(written) }
            if (1900...2099).contains(written) { return .be(toBE(written)) }
            return .implausible(written)
        default:
            return .implausible(written)
        }
    }
}

/// A year as read from text.
public enum YearReading: Hashable, Sendable {
    /// A plausible year, in BE.
    case be(Int)
    /// The year as written, when it cannot be a document year (3105: BE added twice).
    case implausible(Int)

    /// The BE year when plausible.
    public var beYear: Int? {
        if case .be(let y) = self { y } else { nil }
    }
}
