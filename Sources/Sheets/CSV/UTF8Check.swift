/// UTF-8 validation 16 bytes at a time, with the rules Swift's `String(decoding:as:)` applies
/// (Unicode's well-formed byte sequences: no overlongs, no surrogates, nothing past U+10FFFF).
///
/// Each byte is checked against its three predecessors, read with unaligned loads (no shuffles):
/// a byte is a continuation (0x80–0xBF) exactly when a lead byte 1–3 places before expects one;
/// C0, C1 and F5–FF never occur; the second byte after E0, ED, F0 and F4 has its narrower range.
enum UTF8Check {
    private typealias V = SIMD16<UInt8>

    /// The lanes of the 16 bytes at `p` that are misplaced given the 3 bytes before them (which
    /// must be readable). A sequence cut by the block's end is not an error here; the next block
    /// sees it.
    @inline(__always)
    private static func badLanes(_ p: UnsafePointer<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let raw = UnsafeRawPointer(p)
        let cur = raw.loadUnaligned(as: V.self)
        let prev1 = raw.loadUnaligned(fromByteOffset: -1, as: V.self)
        let prev2 = raw.loadUnaligned(fromByteOffset: -2, as: V.self)
        let prev3 = raw.loadUnaligned(fromByteOffset: -3, as: V.self)
        // 0x80–0xBF are the bytes below -64 as signed.
        let isContinuation = unsafeBitCast(cur, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: -64)
        let expected = (prev1 .>= V(repeating: 0xC0)) .| (prev2 .>= V(repeating: 0xE0)) .| (prev3 .>= V(repeating: 0xF0))
        var bad = isContinuation .^ expected
        bad .|= (cur .== V(repeating: 0xC0)) .| (cur .== V(repeating: 0xC1)) .| (cur .>= V(repeating: 0xF5))
        // After E0, ED, F0 and F4 the next byte, a continuation byte (else it is bad already),
        // has a narrower range: bit 0x20 clear after E0 (A0–BF) and set after ED (80–9F),
        // bits 0x30 clear after F0 (90–BF) and set after F4 (80–8F).
        let b20 = (cur & V(repeating: 0x20)) .== V(repeating: 0)
        let b30 = (cur & V(repeating: 0x30)) .== V(repeating: 0)
        bad .|= (prev1 .== V(repeating: 0xE0)) .& b20
        bad .|= (prev1 .== V(repeating: 0xED)) .& .!b20
        bad .|= (prev1 .== V(repeating: 0xF0)) .& b30
        bad .|= (prev1 .== V(repeating: 0xF4)) .& .!b30
        return bad
    }

    /// True when the 16 bytes at `p` are well placed given the 3 bytes before them.
    @inline(__always)
    private static func blockIsValid(_ p: UnsafePointer<UInt8>) -> Bool {
        let raw = UnsafeRawPointer(p)
        // The 19 bytes are ASCII: nothing to check (one test for plain text).
        if !((raw.loadUnaligned(as: V.self) | raw.loadUnaligned(fromByteOffset: -3, as: V.self)) .>= V(repeating: 0x80)).anyLane {
            return true
        }
        return !badLanes(p).anyLane
    }

    /// `badLanes` for text without bytes F0–FF (no 4-byte sequences, so nothing waits 3 bytes
    /// and only C0, C1 and the second bytes after E0 and ED need a closer look): about half the work.
    @inline(__always)
    private static func badLanesBelowF0(_ p: UnsafePointer<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let raw = UnsafeRawPointer(p)
        let cur = raw.loadUnaligned(as: V.self)
        let prev1 = raw.loadUnaligned(fromByteOffset: -1, as: V.self)
        let prev2 = raw.loadUnaligned(fromByteOffset: -2, as: V.self)
        let isContinuation = unsafeBitCast(cur, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: -64)
        let expected = (prev1 .>= V(repeating: 0xC0)) .| (prev2 .>= V(repeating: 0xE0))
        var bad = isContinuation .^ expected
        bad .|= (cur & V(repeating: 0xFE)) .== V(repeating: 0xC0)
        let b20 = (cur & V(repeating: 0x20)) .== V(repeating: 0)
        bad .|= (prev1 .== V(repeating: 0xE0)) .& b20
        bad .|= (prev1 .== V(repeating: 0xED)) .& .!b20
        return bad
    }

