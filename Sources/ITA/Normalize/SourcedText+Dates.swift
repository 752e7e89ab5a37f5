import Sheets
import ThaiText

/// The day a date cell holds, or its year when no document is dated so (an Excel date typed with
/// a BE year reads as CE 2564, BE 3107: BE added twice).
enum TypedDate: Hashable {
    case day(ThaiDate)
    case implausibleYear(Int)
}

extension SourcedText {
    /// The day a date cell holds, from its value, never read back from the Thai words it is shown
    /// with; nil for any other cell. Its year is judged by the rule written years are
    /// (`BuddhistEra.interpretYear`): a BE year a document can have, else implausible.
    var typedDate: TypedDate? {
        guard case .date(let date)? = value else { return nil }
        let (year, month, day) = date.civil
        let be = BuddhistEra.toBE(year)
        guard case .be(be) = BuddhistEra.interpretYear(be, digitCount: String(be.magnitude).count) else {
            return .implausibleYear(be)
        }
        return .day(ThaiDate(year: year, month: month, day: day))
    }

    /// The period a ระยะเวลา cell gives: one day for a date cell, otherwise its text read by
    /// `Period.parse` against `fiscalYear`.
    func periodReading(fiscalYear: Int?) -> Period.Reading {
        switch typedDate {
        case .day(let day)?:
            .period(Period(text: text, start: day.yearMonth, end: day.yearMonth, startDate: day, endDate: day))
        case .implausibleYear(let year)?:
            .implausibleYear(year)
        case nil:
            Period.parse(text, fiscalYear: fiscalYear)
        }
    }
}
