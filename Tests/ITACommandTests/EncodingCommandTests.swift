import Foundation
import Testing

/// Text files in every encoding the offices send, through the real `ita` binary: the exit code,
/// and a message that names the encoding the file was read as (legacy-encoding), in Thai and
/// in English; `--encoding` chooses it; a NUL byte stays in its cell.
@Suite struct EncodingCommandTests {
    static func fixture(_ path: String) -> String { packageRoot.appendingPathComponent("Tests/Fixtures/\(path)").path }

    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var thai: String
        var english: String
        var testDescription: String { file }
    }

    /// The sample plan validates as it does in UTF-8 (exit 0); the Western and Greek files hold
    /// no ITA table (exit 1), and are not read as Thai.
    static let cases: [Case] = [
        Case(file: "encodings/kudjok-2564-plan-cp874.csv", status: 0, thai: "Windows-874 (ภาษาไทยแบบเก่า)", english: "Windows-874 (legacy Thai)"),
        Case(file: "csv/western-cp1252.csv", status: 1, thai: "Windows-1252 (ภาษาตะวันตก)", english: "Windows-1252 (Western European)"),
        Case(file: "csv/western-latin1.csv", status: 1, thai: "Windows-1252 (ภาษาตะวันตก)", english: "Windows-1252 (Western European)"),
        Case(file: "encodings/greek-cp1253.csv", status: 1, thai: "Windows-1252 (ภาษาตะวันตก)", english: "Windows-1252 (Western European)"),
    ]

    @Test(arguments: cases)
    func validateNamesTheEncoding(_ c: Case) throws {
        let thai = try ita("validate", Self.fixture(c.file))
        #expect(thai.status == c.status, "\(thai.stdout)\(thai.stderr)")
        #expect(thai.stdout.contains("[legacy-encoding]"))
        #expect(thai.stdout.contains("จึงอ่านด้วยรหัสอักขระ \(c.thai)"), "\(thai.stdout)")
        let english = try ita("validate", "--lang", "en", Self.fixture(c.file))
        #expect(english.stdout.contains("it was read as \(c.english)."), "\(english.stdout)")
    }

    @Test func samplePlanInWindows874ParsesLikeTheUTF8One() throws {
        let legacy = try jsonObject(try ita("validate", Self.fixture("encodings/kudjok-2564-plan-cp874.csv"), "--format", "json").stdout)
        let utf8 = try jsonObject(try ita("validate", sample("kudjok-2564-plan.csv"), "--format", "json").stdout)
        func measures(_ report: [String: Any]) -> [Int?] {
            ((report["files"] as? [[String: Any]])?.first?["tables"] as? [[String: Any]] ?? []).map { $0["measures"] as? Int }
        }
        #expect(measures(legacy) == [8])
        #expect(measures(legacy) == measures(utf8))
        let file = try #require((legacy["files"] as? [[String: Any]])?.first)
        #expect(file["encoding"] as? String == "cp874")
    }

    /// `--encoding` wins over the guess; each choice gives the file's own letters back.
    @Test(arguments: [
        ("csv/western-cp1252.csv", "cp1252", "naïve – “quoted” €5"), ("csv/western-latin1.csv", "latin1", "Søren Ærø"),
        ("csv/western-cp1252.csv", "auto", "æøå ÆØÅ"), ("csv/plan-cp874.csv", "cp874", "รายงานผลต่อผู้บริหาร…"),
    ])
    func convertReadsTheChosenEncoding(file: String, encoding: String, text: String) throws {
        let run = try ita("convert", Self.fixture(file), "--encoding", encoding, "--to", "json", "-o", "-")
        #expect(run.status == 0, "\(run.stderr)")
        let cells = try #require(((try jsonObject(run.stdout))["sheets"] as? [[String: Any]])?.first?["cells"] as? [[String: Any]])
        #expect(cells.contains { $0["value"] as? String == text }, "\(run.stdout)")
    }

    @Test func anUnknownEncodingIsRefused() throws {
        let run = try ita("convert", Self.fixture("csv/western-cp1252.csv"), "--encoding", "ebcdic", "-o", "-")
        #expect(run.status != 0)
        #expect(run.stderr.contains("cp1252") && run.stderr.contains("latin1"), "\(run.stderr)")
    }

    @Test func aNULByteStaysInItsCell() throws {
        let run = try ita("convert", Self.fixture("csv/nul.csv"), "--to", "json", "-o", "-")
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""value":"ก\u0000ข""#), "\(run.stdout)")
    }
}
