/// Excel's rules for sheet names, applied before libxlsxwriter sees a name (1.1.4 overflows on a
/// blank name, #442, and returns NULL for the others).
///
/// - at most 31 characters, counted as Unicode code points (as libxlsxwriter's `lxw_utf8_strlen`
///   does); longer names are cut on a grapheme boundary so a Thai vowel or tone mark is never
///   separated from its consonant;
/// - none of `[ ] : * ? / \` (each replaced by `_`), no control characters;
/// - no leading or trailing apostrophe;
/// - not blank (→ `Sheet`) and not `History` (reserved by Excel);
/// - unique, ignoring case: a clash gets ` (2)`, ` (3)`, … (the base is shortened to fit).
enum SheetNameRules {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// A valid name for `requested` that is not in `taken` (lower-cased names).
    static func sanitize(_ requested: String, taken: Set<String>) -> String {
        var name = String(requested.map { forbidden.contains($0) ? "_" : $0 })
        name.unicodeScalars.removeAll { $0.properties.generalCategory == .control }
        name = name.trimmingWhitespace()
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        name = name.trimmingWhitespace()
        if name.isEmpty { name = "Sheet" }
        name = truncate(name, to: maxLength)
        var candidate = name, n = 1
        while taken.contains(candidate.lowercased()) || candidate.lowercased() == "history" {
            n += 1
            let suffix = " (\(n))"
            candidate = truncate(name, to: maxLength - suffix.unicodeScalars.count) + suffix
        }
        return candidate
    }

    /// The longest prefix of whole grapheme clusters with at most `limit` code points.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var result = "", count = 0
        for character in text {
            let scalars = character.unicodeScalars.count
            if count + scalars > limit { break }
            result.append(character)
            count += scalars
        }
        // A trailing apostrophe or space may be exposed by the cut.
        while result.hasSuffix("'") || result.hasSuffix(" ") { result.removeLast() }
        return result.isEmpty ? "Sheet" : result
    }

    /// `'Sheet name'` for formulas and internal links, apostrophes doubled.
    static func quoted(_ name: String) -> String {
        "'" + name.replacingAll("'", with: "''") + "'"
    }
}

extension String {  // fileprivate: other files of the module may define similar helpers
    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }

    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
