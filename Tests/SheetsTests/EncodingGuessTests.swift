import Foundation
import Testing
@testable import Sheets

/// Windows-874 against the Western code pages, on text as the producers write it: Python's
/// cp874 codec and LibreOffice's CSV export (Tests/Fixtures/csv, Tests/Fixtures/encodings).
@Suite struct EncodingGuessTests {
    static func guess(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { EncodingGuess.isThai($0) }
    }

    static let encodings = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/encodings")

    @Test(arguments: [("plan-cp874.csv", true), ("cp874-unassigned.csv", true), ("western-cp1252.csv", false), ("western-latin1.csv", false)])
    func fixtures(name: String, thai: Bool) throws {
        #expect(Self.guess(try CSVFixtures.bytes(name)) == thai)
    }

    @Test func greekIsNotThai() throws {
        let bytes = Array(try Data(contentsOf: Self.encodings.appendingPathComponent("greek-cp1253.csv")))
        #expect(!Self.guess(bytes))
    }

    /// Thai words in Windows-874 against Western words whose letters fall on the same bytes.
    @Test(arguments: [
        ("โครงการป้องกันการทุจริต", true), ("ที่ทำการองค์การบริหารส่วนตำบล", true), ("น้ำ ๑๒ ขวด ฿๕๐", true),
        ("ฤๅษี และ ๆ", true), ("ไตรมาส ๑/๒๕๖๔", true),
    ])
    func thaiWords(text: String, thai: Bool) throws {
        let bytes = Array(text.unicodeScalars).map { s -> UInt8 in
            s.value < 0x80 ? UInt8(s.value) : UInt8(s.value - 0x0E00 + 0xA0)
        }
        #expect(Self.guess(bytes) == thai)
    }

    @Test(arguments: ["Größe, Straße", "élève à côté", "Ærø, Malmö, Århus", "señor año", "ÉCOLE ÇA", "Ελληνικά κείμενα"])
    func westernAndGreekWords(text: String) throws {
        // ISO 8859-7 for the Greek line, Latin-1 for the others (what the producers write).
        let greek = text.unicodeScalars.contains { $0.value >= 0x370 && $0.value < 0x400 }
        let bytes = text.unicodeScalars.map { s -> UInt8 in
            if greek && s.value >= 0x370 { return UInt8(s.value - 0x2D0) }
            return UInt8(truncatingIfNeeded: s.value)
        }
        #expect(!Self.guess(bytes))
    }

    /// Bytes both code pages read alike (quotes, dashes, NBSP) say nothing: Thai stays the default.
    @Test func sharedPunctuationAloneStaysThai() {
        #expect(Self.guess([0x93, 0x61, 0x94, 0x20, 0x96, 0xA0]))
    }
}
