import Foundation
import Testing
import Sheets
@testable import ITA

/// The sample report as an agency publishes it: the Word document printed to PDF by LibreOffice,
/// and the same tables as a web page printed by Chromium (Tests/Fixtures/pdf, made by
/// scripts/make-pdf-fixtures). Each must read as the text sample reads.
@Suite struct PDFReportTests {
    static let text = run(sample("kudjok-2564-report.txt"))
    /// The two printed PDFs, and the tables as a PDF viewer's copy gives them (columns aligned
    /// with spaces, a page footer, the header repeated on each page).
    static let producers = ["pdf/kudjok-2564-report.libreoffice.pdf", "pdf/kudjok-2564-report.chromium.pdf",
                            "pdf/kudjok-2564-report.aligned.txt"]
    /// Each PDF read once for all the tests.
    static let outcomes = Dictionary(uniqueKeysWithValues: producers.map { ($0, run(fixture($0))) })

    /// Whitespace is where a line wrapped in the PDF, not part of the title.
    static func normalized(_ text: String?) -> String { (text ?? "").filter { !$0.isWhitespace } }

    @Test(arguments: producers)
    func findsTheSameEightPlusEightMeasures(file: String) throws {
        let document = try #require(Self.outcomes[file]!.document)
        #expect(document.tables.map(\.kind) == [.plan, .results])
        #expect(document.plan?.measures.map(\.number) == Array(1...8))
        #expect(document.results?.measures.map(\.number) == Array(1...8))
        #expect(document.fiscalYear == 2564)
        #expect(document.agency == "องค์การบริหารส่วนตำบลกุดจอก")
    }

    @Test(arguments: producers)
    func everyTitleEqualsTheTextSamples(file: String) throws {
        let document = try #require(Self.outcomes[file]!.document)
        let expected = try #require(Self.text.document)
        for kind in [TableKind.plan, .results] {
            let got = try #require(document.tables.first { $0.kind == kind }).measures.map { Self.normalized($0.title) }
            let want = try #require(expected.tables.first { $0.kind == kind }).measures.map { Self.normalized($0.title) }
            #expect(got == want, "\(kind)")
        }
    }

    @Test(arguments: producers)
    func pairsAsTheTextSampleDoes(file: String) throws {
        func pairs(_ document: ITADocument) -> [String] {
            document.matches.map { "\(document.plan!.measures[$0.plan].number!)→\(document.results!.measures[$0.result].number!)" }
        }
        let document = try #require(Self.outcomes[file]!.document)
        #expect(pairs(document) == pairs(try #require(Self.text.document)))
        #expect(pairs(document) == ["1→1", "2→7", "3→8", "4→2", "5→4", "6→5", "7→3", "8→6"])
    }

    @Test(arguments: producers)
    func givesTheSingleExplainedFinding(file: String) throws {
        let findings = Self.outcomes[file]!.findings
        #expect(findings.map(\.code) == [.resultOutsidePeriod], "\(findings.map { "\($0.code) \($0.message.th)" })")
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.value == Self.text.findings.first?.value)
    }

    /// Character for character: every cell and paragraph of the text sample is in the PDF's text
    /// (whitespace aside), so no mark went to the wrong letter and none was lost.
    @Test(arguments: producers.prefix(2))
    func everyCellsTextIsThereCharacterForCharacter(file: String) throws {
        let workbook = try SpreadsheetReader.read(path: fixture(file))
        let read = Self.normalized(workbook.sheets[0].rows.flatMap(\.cells).map(\.value.plainText).joined())
        let sample = try String(contentsOfFile: sample("kudjok-2564-report.txt"), encoding: .utf8)
        let pieces = sample.split(whereSeparator: { $0 == "\t" || $0 == "\n" }).map { Self.normalized(String($0)) }.filter { !$0.isEmpty }
        let missing = pieces.filter { !read.contains($0) }
        #expect(missing.isEmpty, "\(missing.count) of \(pieces.count): \(missing.prefix(3))")
    }
}
