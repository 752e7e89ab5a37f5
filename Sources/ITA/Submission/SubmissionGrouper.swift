import Sheets

/// Puts files into submissions (one agency, one fiscal year), pairs each submission's plan with its
/// results report across files, and adds the cross-file and completeness findings.
///
/// The agency and the year come from the documents (title block, agency line, the periods in the
/// tables); a folder or file name that reads like an agency's name is the fallback. Each file
/// records why it went where.
public struct SubmissionGrouper: Sendable {
    public var validator: Validator
    public var expect: Expectation
    /// Files that name no agency join the one agency the other files name (or each other): true
    /// for the files of one command line (`validate`, `export`), false for a reviewer's batch,
    /// where such a file is checked on its own rather than guessed into someone's submission.
    public var unnamedJoinOthers: Bool
    /// Threads that assemble submissions (pairing measures is most of the work).
    public var jobs = 1

    public init(validator: Validator, expect: Expectation = .none, unnamedJoinOthers: Bool = true) {
        self.validator = validator
        self.expect = expect
        self.unnamedJoinOthers = unnamedJoinOthers
    }

    /// The files of one submission before it is assembled.
    struct Group: Sendable {
        var entries: [Entry]
        var mismatch: Bool
    }

    /// What grouping needs to know of one file.
    struct Entry: Sendable {
        var outcome: Pipeline.Outcome
        var holds: SubmissionFile.Holds
        var agencyKey: String?
        var agencyName: String?
        /// The folder or file name the agency was taken from, when the document named none.
        var agencyFromName: String?
        /// The plan's fiscal year this file belongs to (a results report's year moved by the template's offsets).
        var year: Int?
        var placement: LocalizedText
    }

    /// `outcomes` carry the per-file findings (`Validator.documentFindings`); the submissions come
    /// back sorted by province, district, agency and year, their files by path.
    public func group(_ outcomes: [Pipeline.Outcome]) -> [Submission] {
        var entries = outcomes.map(entry)
        let named = Set(entries.compactMap(\.agencyKey))
        if unnamedJoinOthers, named.count <= 1 {
            let shared = named.first ?? ""
            // Joined only where it completes the submission: two unrelated plans stay apart.
            var holding = Set(entries.filter { $0.agencyKey != nil }.flatMap(\.holds.kinds))
            for i in entries.indices where entries[i].agencyKey == nil && holding.isDisjoint(with: entries[i].holds.kinds) {
                holding.formUnion(entries[i].holds.kinds)
                entries[i].agencyKey = shared
                // The year part of the placement stays; the agency part is replaced.
                func year(_ text: String) -> String { text.contains("·") ? " " + text.drop { $0 != "·" } : "" }
                entries[i].placement = LocalizedText(
                    th: "ไม่พบชื่อหน่วยงาน ถือเป็นของหน่วยงานเดียวกับไฟล์อื่นที่ระบุมาพร้อมกัน" + year(entries[i].placement.th),
                    en: "no agency named: taken as the same agency as the other files given" + year(entries[i].placement.en))
            }
        }
        var byAgency: [String: [Entry]] = [:]
        var alone: [[Entry]] = []
        for entry in entries {
            if let key = entry.agencyKey { byAgency[key, default: []].append(entry) } else { alone.append([entry]) }
        }
        var groups: [(entries: [Entry], mismatch: Bool)] = alone.map { ($0, false) }
        for (_, agencyEntries) in byAgency.sorted(by: { $0.key < $1.key }) {
            groups += yearGroups(agencyEntries)
        }
        // Files named on one command line are one agency's by default; a batch needs every name.
        let groupingNeedsAgency = !unnamedJoinOthers
        let built = ParallelMap.map(groups.map { Group(entries: $0.entries, mismatch: $0.mismatch) }, jobs: jobs) { group in
            submission(group.entries, mismatch: group.mismatch, groupingNeedsAgency: groupingNeedsAgency)
        }
        return built.sorted { a, b in
            let x = [a.province ?? "\u{10FFFF}", a.district ?? "\u{10FFFF}", a.agency ?? "\u{10FFFF}"]
            let y = [b.province ?? "\u{10FFFF}", b.district ?? "\u{10FFFF}", b.agency ?? "\u{10FFFF}"]
            if x != y { return x.lexicographicallyPrecedes(y) }
            if a.fiscalYear != b.fiscalYear { return (a.fiscalYear ?? Int.max) < (b.fiscalYear ?? Int.max) }
            return (a.files.first?.path ?? "") < (b.files.first?.path ?? "")
        }
    }

