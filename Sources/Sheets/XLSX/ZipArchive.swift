import CZip
import Foundation

/// The read side of a zip container (libzip 1.7.3). This file is the only caller of `zip_*`.
///
/// Safety (`ReadLimits`): the entry count is capped before anything else; only stored/deflated,
/// unencrypted entries are read; inflated bytes are counted *as delivered* against the per-part
/// and per-file caps, against the entry's declared size (libzip 1.7.3 does not enforce it) and
/// against the inflate ratio; every entry is read to its end so that libzip checks its CRC.
struct ZipArchive: ~Copyable {
    struct Entry {
        var index: UInt64
        var name: String
        var size: UInt64
        var compressedSize: UInt64
    }

    /// The file the archive came from, for messages.
    let path: String
    let limits: ReadLimits
    private let handle: OpaquePointer
    /// Entries by normalised name (lower case, `\` → `/`, no leading `/`).
    private let entries: [String: Entry]
    /// Inflated bytes delivered so far, over all entries.
    private(set) var deliveredTotal = 0
    /// Set when the archive opened only without `ZIP_CHECKCONS` (a warning, not an error).
    let openedInconsistent: Bool

    /// Opens the file at `path` with `zip_open(ZIP_RDONLY | ZIP_CHECKCONS)`, retrying without
    /// `ZIP_CHECKCONS` when libzip reports `ZIP_ER_INCONS`.
    init(path: String, limits: ReadLimits) throws(SheetsError) {
        var code: Int32 = 0
        var inconsistent = false
        var handle = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code)
        if handle == nil && code == ZIP_ER_INCONS {
            inconsistent = true
            handle = zip_open(path, ZIP_RDONLY, &code)
        }
        guard let handle else { throw Self.openError(code: code, path: path) }
        try self.init(handle: handle, path: path, limits: limits, inconsistent: inconsistent)
    }

    /// Opens an archive held in memory (standard input): `zip_source_buffer_create` +
    /// `zip_open_from_source`. The bytes are copied into a buffer that libzip frees.
    init(bytes: [UInt8], path: String, limits: ReadLimits) throws(SheetsError) {
        var inconsistent = false
        var handle: OpaquePointer?
        var code: Int32 = 0
        for flags in [ZIP_RDONLY | ZIP_CHECKCONS, ZIP_RDONLY] {
            guard let copy = malloc(max(bytes.count, 1)) else {
                throw SheetsError(.unreadableFile, "out of memory", path: path)
            }
            bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
            var error = zip_error_t()
            zip_error_init(&error)
            guard let source = zip_source_buffer_create(copy, UInt64(bytes.count), 1, &error) else {
                free(copy)
                code = zip_error_code_zip(&error)
                zip_error_fini(&error)
                break
            }
            handle = zip_open_from_source(source, flags, &error)
            code = zip_error_code_zip(&error)
            zip_error_fini(&error)
            if handle != nil { break }
            zip_source_free(source)  // not taken over by a failed open; frees `copy`
            guard code == ZIP_ER_INCONS else { break }
            inconsistent = true
        }
        guard let handle else { throw Self.openError(code: code, path: path) }
        try self.init(handle: handle, path: path, limits: limits, inconsistent: inconsistent)
    }

    private init(handle: OpaquePointer, path: String, limits: ReadLimits, inconsistent: Bool) throws(SheetsError) {
        // Takes ownership of `handle`: every failure below must discard it.
        let count = zip_get_num_entries(handle, 0)
        guard count >= 0, count <= Int64(limits.maxArchiveEntries) else {
            zip_discard(handle)
            throw SheetsError(.limitExceeded,
                              "the archive has \(count) entries, more than the limit of \(limits.maxArchiveEntries)",
                              path: path)
        }
        var entries: [String: Entry] = [:]
        let needed = UInt64(ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD)
        for index in 0..<UInt64(count) {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(handle, index, 0, &st) == 0, st.valid & needed == needed, let cName = st.name else {
                let message = String(cString: zip_strerror(handle))
                zip_discard(handle)
                throw SheetsError(.malformed, "entry \(index) of the archive cannot be read: \(message)", path: path)
            }
            let name = String(decoding: UnsafeRawBufferPointer(start: cName, count: strlen(cName)), as: UTF8.self)
            let entry = Entry(index: index, name: name, size: st.size, compressedSize: st.comp_size)
            if st.encryption_method != UInt16(ZIP_EM_NONE) {
                zip_discard(handle)
                throw SheetsError(.encryptedWorkbook, "the zip entry is encrypted (zip encryption is not an Office password; re-save the workbook)",
                                  path: path, part: name)
            }
            if st.comp_method != Int32(ZIP_CM_STORE) && st.comp_method != Int32(ZIP_CM_DEFLATE) {
                zip_discard(handle)
                throw SheetsError(.unsupportedFormat, "the zip entry uses compression method \(st.comp_method); only stored and deflate are allowed",
                                  path: path, part: name)
            }
            entries[Self.normalise(name)] = entry
        }
        self.handle = handle
        self.path = path
        self.limits = limits
        self.entries = entries
        self.openedInconsistent = inconsistent
    }

    deinit { zip_discard(handle) }

    /// `Foo\Bar.XML` and `/foo/bar.xml` both become `foo/bar.xml`.
    static func normalise(_ name: String) -> String {
        var s = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while s.hasPrefix("/") { s.removeFirst() }
        return s
    }

    /// The stored name of a part, looked up case-insensitively with `\` and `/` equivalent.
    func entryName(_ name: String) -> String? { entries[Self.normalise(name)]?.name }

    func contains(_ name: String) -> Bool { entries[Self.normalise(name)] != nil }

    /// Every entry's stored name, in the archive's order.
    var entryNames: [String] { entries.values.sorted { $0.index < $1.index }.map(\.name) }

    /// Streams the whole entry `name` through `body` and reads it to the end (so libzip checks
    /// the CRC even when `body` stops early). Bytes are counted as delivered.
    mutating func withEntry<R>(_ name: String, _ body: (ZipEntryStream) throws(SheetsError) -> R) throws(SheetsError) -> R {
        guard let entry = entries[Self.normalise(name)] else {
            throw SheetsError(.malformed, "the part is missing from the archive", path: path, part: name)
        }
        guard let file = zip_fopen_index(handle, entry.index, 0) else {
            throw SheetsError(.malformed, "the part cannot be opened: \(String(cString: zip_strerror(handle)))",
                              path: path, part: entry.name)
        }
        let stream = ZipEntryStream(file: file, entry: entry, path: path, limits: limits,
                                    totalBudget: limits.maxTotalBytes - deliveredTotal)
        defer { deliveredTotal += stream.delivered; stream.close() }
        let result = try body(stream)
        try stream.drain()
        return result
    }

    private static func openError(code: Int32, path: String) -> SheetsError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        let text = String(cString: zip_error_strerror(&error))
        zip_error_fini(&error)
        switch code {
        case ZIP_ER_NOENT: return SheetsError.notFound(path)
        case ZIP_ER_OPEN, ZIP_ER_READ: return SheetsError(.unreadableFile, "the file cannot be opened: \(text)", path: path, reason: .readFailed)
        case ZIP_ER_MEMORY: return SheetsError(.limitExceeded, "out of memory opening the archive", path: path)
        default: return SheetsError(.malformed, "the zip container is damaged or truncated: \(text)", path: path)
        }
    }
}

