import Sheets

/// The findings of several files, as `validate` and `batch` report them (docs/report.schema.json).
public struct ValidationReport: Sendable {
    /// The files in the order they were given.
    public var outcomes: [Pipeline.Outcome]
    /// The same files grouped into submissions (agency and fiscal year), when they were grouped.
    public var submissions: [Submission]
    /// The ITA year of the template the files were checked against.
    public var templateYear: Int?

    /// The files in the given order, not grouped into submissions.
    public init(outcomes: [Pipeline.Outcome], templateYear: Int? = nil) {
        self.outcomes = outcomes
        self.submissions = []
        self.templateYear = templateYear
    }

    /// The submissions' files, listed in `order` (the order the files were given).
    public init(submissions: [Submission], order: [String], templateYear: Int? = nil) {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        self.outcomes = submissions.flatMap { $0.files.map(\.outcome) }.enumerated()
            .sorted { (rank[$0.element.path] ?? Int.max, $0.offset) < (rank[$1.element.path] ?? Int.max, $1.offset) }.map(\.element)
        self.submissions = submissions
        self.templateYear = templateYear
    }

    /// Every finding of every file, in file order.
    public var findings: [Finding] { outcomes.flatMap(\.findings) }
    /// The number of findings of one severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
    /// True when no finding is an error (warnings and information allowed).
    public var isValid: Bool { count(.error) == 0 }

    /// 0 no errors (warnings allowed), 1 errors found, 2 an input could not be used.
    public var exitCode: Int32 {
        if outcomes.contains(where: { $0.document == nil }) { return 2 }
        return isValid ? 0 : 1
    }

    /// The JSON of `ita validate --format json`: the contract header, whether the files are valid,
    /// the counts, every file with its findings, and the submissions they form. Indented with two
    /// spaces unless `pretty` is false.
    public func json(pretty: Bool = true) -> String {
        let report: JSONValue = .object(contractHeader + [
            ("valid", .bool(isValid)),
            ("summary", .object([("files", .int(outcomes.count)), ("errors", .int(count(.error))),
                                 ("warnings", .int(count(.warning))), ("info", .int(count(.info)))])),
            ("files", .array(outcomes.map(Self.fileJSON))),
            ("submissions", .array(submissions.map { Self.submissionJSON($0, findings: false) })),
        ])
        return report.serialized(pretty: pretty)
    }

    /// The summary a reviewer's script reads (`ita batch --format json`): one entry per submission
    /// with its files, verdict, counts and findings.
    public func batchJSON(pretty: Bool = true) -> String {
        let report: JSONValue = .object(contractHeader + [
            ("valid", .bool(isValid)),
            ("summary", .object([("submissions", .int(submissions.count)), ("files", .int(outcomes.count)),
                                 ("errors", .int(count(.error))), ("warnings", .int(count(.warning))), ("info", .int(count(.info)))])),
            ("submissions", .array(submissions.map { Self.submissionJSON($0, findings: true) })),
        ])
        return report.serialized(pretty: pretty)
    }

    /// What every report starts with (docs/report.schema.json): the layout's version, the tool's,
    /// and the ITA year of the template applied.
    var contractHeader: [(String, JSONValue)] {
        [("schemaVersion", .string(ReportContract.schemaVersion)),
         ("version", .string(ReportContract.toolVersion)),
         ("template", .optional(templateYear))]
    }

