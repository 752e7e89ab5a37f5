// libFuzzer target over the Thai date and period parser: compiled together with
// Sources/ThaiText by `scripts/fuzz thaitext` (swiftc -sanitize=fuzzer,address).
//
// The input is UTF-8 text (invalid bytes repaired, as every reader hands text over); its first
// byte picks the fiscal-year context. Checked, on every input:
// - `ThaiDateParser.parse`, `dates(in:)` and `Period.parse` return (no trap, no hang: libFuzzer's
//   -timeout), and give the same answer for the same text as a String and as a Substring;
// - every date found in prose points at text inside the input that says what it found;
// - a period written with days has its days inside its months.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzThaiText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let context: Int? = switch bytes.first.map({ Int($0) % 4 }) {
    case 0?: 2564
    case 1?: nil
    case 2?: 2500 + Int(bytes.last ?? 0)
    default: Int(bytes.last ?? 0) * 40  // also outside 1000...9999, which must be ignored
    }
    // U+0001 is a control: a grapheme break on both sides, so dropping it never takes a
    // combining mark of the text with it (a letter would: "x" + "\u{0E38}" is one Character).
    let padded = "\u{1}" + text + "\u{1}"
    let inner = padded.dropFirst().dropLast()

    let single = ThaiDateParser.parse(text, nearBE: context)
    guard single == ThaiDateParser.parse(inner, nearBE: context) else { fatalError("String and Substring disagree: \(text.debugDescription)") }

    for found in ThaiDateParser.dates(in: text, nearBE: context) {
        guard found.range.lowerBound >= text.startIndex, found.range.upperBound <= text.endIndex,
              String(text[found.range]) == found.text, !found.text.isEmpty else {
            fatalError("a found date outside its text: \(found) in \(text.debugDescription)")
        }
        guard (found.date == nil) != (found.implausibleYear == nil) else { fatalError("a found date with neither or both: \(found)") }
    }

    let reading = Period.parse(text, fiscalYear: context)
    guard reading == Period.parse(inner, fiscalYear: context) else { fatalError("String and Substring disagree: \(text.debugDescription)") }
    if case .period(let p) = reading {
        if let d = p.startDate, d.yearMonth != p.start { fatalError("start day outside the start month: \(p) from \(text.debugDescription)") }
        if let d = p.endDate, d.yearMonth != p.end { fatalError("end day outside the end month: \(p) from \(text.debugDescription)") }
    }
    return 0
}
