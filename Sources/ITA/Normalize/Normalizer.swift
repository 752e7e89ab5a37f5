import Sheets
import ThaiText

/// Turns located tables into measures: item numbers, steps, units, periods, dates,
/// status; works out the document's fiscal year and agency; pairs plan and results measures.
public struct Normalizer: Sendable {
    /// The unit names responsible cells are matched with.
    public var units: UnitDictionary
    /// A fiscal year given by the user (`--fiscal-year`), which wins over what the document says.
    public var fiscalYear: Int?
    /// Fiscal years a title may state (the template's rule); others are reported, not used.
    public var plausibleFiscalYears: ClosedRange<Int>

    /// A normalizer with the given units, fiscal year and plausible years.
    public init(units: UnitDictionary = .allAgencies, fiscalYear: Int? = nil, plausibleFiscalYears: ClosedRange<Int> = 2560...2575) {
        self.units = units
        self.fiscalYear = fiscalYear
        self.plausibleFiscalYears = plausibleFiscalYears
    }

    /// The document of `workbook`: measures of each located table, fiscal and ITA years, agency, report date, and the plan's measures paired with the results'.
    public func normalize(_ workbook: Workbook, located: TableLocator.Result) -> ITADocument {
        let stated = Self.statedFiscalYear(inProse: located.prose)
        let implausible = stated.flatMap { plausibleFiscalYears.contains($0.year) ? nil : $0 }
        let proseFY = implausible == nil ? stated?.year : nil
        // Periods are read against the document's year, so that "ไตรมาส 2" or "ม.ค.-มี.ค." get one.
        let contextFY = fiscalYear ?? proseFY
        let unitCache = UnitCache()
        var tables = located.tables.map { table in
            MeasureTable(located: table, measures: table.bodyRows.map { measure(from: $0, fiscalYear: contextFY, unitCache: unitCache) })
        }
        var fy = contextFY, fySource: FiscalYearSource?
        if fiscalYear != nil { fySource = .option } else if proseFY != nil { fySource = .title }
        if fy == nil, let fromPeriods = Self.mostCommon(tables.flatMap(\.measures).compactMap(\.period?.fiscalYear)) {
            fy = fromPeriods
            fySource = .periods
            tables = located.tables.map { table in
                MeasureTable(located: table, measures: table.bodyRows.map { measure(from: $0, fiscalYear: fromPeriods, unitCache: unitCache) })
            }
        }
        let agency = DocumentIdentity.agency(in: located.prose)
        var document = ITADocument(workbook: workbook, tables: tables, fiscalYear: fy, fiscalYearSource: fySource,
                                   agency: agency.name, district: agency.district, province: agency.province,
                                   prose: located.prose, matches: [])
        if fySource == .title { document.fiscalYearPlace = stated?.place }
        document.itaYear = DocumentIdentity.itaYear(prose: located.prose, fiscalYear: fy, hasPlan: tables.contains { $0.kind == .plan })
        document.implausibleFiscalYear = implausible.map { ($0.year, $0.place) }
        if let signed = Self.reportDate(prose: located.prose, tables: located.tables, sheetOrder: workbook.sheets.map(\.name),
                                        nearBE: fy) {
            document.reportDate = signed.date
            document.reportDatePlace = signed.place
        }
        if let plan = document.plan, let results = document.results {
            document.matches = Self.match(plan: plan.measures, results: results.measures)
        }
        return document
    }

    /// Responsible-unit cells repeat down a table ("สำนักปลัด" thirty times): each text is parsed once per document.
    final class UnitCache {
        var parsed: [String: [ResponsibleUnit]] = [:]
    }

