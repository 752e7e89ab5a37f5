#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading a CSV/TSV file found out about it.
public struct CSVFileInfo: Sendable {
    /// The file, as given.
    public var path: String
    /// The text encoding the file was decoded with.
    public var encoding: TextEncoding
    /// The delimiter found (or given).
    public var dialect: CSVDialect
    /// `.tsv` for tab-separated text, else `.csv`.
    public var format: FileFormat
    /// Encoding, ragged-row, NUL and invalid-text notes, in that order.
    public var notes: [ReadNote]
    /// Records read, blank lines included (the index of the last row).
    public var recordCount: Int
    /// Bytes read from the file.
    public var byteCount: Int
}

/// Reads delimited text (CSV, TSV) as one sheet named `Sheet1`: encoding detected
/// (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-874) or forced by
/// `ReadOptions.encoding`, delimiter sniffed from the first lines, rows streamed.
public enum CSVReader {
    /// The name of the one sheet, before `SpreadsheetReader` names it after the file.
    public static let sheetName = "Sheet1"
    /// Files are read, transcoded and parsed 1 MiB at a time.
    public static let chunkSize = 1 << 20

    /// Reads text held in memory into a workbook of one sheet; `path` names it in messages.
    public static func readWorkbook(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        var sheet = Sheet(name: sheetName)
        var cellCount = 0
        let info = try forEachRow(bytes: bytes, path: path, options: options) { row throws(SheetsError) in
            cellCount += row.cells.count
            try checkGrid(cellCount, options, path)
            sheet.append(row)
        }
        return Workbook(path: path, format: info.format, encoding: info.encoding, sheets: [sheet], notes: info.notes)
    }

    /// Reads a file (`-` for standard input) into a workbook of one sheet, streaming it from disk.
    public static func readWorkbook(path: String, options: ReadOptions = ReadOptions()) throws(SheetsError) -> Workbook {
        var sheet = Sheet(name: sheetName)
        var cellCount = 0
        let info = try forEachRow(path: path, options: options) { row throws(SheetsError) in
            cellCount += row.cells.count
            try checkGrid(cellCount, options, path)
            sheet.append(row)
        }
        return Workbook(path: path, format: info.format, encoding: info.encoding, sheets: [sheet], notes: info.notes)
    }

    private static func checkGrid(_ cells: Int, _ options: ReadOptions, _ path: String) throws(SheetsError) {
        guard cells <= options.limits.maxGridCells else {
            throw SheetsError(.limitExceeded,
                              "the sheet has more than \(options.limits.maxGridCells) cells, more than a whole sheet may hold in memory",
                              path: path, part: sheetName)
        }
    }

    /// Streams the rows of a file (`-` for standard input) to `body`, reading it in 1 MiB chunks.
    /// An error thrown by `body` stops the reading; a `SheetsError` is rethrown as is, any other
    /// error is wrapped in one (code `invalid-argument`).
    @discardableResult
    public static func forEachRow(path: String, options: ReadOptions = ReadOptions(), _ body: (Row) throws -> Void) throws(SheetsError) -> CSVFileInfo {
        try withRowSink(body) { (sink) throws(SheetsError) in try forEachField(path: path, options: options, into: &sink) }
    }

    /// Streams the rows of text held in memory to `body`, 1 MiB at a time, as `forEachRow(path:)` does.
    @discardableResult
    public static func forEachRow(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions(), _ body: (Row) throws -> Void) throws(SheetsError) -> CSVFileInfo {
        try forEachRow(bytes: bytes, path: path, options: options, chunkSize: chunkSize, body)
    }

    /// As above with any chunk size (tests use tiny ones to exercise chunk boundaries).
    static func forEachRow(bytes: [UInt8], path: String, options: ReadOptions, chunkSize: Int, _ body: (Row) throws -> Void) throws(SheetsError) -> CSVFileInfo {
        try withRowSink(body) { (sink) throws(SheetsError) in
            try forEachField(bytes: bytes, path: path, options: options, chunkSize: chunkSize, into: &sink)
        }
    }

