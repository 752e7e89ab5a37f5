import Testing
import Sheets
import ThaiText
@testable import ITA

/// The real report of อบต.กุดจอก, FY 2564 (Samples/kudjok-2564-report.txt): the document the project exists for.
@Suite struct SeedTests {
    let outcome = run(sample("kudjok-2564-report.txt"))

    @Test func findsOnePlanAndOneResultsTableOfEightMeasures() throws {
        let document = try #require(outcome.document)
        #expect(document.tables.map(\.kind) == [.plan, .results])
        let plan = try #require(document.plan), results = try #require(document.results)
        #expect(plan.measures.count == 8)
        #expect(results.measures.count == 8)
        #expect(plan.located.headerRows == [23, 31])
        #expect(results.located.headerRows == [39, 43, 48])
        #expect(plan.located.range.a1 == "A23:E33")
        #expect(results.located.range.a1 == "A39:F51")
        #expect(plan.measures.map(\.number) == Array(1...8))
        #expect(results.measures.map(\.number) == Array(1...8))
    }

    @Test func pairsPlanAndResultsByTextNotNumber() throws {
        let document = try #require(outcome.document)
        let plan = try #require(document.plan), results = try #require(document.results)
        let pairs = document.matches.map { (plan.measures[$0.plan].number!, results.measures[$0.result].number!) }
        #expect(pairs.map { "\($0.0)→\($0.1)" } == ["1→1", "2→7", "3→8", "4→2", "5→4", "6→5", "7→3", "8→6"])
    }

    @Test func everyPeriodIsJanuaryToMarch2021InFiscalYear2564() throws {
        let document = try #require(outcome.document)
        #expect(document.fiscalYear == 2564)
        for measure in document.tables.flatMap(\.measures) {
            let period = try #require(measure.period, "row \(measure.row)")
            #expect(period.start == YearMonth(year: 2021, month: 1))
            #expect(period.end == YearMonth(year: 2021, month: 3))
            #expect(period.fiscalYear == 2564)
        }
    }

    @Test func lastPlanMeasureListsItsFiveUnits() throws {
        let last = try #require(outcome.document?.plan?.measures.last)
        #expect(last.responsible.map(\.canonical) == ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม"])
        let lastResult = try #require(outcome.document?.results?.measures.first { $0.number == 6 })
        #expect(lastResult.responsible.last?.written == "กองสวัสดิการฯ")
        #expect(lastResult.responsible.last?.canonical == "กองสวัสดิการสังคม")
    }

    @Test func monitoringWrittenOnceIsCarriedDownOverItsBlankRows() throws {
        let plan = try #require(outcome.document?.plan)
        let first = try #require(plan.measures.first?.monitoring)
        #expect(first.hasPrefix("รายงานผลการดำเนินการใน"))
        for measure in plan.measures[1..<6] {
            #expect(measure.monitoring == first)
            #expect(measure.cells[.monitoring]?.carriedFrom == SourceRef(sheet: "kudjok-2564-report", address: CellAddress(a1: "E24")!))
        }
        #expect(plan.measures[6].monitoring == "รายงานผลการดำเนินการในการประชุมประจำเดือน")
        #expect(plan.measures[7].monitoring == "เมษายน ๒๕๖๔")
    }

    @Test func validatesWithOneExplainedResultOutsideItsPeriod() throws {
        #expect(outcome.findings.filter { $0.severity != .info }.isEmpty, "\(outcome.findings.map(\.code))")
        let outside = outcome.findings.filter { $0.code == .resultOutsidePeriod }
        #expect(outside.count == 1)
        let finding = try #require(outside.first)
        #expect(finding.severity == .info)
        #expect(finding.place?.description == "'kudjok-2564-report'!E50")
        #expect(finding.value == "1 เมษายน 2564")
        #expect(finding.message.th.contains("COVID-๑๙"))
        #expect(outcome.findings.count == 1)
    }

    @Test func readsAgencyAndOutcomeDates() throws {
        let document = try #require(outcome.document)
        #expect(document.agency == "องค์การบริหารส่วนตำบลกุดจอก")
        #expect(document.district == "บัวใหญ่")
        #expect(document.province == "นครราชสีมา")
        let results = try #require(document.results)
        #expect(results.measures[0].outcomeDates.map(\.iso) == ["2021-03-15"])
        // Result (๖) names an assessment round "(๑ ตุลาคม พ.ศ. ๒๕๖๓ - ๓๑ มีนาคม ๒๕๖๔)": a range, not an action date.
        #expect(results.measures[5].outcomeDates.isEmpty)
        #expect(results.measures[6].outcomeDates.map(\.iso) == ["2021-04-01"])
        #expect(results.measures.allSatisfy { $0.status == .done })
    }

    @Test(arguments: [("kudjok-2564-plan.csv", TableKind.plan), ("kudjok-2564-results.csv", .results)])
    func theSampleCSVTablesReadAlone(file: String, kind: TableKind) throws {
        let outcome = run(sample(file))
        let document = try #require(outcome.document)
        #expect(document.tables.map(\.kind) == [kind])
        #expect(document.tables.first?.measures.count == 8)
        // No title block: the fiscal year comes from the periods.
        #expect(document.fiscalYear == 2564)
    }
}
