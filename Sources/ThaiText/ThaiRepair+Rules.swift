extension ThaiRepair {
    /// `หน ่วย` → `หน่วย`, `ท ำ` → `ทำ`: a mark or a following vowel cannot begin a word, so the
    /// spaces before it were put there by the text layer (the mark is a glyph of its own).
    static func removingSpacesBeforeMarks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            if isMark(s) || isFollowingVowel(s) {
                var spaces = 0
                while let last = out.last, last == " " { out.removeLast(); spaces += 1 }
                // Only between Thai letters: a mark after a space at the start of a text stays put.
                if spaces > 0, !(out.last.map { (0x0E01...0x0E4E).contains($0.value) } ?? false) {
                    out += Array(repeating: " ", count: spaces)
                }
            }
            out.append(s)
        }
        return out
    }

    /// Marks in Unicode's order: a tone mark written before the vowel sign of its letter goes after
    /// it (`ก่ี` → `กี่`), and a tone drawn over a letter with an upper vowel but stored after the
    /// next letter goes back: `ขัน้` → `ขั้น` (after MAI HAN-AKAT comes a final consonant, which
    /// never carries a tone), `ชีว้ัด` → `ชี้วัด` (a tone cannot precede a vowel sign).
    static func orderingMarks(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = scalars
        var i = 0
        while i + 2 < s.count {
            // upper vowel · consonant · tone
            if isUpperVowel(s[i]), isConsonant(s[i + 1]), isTone(s[i + 2]), i == 0 || !isTone(s[i - 1]) {
                let followedByVowel = i + 3 < s.count && (isUpperVowel(s[i + 3]) || s[i + 3].value == 0x0E38 || s[i + 3].value == 0x0E39)
                if s[i].value == 0x0E31 || followedByVowel {
                    s.swapAt(i + 1, i + 2)
                    i += 3
                    continue
                }
            }
            i += 1
        }
        // consonant · tone · vowel sign (above or below)
        i = 0
        while i + 1 < s.count {
            if isTone(s[i]), isUpperVowel(s[i + 1]) || s[i + 1].value == 0x0E38 || s[i + 1].value == 0x0E39 {
                s.swapAt(i, i + 1)
            }
            i += 1
        }
        return s
    }

    /// SARA AM drawn as NIKHAHIT + SARA AA (`ดําเนิน`), with or without a tone between them
    /// (`นํ้า`), is one character: `ดำเนิน`, `น้ำ`.
    static func rebuildingSaraAm(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i].value == 0x0E4D {
                if i + 1 < scalars.count, scalars[i + 1].value == 0x0E32 {
                    out.append("\u{0E33}")
                    i += 2
                    continue
                }
                if i + 2 < scalars.count, isTone(scalars[i + 1]), scalars[i + 2].value == 0x0E32 {
                    out.append(scalars[i + 1])
                    out.append("\u{0E33}")
                    i += 3
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return out
    }
}
