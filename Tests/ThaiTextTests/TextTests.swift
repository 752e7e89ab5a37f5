import Testing
import ThaiText

struct ItemCase: CustomTestStringConvertible, Sendable {
    var text: String
    var number: Int?
    var rest: String?

    init(_ text: String, _ number: Int?, _ rest: String? = nil) {
        self.text = text
        self.number = number
        self.rest = rest
    }

    var testDescription: String { text.debugDescription }
}

struct WidthCase: CustomTestStringConvertible, Sendable {
    var text: String
    var width: Int

    init(_ text: String, _ width: Int) {
        self.text = text
        self.width = width
    }

    var testDescription: String { text.debugDescription }
}

@Suite struct ItemNumberTests {
    static let leading: [ItemCase] = [
        .init("(๑)มีแนวทางปฏิบัติ เกี่ยวกับ", 1, "มีแนวทางปฏิบัติ เกี่ยวกับ"),
        .init("(๗) ให้ความรู้", 7, "ให้ความรู้"),
        .init("( 2 ) จัดทำ", 2, "จัดทำ"),
        .init("1. ให้ความรู้", 1, "ให้ความรู้"),
        .init("๑. จัดประชุม", 1, "จัดประชุม"),
        .init("๑) จัดทำ", 1, "จัดทำ"),
        .init("12)จัดทำ", 12, "จัดทำ"),
        .init("ข้อ 3 จัดทำ", 3, "จัดทำ"),
        .init("ข้อที่ 12. จัดทำ", 12, "จัดทำ"),
        .init("  \u{200B}(๘) มีการมอบหมาย", 8, "มีการมอบหมาย"),
        .init("(1)", 1, ""),
        .init("2564 จัดทำ", nil),
        .init("2564. จัดทำ", nil),
        .init("15 มี.ค. 64", nil),
        .init("15.มี.ค.64", nil),
        .init("1.5 ล้านบาท", nil),
        .init("(2564)", nil),
        .init("ข้อปฏิบัติ", nil),
        .init("มาตรการ", nil),
        .init("", nil),
        .init("(", nil),
        .init("(๑", nil),
    ]

    static let enumerations: [SplitCase] = [
        .init("(๑) สร้างความเข้าใจ (๒) ผู้บริหารต้องเน้นย้ำ", ["สร้างความเข้าใจ", "ผู้บริหารต้องเน้นย้ำ"]),
        .init("1. ก 2. ข 3. ค", ["ก", "ข", "ค"]),
        .init("1. ก\n2. ข", ["ก", "ข"]),
        .init("ดังนี้ (1) ก (2) ข", ["ดังนี้", "ก", "ข"]),
        .init("๑. จัดประชุมชี้แจง", ["๑. จัดประชุมชี้แจง"]),
        .init("- ก\n- ข", ["ก", "ข"]),
        .init("- ก - ข", ["ก", "ข"]),
        .init("-สำนักปลัด -กองคลัง", ["สำนักปลัด", "กองคลัง"]),
        .init("• หนึ่ง • สอง", ["หนึ่ง", "สอง"]),
        .init("- รายการเดียว", ["รายการเดียว"]),
        .init("ม.ค. - มี.ค.", ["ม.ค. - มี.ค."]),
        .init("ผลงาน 1.5 ล้าน 2. ข", ["ผลงาน 1.5 ล้าน 2. ข"]),
        .init("  ข้อความ  ", ["ข้อความ"]),
        .init("", []),
        .init(" \n ", []),
    ]

    @Test(arguments: leading) func leadingNumber(_ c: ItemCase) {
        let found = ItemNumber.leading(in: c.text)
        #expect(found?.number == c.number)
        #expect(found?.rest == c.rest)
    }

    @Test(arguments: enumerations) func splitEnumeration(_ c: SplitCase) {
        #expect(ItemNumber.splitEnumeration(c.cell) == c.expected)
    }

    @Test func seedNumbering() {
        #expect(Seed.plan.map { ItemNumber.leading(in: $0[0])?.number } == Array(1...8))
        #expect(Seed.results.map { ItemNumber.leading(in: $0[0])?.number } == Array(1...8))
        #expect(ItemNumber.splitEnumeration(Seed.results[5][1]).count == 2)
        #expect(ItemNumber.splitEnumeration(Seed.results[0][4]).count == 1)
    }
}

