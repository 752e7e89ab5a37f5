/// A token of date text. Positions are offsets into `LexedText.scalars`.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        /// Digits, Thai or Arabic; `value` saturates at 999,999,999 so long runs never overflow.
        case number(Int, digits: Int)
        case month(ThaiMonth)
        /// พ.ศ. (ce: false) or ค.ศ. (ce: true)
        case era(ce: Bool)
        /// "-", "–", "—", "~" or "ถึง"
        case dash
        case slash, dot, comma, open, close, other
        /// A run of letters that is none of the above.
        case word
    }

    var kind: Kind
    var start: Int
    var end: Int
}

/// Cleaned text, its tokens, and the way back to the original string.
struct LexedText {
    var scalars: [Unicode.Scalar] = []
    /// For each cleaned scalar, the offsets of the original scalars it came from.
    var starts: [Int] = []
    var ends: [Int] = []
    var tokens: [Token] = []

    func word(_ k: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[tokens[k].start..<tokens[k].end]
    }

    /// The original scalar offsets covered by tokens `r` (not empty).
    func originalOffsets(ofTokens r: Range<Int>) -> Range<Int> {
        starts[tokens[r.lowerBound].start]..<ends[tokens[r.upperBound - 1].end - 1]
    }
}

/// Splits cleaned text into numbers, months, era marks, dashes, punctuation and words. Thai has no spaces between
/// words, so months, era marks and "ถึง" are recognised at any position inside a run of letters ("ภายในเดือนมิถุนายน",
/// "ธันวาคม2567"), with guards against abbreviations that are really parts of words.
enum DateLexer {
    static func lex(_ text: String) -> LexedText {
        var out = LexedText()
        ThaiCleanup.scan(Array(text.unicodeScalars), arabicDigits: true) { c, a, b in
            out.scalars.append(c)
            out.starts.append(a)
            out.ends.append(b)
        }
        let s = out.scalars
        var tokens: [Token] = []
        var wordStart: Int?
        func flush(_ i: Int) {
            if let w = wordStart { tokens.append(Token(kind: .word, start: w, end: i)) }
            wordStart = nil
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if isThaiLetter(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) {
                if let m = lexeme(at: i, in: s) {
                    flush(i)
                    tokens.append(Token(kind: m.kind, start: i, end: m.end))
                    i = m.end
                } else {
                    if wordStart == nil { wordStart = i }
                    i += 1
                }
                continue
            }
            flush(i)
            if let d = ThaiDigits.value(of: c) {
                var value = d
                var j = i + 1
                while j < s.count, let d = ThaiDigits.value(of: s[j]) {
                    value = value < 100_000_000 ? value * 10 + d : 999_999_999
                    j += 1
                }
                tokens.append(Token(kind: .number(value, digits: j - i), start: i, end: j))
                i = j
                continue
            }
            let kind: Token.Kind? =
                switch c {
                case " ": nil
                case "-", "–", "—", "‐", "‑", "‒", "−", "~": .dash
                case "/": .slash
                case ".": .dot
                case ",": .comma
                case "(", "[": .open
                case ")", "]": .close
                default: .other
                }
            if let kind { tokens.append(Token(kind: kind, start: i, end: i + 1)) }
            i += 1
        }
        flush(s.count)
        out.tokens = tokens
        return out
    }

    /// A month name, era mark or "ถึง" starting at `i`, the longest that fits.
    static func lexeme(at i: Int, in s: [Unicode.Scalar]) -> (kind: Token.Kind, end: Int)? {
        let v = s[i].value
        guard v > 0x0E00, v < 0x0E80 else { return nil }
        // Inside a syllable that began with a leading vowel: "เม.ย." must not yield "ม.…".
        if i > 0, (0x0E40...0x0E44).contains(s[i - 1].value) { return nil }
        var best: (kind: Token.Kind, end: Int)?
        for index in byFirstScalar[Int(v - 0x0E00)] {
            if let end = match(lexemes[index], at: i, in: s), end > best?.end ?? 0 {
                best = (lexemes[index].kind, end)
            }
        }
        return best
    }