    func measure(from row: LocatedTable.BodyRow, fiscalYear: Int?, unitCache: UnitCache? = nil) -> Measure {
        func units(_ cell: String) -> [ResponsibleUnit] {
            if let cached = unitCache?.parsed[cell] { return cached }
            let parsed = ResponsibleUnits.parse(cell, dictionary: self.units)
            unitCache?.parsed[cell] = parsed
            return parsed
        }
        func text(_ field: Field) -> String? {
            guard let cell = row.cells[field], !cell.isBlank else { return nil }
            return cell.text
        }
        let rawTitle = text(.measure) ?? ""
        var number: Int? = text(.number).flatMap { Int(ThaiDigits.toArabic($0).trimmingWhitespace().trimmingCharacters(in: ["."])) }
        var title = rawTitle
        if let leading = ItemNumber.leading(in: rawTitle) {
            number = number ?? leading.number
            title = leading.rest
        }
        let outcome = text(.result)
        let period: Period? = row.cells[.period].flatMap {
            guard !$0.isBlank, case .period(let p) = $0.periodReading(fiscalYear: fiscalYear) else { return nil }
            return p
        }
        let (outcomeDates, implausibleYears): ([ThaiDate], [Int]) = switch row.cells[.result]?.typedDate {
        case .day(let day)?: ([day], [])
        case .implausibleYear(let year)?: ([], [year])
        case nil: outcome.map { Self.actionDates(in: $0, nearBE: period?.fiscalYear ?? fiscalYear) } ?? ([], [])
        }
        return Measure(
            number: number,
            title: Self.oneLine(title),
            steps: text(.steps).map { ItemNumber.splitEnumeration($0).map(Self.oneLine) } ?? [],
            responsible: text(.responsible).map(units) ?? [],
            period: period,
            monitoring: text(.monitoring).map(Self.oneLine),
            outcome: outcome.map(Self.oneLine),
            outcomeDates: outcomeDates,
            outcomeImplausibleYears: implausibleYears,
            problems: text(.problems).map(Self.oneLine),
            recommendation: text(.recommendation).map(Self.oneLine),
            status: Self.status(column: text(.status), outcome: outcome, hasActionDate: !outcomeDates.isEmpty),
            cells: row.cells,
            row: row.row)
    }

    /// Line breaks inside a cell become spaces; runs of spaces one space.
    static func oneLine(_ text: String) -> String {
        if isOneLine(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// True when `oneLine` would change nothing: single ASCII spaces between words, no other
    /// whitespace (lead bytes 0xC2, 0xE1–0xE3 may start one, so they take the slow path).
    static func isOneLine(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3: return false
            case 0x20 where previous == 0x20: return false
            default: previous = byte
            }
        }
        return previous != 0x20 || text.isEmpty
    }

    /// Whitespace without a Unicode property lookup (a hot path over every cell).
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Dates that say when something was done. Both ends of a written range
    /// ("๑ ตุลาคม พ.ศ. ๒๕๖๓ - ๓๑ มีนาคม ๒๕๖๔", an assessment round) are left out.
    static func actionDates(in text: String, nearBE: Int?) -> (dates: [ThaiDate], implausibleYears: [Int]) {
        let found = ThaiDateParser.dates(in: text, nearBE: nearBE)
        var inRange = Set<Int>()
        for i in found.indices.dropLast() {
            let between = text[found[i].range.upperBound..<found[i + 1].range.lowerBound]
            let joiner = ThaiCleanup.forMatching(between).replacingOccurrences(of: "ถึงวันที่", with: "-")
                .replacingOccurrences(of: "ถึง", with: "-")
            if ["-", "–", "—"].contains(joiner.trimmingCharacters(in: .whitespaces)) {
                inRange.insert(i)
                inRange.insert(i + 1)
            }
        }
        return (found.indices.filter { !inRange.contains($0) }.compactMap { found[$0].date }, found.compactMap(\.implausibleYear))
    }

    /// The status phrases (`StatusWords.phrases`) as cleanup keys in UTF-8, in search order, made
    /// once: status is asked of every result.
    static let statusKeys: [(MeasureStatus, [[UInt8]])] = MeasureStatus.searchOrder.map { status in
        (status, status.words.phrases.map { Array(ThaiCleanup.key($0).utf8) })
    }

