import Foundation

/// A byte-level pull tokenizer for the small XML languages of OOXML parts.
///
/// It works on one window of bytes that the source refills (64 KiB at a time); a token that
/// straddles two chunks is moved to the front of the window first, so every token is
/// contiguous while it is current. Names, attribute values and text are offsets into the
/// window, valid until the next call to `next()`; nothing is turned into a `String` unless
/// the caller asks.
///
/// What it accepts and refuses:
/// - start tags with attributes, end tags (checked against the open start tag), empty-element
///   tags (reported as a start followed by an end), text, CDATA (as text, taken verbatim);
/// - comments, processing instructions and the XML declaration are skipped;
/// - the five predefined entities and character references are decoded; any other entity is
///   an error, and so is any `<!DOCTYPE` or `<!ENTITY` (OOXML never needs a DTD; refusing it
///   outright rules out entity expansion and external entities);
/// - a UTF-16 part (byte-order mark FE FF / FF FE) is refused; a UTF-8 byte-order mark is skipped;
/// - UTF-8 validity is checked where text becomes a `String` (see `string(from:)`).
///
/// Namespace prefixes are ignored: elements and attributes are matched by local name, so
/// `<x:c>` is a `c`.
struct XMLTokenizer: ~Copyable {
    enum Event: Equatable { case start, end, text, eof }

    struct Span { var start: Int; var end: Int }
    struct Attribute { var local: Span; var value: Span }

    /// Where the bytes come from (file and part, for messages).
    let source: any XMLByteSource
    /// The window; the text decoding (`XMLTokenizer+TextDecoding.swift`) reads spans of it.
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The next unread byte; the current token starts here while it is being scanned.
    private var pos = 0
    private var end = 0
    private var sourceDone = false
    private var started = false
    private var sawElement = false
    private var pendingEnd = false

    /// The qualified name and the local name of the current start or end tag.
    private(set) var name = Span(start: 0, end: 0)
    private(set) var local = Span(start: 0, end: 0)
    /// The current text or CDATA section.
    private(set) var text = Span(start: 0, end: 0)
    private(set) var textIsCDATA = false
    private var attributeStorage: UnsafeMutablePointer<Attribute>
    private var attributeCapacity = 16
    private var attributeCount = 0
    /// Open elements: their qualified names, concatenated, and where each starts.
    private var openNames: UnsafeMutablePointer<UInt8>
    private var openNamesCapacity = 1024
    private var openNamesCount = 0
    private var openStarts: UnsafeMutablePointer<Int>
    private var openStartsCapacity = 64
    private(set) var depth = 0

    /// Bounds on what one part may ask the tokenizer to hold, whatever the part caps allow:
    /// OOXML nests a few levels deep and puts a few dozen attributes on an element.
    static let maxDepth = 1024
    static let maxAttributes = 4096

    init(source: any XMLByteSource) {
        self.source = source
        capacity = ZipEntryStream.chunkSize * 2
        base = .allocate(capacity: capacity)
        attributeStorage = .allocate(capacity: attributeCapacity)
        openNames = .allocate(capacity: openNamesCapacity)
        openStarts = .allocate(capacity: openStartsCapacity)
    }

    deinit {
        base.deallocate()
        attributeStorage.deallocate()
        openNames.deallocate()
        openStarts.deallocate()
    }

    // MARK: Errors

    func error(_ message: String, code: SheetsError.Code = .malformed) -> SheetsError {
        SheetsError(code, message, path: source.path, part: source.partName)
    }

    // MARK: Input

