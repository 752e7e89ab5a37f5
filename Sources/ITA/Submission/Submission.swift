/// One agency's plan and results report for one fiscal year, from one file or several, in any mix
/// of formats: the unit a reviewer judges. Built by `SubmissionGrouper`.
public struct Submission: Sendable {
    public var agency: String?
    public var district: String?
    public var province: String?
    /// The plan's fiscal year (B.E.); the results report's when there is no plan.
    public var fiscalYear: Int?
    /// The files, in path order; their findings include the cross-file and completeness ones.
    public var files: [SubmissionFile]
    /// The files the plan and the results table were taken from (indexes into `files`; the same
    /// index when one file holds both).
    public var planFile: Int?
    public var resultsFile: Int?
    /// The plan's measures paired with the results' (`Normalizer.match`), across files or inside one.
    public var matches: [MeasureMatch]

    /// A submission with its files; `SubmissionGrouper` makes them from a batch's outcomes.
    public init(agency: String? = nil, district: String? = nil, province: String? = nil, fiscalYear: Int? = nil,
                files: [SubmissionFile], planFile: Int? = nil, resultsFile: Int? = nil, matches: [MeasureMatch] = []) {
        self.agency = agency
        self.district = district
        self.province = province
        self.fiscalYear = fiscalYear
        self.files = files
        self.planFile = planFile
        self.resultsFile = resultsFile
        self.matches = matches
    }

    public var findings: [Finding] { files.flatMap(\.outcome.findings) }
    public func count(_ severity: Severity) -> Int { findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }

    public var plan: MeasureTable? { planFile.flatMap { files[$0].document?.plan } }
    public var results: MeasureTable? { resultsFile.flatMap { files[$0].document?.results } }

    public var verdict: Verdict {
        if files.allSatisfy({ $0.document == nil }) { return .unreadable }
        let findings = findings
        if files.contains(where: { $0.document == nil })
            || findings.contains(where: { $0.severity == .error && FindingCode.completenessCodes.contains($0.code) }) {
            return .incomplete
        }
        return findings.contains { $0.severity == .error } ? .needsFix : .pass
    }

    /// Results reported per status (nil: the status could not be told).
    public var statusCounts: [MeasureStatus?: Int] {
        Dictionary((results?.measures ?? []).map { ($0.status, 1) }, uniquingKeysWith: +)
    }
}
