import Foundation
import ITA
import Sheets

/// What the client asked for besides the files: the choices of `ita validate` and `ita batch`.
struct CheckOptions: Sendable {
    var fiscalYear: Int?
    var itaYear: Int?
    var expect: Expectation = .none
    var language: Language = .th

    init(fiscalYear: Int? = nil, itaYear: Int? = nil, expect: Expectation = .none, language: Language = .th) {
        self.fiscalYear = fiscalYear
        self.itaYear = itaYear
        self.expect = expect
        self.language = language
    }

    /// From form fields `fiscalYear`, `itaYear`, `expect`, `lang`; a year outside B.E. 2540–2600
    /// is refused as the command line refuses it.
    init(fields: [String: String]) throws(ServeError) {
        func year(_ key: String) throws(ServeError) -> Int? {
            guard let text = fields[key]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let value = Int(text), (2540...2600).contains(value) else {
                throw .badRequest(th: "\(key) ต้องเป็นปี พ.ศ. เช่น 2564 (ได้รับ \(text.prefix(20)))",
                                  en: "\(key) takes a Buddhist-era year such as 2564 (got \(text.prefix(20))).")
            }
            return value
        }
        var expect = Expectation.none
        if let text = fields["expect"], !text.isEmpty {
            guard let value = Expectation(rawValue: text) else {
                throw .badRequest(th: "expect ต้องเป็น none, plan, results หรือ both", en: "expect takes none, plan, results or both.")
            }
            expect = value
        }
        self.init(fiscalYear: try year("fiscalYear"), itaYear: try year("itaYear"), expect: expect,
                  language: fields["lang"].flatMap(Language.init(rawValue:)) ?? .th)
    }

    /// As the command line builds it: without an ITA year, each document is checked (and its
    /// results workbook titled) with the template of the year it was written for.
    var pipeline: Pipeline {
        Pipeline(itaYear: itaYear, fiscalYear: fiscalYear)
    }
}

/// One check: the uploads grouped into submissions and validated, as `ita validate` (or, for a
/// ZIP of many agencies' files, `ita batch`) does it.
struct Check: Sendable {
    var submissions: [Submission]
    var report: ValidationReport
    /// Files inside a ZIP that are not documents (images, notes), by name.
    var skipped: [String]
    /// A ZIP was uploaded: a reviewer's batch, with a review workbook.
    var isBatch: Bool
    var options: CheckOptions
    /// The size of the uploads it was read from.
    var uploadBytes: Int
}

/// The library's stages for uploads: the front end adds nothing to what they decide.
enum Checker {
    /// `batch`: a reviewer's batch even without a ZIP (/api/batch): files naming no agency stay apart.
    static func check(_ uploads: [Upload], options: CheckOptions, batch: Bool = false) -> Check {
        let pipeline = options.pipeline
        let walk = inputs(uploads, limits: pipeline.readOptions.limits)
        let isBatch = batch || uploads.contains(where: isArchive)
        let submissions = pipeline.run(walk.inputs, expect: options.expect, unnamedJoinOthers: !isBatch)
        let report = ValidationReport(submissions: submissions, order: walk.inputs.map(\.path), templateYear: pipeline.template.itaYear)
        return Check(submissions: submissions, report: report, skipped: walk.skipped, isBatch: isBatch, options: options,
                     uploadBytes: uploads.reduce(0) { $0 + $1.bytes.count })
    }

    /// A `.zip` upload is an archive of submissions (as `ita batch` takes one); any other file is
    /// one document, whatever its bytes turn out to be.
    static func isArchive(_ upload: Upload) -> Bool { upload.name.lowercased().hasSuffix(".zip") }

