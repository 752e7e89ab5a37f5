import Foundation
import Sheets

/// The PDF agencies publish, rendered from the written workbook by LibreOffice headless (the
/// page setup is explicit, so its pages are the workbook's). A private profile in a temporary
/// directory per run: concurrent runs and a user's open LibreOffice never clash.
public enum PDFRendering {
    /// Why no PDF was written.
    public enum Failure: Error, Sendable {
        /// No LibreOffice: not on PATH and no --soffice.
        case notInstalled
        /// It ran but wrote no PDF (its exit status and what it printed), or took too long.
        case failed(String)
    }

    /// `soffice` given, or the first on PATH (`soffice`, `libreoffice`).
    public static func findOffice(given: String?, environment: [String: String]) -> String? {
        if let given { return FileManager.default.isExecutableFile(atPath: given) ? given : nil }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["soffice", "libreoffice"] {
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Renders `workbook` (an .xlsx) to `output` (a .pdf), within `timeout` seconds.
    public static func render(workbook: String, to output: String, office: String, timeout: TimeInterval = 180) throws(Failure) {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("ita-pdf-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: dir) }
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            let input = dir.appendingPathComponent("workbook.xlsx")
            try fm.copyItem(at: URL(fileURLWithPath: workbook), to: input)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: office)
            process.arguments = ["--headless", "--norestore", "-env:UserInstallation=file://\(dir.path)/profile",
                                 "--convert-to", "pdf", "--outdir", dir.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
                throw Failure.failed("LibreOffice took more than \(Int(timeout)) s")
            }
            let pdf = dir.appendingPathComponent("workbook.pdf")
            guard process.terminationStatus == 0, fm.fileExists(atPath: pdf.path) else {
                throw Failure.failed("LibreOffice exited with status \(process.terminationStatus) and wrote no PDF")
            }
            // Copied beside the output, then renamed onto it: the temporary folder may be on
            // another file system, where a move would write the output in place, a cut PDF on failure.
            let staging = OutputFile(path: output).staging()
            do { try fm.copyItem(at: pdf, to: URL(fileURLWithPath: staging.temporaryPath)) } catch {
                staging.discard()
                throw error
            }
            if let reason = staging.moveIntoPlace() { throw Failure.failed(reason) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.failed("\(error)")
        }
    }
}
