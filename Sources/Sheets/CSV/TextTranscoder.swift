/// Turns the raw bytes of a text file, chunk by chunk, into UTF-8 for `CSVParser`.
///
/// Detection (`EncodingChoice.auto`): UTF-8 BOM → UTF-8; UTF-16 LE/BE BOM → UTF-16 (transcoded);
/// otherwise the decision waits for the first non-ASCII byte (ASCII reads the same either way):
/// the rest of that chunk (up to 1 MiB) is UTF-8 if it validates, else Windows-874 when its
/// high bytes sit as Thai letters do, else Windows-1252 (`EncodingGuess`); both are reported.
/// UTF-8 passes through without a copy; the parser validates each field.
/// The first chunk must hold at least 4 bytes unless it is the whole input.
struct TextTranscoder {
    enum Mode { case start, undecided, utf8, utf16(bigEndian: Bool), singleByte(CodePage) }

    let choice: EncodingChoice
    private(set) var mode = Mode.start
    private(set) var encoding: TextEncoding?
    /// True when the encoding was guessed from the bytes (not UTF-8, not chosen by the user).
    private(set) var guessed = false
    /// Bytes replaced with U+FFFD while transcoding (unassigned Windows-874 bytes, broken UTF-16).
    private(set) var replacedCount = 0
    private(set) var firstReplacedOffset: Int?
    /// Where the bytes being decoded start in the file, and the BOM skipped at their start.
    private var offset = 0
    private var skipped = 0
    private var out: [UInt8] = []
    private var oddByte: UInt8?
    private var highSurrogate: UInt16?
    /// Where in the file the pending high surrogate starts (it may be in an earlier chunk).
    private var highSurrogateOffset = 0
    private var held: [UInt8] = []
    /// The last byte handed on while undecided: the guess looks at the byte before the first
    /// high one, which may be in an earlier chunk.
    private var precedingByte: UInt8 = 0x0A

    init(choice: EncodingChoice) {
        self.choice = choice
    }

    /// The encoding the text was read as; pure ASCII counts as UTF-8.
    var resolvedEncoding: TextEncoding { encoding ?? .utf8 }

