import Sheets

/// The stages of DESIGN §2 wired in order: read → locate → normalize → validate.
public struct Pipeline: Sendable {
    public var template: Template {
        didSet { locator = TableLocator(template: template) }
    }
    public var fiscalYear: Int?
    /// Built once per template: its header index serves every file of a batch.
    private var locator: TableLocator
    public var readOptions: ReadOptions

    public init(template: Template = .forYear(nil), fiscalYear: Int? = nil, readOptions: ReadOptions = ReadOptions()) {
        self.template = template
        self.locator = TableLocator(template: template)
        self.fiscalYear = fiscalYear
        self.readOptions = readOptions
    }

    /// What one input file gave: its document, or the reason it could not be read.
    public struct Outcome: Sendable {
        public var path: String
        public var document: ITADocument?
        public var findings: [Finding]
        public var readError: SheetsError?
    }

    public func document(from workbook: Workbook) -> ITADocument {
        let located = locator.locate(in: workbook)
        return Normalizer(fiscalYear: fiscalYear, plausibleFiscalYears: template.fiscalYear.plausibleRange).normalize(workbook, located: located)
    }

    /// Reads, locates and normalizes one file (what `ita parse` shows); no validation.
    public func document(path: String) throws(SheetsError) -> ITADocument {
        document(from: try SpreadsheetReader.read(path: path, options: readOptions))
    }

    /// Every stage, validation included.
    public func run(path: String) -> Outcome {
        do {
            let document = try document(path: path)
            return Outcome(path: path, document: document, findings: Validator(template: template).validate(document), readError: nil)
        } catch {
            return Outcome(path: path, document: nil, findings: [Finding(readError: error)], readError: error)
        }
    }
}
