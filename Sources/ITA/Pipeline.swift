import Sheets
import Synchronization

/// The stages wired in order: read → locate → normalize → validate; several files are then grouped
/// into submissions (`SubmissionGrouper`) and their plans and results checked against each other.
public struct Pipeline: Sendable {
    /// The template documents are checked against (and the locator is built from).
    public var template: Template {
        didSet { locator = TableLocator(template: template) }
    }
    /// A fiscal year given by the user (`--fiscal-year`), which wins over the documents'.
    public var fiscalYear: Int?
    /// Built once per template: its header index serves every file of a batch.
    private var locator: TableLocator
    /// How files are read: encoding and limits.
    public var readOptions: ReadOptions
    /// When the user named no ITA year or template: each document is checked against the template of
    /// the ITA year it was written for (`ITADocument.itaYear`), not the default year's.
    public var templateFollowsDocument: Bool

    /// A pipeline with the given template, fiscal year and read options; the defaults are `ita validate`'s without options.
    public init(template: Template = .forYear(nil), fiscalYear: Int? = nil, readOptions: ReadOptions = ReadOptions(),
                templateFollowsDocument: Bool = false) {
        self.template = template
        self.locator = TableLocator(template: template)
        self.fiscalYear = fiscalYear
        self.readOptions = readOptions
        self.templateFollowsDocument = templateFollowsDocument
    }

    /// The pipeline the user's years choose (`--ita-year`, `--fiscal-year`, or the web form's
    /// fields): the named ITA year's template, else the fiscal year's, else the default year's;
    /// without an ITA year, each document is checked against the template of the year it was
    /// written for. The command line and `ita serve` both build it so: the same years, the same checks.
    public init(itaYear: Int?, fiscalYear: Int?, readOptions: ReadOptions = ReadOptions()) {
        self.init(template: .forYear(itaYear ?? fiscalYear), fiscalYear: fiscalYear, readOptions: readOptions,
                  templateFollowsDocument: itaYear == nil)
    }

    /// The template a document is checked (and titled) with.
    public func template(for document: ITADocument) -> Template {
        guard templateFollowsDocument, let year = document.itaYear, year != template.itaYear,
              Template.knownYears.contains(year) else { return template }
        return .forYear(year)
    }

    /// What one input file gave: its document, or the reason it could not be read.
    public struct Outcome: Sendable {
        /// The file, as given.
        public var path: String
        /// What was read; nil when the file could not be read.
        public var document: ITADocument?
        /// The file's findings (after grouping, the cross-file ones too).
        public var findings: [Finding]
        /// Why the file could not be read, when it could not.
        public var readError: SheetsError?

        /// A file's outcome: its document and findings, or the reason it could not be read (and the finding that says so).
        public init(path: String, document: ITADocument?, findings: [Finding], readError: SheetsError? = nil) {
            self.path = path
            self.document = document
            self.findings = findings
            self.readError = readError
        }
    }

    /// Locates and normalizes a workbook already read; form rows (examples, dotted lines) are left out.
    public func document(from workbook: Workbook) -> ITADocument {
        let located = locator.locate(in: workbook)
        // Example rows and dotted lines of the form are never data.
        return FormText.withoutFormRows(Normalizer(fiscalYear: fiscalYear, plausibleFiscalYears: template.fiscalYear.plausibleRange)
            .normalize(workbook, located: located))
    }

    /// Reads, locates and normalizes one file (what `ita parse` shows); no validation.
    public func document(path: String) throws(SheetsError) -> ITADocument {
        document(from: try SpreadsheetSource(path: path, options: readOptions).readWorkbook())
    }

    /// Where a file's bytes come from: a path, or bytes already read (a member of a ZIP archive,
    /// named `archive.zip/inner/name.xlsx`), or the reason they could not be read.
    public enum Input: Sendable {
        /// A file at a path (`-` for standard input).
        case file(String)
        /// Bytes already read, named by `path`.
        case bytes(path: String, [UInt8])
        /// An input that could not be had, with the reason.
        case failed(path: String, SheetsError)

        /// The input's name in reports.
        public var path: String {
            switch self {
            case .file(let path), .bytes(let path, _), .failed(let path, _): path
            }
        }
    }

    /// Reads one input and runs the checks that need only that file (`Validator.documentFindings`),
    /// unless `checks` is false (`ita parse` shows the model, not findings).
    public func read(_ input: Input, checks: Bool = true) -> Outcome {
        do throws(SheetsError) {
            let workbook: Workbook = switch input {
            case .file(let path): try SpreadsheetSource(path: path, options: readOptions).readWorkbook()
            case .bytes(let path, let bytes): try SpreadsheetSource(bytes: bytes, path: path, options: readOptions).readWorkbook()
            case .failed(_, let error): throw error
            }
            let document = document(from: workbook)
            return Outcome(path: input.path, document: document, findings: checks ? Validator(template: template(for: document)).documentFindings(document) : [],
                           readError: nil)
        } catch {
            return Outcome(path: input.path, document: nil, findings: [Finding(readError: error)], readError: error)
        }
    }

    /// Every stage for a set of files: each read and checked (on `jobs` threads), then grouped into
    /// submissions whose plan and results are checked against each other across files.
    /// `progress` is called once per file read, from the worker that read it, one call at a time.
    /// `unnamedJoinOthers`: see `SubmissionGrouper.unnamedJoinOthers` (false for a reviewer's batch).
    public func run(_ inputs: [Input], expect: Expectation = .none, unnamedJoinOthers: Bool = true, jobs: Int = 1, checks: Bool = true,
                    progress: (@Sendable (FileProgress) -> Void)? = nil) -> [Submission] {
        let errors = Mutex(0)
        let outcomes = ParallelMap.map(inputs, jobs: jobs, { read($0, checks: checks) }, after: { done, outcome in
            let soFar = errors.withLock { count in
                count += outcome.findings.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
                return count
            }
            progress?(FileProgress(done: done, total: inputs.count, path: outcome.path, errors: soFar))
        })
        var grouper = SubmissionGrouper(validator: Validator(template: template), expect: expect, unnamedJoinOthers: unnamedJoinOthers)
        grouper.jobs = jobs
        return grouper.group(outcomes)
    }

    /// Every stage for one file on its own, validation included.
    public func run(path: String) -> Outcome {
        run([.file(path)]).first!.files[0].outcome
    }
}

/// How far a run has got: sent after each file.
public struct FileProgress: Sendable {
    /// Files finished so far.
    public var done: Int
    /// Files in the run.
    public var total: Int
    /// The file just finished.
    public var path: String
    /// Error findings in the files finished so far.
    public var errors: Int

    /// Progress after a file: how many are done of how many, the file, and the errors so far.
    public init(done: Int, total: Int, path: String, errors: Int) {
        self.done = done
        self.total = total
        self.path = path
        self.errors = errors
    }
}
