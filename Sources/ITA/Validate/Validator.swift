import Sheets
import ThaiText

/// Checks a normalized document against the template: every finding in a file is reported,
/// one bad value never hides another.
public struct Validator: Sendable {
    public var template: Template

    public init(template: Template) {
        self.template = template
    }

    /// A file on its own: its checks, and the plan ↔ results checks between its own tables.
    public func validate(_ document: ITADocument) -> [Finding] {
        let cross = crossFindings(plan: document.plan == nil ? nil : document, results: document.results == nil ? nil : document,
                                  matches: document.matches)
        return Self.ordered(documentFindings(document) + cross.plan + cross.results, in: document.workbook)
    }

    /// Every check that needs only this file (cells, rows, tables, title block); what needs the
    /// plan and the results together is `crossFindings`, which a submission runs across its files.
    public func documentFindings(_ document: ITADocument) -> [Finding] {
        var findings = fileFindings(document.workbook)
        if document.tables.isEmpty {
            findings.append(Finding(.noTableFound))
            return findings
        }
        if let (year, place) = document.implausibleFiscalYear {
            let range = template.fiscalYear.plausibleRange
            let expected = year > 2600 ? String(year - BuddhistEra.offset) : "\(range.lowerBound)–\(range.upperBound)"
            findings.append(Finding(.implausibleYear, at: place, value: String(year), expected: expected))
        }
        if document.fiscalYear == nil { findings.append(Finding(.fiscalYearUndetermined)) }
        if template.requireAnalysis, document.plan != nil, !Self.hasAnalysis(document) { findings.append(Finding(.missingAnalysis)) }
        for table in document.tables {
            findings += headerFindings(table.located)
            // Results are checked against the units the agency's own plan names.
            let known = KnownUnits(plan: table.kind == .results ? document.plan : nil)
            findings += measureFindings(table, fiscalYear: document.fiscalYear, known: known,
                                        notYetDue: table.kind == .results ? Self.notYetDue(document) : [])
            findings += numberingFindings(table)
        }
        return findings
    }

    /// The checks between a plan and its results report, wherever each was read from (one file or
    /// two): measures without results and the other way round, results outside their period,
    /// results dated after the report. `matches` pairs the plan's measures with the results'
    /// (`Normalizer.match`). Without a plan, result dates are checked against each row's own
    /// period or the fiscal year. Findings are returned by the file they point into.
    public func crossFindings(plan: ITADocument?, results: ITADocument?, matches: [MeasureMatch]) -> (plan: [Finding], results: [Finding]) {
        guard let results else { return ([], []) }
        var planSide: [Finding] = [], resultsSide: [Finding] = []
        if let planTable = plan?.plan, let resultsTable = results.results {
            let cross = crossTableFindings(plan: planTable, results: resultsTable, matches: matches)
            planSide = cross.plan
            resultsSide = cross.results + KnownUnits.contradictions(plan: planTable, results: resultsTable, matches: matches)
        }
        for table in results.tables where table.kind == .results {
            if plan?.plan == nil { resultsSide += periodCheckWithoutPlan(table, fiscalYear: results.fiscalYear) }
            resultsSide += reportDateFindings(table, document: results)
        }
        return (planSide, resultsSide)
    }

