/// Item numbers that start a measure ("(๑)", "1.", "๑)", "ข้อ 3") and enumerations inside one cell.
public enum ItemNumber {
    /// A leading item number: "(๑)มีแนว…" → (1, "มีแนว…"), "1. ให้ความรู้" → (1, …), "๑) …", "ข้อ 3 …", "ข้อที่ 3.";
    /// nil when none. Never takes a year or a date ("2564 …", "15 มี.ค.", "1.5 ล้าน", "15.ม.ค."): numbers have at most
    /// three digits and must be closed by ")" or a "." not followed by a digit. `rest` is the original text after the
    /// number, trimmed.
    public static func leading(in text: some StringProtocol) -> (number: Int, rest: String)? {
        let s = String(text)
        let v = s.unicodeScalars
        guard let marker = marker(in: v, at: skipBlank(v, v.startIndex), requireSpaceBefore: false) else { return nil }
        let rest = String(v[marker.end...]).trimmingBlank
        if ThaiMonth.startsText(rest) { return nil }
        return (marker.number, rest)
    }

    /// Splits in-cell enumerations "(๑) สร้าง… (๒) ผู้บริหาร…", "1. … 2. …" or bullet lists ("- …", "• …", one per
    /// line or inline after a space) into items, without their numbers or bullets, trimmed. Numbered items must run
    /// 1, 2, 3… (a lone "๑. …" is no enumeration). Text before the first number is kept as an item. A cell without
    /// enumeration gives [text] trimmed; a blank cell gives [].
    public static func splitEnumeration(_ text: some StringProtocol) -> [String] {
        let s = String(text)
        let v = s.unicodeScalars
        if s.trimmingBlank.isEmpty { return [] }
        // Numbered: the chain 1, 2, 3… of markers that start a word.
        var chain: [Marker] = []
        var i = v.startIndex
        while i < v.endIndex {
            if let m = marker(in: v, at: i, requireSpaceBefore: true), m.number == (chain.last?.number ?? 0) + 1 {
                chain.append(m)
                i = m.end
            } else {
                i = v.index(after: i)
            }
        }
        if chain.count >= 2 {
            var items = [String(v[v.startIndex..<chain[0].start]).trimmingBlank]
            for (k, m) in chain.enumerated() {
                let end = k + 1 < chain.count ? chain[k + 1].start : v.endIndex
                items.append(String(v[m.end..<end]).trimmingBlank)
            }
            return items.filter { !$0.isEmpty }
        }
        return splitBullets(s) ?? [s.trimmingBlank]
    }

    struct Marker {
        var number: Int
        var start: String.Index
        var end: String.Index
    }

    /// An item number at `i`: "(n)", "n)", "n." (not "n.5"), "ข้อ n", "ข้อที่ n" with up to three digits.
    static func marker(in v: String.UnicodeScalarView, at i: String.Index, requireSpaceBefore: Bool) -> Marker? {
        guard i < v.endIndex else { return nil }
        if requireSpaceBefore, i > v.startIndex, !isBlank(v[v.index(before: i)]), v[i] != "(" { return nil }
        var j = i
        if v[j] == "(" {
            j = skipBlank(v, v.index(after: j))
            guard let (n, after) = number(in: v, at: j) else { return nil }
            j = skipBlank(v, after)
            guard j < v.endIndex, v[j] == ")" else { return nil }
            return Marker(number: n, start: i, end: v.index(after: j))
        }
        if let after = v[j...].starts(with: "ข้อ".unicodeScalars) ? v.index(j, offsetBy: 3) : nil {
            j = after
            if v[j...].starts(with: "ที่".unicodeScalars) { j = v.index(j, offsetBy: 3) }
            guard let (n, end) = number(in: v, at: skipBlank(v, j)) else { return nil }
            var k = end
            if k < v.endIndex, v[k] == "." || v[k] == ")" { k = v.index(after: k) }
            return Marker(number: n, start: i, end: k)
        }
        guard let (n, after) = number(in: v, at: j), after < v.endIndex else { return nil }
        let close = v[after]
        let next = v.index(after: after)
        if close == ")" || (close == "." && (next == v.endIndex || ThaiDigits.value(of: v[next]) == nil)) {
            return Marker(number: n, start: i, end: next)
        }
        return nil
    }

    /// One to three digits (Thai or Arabic) not followed by another digit.
    private static func number(in v: String.UnicodeScalarView, at i: String.Index) -> (Int, String.Index)? {
        var j = i
        var n = 0
        var digits = 0
        while j < v.endIndex, let d = ThaiDigits.value(of: v[j]) {
            digits += 1
            guard digits <= 3 else { return nil }
            n = n * 10 + d
            j = v.index(after: j)
        }
        return digits > 0 ? (n, j) : nil
    }

    /// Bullet items, when the text starts with a bullet: later bullets of the same kind start a line, or follow a
    /// space when written the same way as the first ("- a - b", "-a -b"), so "ม.ค. - มี.ค." is never split.
    private static func splitBullets(_ s: String) -> [String]? {
        let v = s.unicodeScalars
        let first = skipBlank(v, v.startIndex)
        guard first < v.endIndex, bullets.contains(v[first]) else { return nil }
        let bullet = v[first]
        let spaced = v.index(after: first) < v.endIndex && isBlank(v[v.index(after: first)])
        var starts = [first]
        var i = v.index(after: first)
        while i < v.endIndex {
            let prev = v[v.index(before: i)]
            if v[i] == bullet, isBlank(prev) {
                let next = v.index(after: i)
                let nextBlank = next < v.endIndex && isBlank(v[next])
                if prev == "\n" || prev == "\r" || prev == "\u{2028}" || nextBlank == spaced { starts.append(i) }
            }
            i = v.index(after: i)
        }
        var items: [String] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : v.endIndex
            items.append(String(v[v.index(after: start)..<end]).trimmingBlank)
        }
        return items.filter { !$0.isEmpty }
    }

    static let bullets: Set<Unicode.Scalar> = ["-", "•", "●", "▪", "◦", "*", "–", "·", "○", "➢", "✓"]

    static func isBlank(_ c: Unicode.Scalar) -> Bool {
        ThaiCleanup.isWhitespace(c) || ThaiCleanup.isInvisible(c)
    }

    static func skipBlank(_ v: String.UnicodeScalarView, _ i: String.Index) -> String.Index {
        var i = i
        while i < v.endIndex, isBlank(v[i]) { i = v.index(after: i) }
        return i
    }
}

extension ThaiMonth {
    /// Whether text starts with a month name or abbreviation.
    static func startsText(_ s: String) -> Bool {
        let scalars = Array(ThaiCleanup.forMatching(String(s.unicodeScalars.prefix(24))).unicodeScalars)
        guard !scalars.isEmpty, let m = DateLexer.lexeme(at: 0, in: scalars), case .month = m.kind else { return false }
        return true
    }
}

extension String {
    /// Without leading and trailing whitespace and invisible characters.
    var trimmingBlank: String {
        let v = unicodeScalars
        guard let first = v.firstIndex(where: { !ItemNumber.isBlank($0) }),
            let last = v.lastIndex(where: { !ItemNumber.isBlank($0) })
        else { return "" }
        return String(v[first...last])
    }
}
