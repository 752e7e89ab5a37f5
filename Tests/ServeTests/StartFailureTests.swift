import Foundation
@testable import ITAServe
import Testing

/// `ita serve` that cannot start says why in the clerk's words and exits 2: the real binary, a
/// port really taken by another `ita serve`, an address this machine really lacks, a limit that
/// would refuse every file.
@Suite(.serialized) struct StartFailureTests {
    @Test func portInUseNamesThePortAndAnotherOne() throws {
        let first = try RunningServer()
        defer { first.stop() }
        let port = try #require(URLComponents(string: first.url)?.port)
        let second = try runITA(["serve", "--port", String(port), "--quiet"], in: packageRoot)
        #expect(second.status == 2)
        #expect(second.stderr.contains("ita serve: พอร์ต \(port) มีโปรแกรมอื่นใช้อยู่แล้ว"), "\(second.stderr)")
        #expect(second.stderr.contains("--port 808"))
        #expect(!second.stderr.contains("errno"))
    }

    /// 192.0.2.1 is a documentation address (RFC 5737) no machine has; `.invalid` never resolves (RFC 2606).
    @Test(arguments: [("192.0.2.1", "เครื่องนี้ไม่มีที่อยู่ 192.0.2.1", "this machine has no address 192.0.2.1"),
                      ("nosuchhost.invalid", "ไม่รู้จักชื่อเครื่อง nosuchhost.invalid", "the host name nosuchhost.invalid is not known")])
    func unusableHostSaysWhichHostToUse(_ host: String, _ thai: String, _ english: String) throws {
        for (language, words) in [("th", thai), ("en", english)] {
            let run = try runITA(["serve", "--host", host, "--port", "0", "--quiet", "--lang", language], in: packageRoot)
            #expect(run.status == 2)
            #expect(run.stderr.contains("ita serve: \(words)"), "\(run.stderr)")
            #expect(run.stderr.contains("--host 127.0.0.1"))
        }
    }

    /// A bare number is bytes; `--max-upload 30` is refused with the likely meaning, not started.
    @Test(arguments: [("30", "--max-upload ต้องไม่น้อยกว่า 100KB (ได้รับ 30 คือ 30 ไบต์ หมายถึง 30MB หรือไม่)"),
                      ("50KB", "--max-upload ต้องไม่น้อยกว่า 100KB (ได้รับ 50KB)")])
    func uploadLimitTooSmallIsRefused(_ limit: String, _ words: String) throws {
        let run = try runITA(["serve", "--max-upload", limit, "--port", "0"], in: packageRoot)
        #expect(run.status == 2)
        #expect(run.stderr.contains(words), "\(run.stderr)")
    }
}
