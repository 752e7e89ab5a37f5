/// Normalisation of Thai text for matching. The results are keys: never write them back to a document.
public enum ThaiCleanup {
    /// For matching only (never for output): NFC, "ํา" (U+0E4D U+0E32, also with a tone mark between) → "ำ",
    /// "เเ" → "แ", ZWSP/ZWNJ/ZWJ/word joiner/BOM/soft hyphen removed, NBSP and all whitespace including line breaks
    /// collapsed to one space, trimmed.
    public static func forMatching(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        scan(s, arabicDigits: false) { c, _, _ in out.append(c) }
        return nfc(String(out))
    }

    /// `forMatching` + Thai digits to Arabic, ASCII letters lowercased, and spaces, "/", "-", "–", "—", ".", ",",
    /// "(", ")", "[", "]" removed: a key for header and unit matching. Keeps "ฯ" and "ๆ".
    public static func key(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        scan(s, arabicDigits: true) { c, _, _ in
            switch c {
            case " ", "/", "-", "–", "—", ".", ",", "(", ")", "[", "]": return
            case "A"..."Z": out.append(Unicode.Scalar(c.value + 32) ?? c)
            default: out.append(c)
            }
        }
        return nfc(String(out))
    }

    /// The cleaning pass shared by everything that reads text: calls `emit` with each cleaned scalar and the range
    /// of original scalars it came from, so positions can be mapped back. Whitespace runs become one space (with the
    /// range of the run's first scalar); leading and trailing whitespace is dropped.
    static func scan(
        _ s: some StringProtocol, arabicDigits: Bool,
        _ emit: (Unicode.Scalar, String.Index, String.Index) -> Void
    ) {
        let view = s.unicodeScalars
        let end = view.endIndex
        var i = view.startIndex
        var pendingSpace: (String.Index, String.Index)?
        var started = false
        while i < end {
            let c = view[i]
            let next = view.index(after: i)
            if isInvisible(c) {
                i = next
                continue
            }
            if c.properties.isWhitespace {
                if started && pendingSpace == nil { pendingSpace = (i, next) }
                i = next
                continue
            }
            if let (a, b) = pendingSpace {
                emit(" ", a, b)
                pendingSpace = nil
            }
            started = true
            var out = c
            var consumed = next
            switch c.value {
            case 0x0E4D:  // nikhahit + (tone) + sara aa = sara am
                var j = next
                var tone: Unicode.Scalar?
                if j < end, (0x0E48...0x0E4B).contains(view[j].value) {
                    tone = view[j]
                    j = view.index(after: j)
                }
                if j < end, view[j] == "\u{0E32}" {
                    if let tone { emit(tone, i, next) }
                    out = "\u{0E33}"
                    consumed = view.index(after: j)
                }
            case 0x0E40 where next < end && view[next] == "\u{0E40}":  // เเ typed for แ
                out = "\u{0E41}"
                consumed = view.index(after: next)
            case 0x0E50...0x0E59 where arabicDigits:
                out = Unicode.Scalar(c.value - 0x0E50 + 0x30) ?? c
            default:
                break
            }
            emit(out, i, consumed)
            i = consumed
        }
    }

    /// Characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP, soft hyphen.
    static func isInvisible(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    /// NFC without Foundation. For Thai the only effect is the canonical order of stacked marks (sara u/uu before
    /// tone marks), which PDF extraction and some keyboards get wrong. `_nfcCodeUnits` is the standard library's
    /// own normaliser (used for String comparison); ASCII is already NFC.
    static func nfc(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return String(decoding: s._nfcCodeUnits, as: UTF8.self)
    }
}
