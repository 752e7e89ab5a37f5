import Testing
import Sheets
import ThaiText
@testable import ITA

/// The sample report saved as a real Word document (Tests/Fixtures/docx/kudjok-2564-report.docx,
/// scripts/make-docx-fixtures): two Word tables, the plan's monitoring cell one vertical merge,
/// the results header a Word header row. It must give what the text sample gives (SeedTests).
@Suite struct DOCXSeedTests {
    let word = run(fixture("docx/kudjok-2564-report.docx"))
    let text = run(sample("kudjok-2564-report.txt"))

    @Test func findsTheSameEightPlusEightMeasures() throws {
        let document = try #require(word.document, "\(word.findings.map(\.message.en))")
        #expect(document.workbook.format == .docx)
        #expect(document.tables.map(\.kind) == [.plan, .results])
        let plan = try #require(document.plan), results = try #require(document.results)
        #expect(plan.measures.map(\.number) == Array(1...8))
        #expect(results.measures.map(\.number) == Array(1...8))
        let textDocument = try #require(text.document)
        #expect(plan.measures.map(\.title) == textDocument.plan?.measures.map(\.title))
        #expect(results.measures.map(\.title) == textDocument.results?.measures.map(\.title))
        #expect(results.measures.map(\.period) == textDocument.results?.measures.map(\.period))
    }

    @Test func pairsTheSameEightMeasures() throws {
        func pairs(_ outcome: Pipeline.Outcome) throws -> [String] {
            let document = try #require(outcome.document)
            let plan = try #require(document.plan), results = try #require(document.results)
            return document.matches.map { "\(plan.measures[$0.plan].number!)→\(results.measures[$0.result].number!)" }
        }
        #expect(try pairs(word) == ["1→1", "2→7", "3→8", "4→2", "5→4", "6→5", "7→3", "8→6"])
        #expect(try pairs(word) == pairs(text))
    }

    @Test func theMonitoringMergeIsFollowedNotGuessed() throws {
        let plan = try #require(word.document?.plan), textPlan = try #require(text.document?.plan)
        #expect(plan.measures.map(\.monitoring) == textPlan.measures.map(\.monitoring))
        // From the Word merge E24:E29 here, from the text's blank cells below E24 there.
        let origin = SourceRef(sheet: "kudjok-2564-report", address: CellAddress(a1: "E24")!)
        #expect(plan.measures[1..<6].allSatisfy { $0.cells[.monitoring]?.carriedFrom == origin })
    }

    @Test func validatesToTheSameSingleFinding() throws {
        #expect(word.findings.count == 1, "\(word.findings.map(\.code))")
        let finding = try #require(word.findings.first)
        let expected = try #require(text.findings.first)
        #expect(finding.code == .resultOutsidePeriod && finding.code == expected.code)
        #expect(finding.severity == .info && finding.severity == expected.severity)
        #expect(finding.value == expected.value)
        #expect(finding.message == expected.message)
        // The same cell of the same measure: column E of result (๗), one row per table row in Word.
        let seventh = try #require(word.document?.results?.measures.first { $0.number == 7 })
        #expect(finding.place == SourceRef(sheet: "kudjok-2564-report", address: CellAddress(row: seventh.row, column: 5)))
    }

    /// The same document opened and saved by LibreOffice Writer, which writes its own table markup.
    @Test func libreOfficeResavedGivesTheSame() throws {
        let resaved = run(fixture("docx/kudjok-2564-report.libreoffice.docx"))
        let document = try #require(resaved.document), wordDocument = try #require(word.document)
        #expect(document.tables.map(\.measures.count) == [8, 8])
        #expect(document.tables.map(\.located.range) == wordDocument.tables.map(\.located.range))
        #expect(document.matches == wordDocument.matches)
        #expect(resaved.findings.map(\.code) == [.resultOutsidePeriod])
        #expect(resaved.findings.first?.place?.address == word.findings.first?.place?.address)
    }

    @Test func readsTheTitleBlockAsTheTextDoes() throws {
        let document = try #require(word.document)
        #expect(document.agency == "องค์การบริหารส่วนตำบลกุดจอก")
        #expect(document.district == "บัวใหญ่")
        #expect(document.province == "นครราชสีมา")
        #expect(document.fiscalYear == 2564)
    }
}

/// The sample with each table split by hand at the text's page breaks, the header typed again
/// in each part (Tests/Fixtures/docx/kudjok-2564-report-split.docx): line for line the text, so
/// the tables, their repeated headers and the finding have the text sample's very addresses.
@Suite struct DOCXSplitTablesTests {
    let word = run(fixture("docx/kudjok-2564-report-split.docx"))
    let text = run(sample("kudjok-2564-report.txt"))

    @Test func repeatedHeadersAreFoundAsInTheText() throws {
        let document = try #require(word.document), textDocument = try #require(text.document)
        #expect(document.tables.map(\.located.headerRows) == textDocument.tables.map(\.located.headerRows))
        #expect(document.tables.map(\.located.range) == textDocument.tables.map(\.located.range))
        #expect(document.tables.map(\.measures.count) == [8, 8])
    }

    @Test func theSameFindingAtTheSameCell() throws {
        #expect(word.findings.map(\.code) == [.resultOutsidePeriod])
        #expect(word.findings.first?.place?.address == text.findings.first?.place?.address)
        #expect(word.findings.first?.place?.address.a1 == "E50")
    }
}