    /// Moves the bytes from `pos` on to the front of the window and appends more input.
    /// Offsets relative to `pos` stay valid. Returns false when the source has nothing more.
    private mutating func more() throws(SheetsError) -> Bool {
        if sourceDone { return false }
        let kept = end - pos
        if pos > 0 {
            if kept > 0 { memmove(base, base + pos, kept) }
            pos = 0
            end = kept
        }
        let chunk = ZipEntryStream.chunkSize
        if capacity - end < chunk {
            let newCapacity = max(capacity * 2, end + chunk)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: base, count: end)
            base.deallocate()
            base = grown
            capacity = newCapacity
        }
        let n = try source.read(into: UnsafeMutableRawBufferPointer(start: base + end, count: capacity - end))
        if n == 0 { sourceDone = true; return false }
        end += n
        return true
    }

    /// True when at least `n` bytes from `pos` are in the window (refilling as needed).
    private mutating func available(_ n: Int) throws(SheetsError) -> Bool {
        while end - pos < n {
            if try !more() { return false }
        }
        return true
    }

    /// Offset (from `pos`) of the first `byte` at or after offset `from`.
    private mutating func find(_ byte: UInt8, from: Int) throws(SheetsError) -> Int? {
        var offset = from
        while true {
            if pos + offset < end, let hit = memchr(base + pos + offset, Int32(byte), end - pos - offset) {
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - pos
            }
            offset = max(offset, end - pos)
            if try !more() { return nil }
        }
    }

    /// Offset (from `pos`) of the first occurrence of `terminator` at or after offset `from`.
    private mutating func find(_ terminator: [UInt8], from: Int) throws(SheetsError) -> Int? {
        var offset = from
        while true {
            guard let k = try find(terminator[0], from: offset) else { return nil }
            guard try available(k + terminator.count) else { return nil }
            var match = true
            for j in 1..<terminator.count where base[pos + k + j] != terminator[j] { match = false; break }
            if match { return k }
            offset = k + 1
        }
    }

    private func hasPrefix(_ prefix: [UInt8], at offset: Int) -> Bool {
        guard end - pos - offset >= prefix.count else { return false }
        for j in 0..<prefix.count where base[pos + offset + j] != prefix[j] { return false }
        return true
    }

    // MARK: Tokens

    /// The next token. At `.eof` the source has been read to its end.
    mutating func next() throws(SheetsError) -> Event {
        if pendingEnd {
            pendingEnd = false
            popOpen()
            return .end
        }
        if !started { try begin() }
        while true {
            if pos >= end, try !more() {
                if depth > 0 {
                    throw error("the part ends inside <\(currentOpenName)> (truncated or damaged)")
                }
                if !sawElement { throw error("the part has no XML content") }
                return .eof
            }
            if base[pos] != UInt8(ascii: "<") {
                try scanText()
                return .text
            }
            if let event = try scanMarkup() { return event }
        }
    }

    private mutating func begin() throws(SheetsError) {
        started = true
        _ = try available(3)
        if end - pos >= 2, (base[pos] == 0xFE && base[pos + 1] == 0xFF) || (base[pos] == 0xFF && base[pos + 1] == 0xFE) {
            throw error("the part is UTF-16 encoded; only UTF-8 parts are supported", code: .unsupportedFormat)
        }
        if hasPrefix([0xEF, 0xBB, 0xBF], at: 0) { pos += 3 }
    }

    private mutating func scanText() throws(SheetsError) {
        let lt = try find(UInt8(ascii: "<"), from: 0) ?? (end - pos)
        text = Span(start: pos, end: pos + lt)
        textIsCDATA = false
        pos += lt
    }

    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let piClose = Array("?>".utf8)
    private static let doctype = Array("<!DOCTYPE".utf8), entity = Array("<!ENTITY".utf8)

    /// Scans the markup at `pos`; nil when it was skipped (comment, processing instruction).
    private mutating func scanMarkup() throws(SheetsError) -> Event? {
        guard try available(2) else { throw error("the part ends inside a tag (truncated or damaged)") }
        switch base[pos + 1] {
        case UInt8(ascii: "/"):
            guard let gt = try find(UInt8(ascii: ">"), from: 2) else { throw error("the part ends inside an end tag") }
            var nameEnd = 2
            while nameEnd < gt, !Self.isSpace(base[pos + nameEnd]) { nameEnd += 1 }
            setName(from: pos + 2, to: pos + nameEnd)
            guard depth > 0 else { throw error("unexpected end tag </\(string(name))>") }
            let top = openStarts[depth - 1]
            let length = openNamesCount - top
            guard length == nameEnd - 2, memcmp(openNames + top, base + pos + 2, length) == 0 else {
                throw error("end tag </\(string(name))> does not match <\(currentOpenName)>")
            }
            popOpen()
            pos += gt + 1
            return .end
        case UInt8(ascii: "?"):
            guard let close = try find(Self.piClose, from: 2) else { throw error("the part ends inside a processing instruction") }
            pos += close + 2
            return nil
        case UInt8(ascii: "!"):
            _ = try available(9)
            if hasPrefix(Self.commentOpen, at: 0) {
                guard let close = try find(Self.commentClose, from: 4) else { throw error("the part ends inside a comment") }
                pos += close + 3
                return nil
            }
            if hasPrefix(Self.cdataOpen, at: 0) {
                guard let close = try find(Self.cdataClose, from: 9) else { throw error("the part ends inside a CDATA section") }
                text = Span(start: pos + 9, end: pos + close)
                textIsCDATA = true
                pos += close + 3
                return .text
            }
            if hasPrefix(Self.doctype, at: 0) || hasPrefix(Self.entity, at: 0) {
                throw error("the part declares a DTD or entities (<!DOCTYPE/<!ENTITY); OOXML parts never do, so it is refused (entity-expansion attack?)")
                    .because(.hostileStructure)
            }
            throw error("unexpected markup <! in the part")
        default:
            return try scanStartTag()
        }
    }

    private mutating func scanStartTag() throws(SheetsError) -> Event {
        while true {
            if try parseStartTag() { return .start }
            // The tag runs past the window: keep it, read more and parse it again from its start.
            guard try more() else { throw error("the part ends inside a start tag (truncated or damaged)") }
        }
    }

    /// Parses the start tag at `pos` in one pass. Returns false, having changed nothing that
    /// matters, when the window ends before the tag does.
    private mutating func parseStartTag() throws(SheetsError) -> Bool {
        let limit = end
        var i = pos + 1
        while i < limit, !Self.isNameEnd(base[i]) { i += 1 }
        if i >= limit { return false }
        guard i > pos + 1 else { throw error("a start tag has no name") }
        let nameEnd = i
        attributeCount = 0
        var selfClosing = false
        while true {
            while i < limit, Self.isSpace(base[i]) { i += 1 }
            if i >= limit { return false }
            let b = base[i]
            if b == UInt8(ascii: ">") { break }
            if b == UInt8(ascii: "/") {
                if i + 1 >= limit { return false }
                guard base[i + 1] == UInt8(ascii: ">") else {
                    throw error("stray '/' in start tag <\(string(Span(start: pos + 1, end: nameEnd)))>")
                }
                selfClosing = true
                i += 1
                break
            }
            let attrStart = i
            var localStart = i
            while i < limit, base[i] != UInt8(ascii: "="), base[i] != UInt8(ascii: ">"), !Self.isSpace(base[i]) {
                if base[i] == UInt8(ascii: ":") { localStart = i + 1 }
                i += 1
            }
            if i >= limit { return false }
            let attrEnd = i
            while i < limit, Self.isSpace(base[i]) { i += 1 }
            if i >= limit { return false }
            guard base[i] == UInt8(ascii: "="), attrEnd > attrStart else {
                throw error("malformed attribute in start tag <\(string(Span(start: pos + 1, end: nameEnd)))>")
            }
            i += 1
            while i < limit, Self.isSpace(base[i]) { i += 1 }
            if i >= limit { return false }
            let q = base[i]
            guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else {
                throw error("unquoted attribute value in start tag <\(string(Span(start: pos + 1, end: nameEnd)))>")
            }
            let valueStart = i + 1
            guard valueStart < limit, let hit = memchr(base + valueStart, Int32(q), limit - valueStart) else { return false }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if attributeCount == attributeCapacity {
                guard attributeCapacity < Self.maxAttributes else {
                    throw error("a start tag <\(string(Span(start: pos + 1, end: nameEnd)))> has more than \(Self.maxAttributes) attributes",
                                code: .limitExceeded)
                }
                let grown = UnsafeMutablePointer<Attribute>.allocate(capacity: attributeCapacity * 2)
                grown.moveInitialize(from: attributeStorage, count: attributeCount)
                attributeStorage.deallocate()
                attributeStorage = grown
                attributeCapacity *= 2
            }
            (attributeStorage + attributeCount).initialize(to: Attribute(local: Span(start: localStart, end: attrEnd), value: Span(start: valueStart, end: i)))
            attributeCount += 1
            i += 1
        }
        setName(from: pos + 1, to: nameEnd)
        guard depth < Self.maxDepth else {
            throw error("elements are nested more than \(Self.maxDepth) deep (OOXML parts never are)", code: .limitExceeded)
        }
        pushOpen()
        sawElement = true
        pendingEnd = selfClosing
        pos = i + 1
        return true
    }

    private mutating func setName(from start: Int, to end: Int) {
        name = Span(start: start, end: end)
        var localStart = start
        var i = start
        while i < end { if base[i] == UInt8(ascii: ":") { localStart = i + 1 }; i += 1 }
        local = Span(start: localStart, end: end)
    }

    /// Remembers the current start tag's name so that its end tag can be checked.
    private mutating func pushOpen() {
        let length = name.end - name.start
        if depth == openStartsCapacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: openStartsCapacity * 2)
            grown.update(from: openStarts, count: depth)
            openStarts.deallocate()
            openStarts = grown
            openStartsCapacity *= 2
        }
        if openNamesCount + length > openNamesCapacity {
            let newCapacity = max(openNamesCapacity * 2, openNamesCount + length)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: openNames, count: openNamesCount)
            openNames.deallocate()
            openNames = grown
            openNamesCapacity = newCapacity
        }
        openStarts[depth] = openNamesCount
        depth += 1
        (openNames + openNamesCount).update(from: base + name.start, count: length)
        openNamesCount += length
    }

    private mutating func popOpen() {
        depth -= 1
        openNamesCount = openStarts[depth]
    }

    private var currentOpenName: String {
        guard depth > 0 else { return "" }
        let top = openStarts[depth - 1]
        return String(decoding: UnsafeBufferPointer(start: openNames + top, count: openNamesCount - top), as: UTF8.self)
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
    }

    @inline(__always) private static func isNameEnd(_ b: UInt8) -> Bool {
        isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">")
    }

    // MARK: Raw access for fast paths

    /// True between tokens: no end event of an empty-element tag is pending, so the unread
    /// bytes start at the next token and a fast path may look at them.
    var atTokenBoundary: Bool { started && !pendingEnd }

    /// The unread bytes of the window; valid until the next `next()`, `consume(_:)` or `refill()`.
    @inline(__always) var unread: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + pos, count: end - pos)
    }

    /// Skips `n` unread bytes that a fast path recognised as one or more whole, balanced
    /// elements (so the open-element stack is unchanged) and checked as `next()` would have.
    @inline(__always) mutating func consume(_ n: Int) {
        pos += n
    }

    /// Reads more input after the unread bytes; false at the end of the input. Pointers from
    /// `unread` are invalid afterwards.
    mutating func refill() throws(SheetsError) -> Bool {
        try more()
    }

    // MARK: Access to the current token

    /// True when the current tag's local name is `expected` (ASCII).
    @inline(__always) func isNamed(_ expected: StaticString) -> Bool {
        let n = local.end - local.start
        guard n == expected.utf8CodeUnitCount else { return false }
        return memcmp(base + local.start, expected.utf8Start, n) == 0
    }

    /// The raw (undecoded) value of the attribute with local name `localName`.
    func attribute(_ localName: StaticString) -> Span? {
        let n = localName.utf8CodeUnitCount
        for k in 0..<attributeCount {
            let attribute = attributeStorage[k]
            if attribute.local.end - attribute.local.start == n, memcmp(base + attribute.local.start, localName.utf8Start, n) == 0 {
                return attribute.value
            }
        }
        return nil
    }

    /// The raw bytes of a span of the current token; valid until the next call to `next()`.
    @inline(__always) func bytes(_ span: Span) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
    }

    /// Length and first byte of the current local name, for fast dispatch.
    @inline(__always) var localLength: Int { local.end - local.start }
    @inline(__always) var localFirstByte: UInt8 { local.end > local.start ? base[local.start] : 0 }
}