    /// Each upload as a pipeline input, archives opened by `BatchInputs` (their members read under
    /// the reader limits). The archive is put in a private folder under a name of ours for that,
    /// and its members are named after the upload (`upload.zip/inner/name.xlsx`).
    static func inputs(_ uploads: [Upload], limits: ReadLimits) -> (inputs: [Pipeline.Input], skipped: [String]) {
        var walk: (inputs: [Pipeline.Input], skipped: [String]) = ([], [])
        for upload in uploads {
            guard isArchive(upload) else {
                walk.inputs.append(.bytes(path: upload.name, upload.bytes))
                continue
            }
            do throws(SheetsError) {
                let (opened, archive) = try PrivateScratch.withFolder { folder throws(SheetsError) -> (BatchInputs.Walk, String) in
                    let path = folder + "/upload.zip"
                    guard FileManager.default.createFile(atPath: path, contents: Data(upload.bytes), attributes: [.posixPermissions: 0o600]) else {
                        throw SheetsError(.writeFailed, "cannot hold the archive", path: upload.name)
                    }
                    return (BatchInputs.walk([path], limits: limits), path)
                }
                func renamed(_ path: String) -> String {
                    path.hasPrefix(archive) ? upload.name + path.dropFirst(archive.count) : upload.name
                }
                walk.skipped += opened.skipped.map(renamed)
                walk.inputs += opened.inputs.map { input in
                    switch input {
                    case .bytes(let path, let bytes):
                        return .bytes(path: renamed(path), bytes)
                    case .failed(let path, var error):
                        error.path = renamed(path)
                        return .failed(path: renamed(path), error)
                    case .file(let path):
                        // The archive's members are read into memory; a path input cannot come back.
                        return .failed(path: renamed(path), SheetsError(.unreadableFile, "not read", path: renamed(path)))
                    }
                }
            } catch {
                walk.inputs.append(.failed(path: upload.name, error))
            }
        }
        return walk
    }

    /// The results workbook of `ita export`, for the files given (one submission's, or all).
    static func resultsWorkbook(_ outcomes: [Pipeline.Outcome], options: CheckOptions) throws(SheetsError) -> [UInt8] {
        let workbook = resultsWorkbookModel(outcomes, options: options)
        return try PrivateScratch.produce { path throws(SheetsError) in try workbook.write(to: path) }
    }

    static func resultsWorkbookModel(_ outcomes: [Pipeline.Outcome], options: CheckOptions) -> ResultsWorkbook {
        let look = ExportLook(language: ExportLook.Language(rawValue: options.language.rawValue) ?? .th)
        return ResultsWorkbook(outcomes: outcomes, template: options.pipeline.exportTemplate(for: outcomes), created: created, look: look)
    }

    /// The results workbook as a PDF, as `ita export --pdf` makes it: the workbook written, then
    /// rendered by LibreOffice (`PDFRendering`), both in a private folder removed before answering.
    static func resultsPDF(_ outcomes: [Pipeline.Outcome], options: CheckOptions, office: String,
                           timeout: Duration) throws(ServeError) -> [UInt8] {
        let workbook = resultsWorkbookModel(outcomes, options: options)
        let rendered: Result<[UInt8], PDFRendering.Failure>
        do {
            rendered = try PrivateScratch.withFolder { folder throws(SheetsError) in
                let xlsx = folder + "/results.xlsx", pdf = folder + "/results.pdf"
                try workbook.write(to: xlsx)
                do throws(PDFRendering.Failure) {
                    try PDFRendering.render(workbook: xlsx, to: pdf, office: office, timeout: TimeInterval(timeout.components.seconds))
                } catch {
                    return .failure(error)
                }
                return .success(try PrivateScratch.readBack(pdf))
            }
        } catch {
            throw .output(error)
        }
        return try rendered.mapError(ServeError.pdfFailed).get()
    }

    /// The submitted files with each problem cell coloured and commented (`ita export --annotated`).
    static func annotatedCopy(_ outcomes: [Pipeline.Outcome]) throws(SheetsError) -> [UInt8] {
        // An upload's name is only a label: the copy is rebuilt from what was read, never by opening that name.
        let copy = AnnotatedCopy(outcomes: outcomes, created: created, editsSubmittedPackage: false)
        return try PrivateScratch.produce { path throws(SheetsError) in try copy.write(to: path) }
    }

    /// The review workbook of `ita batch`.
    static func reviewWorkbook(_ check: Check) throws(SheetsError) -> [UInt8] {
        let review = ReviewWorkbook(submissions: check.submissions, template: check.options.pipeline.template, created: created)
        return try PrivateScratch.produce { path throws(SheetsError) in try review.write(to: path) }
    }

    static var created: SpreadsheetDate? { ExportClock.fixedTime(environment: ProcessInfo.processInfo.environment) }
}