    func entry(_ outcome: Pipeline.Outcome) -> Entry {
        let document = outcome.document
        let holds: SubmissionFile.Holds
        if let document, !document.tables.isEmpty {
            if FormText.isUnfilled(document) { holds = .blankForm }
            else if document.plan != nil && document.results != nil { holds = .planAndResults }
            else { holds = document.plan != nil ? .plan : .results }
        } else {
            holds = .nothing
        }
        var year = document?.fiscalYear
        if holds == .results, let fy = year {
            let fyRule = validator.template.fiscalYear
            year = fy + fyRule.planOffset - fyRule.resultsOffset
        }
        var placement: [String] = [], placementEn: [String] = []
        var entry = Entry(outcome: outcome, holds: holds, year: year, placement: LocalizedText(th: "", en: ""))
        if let name = document?.agency {
            entry.agencyName = name
            entry.agencyKey = AgencyName.key(name)
            placement.append("ชื่อหน่วยงาน «\(name)» ในหัวเอกสาร")
            placementEn.append("agency \"\(name)\" from the title block")
        } else if let name = Self.agencyFromPath(outcome.path) {
            entry.agencyName = AgencyName.expanded(name)
            entry.agencyFromName = name
            entry.agencyKey = AgencyName.key(name)
            placement.append("ไม่พบชื่อหน่วยงานในเอกสาร ใช้ชื่อ «\(name)» จากชื่อไฟล์หรือโฟลเดอร์")
            placementEn.append("no agency in the document; \"\(name)\" from the file or folder name")
        } else {
            placement.append("ไม่พบชื่อหน่วยงาน ทั้งในเอกสารและในชื่อไฟล์ จึงตรวจเป็นไฟล์เดี่ยว")
            placementEn.append("no agency in the document or its name: checked on its own")
        }
        if let fy = document?.fiscalYear {
            let source: (String, String) = switch document?.fiscalYearSource {
            case .option?: ("ตัวเลือก --fiscal-year", "--fiscal-year")
            case .periods?: ("ระยะเวลาในตาราง", "the periods in the table")
            case .title?, nil: ("หัวเอกสาร", "the title block")
            }
            placement.append("ปีงบประมาณ \(fy) จาก\(source.0)")
            placementEn.append("fiscal year \(fy) from \(source.1)")
        }
        entry.placement = LocalizedText(th: placement.joined(separator: " · "), en: placementEn.joined(separator: " · "))
        return entry
    }

    /// The nearest of the file's name and its folders' names that reads like an agency's name
    /// (`AgencyName.looksLikeAgency`): `อบต.กุดจอก/แผน.xlsx`, `อบต.กุดจอก-ผล.csv`.
    static func agencyFromPath(_ path: String) -> String? {
        var parts = path.split(separator: "/").map(String.init)
        guard let file = parts.popLast() else { return nil }
        let stem = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        let kindWords = ["แผนมาตรการ", "รายงานผล", "ผลการดำเนินการ", "แผน", "ผล", "plan", "results", "result", "report", "o42", "o43", "o25", "o26"]
        var name = stem
        for separator in ["_", "-", " "] {
            let words = name.split(separator: Character(separator)).map(String.init)
            let kept = words.filter { word in !kindWords.contains(word.lowercased()) && !word.allSatisfy(\.isNumber) }
            if kept.count < words.count { name = kept.joined(separator: separator) }
        }
        for candidate in [name] + parts.reversed() where AgencyName.looksLikeAgency(candidate) {
            return candidate
        }
        return nil
    }