    private static func withRowSink(_ body: (Row) throws -> Void, _ run: (inout RowSink) throws(SheetsError) -> CSVFileInfo) throws(SheetsError) -> CSVFileInfo {
        var result: Result<CSVFileInfo, SheetsError>!
        withoutActuallyEscaping(body) { body in
            var sink = RowSink(cells: [], emit: body)
            do throws(SheetsError) { result = .success(try run(&sink)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    // MARK: - Cells straight into a sink

    /// Streams a file (`-` for standard input) into `sink`: each field's bytes go from the read
    /// buffer to the sink, with no `Row`, `Cell` or `String` in between; a writer's output is
    /// byte for byte what reading rows with `forEachRow` and writing them gives. `progress` hears
    /// the number of records read after each 1 MiB chunk. Does not finish the sink.
    @discardableResult
    public static func stream<S: CellSink>(path: String, options: ReadOptions = ReadOptions(), into sink: inout S,
                                           progress: ((Int) -> Void)? = nil) throws(SheetsError) -> CSVFileInfo {
        var feed = CSVCellFeed(sink: sink)
        defer { sink = feed.sink }
        return try forEachField(path: path, options: options, into: &feed, progress: progress)
    }

    /// As `stream(path:options:into:progress:)`, for text held in memory.
    @discardableResult
    public static func stream<S: CellSink>(bytes: [UInt8], path: String, options: ReadOptions = ReadOptions(), into sink: inout S,
                                           progress: ((Int) -> Void)? = nil) throws(SheetsError) -> CSVFileInfo {
        var feed = CSVCellFeed(sink: sink)
        defer { sink = feed.sink }
        return try forEachField(bytes: bytes, path: path, options: options, chunkSize: chunkSize, into: &feed, progress: progress)
    }

    // MARK: - The one reading loop

    /// Streams a file's fields to `sink`, reading it in 1 MiB chunks.
    static func forEachField<S: CSVFieldSink>(path: String, options: ReadOptions, into sink: inout S,
                                              progress: ((Int) -> Void)? = nil) throws(SheetsError) -> CSVFileInfo {
        let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SheetsError.opening(path, errno: errno) }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var stream = Stream(options: options, path: path)
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > chunkSize {
            // A file of several chunks: the next one is read while this one is parsed.
            let prefetcher = ChunkPrefetcher(fd: fd, path: path, chunkSize: chunkSize)
            defer { prefetcher.stop() }
            while true {
                let chunk = try prefetcher.take()
                let isLast = chunk.count < chunkSize
                try stream.feed(chunk, isLast: isLast, &sink)
                progress?(stream.recordCount)
                if isLast { break }
            }
            return stream.info
        }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        while true {
            let count = try ChunkPrefetcher.fill(UnsafeMutableRawBufferPointer(buffer), from: fd, path: path)
            let isLast = count < chunkSize
            try stream.feed(UnsafeBufferPointer(rebasing: buffer[..<count]), isLast: isLast, &sink)
            progress?(stream.recordCount)
            if isLast { break }
        }
        return stream.info
    }

    /// Streams the fields of text held in memory to `sink`, `chunkSize` bytes at a time.
    static func forEachField<S: CSVFieldSink>(bytes: [UInt8], path: String, options: ReadOptions, chunkSize: Int, into sink: inout S,
                                              progress: ((Int) -> Void)? = nil) throws(SheetsError) -> CSVFileInfo {
        var stream = Stream(options: options, path: path)
        try bytes.withUnsafeBufferPointer { (all) throws(SheetsError) in
            var start = 0
            repeat {
                let end = min(start + chunkSize, all.count)
                try stream.feed(UnsafeBufferPointer(rebasing: all[start..<end]), isLast: end == all.count, &sink)
                progress?(stream.recordCount)
                start = end
            } while start < all.count
        }
        return stream.info
    }

    /// Transcoder, sniffer and parser wired together for one input.
    private struct Stream {
        var transcoder: TextTranscoder
        var parser: CSVParser?
        let path: String
        let maxFieldBytes: Int
        var byteCount = 0

        init(options: ReadOptions, path: String) {
            transcoder = TextTranscoder(choice: options.encoding)
            self.path = path
            maxFieldBytes = options.limits.maxCSVFieldBytes
        }

        mutating func feed<S: CSVFieldSink>(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool, _ sink: inout S) throws(SheetsError) {
            byteCount += chunk.count
            var parser = self.parser
            self.parser = nil
            defer { self.parser = parser }
            let maxFieldBytes = maxFieldBytes
            do {
                var head = self.head
                self.head = []
                defer { self.head = head }
                try transcoder.decode(chunk, isLast: isLast) { (utf8) throws in
                    guard parser == nil else { return try parser!.scan(utf8, into: &sink) }
                    // Sniff once 64 KiB (or everything) is there.
                    if head.isEmpty && utf8.count >= Self.sniffBytes {
                        parser = CSVParser(dialect: CSVDialect.sniff(utf8, isComplete: false), maxFieldBytes: maxFieldBytes)
                        return try parser!.scan(utf8, into: &sink)
                    }
                    head.append(contentsOf: utf8)
                    if head.count >= Self.sniffBytes {
                        try Self.startParser(&parser, head: &head, isComplete: false, maxFieldBytes: maxFieldBytes, &sink)
                    }
                }
                if isLast {
                    if parser == nil { try Self.startParser(&parser, head: &head, isComplete: true, maxFieldBytes: maxFieldBytes, &sink) }
                    try parser!.finish(into: &sink)
                }
            } catch var error as SheetsError {
                if error.path == nil { error.path = path }
                throw error
            } catch {
                throw SheetsError(.invalidArgument, "reading stopped: \(error)", path: path)
            }
        }

        static let sniffBytes = 64 << 10
        var head: [UInt8] = []

        private static func startParser<S: CSVFieldSink>(_ parser: inout CSVParser?, head: inout [UInt8], isComplete: Bool, maxFieldBytes: Int, _ sink: inout S) throws {
            let dialect = head.withUnsafeBufferPointer { CSVDialect.sniff($0, isComplete: isComplete) }
            var started = CSVParser(dialect: dialect, maxFieldBytes: maxFieldBytes)
            try head.withUnsafeBufferPointer { try started.scan($0, into: &sink) }
            parser = started
            head = []
        }

        var recordCount: Int { parser?.recordCount ?? 0 }

        var info: CSVFileInfo {
            let dialect = parser?.dialect ?? .comma
            return CSVFileInfo(path: path, encoding: transcoder.resolvedEncoding, dialect: dialect, format: dialect.format,
                               notes: transcoder.notes(sheet: CSVReader.sheetName) + (parser?.notes ?? []),
                               recordCount: parser?.recordCount ?? 0, byteCount: byteCount)
        }
    }
}