    /// One submission: where its files went and why, its verdict and counts; its findings (each
    /// naming its file) when asked.
    static func submissionJSON(_ submission: Submission, findings: Bool) -> JSONValue {
        let status = submission.statusCounts
        var members: [(String, JSONValue)] = [
            ("agency", .optional(submission.agency)),
            ("district", .optional(submission.district)),
            ("province", .optional(submission.province)),
            ("fiscalYear", .optional(submission.fiscalYear)),
            ("files", .array(submission.files.enumerated().map { i, file in
                var role: [(String, JSONValue)] = [("path", .string(file.path)), ("holds", .string(file.holds.rawValue))]
                if i == submission.planFile { role.append(("plan", .bool(true))) }
                if i == submission.resultsFile { role.append(("results", .bool(true))) }
                role.append(("placement", .object([("th", .string(file.placement.th)), ("en", .string(file.placement.en))])))
                return .object(role)
            })),
            ("verdict", .string(submission.verdict.rawValue)),
            ("valid", .bool(submission.verdict == .pass)),
            ("counts", .object([
                ("errors", .int(submission.count(.error))), ("warnings", .int(submission.count(.warning))), ("info", .int(submission.count(.info))),
                ("measuresPlanned", .int(submission.plan?.measures.count ?? 0)),
                ("resultsReported", .int(submission.results?.measures.count ?? 0)),
                ("done", .int(status[.done] ?? 0)), ("inProgress", .int(status[.inProgress] ?? 0)),
                ("notStarted", .int(status[.notStarted] ?? 0)), ("notYetDue", .int(status[.notYetDue] ?? 0)),
            ])),
        ]
        if findings {
            members.append(("findings", .array(submission.files.flatMap { file in
                file.outcome.findings.map { finding in
                    guard case .object(let fields) = findingJSON(finding) else { return findingJSON(finding) }
                    return .object([("file", .string(file.path))] + fields)
                }
            })))
        }
        return .object(members)
    }

    static func fileJSON(_ outcome: Pipeline.Outcome) -> JSONValue {
        let count = { (severity: Severity) in outcome.findings.filter { $0.severity == severity }.count }
        var members: [(String, JSONValue)] = [
            ("path", .string(outcome.path)),
            ("valid", .bool(outcome.document != nil && count(.error) == 0)),
            ("counts", .object([("errors", .int(count(.error))), ("warnings", .int(count(.warning))), ("info", .int(count(.info)))])),
        ]
        if let workbook = outcome.document?.workbook {
            members.append(("format", .string(workbook.format.rawValue)))
            members.append(("encoding", .optional(workbook.encoding?.rawValue)))
        }
        if let document = outcome.document {
            members.append(("fiscalYear", .optional(document.fiscalYear)))
            members.append(("agency", .optional(document.agency)))
        }
        members.append(("tables", .array((outcome.document?.tables ?? []).map(tableJSON))))
        members.append(("findings", .array(outcome.findings.map(findingJSON))))
        return .object(members)
    }

    static func tableJSON(_ table: MeasureTable) -> JSONValue {
        let located = table.located
        var members: [(String, JSONValue)] = [
            ("kind", .string(located.kind.rawValue)),
            ("sheet", .string(located.sheet)),
            ("range", .string(located.range.a1)),
            ("headerRows", .array(located.headerRows.map(JSONValue.int))),
            ("columns", .object(located.columns.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .string(CellAddress.columnName($0.value))) })),
            ("measures", .int(table.measures.count)),
        ]
        if !located.continuedOn.isEmpty {
            members.append(("continuedOn", .array(located.continuedOn.map { .object([("sheet", .string($0.sheet)), ("range", .string($0.range.a1))]) })))
        }
        return .object(members)
    }

    static func findingJSON(_ finding: Finding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("code", .string(finding.code.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
        ]
        if let sheet = finding.sheet { members.append(("sheet", .string(sheet))) }
        if let place = finding.place {
            members.append(("cell", .string(place.address.a1)))
            members.append(("row", .int(place.address.row)))
            members.append(("column", .string(place.address.columnName)))
            if let page = place.page {
                members.append(("page", .int(page.page)))
                members.append(("pageRow", .int(page.row)))
            }
        }
        if let field = finding.field { members.append(("field", .string(field.rawValue))) }
        if let value = finding.value { members.append(("value", .string(value))) }
        if let expected = finding.expected { members.append(("expected", .string(expected))) }
        members.append(("message", .object([("th", .string(finding.message.th)), ("en", .string(finding.message.en))])))
        members.append(("fix", .object([("th", .string(finding.fix.th)), ("en", .string(finding.fix.en))])))
        if !finding.related.isEmpty {
            members.append(("related", .array(finding.related.map { .object([("sheet", .string($0.sheet)), ("cell", .string($0.address.a1))]) })))
        }
        return .object(members)
    }
}
