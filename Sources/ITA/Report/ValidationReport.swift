import Sheets

/// The findings of several files, as the `validate` command reports them (DESIGN §3.3).
public struct ValidationReport: Sendable {
    public var outcomes: [Pipeline.Outcome]

    public init(outcomes: [Pipeline.Outcome]) {
        self.outcomes = outcomes
    }

    public var findings: [Finding] { outcomes.flatMap(\.findings) }
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
    public var isValid: Bool { count(.error) == 0 }

    /// 0 no errors (warnings allowed), 1 errors found, 2 an input could not be used.
    public var exitCode: Int32 {
        if outcomes.contains(where: { $0.document == nil }) { return 2 }
        return isValid ? 0 : 1
    }

    public func json(pretty: Bool = true) -> String {
        let report: JSONValue = .object([
            ("valid", .bool(isValid)),
            ("summary", .object([("files", .int(outcomes.count)), ("errors", .int(count(.error))),
                                 ("warnings", .int(count(.warning))), ("info", .int(count(.info)))])),
            ("files", .array(outcomes.map(Self.fileJSON))),
        ])
        return report.serialized(pretty: pretty)
    }

    static func fileJSON(_ outcome: Pipeline.Outcome) -> JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(outcome.path))]
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
