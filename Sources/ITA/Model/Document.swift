import Sheets
import ThaiText

/// The two ITA documents: the measures plan (O42; 2569 O25) and its results report (O43; 2569 O26).
public enum TableKind: String, Sendable, Codable, CaseIterable {
    case plan, results
}

/// The columns the toolkit understands, named as in the report's `columns` of a table (docs/report.schema.json).
public enum Field: String, Sendable, Codable, CaseIterable, Comparable {
    /// A code column (รหัส…): kept, never taken for the measure.
    case number, code, measure, steps, responsible, period, monitoring, result, problems, recommendation, status
    case indicator, budget, note, evidence

    public static func < (a: Field, b: Field) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where a value came from: the sheet and the cell, so that a finding can point at it.
public struct SourceRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var sheet: String
    public var address: CellAddress

    /// Where the row was printed, for a sheet read from a PDF (which has no cells to name).
    public var page: PagePlace?

    public init(sheet: String, address: CellAddress, page: PagePlace? = nil) {
        self.sheet = sheet
        self.address = address
        self.page = page
    }

    /// `Sheet1!C7`, quoted when the sheet name needs it (`'ผล ปี 64'!C7`); `หน้า 3, แถว 5` in a PDF.
    public var description: String { text(.th) }

    public func text(_ language: Language) -> String {
        guard let page else { return Self.qualified(sheet, address.a1) }
        return language == .th ? "หน้า \(page.page), แถว \(page.row)" : "page \(page.page), row \(page.row)"
    }

    /// A reference with its sheet, quoted when the name needs it: `Sheet1!A3:E14`.
    public static func qualified(_ sheet: String, _ reference: String) -> String {
        let plain = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return (plain ? sheet : "'\(sheet.replacingOccurrences(of: "'", with: "''"))'") + "!" + reference
    }

    public static func < (a: SourceRef, b: SourceRef) -> Bool {
        (a.sheet, a.address) < (b.sheet, b.address)
    }
}

/// A cell's text as written, with its place. `carriedFrom` is set when the value was written once
/// above (a vertical merge or a group cell) and carried down to this row.
public struct SourcedText: Hashable, Sendable {
    public var text: String
    public var source: SourceRef
    public var carriedFrom: SourceRef?
    /// The value as the cell holds it when it is not text (a date, a number), so that it is read as
    /// that value, not from `text`; nil for text, and for a text joined from several cells. A prose
    /// line (a row's cells joined) keeps its last cell's value.
    public var value: CellValue?

    public init(text: String, source: SourceRef, carriedFrom: SourceRef? = nil, value: CellValue? = nil) {
        self.text = text
        self.source = source
        self.carriedFrom = carriedFrom
        self.value = value
    }

    /// Nothing written, or a mark that says "nothing": a dash ("-", "–", "—") or "ไม่มี".
    public var isBlank: Bool { Self.saysNothing(text) }

    public static func saysNothing(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.allSatisfy { $0 == "-" || $0 == "–" || $0 == "—" } || t == "ไม่มี" || t == "ไม่มี -" || t == "(ไม่มี)"
    }
}

/// Whether a measure was carried out, from a status column or the result text.
public enum MeasureStatus: String, Sendable, Codable {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"
    /// ยังไม่ถึงกำหนด(ดำเนินการ): the planned period has not come yet; not a missing result.
    case notYetDue = "not-yet-due"
}

/// One measure (a row of the plan or of the results table), normalized.
public struct Measure: Sendable {
    /// The item number as written at the start of the measure or in a ลำดับ column.
    public var number: Int?
    public var title: String
    public var steps: [String]
    public var responsible: [ResponsibleUnit]
    public var period: Period?
    public var monitoring: String?
    public var outcome: String?
    /// Dates in the result text that say when something was done (ranges such as an assessment round are left out).
    public var outcomeDates: [ThaiDate]
    /// Years in the result text that cannot be right (3107: BE added twice), as written.
    public var outcomeImplausibleYears: [Int] = []
    /// ปัญหา/อุปสรรค: problems met, a column of its own beside ข้อเสนอแนะ in the standard results layout.
    public var problems: String? = nil
    public var recommendation: String?
    public var status: MeasureStatus?
    /// The raw cells of the row by field; every finding about the measure points into these.
    public var cells: [Field: SourcedText]
    /// The row of the measure's first cell.
    public var row: Int

    /// A measure with every part given (the normalizer's are read from a table row, `Normalizer`).
    public init(number: Int?, title: String, steps: [String] = [], responsible: [ResponsibleUnit] = [], period: Period? = nil,
                monitoring: String? = nil, outcome: String? = nil, outcomeDates: [ThaiDate] = [], outcomeImplausibleYears: [Int] = [],
                problems: String? = nil, recommendation: String? = nil, status: MeasureStatus? = nil,
                cells: [Field: SourcedText] = [:], row: Int) {
        self.number = number
        self.title = title
        self.steps = steps
        self.responsible = responsible
        self.period = period
        self.monitoring = monitoring
        self.outcome = outcome
        self.outcomeDates = outcomeDates
        self.outcomeImplausibleYears = outcomeImplausibleYears
        self.problems = problems
        self.recommendation = recommendation
        self.status = status
        self.cells = cells
        self.row = row
    }

