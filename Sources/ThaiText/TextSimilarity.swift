/// Fuzzy comparison of Thai texts.
public enum TextSimilarity {
    /// 0…1 similarity of two Thai texts, for pairing a plan measure with its result (results add a project name in
    /// parentheses, re-wrap words, fix typos). Compares `ThaiCleanup.key`s without leading item numbers: the mean
    /// of character-bigram Dice and containment (the share of the shorter text's bigrams found in the longer),
    /// taking the best of the texts with and without parenthesised asides. Identical → 1, unrelated → near 0; 0
    /// when either text is blank. O(n log n).
    public static func similarity(_ a: some StringProtocol, _ b: some StringProtocol) -> Double {
        similarity(Fingerprint(a), Fingerprint(b))
    }

    /// The same score from precomputed fingerprints: when comparing every plan measure with every result, build
    /// each text's fingerprint once (most of the cost) and compare fingerprints (about a microsecond each).
    public static func similarity(_ a: Fingerprint, _ b: Fingerprint) -> Double {
        var best = 0.0
        for p in a.bigrams {
            for q in b.bigrams {
                best = max(best, score(p, q))
            }
        }
        return best
    }

    /// Levenshtein distance over Unicode scalars (a lost "ำ" in "ดาเนินงาน" vs "ดำเนินงาน" counts 1), for fuzzy
    /// header matching. Pass cleanup keys to ignore spacing. O(n·m) time, O(m) memory.
    public static func editDistance(_ a: some StringProtocol, _ b: some StringProtocol) -> Int {
        let s = Array(a.unicodeScalars), t = Array(b.unicodeScalars)
        // A limit no distance exceeds: the answer is always there.
        return editDistance(s, t, atMost: max(s.count, t.count))!
    }

    /// The Levenshtein distance of two scalar arrays when it is at most `limit`, else nil: a band of
    /// width `limit` around the diagonal, stopping as soon as a whole row exceeds it. For comparing one
    /// text with many wordings whose scalars were taken once.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        if limit < 0 || abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        let big = limit + 1
        for i in 1...a.count {
            current[0] = i
            let low = max(1, i - limit), high = min(b.count, i + limit)
            if low > 1 { current[low - 1] = big }
            var rowMin = current[0] <= limit ? current[0] : big
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let value = min(substitution, min(previous[j], current[j - 1]) + 1)
                current[j] = min(value, big)
                rowMin = min(rowMin, current[j])
            }
            if high < b.count { current[high + 1] = big }
            if rowMin > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// What `similarity` compares: sorted bigram codes of a text's key without its item number and, when it has a
    /// parenthesised aside, of the key without the aside.
    public struct Fingerprint: Hashable, Sendable {
        var bigrams: [[UInt64]] = []

        public init(_ text: some StringProtocol) {
            let text = String(text)
            let body = ItemNumber.leading(in: text)?.rest ?? text
            bigrams.append(Self.bigrams(ThaiCleanup.key(body)))
            let plain = Self.removingParentheses(body)
            if plain.count != body.count { bigrams.append(Self.bigrams(ThaiCleanup.key(plain))) }
        }

        static func bigrams(_ key: String) -> [UInt64] {
            let s = Array(key.unicodeScalars)
            if s.count == 1 { return [UInt64(s[0].value)] }
            guard s.count > 1 else { return [] }
            var out: [UInt64] = []
            out.reserveCapacity(s.count - 1)
            for i in 1..<s.count { out.append(UInt64(s[i - 1].value) << 21 | UInt64(s[i].value) | 1 << 42) }
            return out.sorted()
        }

        static func removingParentheses(_ s: String) -> String {
            var out: [Unicode.Scalar] = []
            var depth = 0
            for c in s.unicodeScalars {
                if c == "(" {
                    depth += 1
                } else if c == ")" && depth > 0 {
                    depth -= 1
                } else if depth == 0 {
                    out.append(c)
                }
            }
            return String(scalars: out)
        }
    }

    private static func score(_ x: [UInt64], _ y: [UInt64]) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var i = 0
        var j = 0
        var common = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                common += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let dice = 2 * Double(common) / Double(x.count + y.count)
        let containment = Double(common) / Double(min(x.count, y.count))
        return (dice + containment) / 2
    }
}