    /// The status from a status column when there is one, else inferred from the result text.
    static func status(column: String?, outcome: String?, hasActionDate: Bool = false) -> MeasureStatus? {
        // A status column (or a tick) that says exactly one of the status labels ("เสร็จ", "ไม่เสร็จ").
        if let column, let exact = MeasureStatus(label: column) {
            return exact
        }
        for text in [column, outcome].compactMap({ $0 }) {
            let key = Array(ThaiCleanup.key(text).utf8)
            if key == [UInt8(ascii: "/")] || key.isEmpty { continue }
            // Keys are NFC, so a byte search finds exactly what a string search would.
            for (status, words) in statusKeys where words.contains(where: { key.containsBytes($0) }) {
                return status
            }
            if text == column, ["/", "✓", "✔", "x", "X"].contains(text.trimmingWhitespace()) { return .done }
        }
        // A result that says when something was done reports it done.
        return hasActionDate ? .done : nil
    }

    /// The fiscal year the title block and prose name, and the line it is written on:
    /// "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔" wins over a bare "ปีงบประมาณ ๒๕๖๓" (which often names last year's
    /// assessment); among those the latest. A year stated with "ประจำปีงบประมาณ" that falls outside
    /// `writtenYears` (3107: BE added twice) is returned as written, so the validator can point at it
    /// (the template's narrower range is the caller's check); a merely mentioned one is ignored.
    static func statedFiscalYear(inProse prose: [SourcedText]) -> (year: Int, place: SourceRef)? {
        var stated: [(Int, SourceRef)] = [], mentioned: [(Int, SourceRef)] = [], wrong: [(Int, SourceRef)] = []
        for line in prose where line.text.contains("งบประมาณ") {
            let text = ThaiDigits.toArabic(ThaiCleanup.forMatching(line.text))
            var searchStart = text.startIndex
            while let hit = text.range(of: "ปีงบประมาณ", range: searchStart..<text.endIndex) {
                searchStart = hit.upperBound
                var rest = text[hit.upperBound...].drop { " .พศ".contains($0) }
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(digits.count)
                guard digits.count == 4, let year = Int(digits) else { continue }
                let isStated = text[..<hit.lowerBound].hasSuffix("ประจำ")
                let be: Int
                switch BuddhistEra.interpretYear(year, digitCount: 4) {
                case .be(let value): be = value
                default: be = year
                }
                if !Self.writtenYears.contains(be) {
                    if isStated { wrong.append((be, line.source)) }
                    continue
                }
                if isStated { stated.append((be, line.source)) } else { mentioned.append((be, line.source)) }
            }
        }
        if let best = stated.max(by: { $0.0 < $1.0 }) ?? mentioned.max(by: { $0.0 < $1.0 }) { return (best.0, best.1) }
        return wrong.first.map { ($0.0, $0.1) }
    }

    /// The fiscal years (BE) a title block can state at all.
    static let writtenYears = 2540...2600

    /// Words that introduce the date a document was signed or announced: the signature block's
    /// phrases (`ClosingRow.signingDatePhrases`) and a bare "ณ วันที่", as cleanup keys.
    static let signingMarkers = (ClosingRow.signingDatePhrases + ["ณ วันที่"]).map { ThaiCleanup.key($0) }