    /// A pattern: one group for a whole word ("มีนาคม"), two for an abbreviation ("มี", "ค" for "มี.ค.").
    struct Lexeme: Sendable {
        var groups: [[Unicode.Scalar]]
        var kind: Token.Kind
    }

    static let lexemes: [Lexeme] = {
        func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
        var out: [Lexeme] = []
        for m in ThaiMonth.allCases {
            out.append(Lexeme(groups: [scalars(m.fullName)], kind: .month(m)))
            out.append(Lexeme(groups: m.abbreviation.split(separator: ".").map { scalars(String($0)) }, kind: .month(m)))
        }
        for (name, m) in ThaiMonth.misspellings {
            out.append(Lexeme(groups: [scalars(name)], kind: .month(m)))
        }
        out.append(Lexeme(groups: [["พ"], ["ศ"]], kind: .era(ce: false)))
        out.append(Lexeme(groups: [scalars("พุทธศักราช")], kind: .era(ce: false)))
        out.append(Lexeme(groups: [["ค"], ["ศ"]], kind: .era(ce: true)))
        out.append(Lexeme(groups: [scalars("คริสต์ศักราช")], kind: .era(ce: true)))
        out.append(Lexeme(groups: [scalars("ถึง")], kind: .dash))
        return out
    }()

    /// Lexeme indices by first scalar (offset from U+0E00).
    static let byFirstScalar: [[Int]] = {
        var table = Array(repeating: [Int](), count: 0x80)
        for (k, l) in lexemes.enumerated() {
            if let first = l.groups.first?.first, first.value >= 0x0E00, first.value < 0x0E80 {
                table[Int(first.value - 0x0E00)].append(k)
            }
        }
        return table
    }()

    /// The end of `lexeme` matched at `i`, or nil. Abbreviations accept missing, doubled or spaced dots ("มี.ค",
    /// "มีค", "ม. ค.", "พ.ศ.."), but an undotted one must stand alone and a dotted one must not be part of a longer
    /// abbreviation ("ก.พ.ร.", "ก.ค.ศ.").
    private static func match(_ lexeme: Lexeme, at i: Int, in s: [Unicode.Scalar]) -> Int? {
        let n = s.count
        var j = i
        var dots = 0
        for (g, group) in lexeme.groups.enumerated() {
            if g > 0 {
                var sawDot = false
                while j < n, s[j] == "." || (sawDot && s[j] == " ") {
                    if s[j] == "." {
                        dots += 1
                        sawDot = true
                    }
                    j += 1
                }
            }
            for c in group {
                guard j < n, s[j] == c else { return nil }
                j += 1
            }
        }
        if j < n, isThaiMark(s[j]) { return nil }
        guard lexeme.groups.count > 1 else { return j }
        var trailing = 0
        while j < n, s[j] == ".", trailing < 2 {
            j += 1
            trailing += 1
        }
        let after: Unicode.Scalar? = j < n ? s[j] : nil
        if dots + trailing == 0, i > 0, isThaiLetter(s[i - 1]) { return nil }
        if trailing == 0, let after, isThaiLetter(after) { return nil }
        if trailing > 0, let after, isThaiConsonant(after), j + 1 < n, s[j + 1] == "." { return nil }
        if i >= 2, s[i - 1] == ".", isThaiConsonant(s[i - 2]) { return nil }
        return j
    }

    static func isThaiLetter(_ c: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E4F).contains(c.value) && c.value != 0x0E3F
    }

    static func isThaiConsonant(_ c: Unicode.Scalar) -> Bool {
        (0x0E01...0x0E2E).contains(c.value)
    }

    /// Thai marks written above or below a consonant (they never start a word).
    static func isThaiMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: true
        default: false
        }
    }
}
