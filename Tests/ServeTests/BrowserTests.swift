import Foundation
@testable import ITAServe
import Testing

/// The page in a real browser: `ita serve` (the real binary) on a free port, Debian's chromium
/// driven by Selenium uploads the sample's plan and results, reads the verdict and the findings,
/// downloads the workbook and opens it with openpyxl (Browser/browser_check.py). Screenshots
/// before and after go to out/screenshots/.
@Suite(.serialized) struct BrowserTests {
    @Test func clerkChecksTheSampleInABrowser() throws {
        let server = try RunningServer()
        defer { server.stop() }
        let out = packageRoot.appendingPathComponent("out/screenshots")
        let script = packageRoot.appendingPathComponent("Tests/ServeTests/Browser/browser_check.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, server.url,
                             packageRoot.appendingPathComponent("Samples/kudjok-2564-plan.csv").path,
                             packageRoot.appendingPathComponent("Samples/kudjok-2564-results.csv").path, out.path]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "browser_check.py failed: \(errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])

        #expect(report["title"] as? String == "ตรวจแผนและรายงานผล ITA")
        #expect((report["chosen"] as? String)?.contains("kudjok-2564-results.csv") == true)
        #expect((report["url"] as? String)?.contains("/result/") == true)
        #expect(report["verdict"] as? String == "pass")
        #expect(report["headline"] as? String == "ผ่าน: ไม่พบข้อผิดพลาด")
        let findings = try #require(report["findings"] as? [[String: String]])
        let codes = Set(findings.compactMap { $0["code"] })
        #expect(codes == ["missing-analysis", "result-outside-period"])
        let late = try #require(findings.first { $0["code"] == "result-outside-period" })
        #expect(late["cell"] == "'kudjok-2564-results'!E8")
        #expect(late["severity"] == "info")
        #expect(late["message"]?.contains("COVID-๑๙") == true)
        #expect(late["fix"]?.hasPrefix("วิธีแก้:") == true)
        #expect(report["measureRows"] as? Int == 16)
        // Plan and results paired across the two files by their text, though numbered differently.
        let pairs = try #require(report["pairs"] as? [[String]])
        #expect(pairs.count == 8)
        #expect(pairs.first == ["(1)", "(1)"])
        #expect(pairs.contains(["(2)", "(7)"]) && pairs.contains(["(4)", "(2)"]))
        // The PDF button is there exactly when the server found LibreOffice.
        #expect(report["pdfButton"] as? [String] == (ServerConfiguration().office == nil ? [] : ["ดาวน์โหลด PDF"]))
        let workbook = try #require(report["workbook"] as? [String: Any])
        #expect(workbook["file"] as? String == "ita-results.xlsx")
        let sheets = try #require(workbook["sheets"] as? [String])
        #expect(sheets.count >= 3)
        let cells = try #require(workbook["cells"] as? [String])
        #expect(cells.contains { $0.contains("2564") })
        // No script error, no blocked resource (CSP) in the browser's console.
        #expect((report["logs"] as? [String]) == [])
        for name in ["serve-before.png", "serve-after.png", "serve-after-phone.png"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path))
        }
    }
}

/// `ita serve --port 0` as a child process; the port it got is read from its start message.
final class RunningServer {
    let process = Process()
    let url: String

    init(arguments: [String] = []) throws {
        process.executableURL = itaBinary
        process.arguments = ["serve", "--port", "0", "--quiet"] + arguments
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = stderr.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression) {
                url = String(seen[range])
                return
            }
        }
        process.terminate()
        throw ServerDidNotStart(output: seen)
    }

    func stop() {
        process.interrupt()
        process.waitUntilExit()
    }

    struct ServerDidNotStart: Error { var output: String }
}