    public func source(_ field: Field) -> SourceRef? { cells[field]?.source }
}

/// A table found in a sheet, with its header rows (several when the header is repeated) and column mapping.
public struct LocatedTable: Sendable {
    public var kind: TableKind
    public var sheet: String
    public var range: CellRange
    public var headerRows: [Int]
    /// The column of each understood field.
    public var columns: [Field: Int]
    /// The header wording as written, per field (of the first header row that had it).
    public var headerText: [Field: SourcedText]
    /// Header cells no template column matched (kept, reported as extra columns).
    public var unknownColumns: [SourcedText]
    /// Header cells that repeat a field already mapped in the same header row.
    public var duplicateColumns: [(field: Field, header: SourcedText)]
    /// Header cells matched only approximately (damaged text), with the wording they matched.
    public var fuzzyHeaders: [(header: SourcedText, matched: String)]
    /// One entry per measure: its cells by field, continuation rows already joined, values
    /// written once for a group already carried down.
    public var bodyRows: [BodyRow]
    /// Further parts of the same table on the following sheets (the header repeated on each), in order.
    public var continuedOn: [SheetRange] = []

    /// A located table with every part given (`TableLocator` finds them in a workbook).
    public init(kind: TableKind, sheet: String, range: CellRange, headerRows: [Int], columns: [Field: Int],
                headerText: [Field: SourcedText] = [:], unknownColumns: [SourcedText] = [],
                duplicateColumns: [(field: Field, header: SourcedText)] = [], fuzzyHeaders: [(header: SourcedText, matched: String)] = [],
                bodyRows: [BodyRow], continuedOn: [SheetRange] = []) {
        self.kind = kind
        self.sheet = sheet
        self.range = range
        self.headerRows = headerRows
        self.columns = columns
        self.headerText = headerText
        self.unknownColumns = unknownColumns
        self.duplicateColumns = duplicateColumns
        self.fuzzyHeaders = fuzzyHeaders
        self.bodyRows = bodyRows
        self.continuedOn = continuedOn
    }

    /// Every place the table occupies: its first sheet and range, then its continuations.
    public var parts: [SheetRange] { [SheetRange(sheet: sheet, range: range)] + continuedOn }

    /// Whether a cell lies inside the table (on any of its sheets).
    public func contains(_ place: SourceRef) -> Bool {
        parts.contains { $0.sheet == place.sheet && $0.range.contains(place.address) }
    }

    /// One measure's cells, by field, from the row it starts on.
    public struct BodyRow: Sendable {
        public var row: Int
        public var cells: [Field: SourcedText]

        /// A body row: the measure's first row and its cells by field.
        public init(row: Int, cells: [Field: SourcedText]) {
            self.row = row
            self.cells = cells
        }
    }
}

/// A normalized table: its place plus its measures.
public struct MeasureTable: Sendable {
    public var located: LocatedTable
    public var measures: [Measure]
    public var kind: TableKind { located.kind }

    /// A table's place and its measures (one per body row, in order).
    public init(located: LocatedTable, measures: [Measure]) {
        self.located = located
        self.measures = measures
    }
}

/// A plan measure paired with its result by their text (not their numbers).
public struct MeasureMatch: Hashable, Sendable {
    /// Indexes into the plan and results tables' measures.
    public var plan: Int
    public var result: Int
    /// How alike the two titles are, 0…1 (`TextSimilarity.similarity`).
    public var score: Double

    /// A pairing: indexes into the plan's and the results' measures, and how alike their titles are.
    public init(plan: Int, result: Int, score: Double) {
        self.plan = plan
        self.result = result
        self.score = score
    }
}

/// Everything the toolkit understood of one file.
public struct ITADocument: Sendable {
    public var workbook: Workbook
    /// The ITA year the document was written for (its item codes and wording: O25/O26 → 2569), when it says.
    public var itaYear: Int? = nil
    public var tables: [MeasureTable]
    public var fiscalYear: Int?
    /// Where `fiscalYear` came from.
    public var fiscalYearSource: FiscalYearSource?
    public var agency: String?
    public var district: String?
    public var province: String?
    /// The prose before and between the tables (title block, analysis), for document-level checks.
    public var prose: [SourcedText]
    public var matches: [MeasureMatch]
    /// The cell the fiscal year was read from (title block), when it was read from one.
    public var fiscalYearPlace: SourceRef? = nil
    /// A fiscal year written in the title block that cannot be right (BE added twice, outside the template's range).
    public var implausibleFiscalYear: (year: Int, place: SourceRef)? = nil
    /// The date the report was signed or announced (see `Normalizer.reportDate`), and where it is written.
    public var reportDate: ThaiDate? = nil
    public var reportDatePlace: SourceRef? = nil

    public var plan: MeasureTable? { tables.first { $0.kind == .plan } }
    public var results: MeasureTable? { tables.first { $0.kind == .results } }

    /// A document with its workbook, tables and what was told of it; the rest (ITA year, the
    /// fiscal year's place, the report date) is set afterwards. `Pipeline` makes one from a file.
    public init(workbook: Workbook, tables: [MeasureTable], fiscalYear: Int? = nil, fiscalYearSource: FiscalYearSource? = nil,
                agency: String? = nil, district: String? = nil, province: String? = nil, prose: [SourcedText] = [],
                matches: [MeasureMatch] = []) {
        self.workbook = workbook
        self.tables = tables
        self.fiscalYear = fiscalYear
        self.fiscalYearSource = fiscalYearSource
        self.agency = agency
        self.district = district
        self.province = province
        self.prose = prose
        self.matches = matches
    }
}
