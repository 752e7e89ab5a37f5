import Foundation
import Testing
import Sheets
@testable import ITA

/// The precision corpus (Tests/Fixtures/precision, written by scripts/make-precision-corpus): plans and
/// results reports of ten kinds of agency, ITA 2563–2569, in every container, half of them correct.
/// Each document's findings are compared with the ones its generator decided where it wrote each
/// mistake (`code@Sheet!Cell`): a reviewer must be able to trust what is reported.
@Suite struct PrecisionTests {
    struct Document: Decodable, Sendable, CustomTestStringConvertible {
        var file: String
        var kind: String
        var container: String
        var itaYear: Int
        var fiscalYear: Int
        var correct: Bool
        var agency: String
        var district: String?
        var province: String?
        /// The layouts the generator used ("plan layout issue-column", "results layout ticks", "handwritten").
        var layouts: [String]
        var expected: [String]
        var testDescription: String { file }
    }

    static let corpus: [Document] = {
        guard let data = FileManager.default.contents(atPath: fixture("precision/manifest.json")),
              let documents = try? JSONDecoder().decode([Document].self, from: data) else { return [] }
        return documents
    }()

    /// As `ita validate` runs without --ita-year: each document against its own ITA year's template.
    static func outcome(_ document: Document) -> Pipeline.Outcome {
        Pipeline(templateFollowsDocument: true).run(path: fixture("precision/\(document.file)"))
    }

    static func label(_ f: Finding) -> String {
        f.place.map { "\(f.code)@\($0.sheet)!\($0.address.a1)" } ?? f.code.rawValue
    }

    @Test func theCorpusIsWhatItClaims() {
        let corpus = Self.corpus
        #expect(corpus.count >= 40)
        #expect(Set(corpus.map(\.kind)).count >= 8)
        #expect(Set(corpus.map(\.itaYear)).isSuperset(of: 2563...2569))
        #expect(Set(corpus.map(\.container)) == ["csv-utf8", "csv-utf8-bom", "csv-874", "txt-word", "xlsx-openpyxl", "xlsx-xlsxwriter", "xlsx-libreoffice"])
        #expect(corpus.filter(\.correct).count * 2 >= corpus.count)
    }

    /// Precision: findings that were expected ÷ findings reported; recall: expected findings reported ÷ expected.
    @Test func precisionAndRecallAreAtLeast95Percent() {
        var right = 0, reported = 0, expected = 0
        var wrong: [String] = [], missed: [String] = []
        for document in Self.corpus {
            let got = Self.outcome(document).findings.map(Self.label)
            var unmatched = got
            for e in document.expected {
                if let i = unmatched.firstIndex(of: e) {
                    unmatched.remove(at: i)
                    right += 1
                } else {
                    missed.append("\(document.file): \(e)")
                }
            }
            wrong += unmatched.map { "\(document.file): \($0)" }
            reported += got.count
            expected += document.expected.count
        }
        let precision = reported == 0 ? 1 : Double(right) / Double(reported)
        let recall = expected == 0 ? 1 : Double(right) / Double(expected)
        print(String(format: "precision corpus: %d documents, %d findings reported, %d expected, %d right; precision %.1f %%, recall %.1f %%",
                     Self.corpus.count, reported, expected, right, precision * 100, recall * 100))
        // Per code: right / reported / expected, so that a drop points at the check that caused it.
        var perCode: [String: (right: Int, reported: Int, expected: Int)] = [:]
        func code(_ label: String) -> String { String(label.split(separator: ":").last!.split(separator: "@")[0]).trimmingCharacters(in: .whitespaces) }
        for document in Self.corpus { for e in document.expected { perCode[code(e), default: (0, 0, 0)].expected += 1 } }
        for line in wrong { perCode[code(line), default: (0, 0, 0)].reported += 1 }
        for (c, n) in perCode { perCode[c]!.right = n.expected - missed.filter { code($0) == c }.count; perCode[c]!.reported += perCode[c]!.right }
        for (c, n) in perCode.sorted(by: { $0.key < $1.key }) { print("  \(c): \(n.right) right of \(n.reported) reported, \(n.expected) expected") }
        for line in wrong { print("  reported, not expected: \(line)") }
        for line in missed { print("  expected, not reported: \(line)") }
        #expect(precision >= 0.95, "\(wrong)")
        #expect(recall >= 0.95, "\(missed)")
    }

    @Test(arguments: corpus.filter(\.correct))
    func aCorrectDocumentHasNoError(_ document: Document) {
        let errors = Self.outcome(document).findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(Self.label))")
    }

    /// The document's identity, whatever the container: the agency's full name, district, province, years.
    @Test(arguments: corpus)
    func identity(_ document: Document) throws {
        let read = try #require(Self.outcome(document).document)
        #expect(read.agency == document.agency)
        #expect(read.district == document.district)
        #expect(read.province == document.province)
        #expect(read.fiscalYear == document.fiscalYear)
        #expect(read.itaYear == document.itaYear)
        #expect(Pipeline(templateFollowsDocument: true).template(for: read).itaYear == document.itaYear)
    }
}