    /// An agency's files by fiscal year. A file whose year is unknown joins the agency's only year;
    /// a lone plan and a lone results report of different years are still paired (and reported).
    func yearGroups(_ entries: [Entry]) -> [(entries: [Entry], mismatch: Bool)] {
        var byYear: [Int: [Entry]] = [:]
        var unknown: [Entry] = []
        for entry in entries {
            if let year = entry.year { byYear[year, default: []].append(entry) } else { unknown.append(entry) }
        }
        if byYear.count == 1, let year = byYear.keys.first {
            byYear[year]! += unknown.map { entry in
                var entry = entry
                entry.placement.th += " · ไม่ทราบปีงบประมาณ จึงรวมกับเอกสารอื่นของหน่วยงานเดียวกัน"
                entry.placement.en += " · fiscal year unknown: joined the agency's other documents"
                return entry
            }
            unknown = []
        }
        var groups = byYear.sorted { $0.key < $1.key }.map { (entries: $0.value, mismatch: false) }
        if !unknown.isEmpty { groups.append((unknown, false)) }
        func only(_ holds: SubmissionFile.Holds, _ group: [Entry]) -> Bool { group.count == 1 && group[0].holds == holds }
        if groups.count == 2, only(.plan, groups[0].entries) && only(.results, groups[1].entries) || only(.results, groups[0].entries) && only(.plan, groups[1].entries) {
            let merged = (groups[0].entries + groups[1].entries).map { entry in
                var entry = entry
                entry.placement.th += " · ปีงบประมาณต่างกัน แต่เป็นแผนและรายงานผลชุดเดียวของหน่วยงาน จึงจับคู่กัน"
                entry.placement.en += " · different fiscal years, but the agency's only plan and results: paired"
                return entry
            }
            return [(merged, true)]
        }
        return groups
    }

