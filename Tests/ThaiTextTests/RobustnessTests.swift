import Testing
import ThaiText

/// Nothing crashes or blows up on hostile input; the validator's budget (30,000 measures in < 5 s) holds.
@Suite struct RobustnessTests {
    /// A deterministic generator so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
    }

    static let alphabet: [Unicode.Scalar] =
        Array("ม.ค-มีพศ ๖๔๐๑2564ถึงตุลาคมไตรมาสรอบเดือนภายในปีงบฯ()/\n\u{00A0}\u{200B}\u{0E4D}\u{0E32}เเุ่้ัี".unicodeScalars)
        + ["\u{0E31}", "\u{0E48}", "\u{FEFF}", "\u{1F600}", "\u{0301}", "\u{0000}", "\u{FFFF}", "\u{10FFFF}"]

    static func randomText(_ g: inout Generator, length: Int) -> String {
        var v = String.UnicodeScalarView()
        for _ in 0..<length { v.append(alphabet[Int(g.next() % UInt64(alphabet.count))]) }
        return String(v)
    }

    @Test func randomTextNeverCrashes() {
        var g = Generator(state: 42)
        for round in 0..<2_000 {
            let text = Self.randomText(&g, length: Int(g.next() % 60))
            _ = Period.parse(text, fiscalYear: round % 2 == 0 ? 2564 : nil)
            for found in ThaiDateParser.dates(in: text) { #expect(text[found.range] == Substring(found.text)) }
            _ = ThaiDateParser.parse(text)
            _ = ThaiMonth.parse(text)
            _ = ThaiCleanup.key(text)
            _ = ItemNumber.leading(in: text)
            _ = ItemNumber.splitEnumeration(text)
            _ = ResponsibleUnits.parse(text)
            _ = TextSimilarity.similarity(text, "ม.ค.-มี.ค.๖๔ \(text)")
            _ = DisplayWidth.of(text)
        }
    }

    @Test func edgeInputs() {
        let inputs = [
            "", " ", "-", "ฯ", "(", ")", "()", "(๑", "\u{0E48}", "\u{0E31}ม.ค.", ".", "..", "พ.ศ.", "ถึง",
            String(repeating: "9", count: 400), String(repeating: "๙", count: 400) + " มีนาคม",
            "15 มีนาคม " + String(repeating: "9", count: 40), String(repeating: "(", count: 1000),
            String(repeating: "ม.ค.-", count: 1000), "\u{FEFF}\u{200B}\u{00AD}",
        ]
        for s in inputs {
            _ = Period.parse(s, fiscalYear: 2564)
            _ = ThaiDateParser.dates(in: s)
            _ = ItemNumber.leading(in: s)
            _ = ItemNumber.splitEnumeration(s)
            _ = ResponsibleUnits.parse(s)
            _ = UnitDictionary.standard.canonical(for: s)
            _ = TextSimilarity.similarity(s, s)
            _ = TextSimilarity.editDistance(s, "ดำเนินงาน")
        }
        #expect(describe(Period.parse(String(repeating: "ม.ค.-", count: 1000))) == "missingYear")
    }

    /// A whole document's text in one cell (~200,000 characters) is read to the end with the right
    /// answers. How fast is measured by the benchmarks (scripts/bench), never asserted here: a timed
    /// expectation fails on a busy machine, not on slow code.
    @Test func hugeTextsAreReadWhole() {
        let paragraph = Seed.results.map { $0.joined(separator: " ") }.joined(separator: "\n")
        let huge = String(repeating: paragraph + "\n", count: 40)
        #expect(ThaiDateParser.dates(in: huge).count == 40 * 9)
        _ = Period.parse(huge)
        #expect(TextSimilarity.similarity(huge, huge) == 1)
        #expect(ThaiCleanup.key(huge).count <= huge.utf8.count)
        _ = ItemNumber.splitEnumeration(huge)
        #expect(!ResponsibleUnits.split(huge).isEmpty)
    }

    /// 3,000 period cells and measure pairs, as one large batch validates: every pair compares
    /// (similarity within 0…1) and every period of the seed parses.
    @Test func manyPeriodsAndPairs() {
        let periods = Seed.plan.map { $0[3] } + ["ไตรมาสที่ 2 (1 ม.ค. 66 - 31 มี.ค. 66)", "รอบ 6 เดือน (ต.ค.64 - มี.ค.65)"]
        let plans = Seed.plan.map { $0[0] }
        let results = Seed.results.map { $0[0] }
        var parsed = 0
        for i in 0..<3_000 {
            if case .period = Period.parse(periods[i % periods.count], fiscalYear: 2564) { parsed += 1 }
            let score = TextSimilarity.similarity(plans[i % 8], results[(i / 8) % 8])
            #expect((0...1).contains(score))
        }
        #expect(parsed == 3_000)
    }
}