/// Where the XML tokenizer gets its bytes from.
protocol XMLByteSource: AnyObject {
    /// Fills up to `buffer.count` bytes; returns 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SheetsError) -> Int
    /// The part name, for messages.
    var partName: String { get }
    var path: String { get }
}

extension XMLByteSource {
    /// An error that names the file and this part.
    func error(_ message: String, code: SheetsError.Code = .malformed, at address: CellAddress? = nil) -> SheetsError {
        SheetsError(code, message, path: path, part: partName, address: address)
    }
}

/// One open entry (`zip_file_t *`), read forward only with `zip_fread`.
final class ZipEntryStream: XMLByteSource {
    /// The most one `zip_fread` asks for: the tokenizer's window grows in steps of this.
    static let chunkSize = 64 << 10

    private var file: OpaquePointer?
    let entry: ZipArchive.Entry
    let path: String
    private let limits: ReadLimits
    private let totalBudget: Int
    private(set) var delivered = 0
    private var atEnd = false

    var partName: String { entry.name }

    fileprivate init(file: OpaquePointer, entry: ZipArchive.Entry, path: String, limits: ReadLimits, totalBudget: Int) {
        self.file = file
        self.entry = entry
        self.path = path
        self.limits = limits
        self.totalBudget = totalBudget
    }

    deinit { close() }

    fileprivate func close() {
        if let file { zip_fclose(file) }
        file = nil
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SheetsError) -> Int {
        guard !atEnd, let file, let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let n = zip_fread(file, base, UInt64(min(buffer.count, Self.chunkSize)))
        if n < 0 {
            let code = zip_error_code_zip(zip_file_get_error(file))
            let text = String(cString: zip_file_strerror(file))
            switch code {
            case ZIP_ER_CRC:
                throw SheetsError(.malformed, "the part fails its CRC check (the file is damaged)", path: path, part: entry.name)
            default:
                throw SheetsError(.malformed, "the part cannot be inflated (truncated or damaged archive): \(text)",
                                  path: path, part: entry.name)
            }
        }
        if n == 0 { atEnd = true; return 0 }
        delivered += Int(n)
        try check()
        return Int(n)
    }

    private func check() throws(SheetsError) {
        if delivered > limits.maxPartBytes {
            throw SheetsError(.limitExceeded, "the part inflates past the limit of \(limits.maxPartBytes) bytes",
                              path: path, part: entry.name)
        }
        if delivered > totalBudget {
            throw SheetsError(.limitExceeded, "the archive inflates past the limit of \(limits.maxTotalBytes) bytes in total",
                              path: path, part: entry.name)
        }
        if UInt64(delivered) > entry.size {
            throw SheetsError(.malformed,
                              "the part declares \(entry.size) bytes but inflates to more (a forged size: possible zip bomb)",
                              path: path, part: entry.name, reason: .hostileStructure)
        }
        // A ratio over a tiny entry means little; judge it once the output passes 1 MiB.
        let ratioFloor = 1 << 20
        if delivered > ratioFloor, UInt64(delivered) > UInt64(limits.maxInflateRatio) &* max(entry.compressedSize, 1) {
            throw SheetsError(.limitExceeded,
                              "the part inflates more than \(limits.maxInflateRatio) times its compressed size of \(entry.compressedSize) bytes (zip bomb?)",
                              path: path, part: entry.name, reason: .hostileStructure)
        }
    }

    /// Reads to the end (the CRC is checked only there), counting as usual.
    func drain() throws(SheetsError) {
        guard !atEnd else { return }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { scratch.deallocate() }
        while try read(into: scratch) > 0 {}
    }
}