    /// True when the 64 bytes at `p` are well placed given the 3 bytes before them: one test
    /// for 64 bytes of ASCII, else one for the four blocks' bad lanes together (the cheaper
    /// rules when no byte is F0 or above, as in Thai text).
    @inline(__always)
    private static func quadIsValid(_ p: UnsafePointer<UInt8>) -> Bool {
        let raw = UnsafeRawPointer(p)
        let before = raw.loadUnaligned(fromByteOffset: -3, as: V.self)
        let a = raw.loadUnaligned(as: V.self), b = raw.loadUnaligned(fromByteOffset: 16, as: V.self)
        let c = raw.loadUnaligned(fromByteOffset: 32, as: V.self), d = raw.loadUnaligned(fromByteOffset: 48, as: V.self)
        if !((before | a | b | c | d) .>= V(repeating: 0x80)).anyLane { return true }
        let f0 = V(repeating: 0xF0)
        let fourByte = (before .>= f0) .| (a .>= f0) .| (b .>= f0) .| (c .>= f0) .| (d .>= f0)
        if !fourByte.anyLane {
            return !(badLanesBelowF0(p) .| badLanesBelowF0(p + 16) .| badLanesBelowF0(p + 32) .| badLanesBelowF0(p + 48)).anyLane
        }
        return !(badLanes(p) .| badLanes(p + 16) .| badLanes(p + 32) .| badLanes(p + 48)).anyLane
    }

    /// Checks up to 16 bytes with zeros (ASCII) for the 3 bytes before them and after their end;
    /// so a sequence cut by `count` is an error.
    private static func shortBlockIsValid(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var block = SIMD32<UInt8>(repeating: 0)
        return withUnsafeMutableBytes(of: &block) { raw in
            raw.baseAddress!.advanced(by: 3).copyMemory(from: p, byteCount: count)
            return blockIsValid(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + 3)
        }
    }

    /// True when all of `bytes` is well-formed UTF-8 (what `String(decoding:)` keeps byte for byte).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        if n < 16 { return shortBlockIsValid(p, n) }
        guard shortBlockIsValid(p, 16) else { return false }
        var i = 16
        while i + 64 <= n {
            guard quadIsValid(p + i) else { return false }
            i += 64
        }
        while i + 16 <= n {
            guard blockIsValid(p + i) else { return false }
            i += 16
        }
        if i < n { return tailIsValid(p + i, n - i) }
        // Ended on a block boundary: no sequence may be left open.
        return p[n - 1] < 0xC0 && p[n - 2] < 0xE0 && p[n - 3] < 0xF0
    }

    /// The last `count` (< 16) bytes at `p`, with the 3 before them as context.
    private static func tailIsValid(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var block = SIMD32<UInt8>(repeating: 0)
        return withUnsafeMutableBytes(of: &block) { raw in
            raw.baseAddress!.copyMemory(from: p - 3, byteCount: count + 3)
            return blockIsValid(raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + 3)
        }
    }

    /// How far into `bytes` every position has been checked: a field that starts at or after
    /// `start` (a byte that is not a continuation byte, or the first byte after an ASCII byte)
    /// and ends before the returned offset (where the next byte, a delimiter, quote or line end,
    /// was checked too) is valid UTF-8. `start` skips continuation bytes that end a character
    /// begun in the previous chunk; the offset is conservative: a whole block short of an error.
    static func checkedPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
        guard let p = bytes.baseAddress else { return (0, 0) }
        let n = bytes.count
        var start = 0
        while start < min(n, 3) && p[start] & 0xC0 == 0x80 { start += 1 }
        var i = start
        if n - i < 16 { return (start, shortBlockIsValid(p + i, n - i) ? n : i) }
        guard shortBlockIsValid(p + i, 16) else { return (start, i) }
        i += 16
        while i + 64 <= n {
            guard quadIsValid(p + i) else { return (start, i) }
            i += 64
        }
        while i + 16 <= n {
            guard blockIsValid(p + i) else { return (start, i) }
            i += 16
        }
        guard i < n else { return (start, n) }
        return (start, tailIsValid(p + i, n - i) ? n : i)
    }
}

extension UTF8Check {
    /// What `String(decoding:)` makes of invalid bytes: each invalid sequence becomes U+FFFD.
    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }
}