    /// The date the report was signed, for `result-after-report-date`. What counts:
    /// 1. a full day-month-year date after a signing phrase ("ประกาศ ณ วันที่ ๓๐ กันยายน ๒๕๖๔",
    ///    "ณ วันที่ …") anywhere in the prose outside the tables;
    /// 2. a line that is only a date ("วันที่ ๓๐ เดือน กันยายน พ.ศ. ๒๕๖๔", or a month and year
    ///    "กันยายน ๒๕๖๔", read as that month's last day) written *after* the tables: the signature block.
    /// A lone date *before* the tables belongs to the preface (คำนำ), not to the report: the seed's
    /// preface is signed "มีนาคม ๒๕๖๔" while its results report a meeting on ๑ เมษายน ๒๕๖๔, because
    /// the preface was written when the report was started. The latest candidate wins.
    static func reportDate(prose: [SourcedText], tables: [LocatedTable], sheetOrder: [String], nearBE: Int?) -> (date: ThaiDate, place: SourceRef)? {
        func order(_ place: SourceRef) -> Int { (sheetOrder.firstIndex(of: place.sheet) ?? 0) << 21 | place.address.row }
        let tableEnd = tables.flatMap(\.parts).map { order(SourceRef(sheet: $0.sheet, address: $0.range.end)) }.max()
        var best: (date: ThaiDate, place: SourceRef)?
        func consider(_ date: ThaiDate, _ place: SourceRef) {
            if best == nil || date > best!.date { best = (date, place) }
        }
        for line in prose {
            let afterTables = tableEnd.map { order(line.source) > $0 } ?? false
            // A date cell (the row's last): its own day, when it is signed after the tables or after a signing phrase.
            if let typed = line.typedDate {
                if case .day(let date) = typed,
                   afterTables || signingMarkers.contains(where: ThaiCleanup.key(ThaiCleanup.forMatching(line.text)).contains) {
                    consider(date, line.source)
                }
                continue
            }
            guard line.text.unicodeScalars.count <= 400, afterTables || line.text.contains("วันที่") else { continue }
            let cleaned = ThaiCleanup.forMatching(line.text)
            let key = ThaiCleanup.key(cleaned)
            if signingMarkers.contains(where: { key.contains($0) }) {
                if let found = ThaiDateParser.dates(in: cleaned.replacingOccurrences(of: "เดือน", with: " "), nearBE: nearBE).last?.date {
                    consider(found, line.source)
                    continue
                }
            }
            guard afterTables else { continue }
            var lone = cleaned
            for word in ["วันที่", "เดือน", "พ.ศ.", "พ.ศ", "ณ"] { lone = lone.replacingOccurrences(of: word, with: " ") }
            if let date = ThaiDateParser.parse(lone, nearBE: nearBE) {
                consider(date, line.source)
            } else if lone.unicodeScalars.count <= 30, lone.contains(where: \.isNumber),
                      ThaiMonth.parse(lone.filter { !$0.isNumber && $0 != " " }) != nil,
                      case .period(let p) = Period.parse(lone, fiscalYear: nearBE), p.start == p.end {
                consider(ThaiDate(year: p.end.year, month: p.end.month, day: ThaiDate.daysIn(month: p.end.month, year: p.end.year)), line.source)
            }
        }
        return best
    }

    static func mostCommon(_ values: [Int]) -> Int? {
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// Pairs plan and results measures by the similarity of their titles, best pairs first;
    /// numbering is ignored because documents renumber between the two tables.
    static func match(plan: [Measure], results: [Measure], threshold: Double = 0.3) -> [MeasureMatch] {
        var candidates: [MeasureMatch] = []
        // Each title's fingerprint once, not once per pair (it was most of a batch's pairing time).
        let planPrints = plan.map { TextSimilarity.Fingerprint($0.title) }, resultPrints = results.map { TextSimilarity.Fingerprint($0.title) }
        for p in plan.indices {
            for r in results.indices {
                let score = TextSimilarity.similarity(planPrints[p], resultPrints[r])
                if score >= threshold { candidates.append(MeasureMatch(plan: p, result: r, score: score)) }
            }
        }
        candidates.sort { ($0.score, -$0.plan) > ($1.score, -$1.plan) }
        var usedPlan = Set<Int>(), usedResult = Set<Int>(), matches: [MeasureMatch] = []
        for candidate in candidates where !usedPlan.contains(candidate.plan) && !usedResult.contains(candidate.result) {
            usedPlan.insert(candidate.plan)
            usedResult.insert(candidate.result)
            matches.append(candidate)
        }
        return matches.sorted { $0.plan < $1.plan }
    }
}
