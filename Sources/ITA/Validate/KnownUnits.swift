import ThaiText

/// Which responsible units a check may call unknown. Every agency has units of its own, so a name
/// shaped like a unit or a position (กอง…, งาน…, ผู้อำนวยการ…) is accepted, and a results table is
/// read against the units its own plan names: `unknown-unit` (info) is left for text that names no one.
/// A results unit that contradicts its plan measure's is the warning (`contradictions`).
struct KnownUnits {
    /// Cleanup keys of every unit the plan names, as written and as canonical.
    var learned: Set<String> = []

    init(plan: MeasureTable? = nil) {
        guard let plan else { return }
        for measure in plan.measures {
            for unit in measure.responsible {
                learned.insert(ThaiCleanup.key(unit.written))
                if let c = unit.canonical { learned.insert(ThaiCleanup.key(c)) }
            }
        }
    }

    /// What an `unknown-unit` finding says of a name no list and no plan knows.
    static let unknownDetail = LocalizedText(th: " ไม่ใช่ชื่อหน่วยงานหรือตำแหน่งที่รู้จัก", en: " is not a known unit or position")

    func contains(_ unit: ResponsibleUnit) -> Bool {
        unit.canonical != nil || learned.contains(ThaiCleanup.key(unit.written)) || UnitForm.of(unit.written) != nil
    }

    /// The divisions a measure names (a section, a position or everyone is not compared: a section
    /// belongs to some division the document does not say, and the head answers for all of them).
    static func divisions(_ units: [ResponsibleUnit]) -> (names: Set<String>, comparable: Bool) {
        var names: Set<String> = []
        for unit in units {
            switch UnitForm.of(unit.written, canonical: unit.canonical) {
            case .division?: names.insert(ThaiCleanup.key(unit.canonical ?? Self.mainPart(unit.written)))
            case .everyone?: return ([], false)
            default: continue
            }
        }
        return (names, !names.isEmpty)
    }

    /// "กองคลัง (งานพัสดุ)" → "กองคลัง".
    static func mainPart(_ written: String) -> String {
        guard let open = written.firstIndex(of: "("), open > written.startIndex else { return written }
        return String(written[..<open])
    }

    /// A result whose divisions share none with its plan measure's: the plan says กองคลัง, the report กองช่าง.
    static func contradictions(plan: MeasureTable, results: MeasureTable, matches: [MeasureMatch]) -> [Finding] {
        var findings: [Finding] = []
        for match in matches {
            let planned = plan.measures[match.plan], reported = results.measures[match.result]
            let p = divisions(planned.responsible), r = divisions(reported.responsible)
            guard p.comparable, r.comparable, p.names.isDisjoint(with: r.names),
                  let cell = reported.cells[.responsible] else { continue }
            let plannedText = planned.cells[.responsible].map { Finding.quoteShort(Normalizer.oneLine($0.text)) } ?? ""
            let detail = LocalizedText(th: " ไม่ตรงกับผู้รับผิดชอบในแผน \(plannedText)", en: " is not the one the plan names (\(plannedText))")
            findings.append(Finding(.unknownUnit, at: cell.source, field: .responsible, value: Normalizer.oneLine(cell.text),
                                    expected: planned.cells[.responsible].map { Normalizer.oneLine($0.text) }, detail: detail,
                                    severity: .warning, related: planned.source(.responsible).map { [$0] } ?? []))
        }
        return findings
    }
}
