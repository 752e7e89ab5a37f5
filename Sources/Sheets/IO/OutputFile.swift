#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An output file (`-o`, `--annotated`, `--summary`, a workbook `XLSXWriter` writes), written
/// whole or not at all: the bytes go to a temporary file beside the path (`Staging`), which is
/// renamed onto it when complete and removed otherwise, so a failure never leaves half a file.
/// Text goes through `writeText(_:)`; `XLSXWriter` holds a `Staging` for libxlsxwriter, which
/// writes its file itself. The command line adds the problems it says before writing and never
/// lets an output be one of its inputs (`isSameFile(as:)`).
package struct OutputFile {
    /// The path as given; `-` is standard output.
    package let path: String

    /// The output at `path` (`-`: standard output).
    package init(path: String) {
        self.path = path
    }

    package var isStandardOutput: Bool { path == "-" }

    /// True when the file exists (`template` replaces one only with `--force`).
    package var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// True when the output and `input` are one file (same device and inode, or the same path):
    /// an input is never overwritten.
    package func isSameFile(as input: String) -> Bool {
        var a = stat(), b = stat()
        if stat(input, &a) == 0, stat(path, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
        return URL(fileURLWithPath: input).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// True when the path exists and is a device, pipe or folder rather than a regular file.
    package var isSpecialFile: Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG
    }

    /// A temporary file beside an output, moved onto it when finished. Beside it, so that the
    /// rename stays on one file system and replaces the output in one step.
    package struct Staging: Sendable {
        /// The output the file becomes.
        package let path: String
        /// Where the file is written until then: `.NAME.tmp-UUID` in the output's folder.
        package let temporaryPath: String

        fileprivate init(path: String) {
            self.path = path
            let url = URL(fileURLWithPath: path)
            temporaryPath = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)").path
        }

        /// Renames the finished temporary file onto the output. On failure the temporary file is
        /// removed and the system's reason (`strerror`) returned, for the caller's message; nil
        /// when the output is in place.
        package func moveIntoPlace() -> String? {
            guard rename(temporaryPath, path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                return reason
            }
            return nil
        }

        /// Removes the temporary file (nothing when there is none): the output stays as it was.
        package func discard() { unlink(temporaryPath) }
    }

    /// A new temporary file name beside the output (nothing is created).
    package func staging() -> Staging { Staging(path: path) }

    /// Runs `body` with a buffered output to standard output, or to a temporary file beside the
    /// path that is renamed onto it when `body` succeeds (and removed when it fails). A path
    /// that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written to
    /// directly: renaming onto it would replace the device itself.
    package func writeText(_ body: (BufferedOutput) throws(SheetsError) -> Void) throws(SheetsError) {
        if isStandardOutput {
            try writeAll(to: BufferedOutput(fileDescriptor: STDOUT_FILENO, path: "standard output", capacity: 1 << 18, background: true), body)
            return
        }
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG {
            guard (st.st_mode & S_IFMT) != S_IFDIR else {
                throw SheetsError(.writeFailed, "-o names a folder, not a file", path: path)
            }
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw SheetsError(.writeFailed, "cannot open the output (\(String(cString: strerror(errno))))", path: path)
            }
            defer { close(fd) }
            try writeAll(to: BufferedOutput(fileDescriptor: fd, path: path, capacity: 1 << 18, background: true), body)
            return
        }
        let staging = staging()
        let fd = open(staging.temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw SheetsError(.writeFailed, "cannot create the output (\(String(cString: strerror(errno))))", path: path)
        }
        var written = false
        defer {
            close(fd)
            if !written { staging.discard() }
        }
        try writeAll(to: BufferedOutput(fileDescriptor: fd, path: path, capacity: 1 << 18, background: true), body)
        written = true
        if let reason = staging.moveIntoPlace() {
            throw SheetsError(.writeFailed, "cannot rename the finished output into place (\(reason))", path: path)
        }
    }

    /// Runs `body` and flushes what it left buffered, so that a body that forgets its last flush
    /// cannot rename a cut file into place.
    private func writeAll(to out: BufferedOutput, _ body: (BufferedOutput) throws(SheetsError) -> Void) throws(SheetsError) {
        try body(out)
        try out.flush()
    }
}
