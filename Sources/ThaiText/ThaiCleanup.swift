/// Normalisation of Thai text for matching. The results are keys: never write them back to a document.
public enum ThaiCleanup {
    /// For matching only (never for output): NFC, "ํา" (U+0E4D U+0E32, also with a tone mark between) → "ำ",
    /// "เเ" → "แ", ZWSP/ZWNJ/ZWJ/word joiner/BOM/soft hyphen removed, NBSP and all whitespace including line breaks
    /// collapsed to one space, trimmed.
    public static func forMatching(_ s: some StringProtocol) -> String {
        cleaned(String(s), arabicDigits: false) { $0 }
    }

    /// `forMatching` + Thai digits to Arabic, ASCII letters lowercased, and spaces, "/", "-", "–", "—", ".", ",",
    /// "(", ")", "[", "]" removed: a key for header and unit matching. Keeps "ฯ" and "ๆ".
    public static func key(_ s: some StringProtocol) -> String {
        cleaned(String(s), arabicDigits: true) { c in
            switch c {
            case " ", "/", "-", "–", "—", ".", ",", "(", ")", "[", "]": nil
            case "A"..."Z": Unicode.Scalar(c.value + 32)
            default: c
            }
        }
    }

    /// The scan, a per-scalar transform, then NFC. Text made only of Latin-1 and Thai is put in canonical order
    /// here (the only NFC change such text can need); anything else goes through the standard library's normaliser.
    private static func cleaned(
        _ s: String, arabicDigits: Bool, _ transform: (Unicode.Scalar) -> Unicode.Scalar?
    ) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.utf8.count / 2)
        var thaiOrLatin1 = true
        scan(Array(s.unicodeScalars), arabicDigits: arabicDigits) { c, _, _ in
            guard let c = transform(c) else { return }
            if c.value >= 0x300 && !(0x0E00..<0x0E80).contains(c.value) { thaiOrLatin1 = false }
            out.append(c)
            let ccc = thaiCombiningClass(c)
            var i = out.count - 1
            while ccc > 0, i > 0, thaiCombiningClass(out[i - 1]) > ccc {
                out.swapAt(i - 1, i)
                i -= 1
            }
        }
        let string = String(scalars: out)
        return thaiOrLatin1 ? string : nfc(string)
    }

    /// Canonical combining class of the Thai marks that have one (sara u/uu 103, phinthu 9, tone marks 107).
    private static func thaiCombiningClass(_ c: Unicode.Scalar) -> Int {
        switch c.value {
        case 0x0E38, 0x0E39: 103
        case 0x0E3A: 9
        case 0x0E48...0x0E4B: 107
        default: 0
        }
    }

    /// The cleaning pass shared by everything that reads text: calls `emit` with each cleaned scalar and the offsets
    /// of the original scalars it came from (`start..<end` in `s`), so positions can be mapped back. Whitespace runs
    /// become one space (with the offsets of the run's first scalar); leading and trailing whitespace is dropped.
    static func scan(_ s: [Unicode.Scalar], arabicDigits: Bool, _ emit: (Unicode.Scalar, Int, Int) -> Void) {
        let end = s.count
        var i = 0
        var pendingSpace: Int?
        var started = false
        while i < end {
            let c = s[i]
            if isInvisible(c) {
                i += 1
                continue
            }
            if isWhitespace(c) {
                if started && pendingSpace == nil { pendingSpace = i }
                i += 1
                continue
            }
            if let space = pendingSpace {
                emit(" ", space, space + 1)
                pendingSpace = nil
            }
            started = true
            var out = c
            var consumed = i + 1
            switch c.value {
            case 0x0E4D:  // nikhahit + (tone) + sara aa = sara am
                let hasTone = i + 1 < end && (0x0E48...0x0E4B).contains(s[i + 1].value)
                let aa = hasTone ? i + 2 : i + 1
                if aa < end, s[aa] == "\u{0E32}" {
                    if hasTone { emit(s[i + 1], i, i + 1) }
                    out = "\u{0E33}"
                    consumed = aa + 1
                }
            case 0x0E40 where i + 1 < end && s[i + 1] == "\u{0E40}":  // เเ typed for แ
                out = "\u{0E41}"
                consumed = i + 2
            case 0x0E50...0x0E59 where arabicDigits:
                out = Unicode.Scalar(c.value - 0x0E50 + 0x30) ?? c
            default:
                break
            }
            emit(out, i, consumed)
            i = consumed
        }
    }

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09...0x0D: true
        case 0..<0x80, 0x0E00..<0x0E80: false
        default: c.properties.isWhitespace
        }
    }

    /// Characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP, soft hyphen.
    static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    /// NFC without Foundation: `_nfcCodeUnits` is the standard library's own normaliser (the one String comparison
    /// uses). For Thai the only effect is the canonical order of stacked marks (sara u/uu before tone marks), which
    /// PDF extraction and some keyboards get wrong.
    static func nfc(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return String(decoding: s._nfcCodeUnits, as: UTF8.self)
    }
}

extension String {
    /// A string from scalars, through UTF-8 (much faster than appending to a `UnicodeScalarView`).
    init(scalars: some Sequence<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for c in scalars { UTF8.encode(c) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
