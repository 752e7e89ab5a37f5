import Sheets
import ThaiText

/// The normalized domain model as `ita parse` prints it.
public enum ParseReport {
    /// The JSON of `ita parse --format json`: per document its format, agency, fiscal and ITA years,
    /// tables, columns and measures; per submission with both a plan and results, the pairs of
    /// their measures. Indented with two spaces unless `pretty` is false.
    public static func json(_ documents: [ITADocument], submissions: [Submission] = [], pretty: Bool = true) -> String {
        let paired = submissions.filter { $0.planFile != nil && $0.resultsFile != nil }
        let value: JSONValue = .object([("files", .array(documents.map(documentJSON))),
                                        ("submissions", .array(paired.map(submissionJSON)))])
        return value.serialized(pretty: pretty)
    }

    /// A submission's plan and results, from one file or two, and the pairs of their measures.
    static func submissionJSON(_ submission: Submission) -> JSONValue {
        .object([
            ("agency", .optional(submission.agency)),
            ("fiscalYear", .optional(submission.fiscalYear)),
            ("plan", .optional(submission.planFile.map { submission.files[$0].path })),
            ("results", .optional(submission.resultsFile.map { submission.files[$0].path })),
            ("matches", matchesJSON(submission.matches, plan: submission.plan, results: submission.results)),
        ])
    }

    static func matchesJSON(_ matches: [MeasureMatch], plan: MeasureTable?, results: MeasureTable?) -> JSONValue {
        .array(matches.map { match in
            .object([("plan", .optional(plan?.measures[match.plan].number)),
                     ("result", .optional(results?.measures[match.result].number)),
                     ("score", .double((match.score * 100).rounded() / 100))])
        })
    }

    static func documentJSON(_ document: ITADocument) -> JSONValue {
        .object([
            ("path", .string(document.workbook.path)),
            ("format", .string(document.workbook.format.rawValue)),
            ("agency", .optional(document.agency)),
            ("district", .optional(document.district)),
            ("province", .optional(document.province)),
            ("fiscalYear", .optional(document.fiscalYear)),
            ("itaYear", .optional(document.itaYear)),
            ("reportDate", .optional(document.reportDate?.iso)),
            ("tables", .array(document.tables.map(tableJSON))),
            ("matches", matchesJSON(document.matches, plan: document.plan, results: document.results)),
        ])
    }

    static func tableJSON(_ table: MeasureTable) -> JSONValue {
        .object([
            ("kind", .string(table.kind.rawValue)),
            ("sheet", .string(table.located.sheet)),
            ("range", .string(table.located.range.a1)),
            ("headerRows", .array(table.located.headerRows.map(JSONValue.int))),
            ("continuedOn", .array(table.located.continuedOn.map { .object([("sheet", .string($0.sheet)), ("range", .string($0.range.a1))]) })),
            ("measures", .array(table.measures.map { measureJSON($0, kind: table.kind) })),
        ])
    }

    static func measureJSON(_ measure: Measure, kind: TableKind) -> JSONValue {
        func source(_ field: Field) -> JSONValue {
            measure.cells[field].map { cell in
                var members: [(String, JSONValue)] = [("sheet", .string(cell.source.sheet)), ("cell", .string(cell.source.address.a1))]
                if let from = cell.carriedFrom { members.append(("carriedFrom", .string(from.address.a1))) }
                return .object(members)
            } ?? .null
        }
        var members: [(String, JSONValue)] = [
            ("number", .optional(measure.number)),
            ("title", .string(measure.title)),
            ("source", source(.measure)),
            ("steps", .array(measure.steps.map(JSONValue.string))),
            ("responsible", .array(measure.responsible.map { .object([("name", .optional($0.canonical)), ("written", .string($0.written))]) })),
            ("period", measure.period.map(periodJSON) ?? measure.cells[.period].map { .object([("text", .string($0.text))]) } ?? .null),
            ("monitoring", .optional(measure.monitoring)),
        ]
        if kind == .results {
            members += [
                ("outcome", .optional(measure.outcome)),
                ("outcomeSource", source(.result)),
                ("outcomeDates", .array(measure.outcomeDates.map { .string($0.iso) })),
                ("problems", .optional(measure.problems)),
                ("recommendation", .optional(measure.recommendation)),
                ("status", .optional(measure.status?.rawValue)),
                ("statusSource", source(.status)),
            ]
        }
        return .object(members)
    }

    static func periodJSON(_ period: Period) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("text", .string(period.text)),
            ("start", .string(period.start.iso)),
            ("end", .string(period.end.iso)),
            ("fiscalYear", .int(period.fiscalYear)),
        ]
        if let d = period.startDate { members.append(("startDate", .string(d.iso))) }
        if let d = period.endDate { members.append(("endDate", .string(d.iso))) }
        return .object(members)
    }

    /// A readable summary: each table with its measures, then the pairs.
    public static func text(_ documents: [ITADocument], submissions: [Submission] = [], language: Language) -> String {
        var out = ""
        for document in documents {
            out += "\(document.workbook.path)"
            if let agency = document.agency { out += " — \(agency)" }
            if let fy = document.fiscalYear { out += language == .th ? " · ปีงบประมาณ \(fy)" : " · fiscal year \(fy)" }
            if let year = document.itaYear { out += " · ITA \(year)" }
            out += "\n"
            for table in document.tables {
                out += "  \(table.kind.label.text(language)) \(SourceRef.qualified(table.located.sheet, table.located.range.a1))\n"
                for m in table.measures {
                    let period = m.period.map { " [\($0.start.iso)…\($0.end.iso)]" } ?? ""
                    let units = m.responsible.map { $0.canonical ?? $0.written }.joined(separator: ", ")
                    out += "    (\(m.number.map(String.init) ?? "-")) \(m.title.prefix(70))\(period) — \(units)\n"
                }
            }
            if let plan = document.plan, let results = document.results, !document.matches.isEmpty {
                out += language == .th ? "  การจับคู่แผนกับผล:\n" : "  plan ↔ result:\n"
                for match in document.matches {
                    let p = plan.measures[match.plan].number.map(String.init) ?? "#\(match.plan + 1)"
                    let r = results.measures[match.result].number.map(String.init) ?? "#\(match.result + 1)"
                    out += "    \(p) ↔ \(r)  (\(Int((match.score * 100).rounded()))%)\n"
                }
            }
        }
        // Plans and results paired across two files.
        for submission in submissions {
            guard let p = submission.planFile, let r = submission.resultsFile, p != r, let plan = submission.plan,
                  let results = submission.results else { continue }
            out += language == .th ? "การจับคู่แผนกับผลข้ามไฟล์" : "plan ↔ result across files"
            out += " (\(submission.files[p].path) ↔ \(submission.files[r].path)):\n"
            for match in submission.matches {
                let pn = plan.measures[match.plan].number.map(String.init) ?? "#\(match.plan + 1)"
                let rn = results.measures[match.result].number.map(String.init) ?? "#\(match.result + 1)"
                out += "    \(pn) ↔ \(rn)  (\(Int((match.score * 100).rounded()))%)\n"
            }
        }
        return out
    }
}