    func submission(_ unsorted: [Entry], mismatch: Bool, groupingNeedsAgency: Bool) -> Submission {
        let entries = unsorted.sorted { $0.outcome.path < $1.outcome.path }
        let both = entries.firstIndex { $0.holds == .planAndResults }
        let planFile = both ?? entries.firstIndex { $0.holds == .plan }
        let resultsFile = both ?? entries.firstIndex { $0.holds == .results }
        var findings = entries.map(\.outcome.findings)
        func fileName(_ i: Int) -> String { entries[i].outcome.path.split(separator: "/").last.map(String.init) ?? entries[i].outcome.path }

        // Plan ↔ results checks: across the two files when they are two; each other file on its own.
        var matches: [MeasureMatch] = []
        var paired = false
        if let p = planFile, let r = resultsFile, p != r, let planDocument = entries[p].outcome.document,
           let resultsDocument = entries[r].outcome.document, let plan = planDocument.plan, let results = resultsDocument.results {
            matches = Normalizer.match(plan: plan.measures, results: results.measures)
            let cross = validator.crossFindings(plan: planDocument, results: resultsDocument, matches: matches)
            // A place names a cell of its own file: the plan's cells are left out of a results finding's related places.
            let planCells = Set(plan.measures.flatMap { $0.cells.values.map(\.source) })
            findings[p] += cross.plan
            findings[r] += cross.results.map { finding in
                var finding = finding
                finding.related.removeAll(where: planCells.contains)
                return finding
            }
            paired = true
        }
        for (i, entry) in entries.enumerated() {
            if paired && (i == planFile || i == resultsFile) { continue }
            guard let document = entry.outcome.document else { continue }
            let cross = validator.crossFindings(plan: document.plan == nil ? nil : document, results: document.results == nil ? nil : document,
                                                matches: document.matches)
            findings[i] += cross.plan + cross.results
            if i == planFile, i == resultsFile { matches = document.matches }
        }

        // Completeness.
        for (i, entry) in entries.enumerated() {
            if entry.holds == .blankForm, let kind = entry.outcome.document?.tables.first?.kind {
                // Of an empty form only what is wrong with the file itself and the missing analysis are worth saying.
                findings[i] = findings[i].filter { [.legacyEncoding, .invalidTextEncoding, .missingAnalysis].contains($0.code) }
                    + [Finding(.blankForm, detail: kind.label)]
            }
            // Said where grouping needed the name (several files, a batch); a file checked alone needs none.
            if groupingNeedsAgency || entry.agencyFromName != nil, let document = entry.outcome.document, !document.tables.isEmpty, entry.holds != .blankForm, document.agency == nil {
                let detail = entry.agencyFromName.map { LocalizedText(th: " จึงจัดกลุ่มตามชื่อ «\($0)»", en: "; grouped by the name \"\($0)\"") }
                    ?? (unnamedJoinOthers ? LocalizedText(th: "", en: "")
                        : LocalizedText(th: " จึงจับคู่กับไฟล์อื่นไม่ได้", en: "; it cannot be paired with other files"))
                findings[i].append(Finding(.agencyUndetermined, detail: detail))
            }
            let holdsPlan = entry.holds == .plan || entry.holds == .planAndResults
            let holdsResults = entry.holds == .results || entry.holds == .planAndResults
            if holdsPlan, let p = planFile, p != i {
                findings[i].append(Finding(.duplicateDocument, expected: fileName(p), detail: TableKind.plan.label))
            }
            if holdsResults, let r = resultsFile, r != i {
                findings[i].append(Finding(.duplicateDocument, expected: fileName(r), detail: TableKind.results.label))
            }
        }
        // What is missing is said only of a submission that has a document at all (not of a broken file alone).
        let withTables = entries.indices.filter { [.plan, .results, .planAndResults].contains(entries[$0].holds) }
        if let first = withTables.first {
            let agencyName = entries.compactMap(\.agencyName).first
            let whose = agencyName.map { LocalizedText(th: " ของ\($0)", en: " for \($0)") } ?? LocalizedText(th: "", en: "")
            if expect.wantsPlan, planFile == nil { findings[resultsFile ?? first].append(Finding(.planMissing, detail: whose)) }
            if expect.wantsResults, resultsFile == nil { findings[planFile ?? first].append(Finding(.resultsMissing, detail: whose)) }
        }
        if mismatch, let p = planFile, let r = resultsFile, let planYear = entries[p].outcome.document?.fiscalYear,
           let resultsYear = entries[r].outcome.document?.fiscalYear {
            let related = [entries[p].outcome.document?.fiscalYearPlace].compactMap { $0 }
            findings[r].append(Finding(.fiscalYearMismatch, at: entries[r].outcome.document?.fiscalYearPlace,
                                       value: String(planYear), expected: String(resultsYear), related: related))
        }

        var files: [SubmissionFile] = []
        for (i, entry) in entries.enumerated() {
            var outcome = entry.outcome
            outcome.findings = outcome.document.map { Validator.ordered(findings[i], in: $0.workbook) } ?? findings[i]
            files.append(SubmissionFile(outcome: outcome, holds: entry.holds, placement: entry.placement))
        }
        let documents = entries.compactMap(\.outcome.document)
        let year = planFile.flatMap { entries[$0].outcome.document?.fiscalYear } ?? entries.compactMap(\.year).first
        return Submission(agency: (documents.compactMap(\.agency).first ?? entries.compactMap(\.agencyName).first).map(AgencyName.expanded),
                          district: documents.compactMap(\.district).first, province: documents.compactMap(\.province).first,
                          fiscalYear: year, files: files, planFile: planFile, resultsFile: resultsFile, matches: matches)
    }
}