    /// File-level findings first, then by sheet (in workbook order), row and column; ties keep their order.
    public static func ordered(_ findings: [Finding], in workbook: Workbook) -> [Finding] {
        let sheetOrder = Dictionary(workbook.sheets.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        func key(_ f: Finding) -> (Int, Int, Int) {
            guard let place = f.place else { return (-1, 0, 0) }
            return (sheetOrder[place.sheet] ?? 0, place.address.row, place.address.column)
        }
        return findings.enumerated().sorted { a, b in
            let x = key(a.element), y = key(b.element)
            return x != y ? x < y : a.offset < b.offset
        }.map { Self.onPages($0.element, of: workbook) }
    }

    /// A PDF has no cells: each place gets the page and the row on it where it was printed.
    static func onPages(_ finding: Finding, of workbook: Workbook) -> Finding {
        guard workbook.sheets.contains(where: { !$0.pages.isEmpty }) else { return finding }
        func placed(_ ref: SourceRef) -> SourceRef {
            var ref = ref
            ref.page = workbook.sheet(named: ref.sheet)?.pages[ref.address.row]
            return ref
        }
        var finding = finding
        finding.place = finding.place.map(placed)
        finding.related = finding.related.map(placed)
        return finding
    }

    /// `result-after-report-date`: no result dated after the report was signed.
    func reportDateFindings(_ results: MeasureTable, document: ITADocument) -> [Finding] {
        guard let signed = document.reportDate else { return [] }
        var findings: [Finding] = []
        for measure in results.measures {
            guard let cell = measure.cells[.result] else { continue }
            for date in measure.outcomeDates where date > signed {
                findings.append(Finding(.resultAfterReportDate, at: cell.source, field: .result, value: date.thai(),
                                        expected: signed.thai(), related: document.reportDatePlace.map { [$0] } ?? []))
            }
        }
        return findings
    }

    /// A results report alone: its dates are checked against each row's own period (or the fiscal year).
    func periodCheckWithoutPlan(_ results: MeasureTable, fiscalYear: Int?) -> [Finding] {
        var findings: [Finding] = []
        for result in results.measures {
            guard let outcomeCell = result.cells[.result] else { continue }
            let fyPeriod = fiscalYear.map { fy -> Period in
                let year = FiscalYear(be: fy)
                return Period(text: "ปีงบประมาณ \(fy)", start: year.first, end: year.last)
            }
            guard let period = result.period ?? fyPeriod else { continue }
            findings += outsidePeriod(result, outcomeCell: outcomeCell, period: period, planned: nil)
        }
        return findings
    }

    func fileFindings(_ workbook: Workbook) -> [Finding] {
        workbook.notes.compactMap { note in
            switch note.kind {
            case .legacyEncoding:
                Finding(.legacyEncoding, detail: (workbook.encoding ?? .windows874).displayNameText)
            case .invalidUTF8:
                Finding(.invalidTextEncoding,
                        at: note.address.map { SourceRef(sheet: note.sheet ?? workbook.sheets.first?.name ?? "", address: $0) },
                        detail: LocalizedText(th: note.detail, en: note.detail))
            case .raggedRow, .nulByte, .unterminatedQuote, .repairedArchive: nil
            }
        }
    }

    func headerFindings(_ table: LocatedTable) -> [Finding] {
        var findings: [Finding] = []
        let kindLabel = table.kind.label
        for field in template.required(in: table.kind) where table.columns[field] == nil {
            findings.append(Finding(.missingColumn, sheet: table.sheet, field: field, detail: kindLabel))
        }
        // A plan without ระยะเวลาดำเนินการ is a warning, not an error.
        for field in template.recommended(in: table.kind) where table.columns[field] == nil {
            findings.append(Finding(.missingColumn, sheet: table.sheet, field: field, detail: kindLabel, severity: .warning))
        }
        // Two columns of the kept extras (ตัวชี้วัด and ค่าเป้าหมาย, two budget columns) lose nothing: only a
        // field the toolkit reads from one column is a duplicate worth saying.
        let extras: Set<Field> = [.indicator, .budget, .note, .evidence]
        for (field, header) in table.duplicateColumns where !extras.contains(field) {
            findings.append(Finding(.duplicateColumn, at: header.source, field: field, value: header.text))
        }
        for header in table.unknownColumns {
            findings.append(Finding(.extraColumn, at: header.source, value: header.text))
        }
        for (header, matched) in table.fuzzyHeaders {
            findings.append(Finding(.headerSynonym, at: header.source, value: header.text, expected: matched))
        }
        return findings
    }

    /// Results measures whose period (their own, or their plan measure's) starts after the report was
    /// signed: a 6-month report leaves the second half's results empty, and that is no gap.
    static func notYetDue(_ document: ITADocument) -> Set<SourceRef> {
        guard let signed = document.reportDate, let results = document.results else { return [] }
        let signedMonth = YearMonth(year: signed.year, month: signed.month)
        let planOf = Dictionary(document.matches.map { ($0.result, $0.plan) }, uniquingKeysWith: { a, _ in a })
        var due: Set<SourceRef> = []
        for (i, measure) in results.measures.enumerated() {
            let period = measure.period ?? planOf[i].flatMap { document.plan?.measures[$0].period }
            if let period, period.start > signedMonth, let place = measure.source(.measure) { due.insert(place) }
        }
        return due
    }

    func measureFindings(_ table: MeasureTable, fiscalYear: Int?, known: KnownUnits = KnownUnits(), notYetDue: Set<SourceRef> = []) -> [Finding] {
        var findings: [Finding] = []
        let required = template.required(in: table.kind).filter { table.located.columns[$0] != nil }
        var seenTitles: [String: SourceRef] = [:]
        for measure in table.measures {
            // A table continued on the next sheet: the row's own sheet, from its measure cell.
            let rowSheet = measure.cells[.measure]?.source.sheet ?? measure.cells.values.first?.source.sheet ?? table.located.sheet
            let rowPlace = SourceRef(sheet: rowSheet, address: CellAddress(row: measure.row, column: table.located.columns[.measure] ?? 1))
            // Not yet due (ยังไม่ถึงกำหนด): there is nothing to report yet, so an empty result is no gap.
            let due = measure.status == .notYetDue || measure.source(.measure).map(notYetDue.contains) == true
            for field in required where measure.cells[field]?.isBlank ?? true && !(field == .result && due) {
                let column = table.located.columns[field]!
                let place = measure.cells[field]?.source ?? SourceRef(sheet: rowSheet, address: CellAddress(row: measure.row, column: column))
                let which = measure.number.map { LocalizedText(th: " (มาตรการที่ \($0))", en: " (measure \($0))") }
                findings.append(Finding(.blankCell, at: place, field: field, value: measure.cells[field]?.text ?? "", detail: which))
            }
            if let periodCell = measure.cells[.period], !periodCell.isBlank, periodCell.carriedFrom == nil {
                findings += periodFindings(periodCell, fiscalYear: fiscalYear, parsed: measure.period)
            }
            for unit in measure.responsible where !known.contains(unit) {
                findings.append(Finding(.unknownUnit, at: measure.source(.responsible), field: .responsible, value: unit.written,
                                        detail: KnownUnits.unknownDetail))
            }
            if let outcome = measure.cells[.result] {
                for year in measure.outcomeImplausibleYears {
                    findings.append(Finding(.implausibleYear, at: outcome.source, field: .result, value: String(year),
                                            expected: String(year - BuddhistEra.offset)))
                }
            }
            let key = ThaiCleanup.key(measure.title)
            if !key.isEmpty {
                if seenTitles[key] != nil {
                    findings.append(Finding(.duplicateMeasure, at: rowPlace, field: .measure, value: measure.title,
                                            related: [seenTitles[key]!]))
                } else {
                    seenTitles[key] = rowPlace
                }
            }
        }
        return findings
    }

    /// `parsed` is the normalizer's reading of the same cell, when it read one (it is not parsed twice).
    func periodFindings(_ cell: SourcedText, fiscalYear: Int?, parsed: Period? = nil) -> [Finding] {
        switch parsed.map(Period.Reading.period) ?? cell.periodReading(fiscalYear: fiscalYear) {
        case .period(let period):
            guard let fiscalYear else { return [] }
            let fy = FiscalYear(be: fiscalYear)
            guard !(fy.contains(period.start) && fy.contains(period.end)) else { return [] }
            return [Finding(.periodOutsideFiscalYear, at: cell.source, field: .period, value: cell.text,
                            expected: "พ.ศ. \(fiscalYear)")]
        case .implausibleYear(let year):
            return [Finding(.implausibleYear, at: cell.source, field: .period, value: String(year),
                            expected: String(year - BuddhistEra.offset))]
        case .missingYear:
            let detail = LocalizedText(th: " เพราะไม่มีปี และไม่ทราบปีงบประมาณของเอกสาร", en: ": it has no year and the document's fiscal year is unknown")
            return [Finding(.unparseablePeriod, at: cell.source, field: .period, value: cell.text, detail: detail)]
        case .notAPeriod:
            return [Finding(.unparseablePeriod, at: cell.source, field: .period, value: cell.text)]
        }
    }

    func numberingFindings(_ table: MeasureTable) -> [Finding] {
        var findings: [Finding] = []
        var seen: Set<Int> = []
        var previous: Int?
        for measure in table.measures {
            guard let number = measure.number else { continue }
            let place = measure.source(.number) ?? measure.source(.measure)
            if seen.contains(number) {
                findings.append(Finding(.numberingDuplicate, at: place, field: .number, value: String(number)))
            } else if let previous, number > previous + 1 {
                findings.append(Finding(.numberingGap, at: place, field: .number, value: String(previous), expected: String(number)))
            }
            seen.insert(number)
            previous = number
        }
        return findings
    }

    /// Words that say why the timing changed, in a recommendation cell.
    static let explanationWords = ["เปลี่ยนแปลงระยะเวลา", "เลื่อน", "ล่าช้า", "เนื่องจาก", "สถานการณ์", "covid", "โควิด", "ปรับแผน"]

    func crossTableFindings(plan: MeasureTable, results: MeasureTable, matches: [MeasureMatch]) -> (plan: [Finding], results: [Finding]) {
        var planSide: [Finding] = [], findings: [Finding] = []
        let matchedPlan = Set(matches.map(\.plan)), matchedResults = Set(matches.map(\.result))
        // A plan row that repeats a matched measure (already `duplicate-measure`) shares its twin's result.
        let matchedTitles = Set(matchedPlan.map { ThaiCleanup.key(plan.measures[$0].title) })
        for (i, measure) in plan.measures.enumerated() where !matchedPlan.contains(i) && !matchedTitles.contains(ThaiCleanup.key(measure.title)) {
            planSide.append(Finding(.measureWithoutResult, at: measure.source(.measure), field: .measure, value: measure.title))
        }
        for (i, measure) in results.measures.enumerated() where !matchedResults.contains(i) {
            findings.append(Finding(.resultWithoutMeasure, at: measure.source(.measure), field: .measure, value: measure.title))
        }
        let planOf = Dictionary(uniqueKeysWithValues: matches.map { ($0.result, $0.plan) })
        for (i, result) in results.measures.enumerated() {
            let planned = planOf[i].map { plan.measures[$0] }
            guard let period = result.period ?? planned?.period, let outcomeCell = result.cells[.result] else { continue }
            findings += outsidePeriod(result, outcomeCell: outcomeCell, period: period, planned: planned)
        }
        return (planSide, findings)
    }

    /// Result dates outside the planned period: info when ข้อเสนอแนะ explains the change, a warning otherwise.
    func outsidePeriod(_ result: Measure, outcomeCell: SourcedText, period: Period, planned: Measure?) -> [Finding] {
        let outside = result.outcomeDates.filter { !period.contains($0) }
        guard !outside.isEmpty else { return [] }
        // ปัญหา/อุปสรรค or ข้อเสนอแนะ may say why the timing changed.
        func text(_ field: Field) -> String? { field == .problems ? result.problems : result.recommendation }
        let explaining = [Field.problems, .recommendation].first { field in
            guard let lowered = text(field)?.lowercased() else { return false }
            return Self.explanationWords.contains { lowered.contains($0) }
        }
        let explanation = explaining.flatMap(text)
        var related = [planned?.source(.period), planned?.source(.measure)].compactMap { $0 }
        if let explaining, let r = result.source(explaining) { related.append(r) }
        let detail = explaining.map { field in
            LocalizedText(th: " — มีคำอธิบายใน\(field.label.th): \(Finding.quoteShort(explanation ?? ""))",
                          en: " — explained in the \(field.label.en): \(Finding.quoteShort(explanation ?? ""))")
        }
        return outside.map { date in
            Finding(.resultOutsidePeriod, at: outcomeCell.source, field: .result, value: date.thai(),
                    expected: period.text, detail: detail, severity: explanation == nil ? .warning : .info, related: related)
        }
    }

    /// `missing-analysis`: the analysis is prose (or a score table) outside the measures tables; a column naming the
    /// point each measure develops is no analysis of the result.
    static func hasAnalysis(_ document: ITADocument) -> Bool {
        document.prose.contains { AnalysisWording.isAnalysis($0.text) }
    }

}

extension TextEncoding {
    fileprivate var displayNameText: LocalizedText { LocalizedText(th: displayName.th, en: displayName.en) }
}