    /// Decodes one chunk and hands its UTF-8 form to `body` (possibly empty).
    /// Bytes may be held back until the next chunk: the first 4 (for the BOM), and, while the
    /// encoding is undecided, everything from the first non-ASCII byte until 4 KiB are seen.
    mutating func decode<E: Error>(
        _ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        if !held.isEmpty {
            let combined = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: held.count + chunk.count)
            defer { combined.deallocate() }
            _ = combined.initialize(from: held)
            _ = UnsafeMutableBufferPointer(rebasing: combined[held.count...]).initialize(from: chunk)
            offset -= held.count
            held = []
            return try decode(UnsafeBufferPointer(combined), isLast: isLast, body)
        }
        defer { offset += chunk.count }
        var chunk = chunk
        skipped = 0
        if case .start = mode {
            if chunk.count < 4 && !isLast {
                held = Array(chunk)
                return
            }
            let all = chunk.count
            chunk = start(chunk)
            skipped = all - chunk.count
        }
        switch mode {
        case .start:
            preconditionFailure("unreachable")
        case .undecided:
            guard let k = chunk.firstIndex(where: { $0 >= 0x80 }) else {
                if let last = chunk.last { precedingByte = last }
                return try body(chunk)
            }
            if k > 0 { precedingByte = chunk[k - 1] }
            if chunk.count - k < Self.detectionWindow && !isLast {
                held = Array(chunk[k...])
                return try body(UnsafeBufferPointer(rebasing: chunk[..<k]))
            }
            if Self.looksLikeUTF8(UnsafeBufferPointer(rebasing: chunk[k...]), isLast: isLast) {
                mode = .utf8
                encoding = .utf8
                try body(chunk)
            } else {
                let page = EncodingGuess.isThai(UnsafeBufferPointer(rebasing: chunk[k...]), after: precedingByte) ? CodePage.windows874 : .windows1252
                mode = .singleByte(page)
                encoding = page.encoding
                guessed = true
                try decodeSingleByte(chunk, page, body)
            }
        case .utf8:
            try body(chunk)
        case .singleByte(let page):
            try decodeSingleByte(chunk, page, body)
        case .utf16(let bigEndian):
            try decodeUTF16(chunk, bigEndian: bigEndian, isLast: isLast, body)
        }
    }

    /// Non-ASCII bytes looked at before deciding between UTF-8 and Windows-874.
    static let detectionWindow = 4096

    /// Reads the BOM (or the forced choice); returns the chunk without its BOM.
    private mutating func start(_ chunk: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let hasUTF8BOM = chunk.starts(with: [0xEF, 0xBB, 0xBF])
        switch choice {
        case .utf8:
            mode = .utf8
            encoding = hasUTF8BOM ? .utf8BOM : .utf8
            return hasUTF8BOM ? UnsafeBufferPointer(rebasing: chunk[3...]) : chunk
        case .cp874, .cp1252, .latin1:
            let page: CodePage = choice == .cp874 ? .windows874 : choice == .cp1252 ? .windows1252 : .latin1
            mode = .singleByte(page)
            encoding = page.encoding
            return chunk
        case .auto:
            if hasUTF8BOM {
                mode = .utf8
                encoding = .utf8BOM
                return UnsafeBufferPointer(rebasing: chunk[3...])
            }
            if chunk.starts(with: [0xFF, 0xFE]) {
                mode = .utf16(bigEndian: false)
                encoding = .utf16LE
                return UnsafeBufferPointer(rebasing: chunk[2...])
            }
            if chunk.starts(with: [0xFE, 0xFF]) {
                mode = .utf16(bigEndian: true)
                encoding = .utf16BE
                return UnsafeBufferPointer(rebasing: chunk[2...])
            }
            mode = .undecided
            return chunk
        }
    }

    /// True when the bytes are UTF-8: no invalid sequence, or at least ten valid multi-byte
    /// sequences per invalid one (a UTF-8 file with a stray byte; Windows-874 Thai text forms
    /// only occasional valid pairs). A sequence cut by the chunk's end counts as valid.
    static func looksLikeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) -> Bool {
        var valid = 0, invalid = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minSecond: UInt8 = 0x80, maxSecond: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minSecond = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; maxSecond = 0x9F
            case 0xF0: length = 4; minSecond = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maxSecond = 0x8F
            default: invalid += 1; i += 1; continue
            }
            var j = 1, ok = true
            while j < length {
                guard i + j < n else { if isLast { ok = false }; break }
                let c = bytes[i + j]
                if j == 1 ? !(minSecond...maxSecond).contains(c) : !(0x80...0xBF).contains(c) { ok = false; break }
                j += 1
            }
            if ok { valid += 1; i += length } else { invalid += 1; i += 1 }
        }
        return invalid == 0 || valid >= 10 * invalid
    }

    /// Counts one replaced byte or unit at `position` in the bytes being decoded (BOM excluded).
    private mutating func noteReplaced(at position: Int) {
        noteReplaced(atFileOffset: offset + skipped + position)
    }

    private mutating func noteReplaced(atFileOffset fileOffset: Int) {
        if firstReplacedOffset == nil { firstReplacedOffset = fileOffset }
        replacedCount += 1
    }

    private mutating func decodeSingleByte<E: Error>(
        _ chunk: UnsafeBufferPointer<UInt8>, _ page: CodePage, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunk.count * 3)
        defer { out.deallocate() }
        var n = 0
        page.utf8Table.withUnsafeBufferPointer { table in
            for (position, byte) in chunk.enumerated() {
                if byte < 0x80 { out[n] = byte; n += 1; continue }
                let packed = table[Int(byte)]
                if packed == 0 {
                    noteReplaced(at: position)
                    out[n] = 0xEF; out[n + 1] = 0xBF; out[n + 2] = 0xBD
                    n += 3
                    continue
                }
                let length = Int(packed & 0xFF)
                out[n] = UInt8(truncatingIfNeeded: packed >> 8)
                out[n + 1] = UInt8(truncatingIfNeeded: packed >> 16)
                if length == 3 { out[n + 2] = UInt8(truncatingIfNeeded: packed >> 24) }
                n += length
            }
        }
        try body(UnsafeBufferPointer(rebasing: out[..<n]))
    }

    private mutating func decodeUTF16<E: Error>(
        _ chunk: UnsafeBufferPointer<UInt8>, bigEndian: Bool, isLast: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(chunk.count * 3 / 2 + 4)
        var i = 0
        let n = chunk.count
        func unit(_ a: UInt8, _ b: UInt8) -> UInt16 {
            bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a)
        }
        if let odd = oddByte, n > 0 {
            oddByte = nil
            push(unit(odd, chunk[0]), at: -1)  // the unit began with the previous chunk's last byte
            i = 1
        }
        while i + 1 < n {
            push(unit(chunk[i], chunk[i + 1]), at: i)
            i += 2
        }
        if i < n { oddByte = chunk[i] }
        if isLast {
            // The earlier damage first: a pending high surrogate comes before a trailing odd byte.
            if highSurrogate != nil { highSurrogate = nil; noteReplaced(atFileOffset: highSurrogateOffset); appendScalar(0xFFFD) }
            if oddByte != nil { oddByte = nil; noteReplaced(at: n - 1); appendScalar(0xFFFD) }
        }
        try out.withUnsafeBufferPointer { (buffer) throws(E) in try body(buffer) }
    }

    private mutating func push(_ u: UInt16, at position: Int) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(u) {
                appendScalar(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(u - 0xDC00))
                return
            }
            noteReplaced(atFileOffset: highSurrogateOffset)
            appendScalar(0xFFFD)
        }
        switch u {
        case 0xD800...0xDBFF: highSurrogate = u; highSurrogateOffset = offset + skipped + position
        case 0xDC00...0xDFFF: noteReplaced(at: position); appendScalar(0xFFFD)
        default: appendScalar(UInt32(u))
        }
    }

    private mutating func appendScalar(_ v: UInt32) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// What the user should hear about the decoding, once per file.
    func notes(sheet: String) -> [ReadNote] {
        var notes: [ReadNote] = []
        switch encoding {
        case .windows874?:
            notes.append(ReadNote(.legacyEncoding, sheet: sheet, detail:
                "decoded as Windows-874 (Thai); save the file as \"CSV UTF-8\" in Excel to keep every character"))
        case .windows1252?, .latin1?:
            let name = encoding!.displayName.en
            let why = guessed ? "the text is not UTF-8 and does not read as Thai, so it was" : "it was"
            notes.append(ReadNote(.legacyEncoding, sheet: sheet, detail:
                "\(why) decoded as \(name); if it is Thai or another language, save the file as \"CSV UTF-8\" in Excel"))
        default:
            break
        }
        if replacedCount > 0 {
            let what = encoding == .windows874 ? "byte(s) that Windows-874 does not assign" : "broken UTF-16 code unit(s)"
            notes.append(ReadNote(.invalidUTF8, sheet: sheet, detail:
                "\(replacedCount) \(what), the first at byte \(firstReplacedOffset ?? 0), replaced with U+FFFD"))
        }
        return notes
    }
}
