/// Tells Windows-874 (Thai) from the Western single-byte encodings (Windows-1252, Latin-1) when
/// a text file is not UTF-8, from where its bytes 0x80–0xFF stand.
///
/// Read as Windows-874, Thai text follows Thai spelling: consonants (0xA1–0xCE) carry the
/// vowel and tone marks written above and below them (0xD1, 0xD4–0xDA, 0xE7–0xEE), leading
/// vowels (เ แ โ ใ ไ, 0xE0–0xE4) come before a consonant, า ะ ำ after one, and Thai words do
/// not touch Latin letters. Western accented letters read as Windows-874 break these rules at
/// once: `é` (0xE9) is a tone mark after a Latin letter, `à` (0xE0) a leading vowel before
/// one, `ö` (0xF6) a Thai digit inside a word, `ü` (0xFC) a byte Windows-874 does not assign;
/// Greek and Cyrillic code pages fail the same way. Each high byte counts as Thai-like or
/// foreign; bytes both encodings read alike (€ … ‘ ’ “ ” • – — and NBSP) do not count.
enum EncodingGuess {
    struct Tally: Equatable {
        /// High bytes that sit as Thai letters do.
        var thai = 0
        /// High bytes that no Thai text has there.
        var foreign = 0
    }

    /// True when the bytes read as Thai: no foreign byte, or at least four Thai-like ones per
    /// foreign one (a Thai file with a stray byte or an English word glued to a Thai one).
    /// `previous` is the byte just before `bytes` (a line break at the start of the file).
    static func isThai(_ bytes: UnsafeBufferPointer<UInt8>, after previous: UInt8 = 0x0A) -> Bool {
        let t = tally(bytes, after: previous)
        return t.foreign == 0 || t.thai >= 4 * t.foreign
    }

    static func tally(_ bytes: UnsafeBufferPointer<UInt8>, after previous: UInt8 = 0x0A) -> Tally {
        var tally = Tally()
        let n = bytes.count
        for i in 0..<n {
            let b = bytes[i]
            guard b >= 0x80 else { continue }
            let p: UInt8 = i > 0 ? bytes[i - 1] : previous
            let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0x20
            switch verdict(b, after: p, before: next) {
            case true?: tally.thai += 1
            case false?: tally.foreign += 1
            case nil: break
            }
        }
        return tally
    }

    /// true: Thai-like; false: foreign; nil: read alike in both encodings.
    @inline(__always)
    static func verdict(_ b: UInt8, after p: UInt8, before next: UInt8) -> Bool? {
        switch b {
        case 0x80, 0x85, 0x91...0x97, 0xA0: return nil
        case 0x81...0x9F, 0xDB...0xDE, 0xFC...0xFF: return false  // unassigned in Windows-874
        default: break
        }
        if isLatinLetter(p) || isLatinLetter(next) { return false }
        switch b {
        case 0xD1, 0xD4...0xDA, 0xE7...0xEE: return isConsonant(p) || isMark(p)   // above or below a consonant
        case 0xD0, 0xD2, 0xD3: return isConsonant(p) || isMark(p)                 // ะ า ำ after one
        case 0xE0...0xE4: return isConsonant(next)                                 // เ แ โ ใ ไ before one
        case 0xE5: return p == 0xC4 || p == 0xC6                                   // ๅ only after ฤ ฦ
        case 0xE6: return p == 0x20 || (p >= 0xA1 && p <= 0xFB)                    // ๆ after a word
        default: return true                                                       // consonants, digits, ฯ ฿ ๏ ๚ ๛
        }
    }

    @inline(__always) static func isConsonant(_ b: UInt8) -> Bool { b >= 0xA1 && b <= 0xCE }
    @inline(__always) static func isMark(_ b: UInt8) -> Bool { b == 0xD1 || (b >= 0xD4 && b <= 0xDA) || (b >= 0xE7 && b <= 0xEE) }
    @inline(__always) static func isLatinLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
