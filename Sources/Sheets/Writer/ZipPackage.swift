import CZip
import Foundation

/// Rewrites a zip package (an .xlsx) part by part with libzip: every entry of the original is
/// copied through unchanged (`zip_source_zip`: the same bytes), except the parts given new
/// contents; new parts are added. `rewriteParts` changes some parts of a package in place.
/// This file is the only caller of libzip's write side.
public struct ZipPackage: Sendable {
    /// The original's part names, in its order, and the bytes of each (parts are small XML; the
    /// file has been read whole by the reader before, within its limits).
    public private(set) var names: [String] = []
    private var contents: [String: [UInt8]] = [:]
    /// The package that was read.
    public let path: String

    /// The most bytes read from the original in all (the reader's own limit is lower).
    static let maxTotal = 512 << 20

    /// Reads every part of the package at `path`.
    public init(path: String) throws(SheetsError) {
        self.path = path
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY, &code) else {
            throw SheetsError(.unreadableFile, "not a zip package (libzip error \(code))", path: path)
        }
        defer { zip_discard(archive) }
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0, count <= 10_000 else { throw SheetsError(.limitExceeded, "\(count) parts in the package", path: path) }
        var total = 0
        for index in 0..<UInt64(count) {
            guard let cName = zip_get_name(archive, index, 0) else { continue }
            let name = String(cString: cName)
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0 else { throw SheetsError(.unreadableFile, "part \(name) unreadable", path: path) }
            let size = Int(stat.size)
            total += size
            guard total <= Self.maxTotal else { throw SheetsError(.limitExceeded, "the package inflates to more than 512 MiB", path: path) }
            var bytes = [UInt8](repeating: 0, count: size)
            if size > 0 {
                guard let file = zip_fopen_index(archive, index, 0) else { throw SheetsError(.unreadableFile, "part \(name) unreadable", path: path) }
                let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64(size)) }
                zip_fclose(file)
                guard read == Int64(size) else { throw SheetsError(.unreadableFile, "part \(name) is damaged", path: path) }
            }
            names.append(name)
            contents[name] = bytes
        }
    }

    /// Rewrites parts of the package at `path` in place: each of `names` goes through `rewrite`
    /// and keeps its time stamp (equal inputs, equal files); every other part is copied through
    /// unchanged. libzip writes the new package beside `path` and renames it over; on any failure
    /// `path` is left as it was. Only the named parts are read, each whole.
    static func rewriteParts(
        at path: String, _ names: [String], _ rewrite: (String, [UInt8]) throws(SheetsError) -> [UInt8]
    ) throws(SheetsError) {
        var code: Int32 = 0
        guard let archive = zip_open(path, 0, &code) else {
            throw SheetsError(.writeFailed, "cannot reopen the package (libzip error \(code))", path: path)
        }
        func fail(_ what: String) -> SheetsError {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            return SheetsError(.writeFailed, "\(what): \(message)", path: path)
        }
        for name in names {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            let index = zip_name_locate(archive, name, 0)
            guard index >= 0, zip_stat_index(archive, UInt64(index), 0, &stat) == 0 else { throw fail("part \(name) not found") }
            var bytes = [UInt8](repeating: 0, count: Int(stat.size))
            if !bytes.isEmpty {
                guard let file = zip_fopen_index(archive, UInt64(index), 0) else { throw fail("part \(name) unreadable") }
                let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, UInt64($0.count)) }
                zip_fclose(file)
                guard read == Int64(bytes.count) else { throw fail("part \(name) unreadable") }
            }
            let rewritten: [UInt8]
            do throws(SheetsError) { rewritten = try rewrite(name, bytes) } catch {
                zip_discard(archive)
                throw error
            }
            guard let copy = malloc(max(rewritten.count, 1)) else { throw fail("out of memory") }
            rewritten.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
            guard let source = zip_source_buffer(archive, copy, UInt64(rewritten.count), 1) else {
                free(copy)
                throw fail("replacing \(name)")
            }
            guard zip_file_replace(archive, UInt64(index), source, 0) == 0 else {
                zip_source_free(source)
                throw fail("replacing \(name)")
            }
            guard zip_file_set_mtime(archive, UInt64(index), stat.mtime, 0) == 0 else { throw fail("dating \(name)") }
        }
        guard zip_close(archive) == 0 else { throw fail("writing the package") }
    }

    /// The bytes of part `name` (no leading `/`), nil when there is none.
    public func part(_ name: String) -> [UInt8]? { contents[name] }

    /// Writes the package to `output`: parts in `changed` with their new bytes (a name not in the
    /// original is added, after the original's parts), every other part copied through. The
    /// output is written beside `output` and renamed into place only when complete (`OutputFile`).
    public func write(to output: String, changed: [String: [UInt8]]) throws(SheetsError) {
        let staging = OutputFile(path: output).staging()
        var code: Int32 = 0
        guard let source = zip_open(path, ZIP_RDONLY, &code) else {
            throw SheetsError(.unreadableFile, "not a zip package (libzip error \(code))", path: path)
        }
        defer { zip_discard(source) }
        guard let target = zip_open(staging.temporaryPath, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            throw SheetsError(.writeFailed, "cannot create \(output) (libzip error \(code))", path: output)
        }
        func fail(_ what: String) -> SheetsError {
            let message = String(cString: zip_strerror(target))
            zip_discard(target)
            staging.discard()
            return SheetsError(.writeFailed, "\(what): \(message)", path: output)
        }
        func add(_ name: String, bytes: [UInt8]) throws(SheetsError) {
            guard let copy = malloc(max(bytes.count, 1)) else { throw fail("out of memory") }
            bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
            guard let buffer = zip_source_buffer(target, copy, UInt64(bytes.count), 1) else {
                free(copy)
                throw fail("adding \(name)")
            }
            if zip_file_add(target, name, buffer, ZIP_FL_ENC_UTF_8) < 0 {
                zip_source_free(buffer)
                throw fail("adding \(name)")
            }
        }
        for (index, name) in names.enumerated() {
            if let bytes = changed[name] {
                try add(name, bytes: bytes)
                continue
            }
            guard let copy = zip_source_zip(target, source, UInt64(index), 0, 0, -1) else { throw fail("copying \(name)") }
            if zip_file_add(target, name, copy, ZIP_FL_ENC_UTF_8) < 0 {
                zip_source_free(copy)
                throw fail("copying \(name)")
            }
        }
        for name in changed.keys.sorted() where contents[name] == nil { try add(name, bytes: changed[name]!) }
        guard zip_close(target) == 0 else { throw fail("writing") }
        guard staging.moveIntoPlace() == nil else {
            throw SheetsError(.writeFailed, "cannot move the written file into place", path: output)
        }
    }
}
