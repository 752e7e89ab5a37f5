import Foundation
import Testing
import Sheets
@testable import ITA

/// A reader's refusal becomes a finding whose Thai words come from the error's typed reason, not
/// from its English message.
@Suite struct ReadErrorFindingTests {
    @Test(arguments: [
        (SheetsError.Reason.notFound, FindingCode.unreadableFile, "ไม่พบไฟล์นี้"),
        (.permissionDenied, .unreadableFile, "ไม่มีสิทธิ์เปิดไฟล์นี้"),
        (.isDirectory, .unreadableFile, "นี่คือโฟลเดอร์"),
        (.empty, .unreadableFile, "ไฟล์ว่างเปล่า"),
    ])
    func openingReasons(_ reason: SheetsError.Reason, _ code: FindingCode, _ thai: String) {
        // The English message is deliberately unlike the one the reader writes: only the reason counts.
        let finding = Finding(readError: SheetsError(.unreadableFile, "something else entirely", path: "x.xlsx", reason: reason))
        #expect(finding.code == code)
        #expect(finding.message.th.contains(thai), "\(finding.message.th)")
    }

    /// A refused or damaged structure: the reason picks the words, whatever the message says.
    @Test(arguments: [
        (SheetsError.Code.malformed, SheetsError.Reason?.some(.hostileStructure), "อาจเป็นอันตราย"),
        (.limitExceeded, .hostileStructure, "อาจเป็นอันตราย"),
        (.limitExceeded, .outsideGrid, "นอกขอบเขตที่ Excel รองรับ"),
        (.malformed, nil, "ไฟล์เสียหายหรือบันทึกไม่ครบ"),
        (.limitExceeded, nil, "ใหญ่เกินกว่าที่โปรแกรมเปิดได้"),
    ])
    func structureReasons(_ code: SheetsError.Code, _ reason: SheetsError.Reason?, _ thai: String) {
        let finding = Finding(readError: SheetsError(code, "zip bomb past column XFD (DTD)", path: "x.xlsx", reason: reason))
        #expect(finding.message.th.contains(thai), "\(finding.message.th)")
    }

    @Test(arguments: FileKind.allCases.filter { !$0.isReadable })
    func wrongFormatNamesTheKindInThaiAndEnglish(_ kind: FileKind) {
        let finding = Finding(readError: SheetsError.wrongFormat(kind, path: "x.xlsx"))
        #expect(finding.code == (kind == .encryptedOffice ? .encryptedWorkbook : .unsupportedFormat))
        #expect(finding.message.th.contains("นี่คือ" + kind.thaiName))
        #expect(finding.message.th.contains(kind.thaiAdvice))
        #expect(finding.message.en.contains(kind.englishName))
        #expect(finding.value == kind.rawValue)
    }

    @Test func aMissingFileThroughThePipeline() {
        let outcome = Pipeline().run(path: "/nonexistent-\(UUID().uuidString).docx")
        #expect(outcome.readError?.reason == .notFound)
        #expect(outcome.findings.map(\.code) == [.unreadableFile])
        #expect(outcome.findings.first?.message.th.contains("ไม่พบไฟล์นี้") == true)
    }
}
