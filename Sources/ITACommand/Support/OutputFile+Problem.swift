import Foundation
import Sheets

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output a command writes (`-o`, `--annotated`, `--summary`): checked before any long
/// work, never one of the inputs, and written whole or not at all. Workbooks get that last
/// part from `XLSXWriter`, which renames its temporary file onto the path; text goes through
/// `writeText(_:)`.
struct OutputFile {
    /// The path as given; `-` is standard output.
    let path: String

    var isStandardOutput: Bool { path == "-" }

    /// What stops writing here, said before any long work (`OutputProblem.beforeWriting`); nil
    /// when writing can be tried.
    var problemBeforeWriting: String? { OutputProblem.beforeWriting(path) }

    /// True when the file exists (`template` replaces one only with `--force`).
    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// True when the output and `input` are one file (same device and inode, or the same path):
    /// an input is never overwritten.
    func isSameFile(as input: String) -> Bool {
        var a = stat(), b = stat()
        if stat(input, &a) == 0, stat(path, &b) == 0 { return a.st_dev == b.st_dev && a.st_ino == b.st_ino }
        return URL(fileURLWithPath: input).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// True when the path exists and is a device, pipe or folder rather than a regular file.
    var isSpecialFile: Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG
    }

    /// Runs `body` with a buffered output to standard output, or to a temporary file beside the
    /// path that is renamed onto it when `body` succeeds (and removed when it fails). A path
    /// that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written to
    /// directly: renaming onto it would replace the device itself.
    func writeText(_ body: (BufferedOutput) throws(SheetsError) -> Void) throws(SheetsError) {
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
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw SheetsError(.writeFailed, "cannot create the output (\(String(cString: strerror(errno))))", path: path)
        }
        var renamed = false
        defer {
            close(fd)
            if !renamed { unlink(temp) }
        }
        try writeAll(to: BufferedOutput(fileDescriptor: fd, path: path, capacity: 1 << 18, background: true), body)
        guard rename(temp, path) == 0 else {
            throw SheetsError(.writeFailed, "cannot rename the finished output into place (\(String(cString: strerror(errno))))", path: path)
        }
        renamed = true
    }

    /// Runs `body` and flushes what it left buffered, so that a body that forgets its last flush
    /// cannot rename a cut file into place.
    private func writeAll(to out: BufferedOutput, _ body: (BufferedOutput) throws(SheetsError) -> Void) throws(SheetsError) {
        try body(out)
        try out.flush()
    }
}