@Suite struct SimilarityTests {
    @Test func basics() {
        #expect(TextSimilarity.similarity("ให้ความรู้", "ให้ความรู้") == 1)
        #expect(TextSimilarity.similarity("(๑) มีแนวทาง", "1. มีแนวทาง") == 1)
        #expect(TextSimilarity.similarity("ให้ความรู้เกี่ยวกับการ ป้องกัน", "ให้ความรู้เกี่ยวกับการป้องกัน") == 1)
        #expect(TextSimilarity.similarity("ผลการดําเนินงาน", "ผลการดำเนินงาน") == 1)
        #expect(TextSimilarity.similarity("กองคลัง", "COVID-19 vaccine") < 0.05)
        #expect(TextSimilarity.similarity("", "") == 0)
        #expect(TextSimilarity.similarity("ก", "") == 0)
        #expect(TextSimilarity.similarity("ก", "ก") == 1)
        let s = TextSimilarity.similarity("การตรวจสอบและต่อ อายู เว็บไซต์", "การตรวจสอบและต่ออายุเว็บไซต์")
        #expect(s > 0.8 && s < 1)
    }

    static let expectedPairs = [1: 1, 2: 7, 3: 8, 4: 2, 5: 4, 6: 5, 7: 3, 8: 6]

    /// Plan measures against result measures from the seed: the best assignment over all 8! pairings is the
    /// documented one, and each plan's partner beats its runner-up by a clear margin.
    @Test func seedPlanAndResultsPair() {
        let plans = Seed.plan.map { $0[0] }
        let results = Seed.results.map { $0[0] }
        let score = plans.map { p in results.map { r in TextSimilarity.similarity(p, r) } }

        var best: (total: Double, assignment: [Int]) = (-1, [])
        func search(_ row: Int, _ used: Set<Int>, _ total: Double, _ assignment: [Int]) {
            if row == plans.count {
                if total > best.total { best = (total, assignment) }
                return
            }
            for col in results.indices where !used.contains(col) {
                search(row + 1, used.union([col]), total + score[row][col], assignment + [col])
            }
        }
        search(0, [], 0, [])
        #expect(best.assignment.enumerated().map { ($0 + 1, $1 + 1) }.allSatisfy { Self.expectedPairs[$0] == $1 })

        for (row, scores) in score.enumerated() {
            let partner = (Self.expectedPairs[row + 1] ?? 0) - 1
            let runnerUp = scores.enumerated().filter { $0.offset != partner }.map(\.element).max() ?? 0
            #expect(scores[partner] >= 0.6, "plan \(row + 1): \(scores[partner])")
            #expect(scores[partner] - runnerUp >= 0.2, "plan \(row + 1): \(scores[partner]) vs \(runnerUp)")
        }
    }

    static let distances: [(String, String, Int)] = [
        ("ดาเนินงาน", "ดำเนินงาน", 1),
        ("ดำเนินงาน", "ดำเนินงาน", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("ผู้รับผิดชอบ", "ผู้รับผิดชอบ/ผู้ที่เกี่ยวข้อง", 17),
        ("ระยะเวลาดำเนินการ", "ระยะเวลา", 9),
    ]

    @Test(arguments: distances) func editDistance(_ c: (String, String, Int)) {
        #expect(TextSimilarity.editDistance(c.0, c.1) == c.2)
        #expect(TextSimilarity.editDistance(c.1, c.0) == c.2)
    }

    /// The banded distance the header matcher uses: the distance at its own limit, nil one below.
    @Test(arguments: distances) func editDistanceWithinLimit(_ c: (String, String, Int)) {
        let a = Array(c.0.unicodeScalars), b = Array(c.1.unicodeScalars)
        #expect(TextSimilarity.editDistance(a, b, atMost: c.2) == c.2)
        #expect(TextSimilarity.editDistance(b, a, atMost: c.2 + 5) == c.2)
        #expect(TextSimilarity.editDistance(a, b, atMost: c.2 - 1) == nil)
    }
}

@Suite struct DisplayWidthTests {
    static let cases: [WidthCase] = [
        .init("abc", 3),
        .init("น้ำ", 2),
        .init("ที่", 1),
        .init("ผู้รับผิดชอบ", 8),
        .init("กำกับ", 4),
        .init("漢字", 4),
        .init("😀", 2),
        .init("a\nbcd\nef", 3),
        .init("ก\u{200B}ข", 2),
        .init("e\u{0301}", 1),
        .init("", 0),
        .init("ม.ค.-มี.ค.๖๔", 11),
    ]

    @Test(arguments: cases) func width(_ c: WidthCase) {
        #expect(DisplayWidth.of(c.text) == c.width)
    }
}
