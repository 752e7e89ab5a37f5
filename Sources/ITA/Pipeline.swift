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
    /// When the user named no ITA year or template: each document is checked against the template of
    /// the ITA year it was written for (`ITADocument.itaYear`), not the default year's.
    public var templateFollowsDocument: Bool

    public init(template: Template = .forYear(nil), fiscalYear: Int? = nil, readOptions: ReadOptions = ReadOptions(),
                templateFollowsDocument: Bool = false) {
        self.template = template
        self.locator = TableLocator(template: template)
        self.fiscalYear = fiscalYear
        self.readOptions = readOptions
        self.templateFollowsDocument = templateFollowsDocument
    }

    /// The template a document is checked (and titled) with.
    public func template(for document: ITADocument) -> Template {
        guard templateFollowsDocument, let year = document.itaYear, year != template.itaYear,
              Template.knownYears.contains(year) else { return template }
        return .forYear(year)
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
            return Outcome(path: path, document: document, findings: Validator(template: template(for: document)).validate(document),
                           readError: nil)
        } catch {
            return Outcome(path: path, document: nil, findings: [Finding(readError: error)], readError: error)
        }
    }
}
