import Foundation

/// A cursor over raw bytes (the tokenizer's unread window) for fast paths that recognise one
/// whole element of a common, simple layout and decline everything else, leaving it to the
/// generic tokenizer. It never reports malformed input itself: anything unexpected is
/// `.decline`, and the generic path then reads the same bytes and reports what is wrong.
struct RawScanner {
    enum Stop: Error { case incomplete, decline }

    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        p = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        n = bytes.count
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
    }

    /// Skips whitespace; there must be a byte after it.
    @inline(__always) mutating func skipSpace() throws(Stop) {
        while i < n, Self.isSpace(p[i]) { i += 1 }
        if i >= n { throw .incomplete }
    }

    /// True (and past it) when the bytes at the cursor are `literal`.
    @inline(__always) mutating func take(_ literal: StaticString) throws(Stop) -> Bool {
        let k = literal.utf8CodeUnitCount
        if i + k > n { throw .incomplete }
        let l = literal.utf8Start
        for j in 0..<k where p[i + j] != l[j] { return false }
        i += k
        return true
    }

    /// At least `k` bytes from the cursor are in the window.
    @inline(__always) func need(_ k: Int) throws(Stop) {
        if i + k > n { throw .incomplete }
    }

    @inline(__always) mutating func expect(_ literal: StaticString) throws(Stop) {
        if try !take(literal) { throw .decline }
    }

    /// Where the values of the attributes with one-letter local names `r`, `s` and `t` are
    /// (offsets into the bytes, the first occurrence of each); `-1` when absent.
    struct Slots {
        var r = (-1, -1), s = (-1, -1), t = (-1, -1)
    }

    /// After `<name`: requires a name end, then reads the attributes up to `>` or `/>`, noting
    /// those named `r`, `s` and `t` in `slots` (values undecoded). Returns true for an
    /// empty-element tag. Values holding `&` are declined.
    @inline(__always) mutating func attributes(_ slots: inout Slots) throws(Stop) -> Bool {
        if i >= n { throw .incomplete }
        let first = p[i]
        guard Self.isSpace(first) || first == UInt8(ascii: ">") || first == UInt8(ascii: "/") else { throw .decline }
        while true {
            try skipSpace()
            let b = p[i]
            if b == UInt8(ascii: ">") { i += 1; return false }
            if b == UInt8(ascii: "/") {
                if i + 1 >= n { throw .incomplete }
                guard p[i + 1] == UInt8(ascii: ">") else { throw .decline }
                i += 2
                return true
            }
            // The usual form: a one-letter name, `="`, a short value.
            if i + 2 < n, p[i + 1] == UInt8(ascii: "="), p[i + 2] == UInt8(ascii: "\""), b != UInt8(ascii: "=") {
                let valueStart = i + 3
                var k = valueStart
                while k < n {
                    let c = p[k]
                    if c == UInt8(ascii: "\"") { break }
                    if c == UInt8(ascii: "&") { throw .decline }
                    k += 1
                }
                if k >= n { throw .incomplete }
                switch b {
                case UInt8(ascii: "r"): if slots.r.0 < 0 { slots.r = (valueStart, k) }
                case UInt8(ascii: "s"): if slots.s.0 < 0 { slots.s = (valueStart, k) }
                case UInt8(ascii: "t"): if slots.t.0 < 0 { slots.t = (valueStart, k) }
                default: break
                }
                i = k + 1
                continue
            }
            let nameStart = i
            var localStart = i
            while i < n {
                let c = p[i]
                if c == UInt8(ascii: "=") || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || Self.isSpace(c) { break }
                if c == UInt8(ascii: ":") { localStart = i + 1 }
                i += 1
            }
            if i + 1 >= n { throw .incomplete }
            guard i > nameStart, p[i] == UInt8(ascii: "=") else { throw .decline }
            let q = p[i + 1]
            guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { throw .decline }
            let valueStart = i + 2
            var k = valueStart
            while k < n, p[k] != q {
                if p[k] == UInt8(ascii: "&") { throw .decline }
                k += 1
            }
            if k >= n { throw .incomplete }
            if i - localStart == 1 {
                switch p[localStart] {
                case UInt8(ascii: "r"): if slots.r.0 < 0 { slots.r = (valueStart, k) }
                case UInt8(ascii: "s"): if slots.s.0 < 0 { slots.s = (valueStart, k) }
                case UInt8(ascii: "t"): if slots.t.0 < 0 { slots.t = (valueStart, k) }
                default: break
                }
            }
            i = k + 1
        }
    }

    /// Text up to the next `<` (which must be in the window); declined when it holds `&` or a
    /// CR (the generic path decodes and normalises). Returns the text's offsets.
    @inline(__always) mutating func text() throws(Stop) -> (Int, Int) {
        let start = i
        guard i < n, let hit = memchr(p + i, Int32(UInt8(ascii: "<")), n - i) else { throw .incomplete }
        let lt = UnsafeRawPointer(p).distance(to: UnsafeRawPointer(hit))
        // An entity to decode or a CR to normalise (XML 1.0 §2.11): the generic path does both.
        if lt > start, memchr(p + start, Int32(UInt8(ascii: "&")), lt - start) != nil
            || memchr(p + start, 0x0D, lt - start) != nil { throw .decline }
        i = lt
        return (start, lt)
    }

    /// Skips the content of an element that holds text only (no markup) up to its end tag
    /// `close`, such as a formula: `<f>SUM(A1:A3)</f>`. Its text is not used, so entities in
    /// it are not decoded (as in the generic path).
    @inline(__always) mutating func skipTextElement(close: StaticString) throws(Stop) {
        guard i < n, let hit = memchr(p + i, Int32(UInt8(ascii: "<")), n - i) else { throw .incomplete }
        i = UnsafeRawPointer(p).distance(to: UnsafeRawPointer(hit))
        try expect(close)
    }
}
