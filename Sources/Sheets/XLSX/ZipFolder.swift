/// A zip archive of submitted files (not an OOXML package): its files read whole, each under the
/// same limits as an XLSX part (`ReadLimits`), so a zip bomb is one file's error, never a crash.
public enum ZipFolder {
    /// One file inside the archive: its bytes, or why they could not be read.
    public struct Member: Sendable {
        /// The member's path inside the archive.
        public var name: String
        /// Its bytes, or why they could not be read (a limit, damage, a password).
        public var contents: Result<[UInt8], SheetsError>
    }

    /// The files of the archive at `path`, in the archive's order (folders left out). Throws when
    /// the archive itself cannot be opened or breaks a limit (too many entries, encryption).
    public static func members(ofArchive path: String, limits: ReadLimits = ReadLimits()) throws(SheetsError) -> [Member] {
        var archive = try ZipArchive(path: path, limits: limits)
        var members: [Member] = []
        for name in archive.entryNames where !name.hasSuffix("/") {
            do throws(SheetsError) {
                let bytes = try archive.withEntry(name) { stream throws(SheetsError) -> [UInt8] in
                    var bytes: [UInt8] = []
                    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 1)
                    defer { chunk.deallocate() }
                    while true {
                        let n = try stream.read(into: chunk)
                        if n == 0 { break }
                        bytes += UnsafeRawBufferPointer(rebasing: chunk[..<n])
                    }
                    return bytes
                }
                members.append(Member(name: name, contents: .success(bytes)))
            } catch {
                members.append(Member(name: name, contents: .failure(error)))
                // Past the whole-file budget no further entry can be read.
                if error.code == .limitExceeded, archive.deliveredTotal >= limits.maxTotalBytes { break }
            }
        }
        return members
    }
}
