import Sheets
import ThaiText

/// Everything the toolkit understood of one file.
public struct ITADocument: Sendable {
    /// The workbook the document was read from.
    public var workbook: Workbook
    /// The ITA year the document was written for (its item codes and wording: O25/O26 → 2569), when it says.
    public var itaYear: Int? = nil
    /// The plan and results tables, in workbook order.
    public var tables: [MeasureTable]
    /// The fiscal year (B.E.) the document covers, when it could be told.
    public var fiscalYear: Int?
    /// Where `fiscalYear` came from.
    public var fiscalYearSource: FiscalYearSource?
    /// The agency's full name, from the title block.
    public var agency: String?
    /// The district (อำเภอ) the title block names.
    public var district: String?
    /// The province (จังหวัด) the title block names.
    public var province: String?
    /// The prose before and between the tables (title block, analysis), for document-level checks.
    public var prose: [SourcedText]
    /// The plan's measures paired with the results' when the file holds both.
    public var matches: [MeasureMatch]
    /// The cell the fiscal year was read from (title block), when it was read from one.
    public var fiscalYearPlace: SourceRef? = nil
    /// A fiscal year written in the title block that cannot be right (BE added twice, outside the template's range).
    public var implausibleFiscalYear: (year: Int, place: SourceRef)? = nil
    /// The date the report was signed or announced (see `Normalizer.reportDate`), and where it is written.
    public var reportDate: ThaiDate? = nil
    /// The cell the report date is written in.
    public var reportDatePlace: SourceRef? = nil

    /// The plan table, if the file has one.
    public var plan: MeasureTable? { tables.first { $0.kind == .plan } }
    /// The results table, if the file has one.
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
